/**
 * `landscape diff <entry> --base <git-rev|path> [--head <git-rev|path>]`: lints both sides
 * (a git revision through a host over its tree, a path as another entry file, no --head the
 * working tree), compares them in the core (diffLandscapes) and formats what the change does.
 * Exit code 1 when the change adds findings at or above --fail-on, 2 when head cannot be read
 * or does not parse; a base that does not parse is reported and compared as an empty one.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { diffLandscapes, lintLandscape, neighbourhoodMermaid, ParseCache, today, type Finding, type Host, type LintResult } from '../core/index';
import { notRun, parseCommand } from './args';
import { DIFF_COMMAND, type DIFF_FORMATS } from './commands';
import { formatDiffGithub, formatDiffSarif } from './formatters/diff-annotations';
import { formatDiffHtml } from './formatters/diff-html';
import { formatDiffJson } from './formatters/diff-json';
import { formatDiffMarkdown } from './formatters/diff-markdown';
import { formatDiffText } from './formatters/diff-text';
import { formatStylish } from './formatters/stylish';
import { gitHost, repositoryRoot, resolveRevision } from '../node/git-host';
import type { Io } from './io';
import { nodeHost, toCorePath } from './node-host';
import { relPath, toReport, type Located } from './report-model';
import type { DiffReport } from './diff-report';
import { MISSING_BUNDLES } from './standalone-page';

interface DiffContext {
  version: string;
  base: LintResult | null;
  head: LintResult;
}

/** Each format's writer (undefined: it cannot be written here), and whether it prints where related ids are defined (locating them costs). */
const FORMATTERS: Record<(typeof DIFF_FORMATS)[number], { write: (r: DiffReport, ctx: DiffContext) => string | undefined; related?: boolean }> = {
  text: { write: formatDiffText },
  markdown: { write: formatDiffMarkdown },
  json: { write: formatDiffJson },
  github: { write: formatDiffGithub },
  sarif: { write: (r, ctx) => formatDiffSarif(r, ctx.version), related: true },
  html: { write: (r, ctx) => formatDiffHtml(r, ctx) },
};

interface Side {
  /** What was given (`--base main`), or null for the working tree. */
  ref: string | null;
  result: LintResult;
  /** The commit of a git revision (links to its lines). */
  commit?: string;
}

const isFatal = (f: Finding): boolean => f.rule.startsWith('core/') && f.severity === 'error';

export async function runDiff(argv: string[], io: Io, version: string): Promise<number> {
  const parsed = parseCommand(DIFF_COMMAND, argv);
  if (parsed.kind !== 'run') return notRun(io, DIFF_COMMAND, parsed);
  const { values: options, positionals } = parsed;
  if (options.base === undefined) return notRun(io, DIFF_COMMAND, { kind: 'usage-error', message: 'give the revision to compare with: --base <git-rev|path>' });
  const entryArg = positionals[0];
  const entry = path.resolve(io.cwd, entryArg);
  // One parse cache for both sides: a file head shares with base is parsed once, and one it
  // changed is re-parsed incrementally from base's tree (git revisions name their files as the
  // working tree does). Held for the whole run, so every re-parse copies base's nodes instead
  // of moving them (ParseCache.hold): base's result must stay as it was for the comparison.
  const cache = new ParseCache();
  const release = cache.hold();
  const lintOptions = { asOf: options['as-of'], today: today(io.now?.()), allowImportsOutsideRoot: options['allow-outside-root'] === true, cache };

  const read = async (ref: string | undefined, which: 'base' | 'head'): Promise<Side | string> => {
    if (ref === undefined) {
      if (!existsSync(entry)) return `cannot read ${entryArg}: no such file`;
      return { ref: null, result: await lintLandscape(toCorePath(entry), nodeHost, lintOptions) };
    }
    const asPath = path.resolve(io.cwd, ref);
    if (existsSync(asPath) && statSync(asPath).isFile()) return { ref, result: await lintLandscape(toCorePath(asPath), nodeHost, lintOptions) };
    // A git revision: git runs in the entry's folder (the repository it belongs to), or here.
    const dir = existsSync(path.dirname(entry)) ? path.dirname(entry) : io.cwd;
    const root = repositoryRoot(dir);
    if (root === undefined) return `--${which} '${ref}' is neither a file nor a git revision (${relPath(toCorePath(dir), io.cwd)} is not in a git repository)`;
    const commit = resolveRevision(dir, ref);
    if (commit === undefined) return `--${which} '${ref}' is neither a file nor a git revision`;
    const corePath = toCorePath(path.resolve(path.dirname(entry), path.basename(entry)));
    let host: Host;
    try {
      host = gitHost(root, commit, path.posix.dirname(corePath));
    } catch (e) {
      return `cannot read revision ${ref}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    }
    return { ref, commit, result: await lintLandscape(corePath, host, lintOptions) };
  };

  const base = await read(options.base, 'base');
  if (typeof base === 'string') return fail(io, base);
  const head = await read(options.head, 'head');
  release();
  if (typeof head === 'string') return fail(io, head);

  const headFatal = head.result.findings.filter(isFatal);
  if (headFatal.length) {
    for (const piece of formatStylish([toReport(head.result, headFatal, io.cwd, { related: false })], false)) io.stderr(piece);
    io.stderr(`landscape diff: ${head.ref ?? 'the working tree'} does not parse: fix the ${headFatal.length === 1 ? 'error' : `${headFatal.length} errors`} above first.\n`);
    return 2;
  }
  // An old revision that does not parse is no reason to refuse a review: say so, compare with nothing.
  const baseFatal = base.result.findings.filter(isFatal);
  if (baseFatal.length) {
    for (const piece of formatStylish([toReport(base.result, baseFatal, io.cwd, { related: false })], false)) io.stderr(piece);
    io.stderr(`landscape diff: the base (${options.base}) does not parse; compared as an empty landscape.\n`);
  }
  const baseResult = baseFatal.length ? null : base.result;
  const diff = diffLandscapes(baseResult, head.result);
  const formatter = FORMATTERS[options.format ?? 'text'];
  const located = (result: LintResult, findings: Finding[]): Located[] => toReport(result, findings, io.cwd, { related: formatter.related === true }).diagnostics;
  const report: DiffReport = {
    base: { ref: options.base, entry: relPath(base.result.entry, io.cwd), parsed: baseResult !== null, fatal: baseFatal.length ? located(base.result, baseFatal) : [] },
    head: { ref: head.ref, entry: relPath(head.result.entry, io.cwd) },
    diff,
    newFindings: located(head.result, diff.findings.new),
    fixedFindings: baseResult ? located(baseResult, diff.findings.fixed) : [],
    neighbourhood: neighbourhoodMermaid(diff, baseResult, head.result),
    link: lineLink(io.cwd, head),
  };
  const out = formatter.write(report, { version, base: baseResult, head: head.result });
  if (out === undefined) return fail(io, MISSING_BUNDLES);
  if (options.output) writeFileSync(path.resolve(io.cwd, options.output), out);
  else io.stdout(out);

  const failOn = options['fail-on'] ?? 'new-error';
  const failing = failOn === 'never' ? [] : diff.findings.new.filter((f) => f.severity === 'error' || (failOn === 'new-warning' && f.severity === 'warn'));
  return failing.length ? 1 : 0;
}

function fail(io: Io, message: string): number {
  io.stderr(`landscape diff: ${message}\n`);
  return 2;
}

/**
 * Where a new finding's line is shown: on GitHub (GITHUB_SERVER_URL and GITHUB_REPOSITORY, as
 * Actions sets them) the file at head's commit, else the path relative to the working
 * directory with `#L<line>` (what a rendered Markdown file in the repository links to).
 */
function lineLink(cwd: string, head: Side): (d: Located) => string {
  const server = process.env.GITHUB_SERVER_URL, repo = process.env.GITHUB_REPOSITORY;
  const sha = head.commit ?? process.env.GITHUB_SHA;
  const root = server && repo && sha ? repositoryRoot(cwd) : undefined;
  // Percent-encoded, parentheses too: the link goes into Markdown's `[text](url)` as it is.
  const encode = (p: string): string => p.split('/').map((s) => encodeURIComponent(s).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
  return (d) => {
    if (root === undefined) return `${encode(d.file)}#L${d.line}`;
    const inRepo = path.posix.relative(root, toCorePath(path.resolve(cwd, d.file)));
    return `${server}/${repo}/blob/${sha}/${encode(inRepo)}#L${d.line}`;
  };
}
