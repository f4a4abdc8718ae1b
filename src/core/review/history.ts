/**
 * A landscape over its history (issue 12, `landscape history`, the editor's *Show history*):
 * at each commit that touched a landscape file, the findings by severity, the dependencies
 * across speeds and the systems per mode. A commit whose landscape does not parse is a gap
 * (`figures: null`), never zeros: a chart that drops to zero there would tell a CIO the
 * problems were solved.
 *
 * API (host-injected: the caller reads revisions, e.g. through git, and lints them):
 *   landscapeHistory(commits, lintAt, options) → Promise<History>
 *     `commits`: the candidate commits, newest first, each with the paths it changed
 *     (relative to the repository root); a cheap superset chosen by the caller (e.g. every
 *     commit that changed a YAML file below the entry's folder, or the entry).
 *     `lintAt(commit)`: the lint of the entry at that commit. A commit is kept when a path it
 *     changed is one of the landscape's files at that commit or at its parent (a fragment
 *     deleted or no longer imported counts); the parent's files are those of the next older
 *     candidate, since no commit in between changed a YAML file. Newest `maxCount` kept, oldest first.
 * The chart and the page are in history-chart.ts.
 */
import { diagramModelOf } from '../diagram/index';
import type { LintResult } from '../lint/engine';
import { MODE1, GEARBOX, MODE2 } from '../model/graph';

export interface HistoryCommit {
  commit: string;
  /** The commit date as git writes it (ISO 8601 with offset). */
  date: string;
  /** The same date in milliseconds since the epoch (the chart's time axis). */
  time: number;
  author: string;
  subject: string;
}

export interface HistoryFigures {
  findings: { error: number; warn: number; info: number };
  acrossSpeeds: number;
  systems: { mode1: number; gearbox: number; mode2: number; none: number };
}

export interface HistoryPoint extends HistoryCommit {
  /** null: the landscape did not parse at this commit (a gap). */
  figures: HistoryFigures | null;
}

export interface History {
  version: 1;
  /** The landscape's title (metadata.title, else its name, else the entry's file name) at the newest commit that parses. */
  title: string;
  /** The entry file, as the caller names it. */
  entry: string;
  /** Oldest first. */
  points: HistoryPoint[];
}

export interface CandidateCommit extends HistoryCommit {
  /** Paths the commit changed against its first parent, relative to the repository root. */
  changed: string[];
}

export interface HistoryOptions {
  maxCount: number;
  entry: string;
  /** A loaded file's path (as the lint names it) relative to the repository root, or undefined when outside it. */
  repoPath: (file: string) => string | undefined;
}

const isFatal = (f: { rule: string; severity: string }): boolean => f.rule.startsWith('core/') && f.severity === 'error';

/** The figures of one lint, or null when it has a fatal finding (the landscape does not parse) or there is none. */
function historyFigures(result: LintResult | null): HistoryFigures | null {
  if (!result || result.findings.some(isFatal)) return null;
  const findings = { error: 0, warn: 0, info: 0 };
  for (const f of result.findings) findings[f.severity]++;
  const g = result.landscape.graph;
  const systems = { mode1: 0, gearbox: 0, mode2: 0, none: 0 };
  for (let i = 0; i < g.ids.length; i++) {
    const m = g.mode[i];
    if (m === MODE1) systems.mode1++;
    else if (m === GEARBOX) systems.gearbox++;
    else if (m === MODE2) systems.mode2++;
    else systems.none++;
  }
  let acrossSpeeds = 0;
  for (let k = 0; k < g.edgeCount; k++) {
    const e = g.edgeAt(k);
    const a = g.mode[e.fromIndex], b = g.mode[e.toIndex];
    if (a !== 0 && b !== 0 && a !== b) acrossSpeeds++;
  }
  return { findings, acrossSpeeds, systems };
}

/** The files a lint read (the entry, its imports, ruleset files), relative to the repository root. */
function filesOf(result: LintResult, repoPath: HistoryOptions['repoPath']): Set<string> {
  const out = new Set<string>();
  for (const f of result.files) {
    const p = repoPath(f.path);
    if (p !== undefined) out.add(p);
  }
  for (const s of result.config.sources) {
    const p = repoPath(s.path);
    if (p !== undefined) out.add(p);
  }
  // The entry is a landscape file even when it could not be read (deleted, or not yet written).
  const entry = repoPath(result.entry);
  if (entry !== undefined) out.add(entry);
  return out;
}

/**
 * Walks the candidates newest first, linting each once (and the next older one, whose files
 * are the parent's), until `maxCount` commits are kept.
 */
export async function landscapeHistory(candidates: CandidateCommit[], lintAt: (commit: string) => Promise<LintResult>, options: HistoryOptions): Promise<History> {
  const kept: HistoryPoint[] = [];
  let title: string | undefined;
  const linted = new Map<number, { result: LintResult; files: Set<string> }>();
  const lint = async (i: number): Promise<{ result: LintResult; files: Set<string> } | undefined> => {
    if (i >= candidates.length) return undefined;
    let l = linted.get(i);
    if (!l) {
      const result = await lintAt(candidates[i].commit);
      l = { result, files: filesOf(result, options.repoPath) };
      linted.set(i, l);
    }
    return l;
  };
  for (let i = 0; i < candidates.length && kept.length < options.maxCount; i++) {
    const c = candidates[i];
    const here = (await lint(i))!;
    const parent = await lint(i + 1);
    // Only the next older lint is needed again: drop this one (a lint holds a whole landscape).
    linted.delete(i);
    if (!c.changed.some((p) => here.files.has(p) || parent?.files.has(p))) continue;
    const figures = historyFigures(here.result);
    if (figures && title === undefined) title = diagramModelOf(here.result).title;
    kept.push({ commit: c.commit, date: c.date, time: c.time, author: c.author, subject: c.subject, figures });
  }
  return { version: 1, title: title ?? options.entry.slice(options.entry.lastIndexOf('/') + 1), entry: options.entry, points: kept.reverse() };
}
