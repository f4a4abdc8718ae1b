/**
 * *Landscape: Show history* in a real VS Code (issue 12): a git repository made here (a folder of
 * the workspace: the review bank, a direct Mode-2 → Mode-1 call, a commit that does not parse
 * with a hostile message); the command opens one panel per landscape with the server's history
 * (a fragment's command reveals its landscape's panel), the page escapes every text; outside a
 * git repository the panel says so, and a file no landscape holds gets a message, no panel.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { file, linted } from './helpers';

const FIXTURE = path.resolve(__dirname, '../../test/vscode/fixtures/review');
const BASE = readFileSync(path.join(FIXTURE, 'base.yaml'), 'utf8');
const EDIT = readFileSync(path.join(FIXTURE, 'edit.yaml'), 'utf8');
const HOSTILE = '</p><script>window.__pwned=1</script> & "broke" it';

interface Figures {
  findings: { error: number; warn: number; info: number };
  acrossSpeeds: number;
  systems: { mode1: number; gearbox: number; mode2: number; none: number };
}
interface Panel {
  panel: vscode.WebviewPanel;
  message: string | undefined;
  result: { entry: string; repository: string; history: { title: string; entry: string; points: { commit: string; subject: string; author: string; date: string; figures: Figures | null }[] } } | undefined;
}
interface Api {
  history: { panels: readonly Panel[] };
}

/** Makes `history/` of the workspace a git repository: the entry imports a fragment; three commits. */
function makeRepository(): vscode.Uri {
  const dir = file('history');
  mkdirSync(path.join(dir.fsPath, 'parts'), { recursive: true });
  let day = 0;
  const commit = (message: string, files: Record<string, string>): string => {
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir.fsPath, name), text);
    const when = `2026-01-0${++day}T12:00:00Z`;
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir.fsPath, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } }).trim();
    if (day === 1) git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('-c', 'user.email=dev@example.com', '-c', 'user.name=Dev', 'commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  // The systems live in a fragment the entry imports.
  const entryOf = (text: string): string => text.slice(0, text.indexOf('systems:\n')).replace('owners:', 'imports: [./parts/systems.yaml]\nowners:') + text.slice(text.indexOf('apis:\n'));
  const fragmentOf = (text: string): string => `apiVersion: landscape/v1\nkind: LandscapeFragment\n${text.slice(text.indexOf('systems:\n'), text.indexOf('apis:\n'))}`;
  commit('the review bank', { 'landscape.yaml': entryOf(BASE), 'parts/systems.yaml': fragmentOf(BASE) });
  commit('app calls core directly', { 'parts/systems.yaml': fragmentOf(EDIT), 'landscape.yaml': entryOf(EDIT) });
  commit(HOSTILE, { 'parts/systems.yaml': `${fragmentOf(EDIT)}  - { id: broken\n` });
  return dir;
}

describe('Landscape: Show history in a real VS Code', function () {
  this.timeout(120_000);
  let api: Api;
  let repo: vscode.Uri;

  before(async () => {
    api = await vscode.extensions.getExtension<Api>('landscape-tools.landscape-lint')!.activate();
    repo = makeRepository();
    // Linted before the command, as an open editor would have it (the server may not have seen the new files yet).
    await linted(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(repo, 'landscape.yaml')));
  });

  after(async () => {
    for (const p of [...api.history.panels]) p.panel.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(repo.fsPath, { recursive: true, force: true });
  });

  it('opens the chart of the landscape’s commits, the commit that does not parse a gap, every text escaped in the page', async () => {
    const entry = vscode.Uri.joinPath(repo, 'landscape.yaml');
    const panel = (await vscode.commands.executeCommand<Panel | undefined>('landscape.showHistory', entry))!;
    assert.equal(panel.message, undefined);
    const h = panel.result!.history;
    assert.equal(panel.result!.entry, entry.toString());
    assert.equal(h.entry, 'landscape.yaml');
    assert.deepEqual(h.points.map((p) => [p.subject, p.author, p.date, p.figures]), [
      ['the review bank', 'Dev', '2026-01-01T12:00:00+00:00', { findings: { error: 1, warn: 0, info: 0 }, acrossSpeeds: 3, systems: { mode1: 2, gearbox: 1, mode2: 1, none: 0 } }],
      ['app calls core directly', 'Dev', '2026-01-02T12:00:00+00:00', { findings: { error: 1, warn: 0, info: 0 }, acrossSpeeds: 2, systems: { mode1: 1, gearbox: 1, mode2: 2, none: 0 } }],
      [HOSTILE, 'Dev', '2026-01-03T12:00:00+00:00', null],
    ]);
    assert.equal(panel.panel.title, 'History: review-bank');
    const html = panel.panel.webview.html;
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[A-Za-z0-9+/=]+'; script-src 'nonce-[A-Za-z0-9+/=]+'">/);
    assert.ok(html.includes('&lt;/p&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; &quot;broke&quot; it'), 'the hostile subject escaped');
    assert.equal(html.split('<script').length - 1, 2, 'only the tooltip’s and the panel’s scripts');
    assert.deepEqual(panel.panel.webview.options.localResourceRoots, [], 'nothing loaded');
  });

  it('a fragment’s command reveals its landscape’s panel and reads the history again', async () => {
    const before = api.history.panels.length;
    const panel = await vscode.commands.executeCommand<Panel | undefined>('landscape.showHistory', vscode.Uri.joinPath(repo, 'parts/systems.yaml'));
    assert.equal(api.history.panels.length, before);
    assert.equal(panel, api.history.panels[0]);
    assert.equal(panel.result!.history.points.length, 3);
  });

  it('outside a git repository the panel says so, in place of a chart', async () => {
    const entry = file('landscape.yaml');
    const panel = (await vscode.commands.executeCommand<Panel | undefined>('landscape.showHistory', entry))!;
    assert.equal(panel.message, `${entry.fsPath} is not in a git repository: its history is the commits that changed it.`);
    assert.equal(panel.panel.title, 'History: landscape.yaml');
    assert.ok(panel.panel.webview.html.includes(`<p class="ls-hp-message" role="alert">${entry.fsPath} is not in a git repository: its history is the commits that changed it.</p>`));
    assert.ok(!panel.panel.webview.html.includes('<svg'));
    panel.panel.dispose();
  });

  it('a file no landscape holds: a message, no panel', async () => {
    const plain = vscode.Uri.joinPath(repo, 'notes.yaml');
    writeFileSync(plain.fsPath, 'just: yaml\n');
    const before = api.history.panels.length;
    assert.equal(await vscode.commands.executeCommand('landscape.showHistory', plain), undefined);
    assert.equal(api.history.panels.length, before);
  });
});
