/** `landscape lint`: runs the engine on each entry, applies the baseline, formats, sets the exit code. */
import { closeSync, existsSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { filterByBaseline, lintLandscape, makeBaseline, parseBaseline, ParseCache, today, type Finding } from '../core/index';
import { notRun, parseCommand } from './args';
import { LINT_COMMAND, type LINT_FORMATS } from './commands';
import { formatGithub } from './formatters/github';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import type { Io } from './io';
import { nodeHost, toCorePath } from './node-host';
import { relPath, toReport, type EntryReport } from './report-model';

interface Formatter {
  /** The report in pieces, written one after the other (never one string: 1,000,000 findings pass V8's limit). */
  write(reports: EntryReport[], ctx: { color: boolean; version: string }): Iterable<string>;
  /** Prints where related ids are defined (only SARIF does: the others need not locate them). */
  related: boolean;
}

const FORMATTERS: Record<(typeof LINT_FORMATS)[number], Formatter> = {
  stylish: { write: (r, ctx) => formatStylish(r, ctx.color), related: false },
  json: { write: (r) => formatJson(r), related: false },
  sarif: { write: (r, ctx) => formatSarif(r, ctx.version), related: true },
  github: { write: (r) => formatGithub(r), related: false },
};

export async function runLint(argv: string[], io: Io, version: string): Promise<number> {
  const parsed = parseCommand(LINT_COMMAND, argv);
  if (parsed.kind !== 'run') return notRun(io, LINT_COMMAND, parsed);
  const { positionals: entries, values: options } = parsed;
  const format = options.format ?? 'stylish';
  const maxWarnings = options['max-warnings'] === undefined ? Infinity : Number(options['max-warnings']);
  const asOf = options['as-of'];
  const baselinePath = options.baseline;
  const update = options['update-baseline'] === true;
  if (update && !baselinePath) return notRun(io, LINT_COMMAND, { kind: 'usage-error', message: '--update-baseline needs --baseline <file>' });

  let fatal = false;
  for (const e of entries) {
    const abs = path.resolve(io.cwd, e);
    if (!existsSync(abs)) {
      io.stderr(`landscape: cannot read ${e}: no such file\n`);
      fatal = true;
    }
  }
  if (fatal) return 2;

  // Fragments shared by several entries are parsed once; nothing is kept for edits.
  const cache = new ParseCache({ forEdits: false });
  const results = [];
  for (const e of entries) {
    results.push(await lintLandscape(toCorePath(path.resolve(io.cwd, e)), nodeHost, { asOf, today: today(io.now?.()), cache, allowImportsOutsideRoot: options['allow-outside-root'] === true }));
  }
  // One relative path per file, not per finding (a baseline of 1,000,000 findings asks for each).
  const relPaths = new Map<string, string>();
  const rel = (f: string): string => {
    let r = relPaths.get(f);
    if (r === undefined) relPaths.set(f, (r = relPath(f, io.cwd)));
    return r;
  };
  if (update) {
    const all = results.flatMap((r) => r.findings);
    writeFileSync(path.resolve(io.cwd, baselinePath!), `${JSON.stringify(makeBaseline(all, rel), null, 2)}\n`);
    io.stderr(`Recorded ${all.filter((f) => !f.rule.startsWith('core/')).length} findings in ${baselinePath}.\n`);
    return 0;
  }
  let filter = (fs: Finding[]): Finding[] => fs;
  if (baselinePath) {
    let text: string;
    try {
      text = readFileSync(path.resolve(io.cwd, baselinePath), 'utf8');
    } catch {
      io.stderr(`landscape: cannot read baseline ${baselinePath}\n`);
      return 2;
    }
    const baseline = parseBaseline(text);
    if (typeof baseline === 'string') {
      io.stderr(`landscape: baseline ${baselinePath} is ${baseline}\n`);
      return 2;
    }
    filter = (fs) => filterByBaseline(fs, baseline, rel);
  }
  const formatter = FORMATTERS[format];
  const reports = results.map((r) => toReport(r, filter(r.findings), io.cwd, { related: formatter.related }));
  const color = io.isTty && !process.env.NO_COLOR && options['no-color'] !== true && format === 'stylish';
  const output = formatter.write(reports, { color, version });
  const outFile = options.output;
  if (outFile) {
    const fd = openSync(path.resolve(io.cwd, outFile), 'w');
    try {
      for (const piece of output) writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
  } else {
    for (const piece of output) {
      // Nobody reads any more (`| head`): stop formatting the rest; the exit code stays the lint's.
      if (io.stdoutClosed?.()) break;
      io.stdout(piece);
    }
  }

  const all = reports.flatMap((r) => r.diagnostics.map((d) => d.finding));
  if (all.some((f) => f.rule.startsWith('core/') && f.severity === 'error')) return 2;
  if (all.some((f) => f.severity === 'error')) return 1;
  if (all.filter((f) => f.severity === 'warn').length > maxWarnings) {
    io.stderr(`landscape: too many warnings (${all.filter((f) => f.severity === 'warn').length}, at most ${maxWarnings} allowed).\n`);
    return 1;
  }
  return 0;
}
