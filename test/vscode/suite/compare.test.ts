/**
 * *Landscape: Compare with…* in a real VS Code (issue 12): a git repository made here (a folder
 * of the workspace, one commit), then an unsaved edit (a system added with a direct Mode-2 →
 * Mode-1 call, one removed, one changed, a direct call taken back); the diagram overlays HEAD
 * and the edit, the Explorer's review view lists the new and the fixed finding and opens each
 * where it is (the fixed one in HEAD's text, read-only), the Problems view stays as it was.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { file, landscapeDiagnostics, linted, revertAll, waitFor } from './helpers';

/** The fixture (test/vscode/fixtures/review): the base commit and the unsaved edit, from the repository beside this bundle (out/vscode-suite-*). */
const FIXTURE = path.resolve(__dirname, '../../test/vscode/fixtures/review');
const REVIEW_BASE = readFileSync(path.join(FIXTURE, 'base.yaml'), 'utf8');
const REVIEW_EDIT = readFileSync(path.join(FIXTURE, 'edit.yaml'), 'utf8');

interface Comparison {
  base: { ref: string; commit: string; parsed: boolean };
  diagram: { review?: boolean; nodes: { id: string; change?: string }[]; edges: { id: string; change?: string }[] };
  findings: { new: { rule: string; message: string }[]; fixed: { rule: string }[]; unchanged: number };
}
interface TreeNode {
  kind: string;
}
interface Api {
  review: {
    panel: { comparison: Comparison | undefined; panel: vscode.WebviewPanel; received: { type: string }[]; onDidCompare: vscode.Event<Comparison | undefined> } | undefined;
    tree: { shown: Comparison | undefined; getChildren(n?: TreeNode): TreeNode[]; getTreeItem(n: TreeNode): vscode.TreeItem };
  };
}

const changes = (c: Comparison): { nodes: string[]; edges: string[] } => ({
  nodes: c.diagram.nodes.filter((n) => n.change).map((n) => `${n.id} ${n.change}`).sort(),
  edges: c.diagram.edges.filter((e) => e.change).map((e) => `${e.id} ${e.change}`).sort(),
});

const diagnosticLines = (uri: vscode.Uri): string[] => landscapeDiagnostics(uri).map((d) => `${d.range.start.line}:${d.range.start.character} ${String(typeof d.code === 'object' ? d.code.value : d.code)}`);

/** Makes `review/` of the workspace a git repository with REVIEW_BASE committed. */
function makeReviewRepository(): vscode.Uri {
  const dir = file('review');
  mkdirSync(dir.fsPath, { recursive: true });
  writeFileSync(vscode.Uri.joinPath(dir, 'landscape.yaml').fsPath, REVIEW_BASE);
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir.fsPath, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T12:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T12:00:00Z' } });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.email=dev@example.com', '-c', 'user.name=Dev', 'commit', '-q', '--allow-empty', '-m', 'empty');
  git('add', 'landscape.yaml');
  git('-c', 'user.email=dev@example.com', '-c', 'user.name=Dev', 'commit', '-q', '-m', 'the review bank');
  return dir;
}

describe('Landscape: Compare with… in a real VS Code', function () {
  this.timeout(120_000);
  let api: Api;
  let entry: vscode.Uri;
  let editor: vscode.TextEditor;
  let problems: string[];

  before(async () => {
    api = await vscode.extensions.getExtension<Api>('landscape-tools.landscape-lint')!.activate();
    entry = vscode.Uri.joinPath(makeReviewRepository(), 'landscape.yaml');
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(entry));
    await editor.edit((e) => e.replace(new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(editor.document.getText().length)), REVIEW_EDIT));
    await linted(editor.document);
    problems = diagnosticLines(entry);
    assert.deepEqual(problems, ['12:56 no-direct-mode2-to-mode1'], 'the edit has its own finding');
  });

  after(async () => {
    api.review.panel?.panel.dispose();
    await revertAll();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(file('review').fsPath, { recursive: true, force: true });
  });

  it('overlays HEAD on the diagram of the unsaved edit: added, removed and changed systems and dependencies', async () => {
    await vscode.commands.executeCommand('landscape.compareWith', 'HEAD', entry);
    const panel = api.review.panel!;
    const c = panel.comparison!;
    assert.equal(c.base.ref, 'HEAD');
    assert.equal(c.base.commit, execFileSync('git', ['rev-parse', 'HEAD'], { cwd: file('review').fsPath, encoding: 'utf8' }).trim());
    assert.ok(c.diagram.review);
    assert.deepEqual(changes(c), {
      nodes: ['app added', 'hub changed', 'legacy removed', 'shop changed'],
      edges: ['app->core:core-api added', 'hub->legacy:legacy-api removed', 'shop->core:core-api removed'],
    });
    assert.equal(panel.panel.title, 'Diagram: review-bank · changes since HEAD');
    await waitFor(() => panel.received.some((m) => m.type === 'ready'), 'the webview ready');
  });

  it('leaves the Problems view as it was: the findings of the landscape now', () => {
    assert.deepEqual(diagnosticLines(entry), problems);
  });

  it('lists the new and the fixed finding in the review view', () => {
    const tree = api.review.tree;
    const groups = tree.getChildren();
    assert.deepEqual(groups.map((g) => tree.getTreeItem(g).label), ['New findings (1)', 'Fixed findings (1)']);
    assert.deepEqual(groups.map((g) => tree.getTreeItem(g).description), ['since HEAD', 'at HEAD']);
    const [fresh, fixed] = groups.map((g) => tree.getChildren(g).map((n) => tree.getTreeItem(n)));
    assert.deepEqual(fresh.map((i) => [i.label, i.description]), [["Mode-2 system 'app' consumes 'core-api' of Mode-1 system 'core' directly; route it through the gearbox (an API façade, events or a read model).", 'no-direct-mode2-to-mode1 · review/landscape.yaml:13']]);
    assert.deepEqual(fixed.map((i) => [i.label, i.description]), [["Mode-2 system 'shop' consumes 'core-api' of Mode-1 system 'core' directly; route it through the gearbox (an API façade, events or a read model).", 'no-direct-mode2-to-mode1 · review/landscape.yaml:14']]);
  });

  it('opens a new finding in the file, a fixed one where it was in HEAD’s text (read-only)', async () => {
    const tree = api.review.tree;
    const [fresh, fixed] = tree.getChildren().map((g) => tree.getTreeItem(tree.getChildren(g)[0]));
    await vscode.commands.executeCommand(fresh.command!.command, ...((fresh.command!.arguments ?? []) as unknown[]));
    let active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), entry.toString());
    assert.equal(active.document.getText(active.selection), 'core-api');
    assert.equal(active.selection.start.line, 12);

    await vscode.commands.executeCommand(fixed.command!.command, ...((fixed.command!.arguments ?? []) as unknown[]));
    active = await waitFor(() => vscode.window.activeTextEditor?.document.uri.scheme === 'landscape-revision' && vscode.window.activeTextEditor, 'the revision document');
    assert.equal(active.document.getText(), REVIEW_BASE);
    assert.equal(active.selection.start.line, 13);
    assert.equal(active.document.getText(active.selection), 'core-api');
    assert.deepEqual(landscapeDiagnostics(active.document.uri), [], 'the old text is not linted');
  });

  it('follows the next edit: the comparison is drawn again', async () => {
    const panel = api.review.panel!;
    const next = new Promise<Comparison | undefined>((resolve) => {
      const sub = panel.onDidCompare((c) => {
        if (c && !changes(c).nodes.includes('hub changed')) {
          sub.dispose();
          resolve(c);
        }
      });
    });
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(entry));
    const at = editor.document.getText().indexOf('owner: team-web }\n  - { id: app');
    await editor.edit((e) => e.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 'owner: team-web'.length)), 'owner: team-core, consumes: [legacy-api]'));
    const c = (await next)!;
    // hub is as it was at HEAD except that legacy-api is gone: a dangling reference, a new finding.
    assert.deepEqual(changes(c).nodes, ['app added', 'legacy removed', 'shop changed']);
    assert.deepEqual(api.review.tree.shown, c);
  });

  it('an unknown revision leaves the comparison as it was; Stop comparing draws the landscape as it is', async () => {
    const before = api.review.panel!.comparison;
    assert.equal(await vscode.commands.executeCommand('landscape.compareWith', 'no-such-branch', entry), undefined);
    assert.equal(api.review.panel!.comparison, before);
    await vscode.commands.executeCommand('landscape.stopComparing');
    assert.equal(api.review.panel!.comparison, undefined);
    assert.equal(api.review.tree.shown, undefined);
    assert.deepEqual(api.review.tree.getChildren(), []);
    assert.equal(api.review.panel!.panel.title, 'Diagram: review-bank');
  });
});
