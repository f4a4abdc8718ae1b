/** `landscape diff --format text`: the review for a terminal. */
import type { DiffReport } from '../diff-report';
import type { Located } from '../report-model';
import { couplingRows, dependencyLine, figureRows, valueText, verdict } from './diff-summary';

export function formatDiffText(r: DiffReport): string {
  const d = r.diff;
  const out: string[] = [];
  out.push(`landscape diff ${r.head.entry}: ${r.base.ref} → ${r.head.ref ?? 'working tree'}`);
  if (!r.base.parsed) out.push(`The base does not parse (${r.base.fatal.length} error${r.base.fatal.length === 1 ? '' : 's'}): compared as an empty landscape.`);
  out.push(verdict(r), '');
  const e = d.entities;
  out.push(`Entities: ${e.added.length} added, ${e.removed.length} removed, ${e.changed.length} changed`);
  for (const x of e.added) out.push(`  + ${x.kind} ${x.id}`);
  for (const x of e.removed) out.push(`  - ${x.kind} ${x.id}`);
  for (const x of e.changed) {
    out.push(`  ~ ${x.kind} ${x.id}`);
    for (const f of x.fields) out.push(`      ${f.field}: ${valueText(f.before)} → ${valueText(f.after)}`);
  }
  const deps = d.dependencies;
  const crossing = [...deps.added, ...deps.removed, ...deps.changed].filter((x) => x.crossing).length;
  out.push('', `Dependencies: ${deps.added.length} added, ${deps.removed.length} removed, ${deps.changed.length} changed (${crossing} across speeds)`);
  for (const [mark, list] of [['+', deps.added], ['-', deps.removed], ['~', deps.changed]] as const) {
    for (const x of list) out.push(`  ${mark} ${dependencyLine(x)}${x.crossing ? '  [crosses speeds]' : ''}`);
  }
  out.push('', `Findings: ${r.newFindings.length} new, ${r.fixedFindings.length} fixed, ${d.findings.unchanged} unchanged`);
  const line = (mark: string, x: Located): string => `  ${mark} ${x.file}:${x.line}:${x.column}  ${x.finding.severity}  ${x.finding.message}  ${x.finding.rule}`;
  for (const x of r.newFindings) out.push(line('new  ', x));
  for (const x of r.fixedFindings) out.push(line('fixed', x));
  out.push('', 'Figures (base → head):');
  for (const [label, b, h] of figureRows(r)) out.push(`  ${label}: ${b} → ${h}`);
  const coupling = couplingRows(r);
  if (coupling.length) {
    out.push('', 'Coupling of the touched systems (base → head):');
    for (const [id, b, h] of coupling) out.push(`  ${id}: ${b} → ${h}`);
  }
  return `${out.join('\n')}\n`;
}
