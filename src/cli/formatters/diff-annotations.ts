/**
 * `landscape diff --format github|sarif`: the lint formatters, given the review's findings.
 * github: an annotation for each new finding only (a pull request shows what it adds);
 * sarif: the new findings (`baselineState: new`) and the fixed ones at their base positions
 * (`baselineState: absent`, as SARIF 2.1.0 §3.27.24 names a result gone since the baseline);
 * unchanged findings are left out of both.
 */
import type { DiffReport } from '../diff-report';
import type { EntryReport, Located } from '../report-model';
import { formatGithub } from './github';
import { formatSarif } from './sarif';

function entryReport(r: DiffReport, diagnostics: Located[]): EntryReport {
  const summary = { error: 0, warn: 0, info: 0 };
  for (const d of diagnostics) summary[d.finding.severity]++;
  return { entry: r.head.entry, files: [], diagnostics, summary };
}

export function formatDiffGithub(r: DiffReport): string {
  return [...formatGithub([entryReport(r, r.newFindings)])].join('');
}

export function formatDiffSarif(r: DiffReport, version: string): string {
  const fixed = new Set(r.fixedFindings);
  const report = entryReport(r, [...r.newFindings, ...r.fixedFindings]);
  return [...formatSarif([report], version, { baselineState: (d) => (fixed.has(d) ? 'absent' : 'new') })].join('');
}
