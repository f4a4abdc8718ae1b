/**
 * The extension is a client of the language server: a server that stops (here: `exit` without
 * `shutdown`, as a crash ends it) is restarted by the client with a message to the user, and
 * its diagnostics and features come back; nothing is lost silently. Diagnostics come in shards
 * (`landscape/publishDiagnosticShards`, one collection per shard): together each finding once,
 * and an edit and its undo leave exactly what was there. The outline, asked once per version,
 * follows every edit.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, file, landscapeDiagnostics, linted, open, waitFor } from './helpers';

interface Api {
  client: { isRunning(): boolean; sendNotification(method: string): Promise<void> };
  shown: readonly string[];
  shardsReceived: { readonly notifications: number; readonly diagnostics: number };
  answered: { readonly semanticTokens: number; readonly semanticTokenEdits: number; readonly foldingLines: number };
}

/** A file's semantic tokens as VS Code gives them to a theme: `line:character text type.modifiers`. */
async function tokenLines(doc: vscode.TextDocument): Promise<string[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
  const lines: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, length, type, mods] = tokens.data.slice(i, i + 5);
    line += dl;
    character = dl === 0 ? character + dc : dc;
    const modifiers = legend.tokenModifiers.filter((_, bit) => mods & (1 << bit));
    lines.push(`${line}:${character} ${doc.getText(new vscode.Range(line, character, line, character + length))} ${[legend.tokenTypes[type], ...modifiers].join('.')}`);
  }
  return lines;
}

/** A file's diagnostics as lines: position, rule, message, related locations; sorted. */
const shownLines = (uri: vscode.Uri): string[] =>
  landscapeDiagnostics(uri).map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${codeOf(d)} ${d.message} ${(d.relatedInformation ?? []).map((r) => `${r.location.uri.path}:${r.location.range.start.line}:${r.location.range.start.character}-${r.location.range.end.line}:${r.location.range.end.character} ${r.message}`).join(',')}`).sort();

describe('the language server behind the extension (real VS Code)', function () {
  this.timeout(90_000);

  it('shows each diagnostic once across the shards; a typo adds its finding, undoing it gives back exactly the diagnostics before', async () => {
    const editor = await open('landscape.yaml');
    const doc = editor.document;
    const lines = (): string[] => landscapeDiagnostics(doc.uri).map((d) => `${d.range.start.line}:${d.range.start.character} ${codeOf(d)} ${d.message} ${(d.relatedInformation ?? []).map((r) => `${r.location.uri.path}:${r.location.range.start.line}`).join(',')}`).sort();
    await waitFor(() => landscapeDiagnostics(doc.uri).some((d) => codeOf(d) === 'no-direct-mode2-to-mode1'), 'the diagnostics');
    const before = lines();
    assert.equal(new Set(before).size, before.length, before.join('\n'));
    const at = doc.positionAt(doc.getText().indexOf('consumes: [core-api') + 'consumes: [core-ap'.length);
    assert.ok(await editor.edit((b) => b.insert(at, 'x')));
    await waitFor(() => landscapeDiagnostics(doc.uri).some((d) => codeOf(d) === 'no-dangling-reference'), 'the dangling reference');
    const typo = lines();
    assert.equal(new Set(typo).size, typo.length, typo.join('\n'));
    assert.equal(typo.filter((l) => !before.includes(l)).filter((l) => / no-dangling-reference .*'core-apxi'/.test(l)).length, 1);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => !landscapeDiagnostics(doc.uri).some((d) => codeOf(d) === 'no-dangling-reference'), 'the dangling reference gone');
    await waitFor(() => lines().join('\n') === before.join('\n') || undefined, 'the diagnostics as before');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('the outline follows every version: asked twice for one version it is the same, after an edit it has the new system', async () => {
    const editor = await open('landscape.yaml');
    const doc = editor.document;
    const systems = async (): Promise<string[]> => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return (symbols ?? []).find((s) => s.name === 'systems')?.children.map((c) => c.name) ?? [];
    };
    await waitFor(() => landscapeDiagnostics(doc.uri).length > 0 || undefined, 'the first lint');
    const before = await systems();
    assert.deepEqual(before, ['core', 'hub', 'shop']);
    assert.deepEqual(await systems(), before);
    const at = doc.positionAt(doc.getText().indexOf('  - { id: hub'));
    assert.ok(await editor.edit((b) => b.insert(at, '  - { id: crm, mode: mode1, owner: team-core }\n')));
    assert.deepEqual(await systems(), ['core', 'crm', 'hub', 'shop']);
    await vscode.commands.executeCommand('undo');
    assert.deepEqual(await systems(), before);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('semantic tokens (asked packed): each id, reference and mode with its kind; after an edit the editor gets edits, and the tokens are those of the new text', async () => {
    const api = await vscode.extensions.getExtension<Api>('landscape-tools.landscape-lint')!.activate();
    const editor = await open('landscape.yaml');
    const doc = editor.document;
    await waitFor(() => landscapeDiagnostics(doc.uri).length > 0 || undefined, 'the first lint');
    await waitFor(() => api.answered.semanticTokens > 0 || undefined, 'the editor asking for the tokens');
    // The editor's own ask after an edit names its last answer, and gets the change as edits.
    const edits = api.answered.semanticTokenEdits;
    const at = doc.positionAt(doc.getText().indexOf('  - { id: hub'));
    assert.ok(await editor.edit((b) => b.insert(at, '  - { id: crm, mode: mode1, owner: team-core }\n')));
    await linted(doc);
    await waitFor(() => api.answered.semanticTokenEdits > edits || undefined, 'the editor asking for the tokens as edits');
    const owners = ['6:10 cio namespace.declaration', '7:10 cto namespace.declaration', '8:10 team-core namespace.declaration', '8:41 cio namespace', '9:10 team-web namespace.declaration', '9:40 cto namespace'];
    const core = ['11:10 core class.declaration.mode1', '11:22 mode1 enumMember.mode1', '11:36 team-core namespace'];
    const rest = (l: number) => [`${l}:10 hub class.declaration.gearbox`, `${l}:21 gearbox enumMember.gearbox`, `${l}:37 team-core namespace`, `${l + 1}:8 shop class.declaration.mode2`, `${l + 2}:10 mode2 enumMember.mode2`, `${l + 3}:11 team-web namespace`, `${l + 4}:15 core-api interface`, `${l + 4}:25 order-events interface`];
    assert.deepEqual(await tokenLines(doc), [...owners, ...core, '12:10 crm class.declaration.mode1', '12:21 mode1 enumMember.mode1', '12:35 team-core namespace', ...rest(13)]);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await linted(doc);
    assert.deepEqual(await tokenLines(doc), [...owners, ...core, ...rest(12)]);
  });

  it('folding ranges (asked as line pairs): each section, each entity over several lines, each nested mapping or list', async () => {
    const api = await vscode.extensions.getExtension<Api>('landscape-tools.landscape-lint')!.activate();
    const doc = (await open('landscape.yaml')).document;
    await waitFor(() => landscapeDiagnostics(doc.uri).length > 0 || undefined, 'the first lint');
    const asked = api.answered.foldingLines;
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    assert.deepEqual(ranges.map((r) => `${r.start}-${r.end}${r.kind === undefined ? '' : ` ${r.kind}`}`), ['5-9', '10-16', '13-16']);
    assert.equal(api.answered.foldingLines, asked + 1);
  });

  it('diagnostics follow the edits: an Enter or a deleted line above the findings sends none; after Enters, deleted lines and a typo they are what a restarted server publishes', async () => {
    const api = await vscode.extensions.getExtension<Api>('landscape-tools.landscape-lint')!.activate();
    const editor = await open('landscape.yaml');
    const doc = editor.document;
    await waitFor(() => landscapeDiagnostics(doc.uri).some((d) => codeOf(d) === 'no-direct-mode2-to-mode1'), 'the diagnostics');
    await linted(doc);
    const finding = (): vscode.Diagnostic | undefined => landscapeDiagnostics(doc.uri).find((d) => codeOf(d) === 'no-direct-mode2-to-mode1');
    const line = finding()!.range.start.line;
    const related = finding()!.relatedInformation?.find((r) => r.location.uri.toString() === doc.uri.toString())?.location.range.start.line;
    assert.ok(related !== undefined && related > 5, 'the finding names a line of the same file further down');
    const received = api.shardsReceived.diagnostics;
    // An Enter above every finding: the extension moves them, the server sends nothing.
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(5, 0), '\n')));
    await linted(doc);
    await waitFor(() => finding()?.range.start.line === line + 1 || undefined, 'the finding one line down');
    assert.equal(finding()!.relatedInformation?.find((r) => r.location.uri.toString() === doc.uri.toString())?.location.range.start.line, related + 1, 'its related location too');
    assert.equal(api.shardsReceived.diagnostics - received, 0, 'no diagnostics sent for an edit that only moved them');
    // That line deleted, a comment line inside the system, a typo (a finding added), an Enter inside the flagged reference.
    const edits: ((b: vscode.TextEditorEdit) => void)[] = [
      (b) => b.delete(new vscode.Range(5, 0, 6, 0)),
      (b) => b.insert(new vscode.Position(doc.positionAt(doc.getText().indexOf('    owner: team-web')).line, 0), '    # its owner:\n'),
      (b) => b.insert(doc.positionAt(doc.getText().indexOf('consumes: [core-api') + 'consumes: [core-ap'.length), 'x'),
      (b) => b.insert(doc.positionAt(doc.getText().indexOf('core-apxi') + 4), '\n      '),
      (b) => b.insert(new vscode.Position(1, 0), '\n\n'),
    ];
    for (const edit of edits) {
      assert.ok(await editor.edit(edit));
      await linted(doc);
    }
    const followed = shownLines(doc.uri);
    const fragment = shownLines(file('fragment.yaml'));
    assert.ok(followed.some((l) => / no-dangling-reference /.test(l)), followed.join('\n'));
    // A new server lints the text as it is: exactly what the edits left.
    const shown = api.shown.length;
    await api.client.sendNotification('exit');
    await waitFor(() => api.shown.length > shown && api.client.isRunning(), 'the restarted server');
    await linted(doc);
    await waitFor(() => shownLines(doc.uri).join('\n') === followed.join('\n') || undefined, `the restarted server's diagnostics as those followed:\n${followed.join('\n')}`).catch(() => assert.deepEqual(shownLines(doc.uri), followed));
    assert.deepEqual(shownLines(file('fragment.yaml')), fragment);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await linted(doc);
  });

  it('a server that stops is restarted with a message, and its diagnostics and hovers come back', async () => {
    const api = await vscode.extensions.getExtension<Api>('landscape-tools.landscape-lint')!.activate();
    const doc = (await open('landscape.yaml')).document;
    await waitFor(() => landscapeDiagnostics(doc.uri).some((d) => codeOf(d) === 'no-direct-mode2-to-mode1'), 'the diagnostics');
    const before = api.shown.length;
    await api.client.sendNotification('exit');
    await waitFor(() => api.shown.length > before, 'the message about the restart');
    assert.deepEqual(api.shown.slice(before), ['The Landscape language server stopped and was restarted.']);
    await waitFor(() => api.client.isRunning(), 'the restarted server');
    const hover = async (): Promise<string> => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf('id: shop') + 5));
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    };
    assert.match(await hover(), /system `shop`/);
    await waitFor(() => landscapeDiagnostics(file('fragment.yaml')).some((d) => codeOf(d) === 'rollout-requires-monitoring'), 'the fragment diagnostics from the new server');
  });
});
