/** What every `landscape diff` formatter receives: the core's diff, both sides, and the findings located (1-based lines). */
import type { LandscapeDiff } from '../core/index';
import type { Located } from './report-model';

export interface DiffReport {
  /** `entry`: relative to the working directory; `parsed: false` when the base did not parse (then compared as empty, `fatal` says why). */
  base: { ref: string; entry: string; parsed: boolean; fatal: Located[] };
  /** `ref`: null for the working tree. */
  head: { ref: string | null; entry: string };
  diff: LandscapeDiff;
  /** The diff's new findings at head's positions, its fixed ones at base's. */
  newFindings: Located[];
  fixedFindings: Located[];
  neighbourhood: { mermaid: string; shown: number; total: number };
  /** A link to a located finding's line (head). */
  link: (d: Located) => string;
}

/** A located finding as `landscape lint --format json` writes it. */
export function lintJsonDiagnostic(d: Located): Record<string, unknown> {
  const f = d.finding;
  return { rule: f.rule, severity: f.severity, subject: f.subject, related: f.related, message: f.message, file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn };
}
