/**
 * *Landscape: Compare with…* (issue 12): the diagram of the landscape overlaid with a git
 * revision (added green, removed red dashed, changed amber; a toggle in the panel's toolbar),
 * and the new and fixed findings in the Explorer's *Landscape review* view. *Landscape: Stop
 * comparing* ends it.
 *
 * The revisions offered come from VS Code's built-in git extension when it is there (HEAD,
 * branches, tags, recent commits; anything else can be typed); without it, an input box
 * (default HEAD). The comparison itself is the language server's (`landscape/diff`), which reads
 * the revision with git, as `landscape diff` does: the extension host never lints, nor reads a
 * revision. Off in untrusted workspaces: git runs in the workspace's repository.
 */
import * as vscode from 'vscode';
import type { DiagramManager } from '../diagram/register';
import type { DiagramPanel } from '../diagram/diagram-panel';
import { REVIEW_VIEW, ReviewTree } from './review-tree';

/** The part of the git extension's API (`vscode.git`, version 1) read here. */
interface GitRef {
  type: 0 | 1 | 2; // Head, RemoteHead, Tag
  name?: string;
  commit?: string;
  remote?: string;
}
interface GitRepository {
  rootUri: vscode.Uri;
  state: { HEAD?: GitRef; refs: GitRef[] };
  getRefs?(query: { sort?: 'alphabetically' | 'committerdate' }): Promise<GitRef[]>;
  log(options: { maxEntries: number }): Promise<{ hash: string; message: string }[]>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
}

async function gitApi(): Promise<GitApi | undefined> {
  const git = vscode.extensions.getExtension<{ enabled: boolean; getAPI(version: 1): GitApi }>('vscode.git');
  if (!git) return undefined;
  try {
    const exports = git.isActive ? git.exports : await git.activate();
    return exports.enabled ? exports.getAPI(1) : undefined;
  } catch {
    return undefined;
  }
}

interface RefItem extends vscode.QuickPickItem {
  ref: string;
}

/** The revisions to offer for the repository of `uri`: HEAD first, then branches, tags and the last commits. */
async function refItems(repo: GitRepository): Promise<RefItem[]> {
  const refs = repo.getRefs ? await repo.getRefs({ sort: 'committerdate' }) : repo.state.refs;
  const items: RefItem[] = [{ label: 'HEAD', description: `the last commit${repo.state.HEAD?.name ? ` of ${repo.state.HEAD.name}` : ''}`, ref: 'HEAD' }];
  const kinds: [GitRef['type'], string][] = [[0, 'branch'], [1, 'remote branch'], [2, 'tag']];
  for (const [type, what] of kinds) {
    for (const r of refs.filter((x) => x.type === type && x.name)) {
      const name = type === 1 && r.remote && !r.name!.startsWith(`${r.remote}/`) ? `${r.remote}/${r.name}` : r.name!;
      items.push({ label: name, description: `${what}${r.commit ? ` · ${r.commit.slice(0, 8)}` : ''}`, ref: name });
    }
  }
  for (const c of await repo.log({ maxEntries: 20 }).catch(() => [])) items.push({ label: c.hash.slice(0, 8), description: c.message.split('\n')[0], ref: c.hash });
  return items;
}

/** Asks which revision to compare with: a quick pick of the repository's refs (typing another works), else an input box. */
async function pickRevision(uri: vscode.Uri | undefined): Promise<string | undefined> {
  const repo = uri ? (await gitApi())?.getRepository(uri) : undefined;
  if (!repo) {
    const typed = await vscode.window.showInputBox({ title: 'Landscape: Compare with…', prompt: 'A git revision: a branch, a tag, a commit', value: 'HEAD' });
    return typed?.trim() || undefined;
  }
  const items = await refItems(repo);
  const pick = vscode.window.createQuickPick<RefItem>();
  pick.title = 'Landscape: Compare with…';
  pick.placeholder = 'A revision to compare the landscape with (type a branch, tag or commit)';
  pick.items = items;
  pick.onDidChangeValue((v) => {
    const typed = v.trim();
    pick.items = typed && !items.some((i) => i.ref === typed) ? [{ label: typed, description: 'compare with this revision', ref: typed }, ...items] : items;
  });
  return new Promise((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.ref ?? (pick.value.trim() || undefined));
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

export interface ReviewApi {
  tree: ReviewTree;
  /** The panel compared last (tests read it). */
  readonly panel: DiagramPanel | undefined;
}

export function registerCompare(context: vscode.ExtensionContext, diagrams: DiagramManager): ReviewApi {
  const tree = new ReviewTree();
  let current: DiagramPanel | undefined;
  let following: vscode.Disposable | undefined;
  const setComparing = (on: boolean): Thenable<unknown> => vscode.commands.executeCommand('setContext', 'landscape.comparing', on);

  async function compareWith(ref?: unknown, target?: unknown): Promise<DiagramPanel | undefined> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showInformationMessage('Landscape: Compare with… runs git in the workspace: trust the workspace first.');
      return undefined;
    }
    const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
    const base = typeof ref === 'string' && ref.trim() ? ref.trim() : await pickRevision(uri);
    if (base === undefined) return undefined;
    const panel = await diagrams.show(uri);
    if (!panel) return undefined;
    try {
      await panel.compare(base);
    } catch (e) {
      void vscode.window.showErrorMessage(`Landscape: cannot compare with ${base}: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
    if (current !== panel) {
      following?.dispose();
      current = panel;
      // The panel diffs again after every edit: the tree follows; a panel closed or back to normal ends it.
      following = panel.onDidCompare((r) => {
        tree.show(r);
        void setComparing(r !== undefined);
      });
    }
    tree.show(panel.comparison);
    await setComparing(panel.comparison !== undefined);
    return panel;
  }

  context.subscriptions.push(
    tree,
    { dispose: () => { following?.dispose(); } },
    vscode.window.registerTreeDataProvider(REVIEW_VIEW, tree),
    vscode.commands.registerCommand('landscape.compareWith', compareWith),
    vscode.commands.registerCommand('landscape.stopComparing', async () => {
      for (const p of diagrams.panels.values()) if (p.comparison) await p.compare(undefined);
      tree.show(undefined);
      await setComparing(false);
    }),
  );
  return { tree, get panel() { return current; } };
}
