/**
 * The extension shows what it is doing (issue 15, point 5), in a real VS Code: the status bar
 * item (title, errors and warnings of the landscape of the active editor, from the server's
 * `landscape/lintStatus`), *Show diagram* from a fragment, *New landscape* (the starter of
 * `landscape init`; a folder that has one: its file opened, the picker says so upfront), the
 * Landscape tree view and the getting-started walkthrough's commands.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { starterLandscape, today } from '../../../src/core/index';
import type { LandscapeApi } from '../../../src/extension/extension';
import { file, landscapeDiagnostics, open, waitFor } from './helpers';

const EXT_ID = 'landscape-tools.landscape-lint';

async function api(): Promise<LandscapeApi> {
  const ext = vscode.extensions.getExtension<LandscapeApi>(EXT_ID)!;
  return ext.isActive ? ext.exports : ext.activate();
}

const severities = (uris: vscode.Uri[], s: vscode.DiagnosticSeverity): number => uris.flatMap((u) => landscapeDiagnostics(u)).filter((d) => d.severity === s).length;

describe('what the extension is doing, shown', function () {
  this.timeout(90_000);

  it('the status bar item shows the active landscape: its name (no title: metadata.name) and its errors and warnings', async () => {
    const { status } = await api();
    await open('fragment.yaml');
    const files = [file('landscape.yaml'), file('fragment.yaml')];
    const expected = (): string => `$(type-hierarchy) test-bank  $(error) ${severities(files, vscode.DiagnosticSeverity.Error)}  $(warning) ${severities(files, vscode.DiagnosticSeverity.Warning)}`;
    await waitFor(() => status.item.text === expected(), `the status bar item (now "${status.item.text}")`);
    assert.ok(severities(files, vscode.DiagnosticSeverity.Error) > 0, 'the test landscape has errors');
    assert.equal(status.item.command, 'landscape.showMenu');
    assert.equal(status.landscapeOf(file('fragment.yaml'))?.entry.toString(), file('landscape.yaml').toString());
    assert.match(status.item.tooltip as string, /^Landscape: test-bank \(landscape\.yaml\)\n\d+ errors?, \d+ warnings?, \d+ infos? · linted in \d+ ms\nClick for the Landscape menu\.$/);
  });

  it('Show diagram from a fragment opens its landscape\'s diagram', async () => {
    const { diagrams } = await api();
    await open('fragment.yaml');
    await vscode.commands.executeCommand('landscape.showDiagram');
    await waitFor(() => diagrams.panels.has(file('landscape.yaml').toString()), 'the diagram of landscape.yaml');
    for (const p of diagrams.panels.values()) p.dispose();
  });

  it('New landscape writes the starter of landscape init into the folder, opens it, the server lints it clean; never overwrites', async () => {
    const { status } = await api();
    const dir = vscode.Uri.file(mkdtempSync(path.join(os.tmpdir(), 'landscape-new-')));
    const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('landscape.newLandscape', dir);
    const target = vscode.Uri.joinPath(dir, 'landscape.yaml');
    assert.equal(made?.toString(), target.toString());
    assert.equal(readFileSync(target.fsPath, 'utf8'), starterLandscape(today()));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString());
    const linted = await waitFor(() => status.landscapes.get(target.toString())?.summary, 'the lint of the new landscape');
    assert.deepEqual([linted.title, linted.errors, linted.warnings, linted.infos], ["My company's IT landscape", 0, 0, 0]);
    assert.equal(status.item.text, "$(type-hierarchy) My company's IT landscape  $(error) 0  $(warning) 0");
    // Its diagram focused (a webview: no text editor is active), the item still shows it, not the first landscape.
    const { diagrams } = await api();
    await vscode.commands.executeCommand('landscape.showDiagram');
    const panel = await waitFor(() => diagrams.panels.get(target.toString()), 'the diagram of the new landscape');
    panel.panel.reveal(undefined, false);
    await waitFor(() => vscode.window.activeTextEditor === undefined || undefined, 'the diagram focused');
    assert.equal(status.item.text, "$(type-hierarchy) My company's IT landscape  $(error) 0  $(warning) 0");
    panel.dispose();
    await open('landscape.yaml');
    await waitFor(() => status.item.text.startsWith('$(type-hierarchy) test-bank') || undefined, 'the item back on test-bank');
    await vscode.window.showTextDocument(target);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

    // A folder that has one: it is opened, never overwritten.
    writeFileSync(target.fsPath, 'kept: true\n');
    assert.equal((await vscode.commands.executeCommand<vscode.Uri>('landscape.newLandscape', dir))?.toString(), target.toString());
    assert.equal(readFileSync(target.fsPath, 'utf8'), 'kept: true\n');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString());
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('New landscape\'s picker says upfront which folder already has a landscape.yaml (choosing it opens it); the walkthrough\'s first step completes on a landscape existing, not on the command', async () => {
    const { newLandscape } = await api();
    const choices = await newLandscape.choices();
    assert.deepEqual(choices.map((c) => [c.label, c.description, c.folder?.toString()]), [
      [`$(folder) ${vscode.workspace.workspaceFolders![0].name}`, 'already has landscape.yaml — opens it', vscode.workspace.workspaceFolders![0].uri.toString()],
      ['$(folder-opened) Choose another folder…', undefined, undefined],
    ]);
    // The workspace has landscape.yaml: the context key the step completes on is set.
    assert.equal(await newLandscape.has.refresh(), true);
    const ext = vscode.extensions.getExtension(EXT_ID)!;
    const [walkthrough] = (ext.packageJSON as { contributes: { walkthroughs: { steps: { id: string; completionEvents: string[] }[] }[] } }).contributes.walkthroughs;
    assert.deepEqual(walkthrough.steps.find((s) => s.id === 'create')?.completionEvents, ['onContext:landscape.hasLandscape']);
  });

  it('the Landscape tree view: sections → entities of the active file\'s landscape, with their findings; a click reveals the entity', async () => {
    const { tree } = await api();
    await open('fragment.yaml');
    await vscode.commands.executeCommand('landscape.outline.focus');
    // The view, shown, asks the server for the outline of the fragment's landscape.
    await waitFor(() => tree.outline?.entry === file('landscape.yaml').toString(), 'the outline');
    const roots = await tree.getChildren();
    const sections = roots.map((n) => tree.getTreeItem(n).label);
    assert.deepEqual(sections, ['owners', 'systems', 'apis', 'rollouts']);
    const rollouts = await tree.getChildren(roots[3]);
    const item = tree.getTreeItem(rollouts[0]);
    assert.equal(item.label, 'ro-shop');
    assert.equal(item.description, '1 warning');
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'warning');
    await open('landscape.yaml');
    await vscode.commands.executeCommand(item.command!.command, ...((item.command!.arguments ?? []) as unknown[]));
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === file('fragment.yaml').toString() && vscode.window.activeTextEditor, 'the fragment revealed');
    assert.equal(editor.document.getText(editor.selection), 'ro-shop');
  });

  it('the walkthrough has four steps whose commands exist, and they run', async () => {
    const ext = vscode.extensions.getExtension(EXT_ID)!;
    const [walkthrough] = (ext.packageJSON as { contributes: { walkthroughs: { steps: { id: string; description: string; media: { markdown: string } }[] }[] } }).contributes.walkthroughs;
    assert.deepEqual(walkthrough.steps.map((s) => s.id), ['create', 'findings', 'diagram', 'rules']);
    const links = walkthrough.steps.flatMap((s) => [...s.description.matchAll(/\(command:([\w.]+)(\?[^)]*)?\)/g)].map((m) => ({ command: m[1], args: m[2] ? (JSON.parse(decodeURIComponent(m[2].slice(1))) as unknown[]) : [] })));
    assert.deepEqual(links.map((l) => l.command), ['landscape.newLandscape', 'workbench.actions.view.problems', 'landscape.showDiagram', 'landscape.showRuleDocs', 'workbench.action.openSettings']);
    const known = new Set(await vscode.commands.getCommands(true));
    for (const l of links) assert.ok(known.has(l.command), `${l.command} is a command`);
    for (const s of walkthrough.steps) assert.ok(readFileSync(path.join(ext.extensionPath, s.media.markdown), 'utf8').startsWith('# '), `${s.media.markdown} is a page`);
    // The commands that open no picker run as the links run them (New landscape: the test above, with its folder).
    const { diagrams } = await api();
    await open('landscape.yaml');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('landscape.showDiagram');
    await waitFor(() => diagrams.panels.has(file('landscape.yaml').toString()), 'the diagram');
    for (const p of diagrams.panels.values()) p.dispose();
    await vscode.commands.executeCommand('landscape.showRuleDocs', 'max-fan-out');
    await waitFor(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => /max-fan-out/.test(t.label)), 'the rule documentation preview');
    await vscode.commands.executeCommand('workbench.action.openSettings', ...links[4].args);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
