import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, file, landscapeDiagnostics, linted, open, revertAll, waitFor } from './helpers';

const EXT_ID = 'landscape-tools.landscape-lint';

describe('Landscape extension in a real VS Code', function () {
  this.timeout(90_000);
  let originalFragment: string;

  before(async () => {
    originalFragment = (await vscode.workspace.fs.readFile(file('fragment.yaml'))).toString();
    await open('landscape.yaml');
  });

  afterEach(async () => {
    await revertAll();
    await vscode.workspace.fs.writeFile(file('fragment.yaml'), Buffer.from(originalFragment));
    await vscode.workspace.getConfiguration('landscape').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('activates for a workspace with a landscape.yaml', async () => {
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, `extension ${EXT_ID} is installed`);
    await waitFor(() => ext.isActive, 'activation');
  });

  it('reports findings at the right ranges, with code, docs link and related information, in the file that holds the node', async () => {
    const entry = file('landscape.yaml');
    const d = await waitFor(() => landscapeDiagnostics(entry).find((x) => codeOf(x) === 'no-direct-mode2-to-mode1'), 'the mode2→mode1 diagnostic');
    const doc = await vscode.workspace.openTextDocument(entry);
    assert.equal(doc.getText(d.range), 'core-api');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.source, 'landscape');
    assert.ok(typeof d.code === 'object' && d.code.target.toString().includes('landscape.showRuleDocs'));
    const related = (d.relatedInformation ?? []).map((r) => `${r.location.uri.path.split('/').pop()}:${r.message}`);
    assert.deepEqual(related, ["landscape.yaml:'shop' is defined here", "fragment.yaml:'core-api' is defined here", "landscape.yaml:'core' is defined here"]);
    const frag = await waitFor(() => landscapeDiagnostics(file('fragment.yaml')).find((x) => codeOf(x) === 'rollout-requires-monitoring'), 'the fragment diagnostic');
    const fragDoc = await vscode.workspace.openTextDocument(file('fragment.yaml'));
    assert.equal(fragDoc.getText(frag.range), 'ro-shop');
    assert.equal(frag.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('follows an unsaved edit', async () => {
    const editor = await open('landscape.yaml');
    const doc = editor.document;
    const at = doc.getText().indexOf('order-events]');
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'order-events'.length)), 'order-evnts'));
    assert.ok(doc.isDirty);
    const d = await waitFor(() => landscapeDiagnostics(doc.uri).find((x) => codeOf(x) === 'no-dangling-reference'), 'the dangling reference');
    assert.equal(doc.getText(d.range), 'order-evnts');
  });

  it('re-lints when an imported fragment changes on disk', async () => {
    await waitFor(() => landscapeDiagnostics(file('fragment.yaml')).some((x) => codeOf(x) === 'rollout-requires-monitoring'), 'the monitoring finding');
    await vscode.workspace.fs.writeFile(file('fragment.yaml'), Buffer.from(`${originalFragment}    monitoring: { dashboards: [orders], alerting: true }\n`));
    await waitFor(() => !landscapeDiagnostics(file('fragment.yaml')).some((x) => codeOf(x) === 'rollout-requires-monitoring'), 'the monitoring finding to go away');
  });

  it('a file whose last finding goes away has no diagnostics left', async () => {
    await waitFor(() => landscapeDiagnostics(file('fragment.yaml')).length > 0, 'findings in the fragment');
    const withoutRollouts = originalFragment.slice(0, originalFragment.indexOf('rollouts:'));
    await vscode.workspace.fs.writeFile(file('fragment.yaml'), Buffer.from(withoutRollouts));
    await waitFor(() => landscapeDiagnostics(file('fragment.yaml')).length === 0, 'no diagnostics left in the fragment');
    assert.ok(landscapeDiagnostics(file('landscape.yaml')).length > 0, 'the entry file keeps its own');
  });

  it('quick fixes apply and their findings disappear: insert, replace, suppress', async () => {
    // Insert a skeleton (fragment).
    const fragDoc = await vscode.workspace.openTextDocument(file('fragment.yaml'));
    await vscode.window.showTextDocument(fragDoc);
    const mon = await waitFor(() => landscapeDiagnostics(fragDoc.uri).find((x) => codeOf(x) === 'rollout-requires-monitoring'), 'monitoring finding');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', fragDoc.uri, mon.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes("Add monitoring to 'ro-shop'"), titles.join(' | '));
    assert.ok(titles.includes("Suppress rollout-requires-monitoring for 'ro-shop'"), titles.join(' | '));
    assert.ok(titles.includes('Show documentation of rollout-requires-monitoring'), titles.join(' | '));
    await vscode.workspace.applyEdit(actions.find((a) => a.title === "Add monitoring to 'ro-shop'")!.edit!);
    assert.match(fragDoc.getText(), /\n {4}monitoring: \{ dashboards: \[\], alerting: true \}\n?$/);
    await waitFor(() => !landscapeDiagnostics(fragDoc.uri).some((x) => codeOf(x) === 'rollout-requires-monitoring'), 'monitoring finding fixed');
    await vscode.commands.executeCommand('workbench.action.files.revert');

    // Replace a reference (did you mean).
    const editor = await open('landscape.yaml');
    const doc = editor.document;
    const at = doc.getText().indexOf('order-events]');
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 12)), 'order-evnts'));
    const dangling = await waitFor(() => landscapeDiagnostics(doc.uri).find((x) => codeOf(x) === 'no-dangling-reference'), 'dangling');
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, dangling.range);
    await vscode.workspace.applyEdit(fixes.find((a) => a.title === "Change to 'order-events'")!.edit!);
    await waitFor(() => !landscapeDiagnostics(doc.uri).some((x) => codeOf(x) === 'no-dangling-reference'), 'dangling fixed');
    assert.ok(doc.getText().includes('# the web shop team'), 'comments survive');

    // Suppress for this entity.
    const direct = await waitFor(() => landscapeDiagnostics(doc.uri).find((x) => codeOf(x) === 'no-direct-mode2-to-mode1'), 'direct');
    const sup = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, direct.range);
    await vscode.workspace.applyEdit(sup.find((a) => a.title === "Suppress no-direct-mode2-to-mode1 for 'shop'")!.edit!);
    assert.ok(doc.getText().includes('suppress: [{ rule: no-direct-mode2-to-mode1, reason: "TODO: why this is accepted" }]'));
    await waitFor(() => !landscapeDiagnostics(doc.uri).some((x) => codeOf(x) === 'no-direct-mode2-to-mode1'), 'suppressed');
  });

  it('a duplicate id: "Go to first definition" opens the first, and the suppression goes on the later occurrence the finding is about', async () => {
    const editor = await open('landscape.yaml');
    const doc = editor.document;
    const line = doc.getText().split('\n').findIndex((l) => l.includes('{ id: team-web, type: team, parent: cto }'));
    await editor.edit((e) => e.insert(doc.lineAt(line).range.end, '\n  - { id: team-core, type: team }'));
    const dup = await waitFor(() => landscapeDiagnostics(doc.uri).find((x) => codeOf(x) === 'no-duplicate-id'), 'the duplicate id');
    assert.equal(dup.range.start.line, line + 1);
    assert.equal(doc.getText(dup.range), 'team-core');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, dup.range);
    const go = actions.find((a) => a.title === 'Go to first definition');
    assert.ok(go?.command, actions.map((a) => a.title).join(' | '));
    // Run it as the menu does: the editor selects the first definition's id.
    const first = doc.getText().split('\n').findIndex((l) => l.includes('{ id: team-core, type: team, parent: cio }'));
    const args: unknown[] = go.command.arguments ?? [];
    await vscode.commands.executeCommand(go.command.command, ...args);
    const selected = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === doc.uri.toString() && e.selection.start.line === first ? e.selection : undefined;
    }, 'the first definition selected');
    assert.equal(doc.getText(selected), 'team-core');
    const suppress = actions.find((a) => a.title === "Suppress no-duplicate-id for 'team-core'");
    assert.ok(suppress?.edit, actions.map((a) => a.title).join(' | '));
    await vscode.workspace.applyEdit(suppress.edit);
    assert.equal(doc.lineAt(line + 1).text, '  - { id: team-core, type: team, suppress: [{ rule: no-duplicate-id, reason: "TODO: why this is accepted" }] }');
    await waitFor(() => !landscapeDiagnostics(doc.uri).some((x) => codeOf(x) === 'no-duplicate-id'), 'the duplicate suppressed where it is reported');
  });

  it('the fix-all source action applies every safe fix; the docs action opens the rule documentation offline', async () => {
    const editor = await open('landscape.yaml');
    const doc = editor.document;
    const at = doc.getText().indexOf('order-events]');
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 12)), 'order-evnts'));
    await waitFor(() => landscapeDiagnostics(doc.uri).find((x) => codeOf(x) === 'no-dangling-reference'), 'dangling');
    const all = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, all, 'source.fixAll.landscape');
    const fixAll = actions.find((a) => a.title === 'Fix all safe landscape problems');
    assert.ok(fixAll?.edit, actions.map((a) => a.title).join(' | '));
    await vscode.workspace.applyEdit(fixAll.edit);
    assert.ok(doc.getText().includes('consumes: [core-api, order-events]'));
    await waitFor(() => !landscapeDiagnostics(doc.uri).some((x) => codeOf(x) === 'no-dangling-reference'), 'dangling fixed by fix-all');

    await vscode.commands.executeCommand('landscape.showRuleDocs', 'no-shadow-it');
    const docs = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'landscape-docs'), 'the rule documentation document');
    assert.match(docs.getText(), /^# no-shadow-it\n\n\*\*Category:\*\* shadow IT · \*\*default:\*\* `warn`/);
  });

  it('completes ids filtered by the kind the field expects', async () => {
    const editor = await open('landscape.yaml');
    const doc = editor.document;
    await waitFor(() => landscapeDiagnostics(doc.uri).length > 0, 'first lint');
    const ownerLine = doc.getText().split('\n').findIndex((l) => l.includes('owner: team-web'));
    const pos = new vscode.Position(ownerLine, doc.lineAt(ownerLine).text.indexOf('team-web'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const id of ['cio', 'cto', 'team-core', 'team-web']) assert.ok(labels.includes(id), `offers ${id}`);
    for (const id of ['core', 'shop', 'core-api']) assert.ok(!labels.includes(id), `does not offer ${id}`);
    const consumesLine = doc.getText().split('\n').findIndex((l) => l.includes('consumes: ['));
    const cpos = new vscode.Position(consumesLine, doc.lineAt(consumesLine).text.indexOf('core-api'));
    const apis = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, cpos);
    const apiLabels = apis.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(apiLabels.includes('core-api') && apiLabels.includes('order-events') && !apiLabels.includes('team-web'), apiLabels.join());
    // The top-level apiVersion: and kind: offer the schema's values (not only the words of the file).
    const at = (key: string): vscode.Position => new vscode.Position(doc.getText().split('\n').findIndex((l) => l.startsWith(`${key}:`)), key.length + 2);
    const valuesOf = async (key: string): Promise<string[]> => (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at(key))).items.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.deepEqual(await valuesOf('apiVersion'), ['landscape/v1']);
    assert.deepEqual(await valuesOf('kind'), ['Landscape', 'LandscapeFragment']);
  });

  it('goes to definitions, finds references and renames across two files', async () => {
    const doc = (await open('landscape.yaml')).document;
    await waitFor(() => landscapeDiagnostics(doc.uri).length > 0, 'first lint');
    const pos = doc.positionAt(doc.getText().indexOf('core-api') + 2);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, pos);
    const def = defs[0] as vscode.Location;
    assert.equal(def.uri.path.split('/').pop(), 'fragment.yaml');
    const fragDoc = await vscode.workspace.openTextDocument(file('fragment.yaml'));
    assert.equal(fragDoc.getText(def.range), 'core-api');

    const corePos = doc.positionAt(doc.getText().indexOf('id: core,') + 5);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, corePos);
    assert.deepEqual(refs.map((r) => r.uri.path.split('/').pop()).sort(), ['fragment.yaml', 'landscape.yaml']);

    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, pos, 'core-odata');
    assert.deepEqual(edit.entries().map(([u, es]) => `${u.path.split('/').pop()}:${es.length}`).sort(), ['fragment.yaml:1', 'landscape.yaml:1']);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, pos, 'Not_An_Id')));
  });

  it('a settings change alters severities', async () => {
    const entry = file('landscape.yaml');
    await waitFor(() => landscapeDiagnostics(entry).find((x) => codeOf(x) === 'no-direct-mode2-to-mode1' && x.severity === vscode.DiagnosticSeverity.Error), 'error severity');
    await vscode.workspace.getConfiguration('landscape').update('rules', { 'no-direct-mode2-to-mode1': 'info' }, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => landscapeDiagnostics(entry).find((x) => codeOf(x) === 'no-direct-mode2-to-mode1' && x.severity === vscode.DiagnosticSeverity.Information), 'info severity');
  });

  it('shows hover cards and document symbols', async () => {
    const doc = (await open('landscape.yaml')).document;
    await linted(doc);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf('id: shop') + 5));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(text, /system `shop`/);
    assert.match(text, /mode: mode2/);
    assert.match(text, /Ca 0 · Ce 2/);
    // On a key: the schema's description and its values (no Red Hat YAML extension here).
    const keyHovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf('    mode: mode2') + 5));
    const keyText = keyHovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(keyText, /\*\*mode\*\*: .*Values: `mode1`, `mode2`, `gearbox`/s);
    assert.deepEqual([keyHovers[0].range?.start.line, keyHovers[0].range?.start.character, keyHovers[0].range?.end.character], [14, 4, 8]);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.deepEqual(symbols.map((s) => `${s.name}:${s.children.map((c) => c.name).join(',')}`), ['owners:cio,cto,team-core,team-web', 'systems:core,hub,shop']);
    // After edits, the outline the extension rebuilds from the server's changes (a line inserted: a shift; an id typed: that symbol).
    const shape = (list: vscode.DocumentSymbol[]): string[] => list.flatMap((s) => [`${s.name} ${s.range.start.line}-${s.range.end.line} ${s.selectionRange.start.line}:${s.selectionRange.start.character}`, ...shape(s.children)]);
    const insert = new vscode.WorkspaceEdit();
    insert.insert(doc.uri, new vscode.Position(symbols[1].range.start.line, 0), '# a line above the systems\n');
    await vscode.workspace.applyEdit(insert);
    const moved = shape(symbols).map((s, k) => (k < 5 ? s : s.replace(/(\d+)-(\d+) (\d+):/, (_, a: string, b: string, c: string) => `${+a + 1}-${+b + 1} ${+c + 1}:`)));
    assert.deepEqual(shape(await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)), moved);
    const typed = new vscode.WorkspaceEdit();
    typed.insert(doc.uri, doc.positionAt(doc.getText().indexOf('id: shop') + 8), 'x');
    await vscode.workspace.applyEdit(typed);
    assert.deepEqual(shape(await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)), moved.map((s) => s.replace(/^shop /, 'shopx ')));
  });
});
