/**
 * Fix-all reached the three ways a user does (Source Action…, Fix All, codeActionsOnSave),
 * and quick fixes that insert a skeleton leave tab stops on its blanks.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, file, landscapeDiagnostics, linted, open, revertAll, waitFor } from './helpers';

const FIX_ALL_TITLE = 'Fix all safe landscape problems';

/** Breaks the reference `order-events` (a safe "Change to 'order-events'" fix) and waits for the finding. */
async function breakReference(editor: vscode.TextEditor, waitForLint = true): Promise<void> {
  const doc = editor.document;
  const at = doc.getText().indexOf('order-events]');
  await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'order-events'.length)), 'order-evnts'));
  if (!waitForLint) return;
  await waitFor(() => landscapeDiagnostics(doc.uri).find((x) => codeOf(x) === 'no-dangling-reference'), 'the dangling reference');
  await linted(doc);
}

/**
 * Runs an editor command that asks for code actions until `done` holds (at most 3 times):
 * VS Code drops a request under way when the document's diagnostics change meanwhile.
 */
async function runUntil(command: string, args: unknown, done: () => boolean, what: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await vscode.commands.executeCommand(command, args);
    try {
      await waitFor(done, what, 5_000);
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

const fixed = (doc: vscode.TextDocument): boolean => doc.getText().includes('consumes: [core-api, order-events]');

describe('Fix all and snippet quick fixes in a real VS Code', function () {
  this.timeout(90_000);
  let original: string;

  before(async () => {
    original = (await vscode.workspace.fs.readFile(file('landscape.yaml'))).toString();
  });

  afterEach(async () => {
    await revertAll();
    // Only settings a test set: a landscape settings change re-lints, and the diagnostics it
    // sets would cancel a code action request of the next test under way.
    for (const [section, key] of [['editor', 'codeActionsOnSave'], ['landscape', 'lint.debounceMs']]) {
      if (vscode.workspace.getConfiguration(section).inspect(key)?.workspaceValue !== undefined) await vscode.workspace.getConfiguration(section).update(key, undefined, vscode.ConfigurationTarget.Workspace);
    }
    const onDisk = (await vscode.workspace.fs.readFile(file('landscape.yaml'))).toString();
    if (onDisk !== original) {
      await vscode.workspace.fs.writeFile(file('landscape.yaml'), Buffer.from(original));
      const doc = await vscode.workspace.openTextDocument(file('landscape.yaml'));
      await waitFor(() => doc.getText() === original, 'the document to reload the restored file');
      await linted(doc);
    }
  });

  it('Source Action… (only = source) and Fix All (only = source.fixAll) both find the fix-all action', async () => {
    const editor = await open('landscape.yaml');
    await breakReference(editor);
    const all = new vscode.Range(0, 0, editor.document.lineCount, 0);
    for (const only of ['source', 'source.fixAll', 'source.fixAll.landscape']) {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, all, only);
      const fixAll = actions.find((a) => a.title === FIX_ALL_TITLE);
      assert.ok(fixAll, `only=${only}: ${actions.map((a) => a.title).join(' | ') || 'no actions'}`);
      assert.equal(fixAll.kind?.value, 'source.fixAll.landscape');
    }
    // The light bulb's quick fixes are not source actions, and a quick-fix request gets no fix-all.
    const quick = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, all, 'quickfix');
    assert.ok(!quick.some((a) => a.title === FIX_ALL_TITLE));
  });

  it('the Fix All command applies it', async () => {
    const editor = await open('landscape.yaml');
    await breakReference(editor);
    await runUntil('editor.action.fixAll', undefined, () => fixed(editor.document), 'Fix All to change order-evnts back');
  });

  it('the Source Action… command (kind source.fixAll) applies it', async () => {
    const editor = await open('landscape.yaml');
    await breakReference(editor);
    await runUntil('editor.action.sourceAction', { kind: 'source.fixAll', apply: 'first' }, () => fixed(editor.document), 'the source action to change order-evnts back');
  });

  it('codeActionsOnSave {"source.fixAll": "explicit"} fixes the file on save, even right after typing (before the debounced lint)', async () => {
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', { 'source.fixAll': 'explicit' }, vscode.ConfigurationTarget.Workspace);
    // A long debounce: the save comes before any lint of the edit.
    await vscode.workspace.getConfiguration('landscape').update('lint.debounceMs', 2000, vscode.ConfigurationTarget.Workspace);
    const editor = await open('landscape.yaml');
    await linted(editor.document);
    await breakReference(editor, false);
    await vscode.commands.executeCommand('workbench.action.files.save');
    await waitFor(() => !editor.document.isDirty, 'the save');
    assert.ok(fixed(editor.document), editor.document.getText());
    const onDisk = (await vscode.workspace.fs.readFile(file('landscape.yaml'))).toString();
    assert.ok(onDisk.includes('consumes: [core-api, order-events]'), onDisk);
  });

  it('"Add monitoring" inserts a snippet: the cursor waits in dashboards: [], Tab selects alerting\'s value', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file('fragment.yaml')));
    const doc = editor.document;
    const mon = await waitFor(() => landscapeDiagnostics(doc.uri).find((x) => codeOf(x) === 'rollout-requires-monitoring'), 'the monitoring finding');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, mon.range);
    const add = actions.find((a) => a.title === "Add monitoring to 'ro-shop'")!;
    assert.ok(await vscode.workspace.applyEdit(add.edit!));
    const line = doc.lineCount - (doc.getText().endsWith('\n') ? 2 : 1);
    assert.equal(doc.lineAt(line).text, '    monitoring: { dashboards: [], alerting: true }');
    // The first tab stop: an empty selection between the brackets.
    const inBrackets = doc.lineAt(line).text.indexOf('[]') + 1;
    assert.deepEqual([editor.selection.start, editor.selection.end].map((p) => [p.line, p.character]), [[line, inBrackets], [line, inBrackets]]);
    await vscode.commands.executeCommand('type', { text: 'orders' });
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.equal(doc.getText(editor.selection), 'true');
    assert.equal(doc.lineAt(line).text, '    monitoring: { dashboards: [orders], alerting: true }');
  });

  it('"Suppress" selects the TODO reason for the user to replace', async () => {
    const editor = await open('landscape.yaml');
    const doc = editor.document;
    const direct = await waitFor(() => landscapeDiagnostics(doc.uri).find((x) => codeOf(x) === 'no-direct-mode2-to-mode1'), 'the direct-dependency finding');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, direct.range);
    assert.ok(await vscode.workspace.applyEdit(actions.find((a) => a.title === "Suppress no-direct-mode2-to-mode1 for 'shop'")!.edit!));
    assert.ok(doc.getText().includes('suppress: [{ rule: no-direct-mode2-to-mode1, reason: "TODO: why this is accepted" }]'), doc.getText());
    assert.equal(doc.getText(editor.selection), 'TODO: why this is accepted');
  });
});
