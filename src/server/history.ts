/**
 * *Show history* in the server (issue 12): `landscape/history` walks the commits that changed a
 * landscape as `landscape history` does (the candidates from one `git log`, each revision read
 * through the git host, never checked out: src/node/git-log.ts, git-host.ts; the core's
 * landscapeHistory keeps the commits that touched a file of the landscape and counts), so every
 * client gets the CLI's figures, and the extension host runs no git and lints nothing.
 *
 * The walk runs on the server's one thread, a lint per commit: between two commits it lets the
 * connection read what came in (an edit to lint, a cancellation, which stops the walk), and it
 * reports each commit read through the request's work-done progress.
 */
import type { Connection } from 'vscode-languageserver';
import { landscapeHistory, lintLandscape, ParseCache, type LintResult } from '../core/index';
import { UserError, type Uris } from '../language-service/index';
import { fromCorePath } from '../node/files';
import { gitHost, repositoryRoot } from '../node/git-host';
import { landscapeCommits } from '../node/git-log';
import { answer } from './cancellation';
import type { LintWorkspace } from './lint-workspace';
import { HistoryRequest, type HistoryResult } from './protocol';
import type { Settings } from './settings';

/** As `landscape history --max-count`'s default. */
const DEFAULT_MAX_COUNT = 100;

export interface HistoryDeps {
  ready: Promise<void>;
  workspace: LintWorkspace;
  uris: Uris;
  settings: () => Settings;
}

/** One turn of the event loop: the connection reads the messages that came in meanwhile. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function registerHistory(connection: Connection, deps: HistoryDeps): void {
  const { uris, workspace } = deps;
  connection.onRequest(HistoryRequest, (params, token) => answer(token, async (): Promise<HistoryResult | null> => {
    await deps.ready;
    const maxCount = params.maxCount ?? DEFAULT_MAX_COUNT;
    if (!Number.isInteger(maxCount) || maxCount < 1) throw new UserError(`maxCount takes a whole number (1 or more), not ${JSON.stringify(maxCount)}.`);
    const path = uris.pathOf(params.uri);
    if (path === undefined) return null;
    await workspace.settled(path);
    const lint = workspace.lintFor(path);
    if (!lint) return null;
    const entry = lint.entry;
    const dir = entry.slice(0, entry.lastIndexOf('/')) || '/';
    const root = repositoryRoot(fromCorePath(dir));
    if (root === undefined) throw new UserError(`${fromCorePath(entry)} is not in a git repository: its history is the commits that changed it.`);

    const { commits, repoPath } = landscapeCommits(root, entry, {});
    const progress = connection.window.attachWorkDoneProgress(params.workDoneToken);
    const total = `${commits.length} commit${commits.length === 1 ? '' : 's'}`;
    progress.begin('Landscape history', 0, `${total} to read`, true);
    // One parse cache over the walk, held (as the CLI's): a commit's files are mostly its neighbour's.
    const cache = new ParseCache();
    const release = cache.hold();
    let read = 0;
    const lintAt = async (commit: string): Promise<LintResult> => {
      await turn();
      if (token.isCancellationRequested) throw new Error('The request was cancelled.');
      const result = await lintLandscape(entry, gitHost(root, commit, dir), { cache, settingsRules: deps.settings().rules });
      read++;
      progress.report(Math.round((read / commits.length) * 100), `${read} of ${total} read`);
      return result;
    };
    try {
      const history = await landscapeHistory(commits, lintAt, { maxCount, entry: repoPath(entry) ?? fromCorePath(entry), repoPath });
      return { entry: uris.uriOf(entry), files: lint.result.files.map((f) => uris.uriOf(f.path)), repository: uris.uriOf(root), history };
    } finally {
      release();
      progress.done();
    }
  }));
}
