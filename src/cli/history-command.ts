/**
 * `landscape history <entry> [--since <date|rev>] [--max-count <n>] [--format json|csv|svg|html]`:
 * the landscape at each commit of HEAD's first-parent history that touched a landscape file
 * (the entry, or a file it imports at that commit), newest `--max-count`. Git is read, never
 * checked out (src/node: the log, and each revision's tree through the git host); the core
 * decides which commits touched the landscape and counts (landscapeHistory), and draws the chart.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { historyHtml, historySvg, isCalendarDate, landscapeHistory, lintLandscape, ParseCache, today, type History } from '../core/index';
import { landscapeCommits } from '../node/git-log';
import { gitHost, repositoryRoot, resolveRevision } from '../node/git-host';
import { notRun, parseCommand } from './args';
import { HISTORY_COMMAND } from './commands';
import { historyCsv } from './formatters/history-csv';
import type { Io } from './io';
import { toCorePath } from './node-host';
import { relPath } from './report-model';

const FORMATTERS: Record<string, (h: History) => string> = {
  json: (h) => `${JSON.stringify(h, null, 2)}\n`,
  csv: historyCsv,
  svg: (h) => `<?xml version="1.0" encoding="UTF-8"?>\n${historySvg(h)}`,
  html: (h) => historyHtml(h, randomBytes(16).toString('base64')),
};

export async function runHistory(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommand(HISTORY_COMMAND, argv);
  if (parsed.kind !== 'run') return notRun(io, HISTORY_COMMAND, parsed);
  const { values: options, positionals } = parsed;
  const entry = path.resolve(io.cwd, positionals[0]);
  const dir = path.dirname(entry);
  const root = existsSync(dir) ? repositoryRoot(dir) : undefined;
  if (root === undefined) return fail(io, `${positionals[0]} is not in a git repository (history reads its commits)`);

  // --since: a revision (commits after it) or a day; a text that is neither is refused, never guessed.
  const since = options.since;
  const after = since === undefined ? undefined : resolveRevision(dir, since);
  if (since !== undefined && after === undefined && !isCalendarDate(since)) {
    return notRun(io, HISTORY_COMMAND, { kind: 'usage-error', message: `--since takes a date (YYYY-MM-DD) or a git revision, not '${since}'` });
  }
  const corePath = toCorePath(entry);
  const outside = options['allow-outside-root'] === true;
  const { commits: candidates, repoPath } = landscapeCommits(root, corePath, { after, since: after === undefined ? since : undefined }, outside);

  // One parse cache over the walk: a commit's files are mostly its neighbour's, parsed once or
  // re-parsed incrementally. Held throughout, so a re-parse copies the trees of results still
  // in use (the parent's lint is kept for the next step) instead of moving them.
  const cache = new ParseCache();
  const release = cache.hold();
  const lintOptions = { asOf: options['as-of'], today: today(io.now?.()), allowImportsOutsideRoot: outside, cache };
  const history = await landscapeHistory(candidates, (commit) => lintLandscape(corePath, gitHost(root, commit, path.posix.dirname(corePath)), lintOptions), {
    maxCount: Number(options['max-count'] ?? 100),
    entry: relPath(corePath, io.cwd),
    repoPath,
  });
  release();
  const out = FORMATTERS[options.format ?? 'json'](history);
  if (options.output) {
    writeFileSync(path.resolve(io.cwd, options.output), out);
    const gaps = history.points.filter((p) => !p.figures).length;
    io.stderr(`Wrote ${options.output} (${history.points.length} commit${history.points.length === 1 ? '' : 's'}${gaps ? `, ${gaps} not parsing` : ''}).\n`);
  } else io.stdout(out);
  return 0;
}

function fail(io: Io, message: string): number {
  io.stderr(`landscape history: ${message}\n`);
  return 2;
}
