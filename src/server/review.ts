/**
 * Review mode in the server (issue 12): `landscape/diff` compares a landscape, as its latest
 * lint has it (unsaved edits included), with a git revision, and `landscape/revisionText`
 * gives a file's text at that revision (where a fixed finding was).
 *
 * The base is read here, through git (the host `landscape diff` uses, src/node/git-host.ts),
 * not sent by the client: which files the base consists of is only known while loading it (its
 * imports and their globs, as they were at that revision), the load runs where the engine runs,
 * and a client would need a round trip per file and a tree listing the VS Code git extension's
 * API does not offer. So every client (VS Code, Neovim, …) gets the same comparison as the CLI.
 * A revision's tree never changes: each base lint is kept (the last few) while the head is
 * diffed again after every edit.
 */
import type { Connection } from 'vscode-languageserver';
import { diffLandscapes, laidOut, lintLandscape, reviewDiagramModel, reviewLayout, type Diagram, type Finding, type LintResult } from '../core/index';
import { rangeOf, UserError, type Uris } from '../language-service/index';
import { gitHost, repositoryRoot, resolveRevision } from '../node/git-host';
import { fromCorePath } from '../node/files';
import { answer } from './cancellation';
import { diagramResultOf } from './diagram-result';
import type { Lint, LintWorkspace } from './lint-workspace';
import { DiffRequest, RevisionTextRequest, type DiffFinding, type DiffResult } from './protocol';
import type { Settings } from './settings';

/** Base lints kept: a compare view or two, each with a revision or two. */
const KEPT_BASES = 4;

export interface ReviewDeps {
  ready: Promise<void>;
  workspace: LintWorkspace;
  uris: Uris;
  settings: () => Settings;
  /** The diagram last drawn of the landscape: its systems keep their places in the overlay. */
  previousDiagram: (entry: string) => Diagram | undefined;
}

/** A fatal finding (a `core/*` error) leaves a side unreadable, as `landscape diff` judges it. */
const isFatal = (f: Finding): boolean => f.rule.startsWith('core/') && f.severity === 'error';

export function registerReview(connection: Connection, deps: ReviewDeps): void {
  const { uris, workspace } = deps;
  /** `${entry}\0${commit}` → the base's lint, most recently used last. */
  const bases = new Map<string, LintResult>();

  async function baseLint(entry: string, commit: string, root: string): Promise<LintResult> {
    const key = `${entry}\0${commit}`;
    let result = bases.get(key);
    if (result) bases.delete(key);
    else {
      const dir = entry.slice(0, entry.lastIndexOf('/')) || '/';
      result = await lintLandscape(entry, gitHost(root, commit, dir), { settingsRules: deps.settings().rules });
      if (bases.size >= KEPT_BASES) bases.delete(bases.keys().next().value!);
    }
    bases.set(key, result);
    return result;
  }

  const found = (result: LintResult, f: Finding): DiffFinding => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    subject: f.subject ?? null,
    uri: uris.uriOf(f.file),
    range: rangeOf(result, f.file, f.span),
  });

  /** The repository and the commit a revision names, for the folder of `entry`; else the reason, which the client shows. */
  function revision(entry: string, ref: string): { root: string; commit: string } {
    const dir = fromCorePath(entry.slice(0, entry.lastIndexOf('/')) || '/');
    const root = repositoryRoot(dir);
    if (root === undefined) throw new UserError(`${fromCorePath(entry)} is not in a git repository: there is no revision to compare with.`);
    const commit = resolveRevision(dir, ref);
    if (commit === undefined) throw new UserError(`'${ref}' names no commit of the repository at ${fromCorePath(root)}.`);
    return { root, commit };
  }

  connection.onRequest(DiffRequest, (params, token) => answer(token, async (): Promise<DiffResult | null> => {
    await deps.ready;
    const path = uris.pathOf(params.uri);
    if (path === undefined) return null;
    await workspace.settled(path);
    const lint: Lint | undefined = workspace.lintFor(path);
    if (!lint?.result.landscape) return null;
    const ref = params.base.trim() || 'HEAD';
    const { root, commit } = revision(lint.entry, ref);
    const base = await baseLint(lint.entry, commit, root);
    // An old revision that does not parse is no reason to refuse the review: it is compared as empty, and the result says so.
    const parsed = !base.findings.some(isFatal);
    const diff = diffLandscapes(parsed ? base : null, lint.result);
    const model = reviewDiagramModel(diff, parsed ? base : null, lint.result);
    const layout = reviewLayout(model);
    const diagram = laidOut(model, deps.previousDiagram(lint.entry), { expanded: [...new Set([...(layout.expanded ?? []), ...(params.expanded ?? [])])] });
    const count = (d: { added: unknown[]; removed: unknown[]; changed: unknown[] }): DiffResult['entities'] => ({ added: d.added.length, removed: d.removed.length, changed: d.changed.length });
    return {
      ...diagramResultOf(lint, diagram, uris),
      base: { ref, commit, parsed },
      findings: { new: diff.findings.new.map((f) => found(lint.result, f)), fixed: diff.findings.fixed.map((f) => found(base, f)), unchanged: diff.findings.unchanged },
      entities: count(diff.entities),
      dependencies: count(diff.dependencies),
    };
  }));

  connection.onRequest(RevisionTextRequest, async (params) => {
    await deps.ready;
    const path = uris.pathOf(params.uri);
    if (path === undefined || !/^[0-9a-f]{40,64}$/.test(params.commit)) return null;
    // The base lint read it already; else (a server restarted since) git reads it now.
    for (const [key, result] of bases) {
      if (!key.endsWith(`\0${params.commit}`)) continue;
      const text = result.files.find((f) => f.path === path)?.text;
      if (text !== undefined) return text;
    }
    const root = repositoryRoot(fromCorePath(path.slice(0, path.lastIndexOf('/')) || '/'));
    if (root === undefined) return null;
    try {
      const bytes = await gitHost(root, params.commit, path).readFile(path);
      return bytes === undefined ? null : new TextDecoder().decode(bytes);
    } catch {
      return null; // a commit the repository does not have
    }
  });
}
