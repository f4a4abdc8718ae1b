/**
 * `landscape diff --format markdown`: a sticky pull-request comment (found again by its first
 * line, a hidden marker). A verdict, counts, the new findings with links to head's lines, the
 * fixed ones, the dependencies grouped by whether they cross speeds, the entities, the figures
 * and a Mermaid diagram of the changed neighbourhood.
 *
 * It must stay under GitHub's comment limit (65,536 characters): the tables are written whole
 * with fewer rows each until the comment fits, each cut table saying how many rows it left
 * out; a table is never cut in the middle of a row. Every text from the YAML is escaped.
 */
import type { DiffReport } from '../diff-report';
import type { Located } from '../report-model';
import { couplingRows, figureRows, valueText, verdict } from './diff-summary';

const MARKER = '<!-- landscape-diff -->';
const LIMIT = 65_536;

/** Text as Markdown shows it literally, in a paragraph or a table cell (one line, `|` escaped). */
function md(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ').replace(/[\\`*_{}[\]()<>#!|~&]/g, (c) => (c === '&' ? '&amp;' : `\\${c}`));
}

function table(head: string[], rows: string[][], max: number, more: string): string {
  const shown = rows.slice(0, max);
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...shown.map((r) => `| ${r.join(' | ')} |`)];
  const left = rows.length - shown.length;
  return `${lines.join('\n')}\n${left ? `\n…and ${left} more ${more} (the full list: \`landscape diff --format json\`).\n` : ''}`;
}

function write(r: DiffReport, max: number): string {
  const d = r.diff;
  const out: string[] = [MARKER, `### Landscape review: ${verdict(r)}`, ''];
  const e = d.entities, deps = d.dependencies;
  out.push(`**${md(r.base.ref)}** → **${md(r.head.ref ?? 'working tree')}** (${md(r.head.entry)}) · entities +${e.added.length} −${e.removed.length} ~${e.changed.length} · dependencies +${deps.added.length} −${deps.removed.length} ~${deps.changed.length} · findings ${r.newFindings.length} new, ${r.fixedFindings.length} fixed, ${d.findings.unchanged} unchanged`, '');
  if (!r.base.parsed) out.push(`> The base does not parse (${r.base.fatal.map((x) => md(`${x.file}:${x.line}: ${x.finding.message}`)).join('; ')}): compared as an empty landscape.`, '');
  const findingRow = (x: Located, link: boolean): string[] => {
    const where = md(`${x.file}:${x.line}`);
    return [x.finding.severity, md(x.finding.rule), md(x.finding.subject ?? ''), md(x.finding.message), link ? `[${where}](${r.link(x)})` : where];
  };
  const findingHead = ['Severity', 'Rule', 'Subject', 'Message', 'Where'];
  if (r.newFindings.length) out.push('#### New findings', '', table(findingHead, r.newFindings.map((x) => findingRow(x, true)), max, 'new findings'));
  if (r.fixedFindings.length) out.push('#### Fixed findings', '', table(findingHead, r.fixedFindings.map((x) => findingRow(x, false)), max, 'fixed findings'));
  const all = [...deps.added.map((x) => ['added', x] as const), ...deps.removed.map((x) => ['removed', x] as const), ...deps.changed.map((x) => ['changed', x] as const)];
  if (all.length) {
    out.push('#### Dependencies', '');
    for (const [title, crossing] of [['Across speeds', true], ['Within one speed', false]] as const) {
      const rows = all.filter(([, x]) => x.crossing === crossing).map(([what, x]) => [what, md(x.from), md(x.to), md(x.via ?? ''), x.interaction, md(x.modes), x.before ? md(`${x.before.interaction}, ${x.before.modes}`) : '']);
      if (rows.length) out.push(`**${title}**`, '', table(['Change', 'From', 'To', 'Via', 'Interaction', 'Modes', 'Was'], rows, max, 'dependencies'));
    }
  }
  const entityRows = [
    ...e.added.map((x) => ['added', x.kind, md(x.id), '']),
    ...e.removed.map((x) => ['removed', x.kind, md(x.id), '']),
    ...e.changed.map((x) => ['changed', x.kind, md(x.id), x.fields.map((f) => md(`${f.field}: ${valueText(f.before)} → ${valueText(f.after)}`)).join('<br>')]),
  ];
  if (entityRows.length) out.push('#### Entities', '', table(['Change', 'Kind', 'Id', 'Fields'], entityRows, max, 'entities'));
  out.push('#### Figures', '', table(['', 'Base', 'Head'], figureRows(r).map(([a, b, c]) => [a, b, c]), Infinity, ''));
  const coupling = couplingRows(r).map(([id, b, h]) => [md(id), b, h]);
  if (coupling.length) out.push('**Coupling of the touched systems**', '', table(['System', 'Base', 'Head'], coupling, max, 'systems'));
  if (d.touched.length) {
    const n = r.neighbourhood;
    out.push('#### Changed neighbourhood', '');
    if (n.shown < n.total) out.push(`${n.shown} of ${n.total} systems shown (the touched ones first).`, '');
    out.push('```mermaid', n.mermaid.trimEnd(), '```', '');
  }
  return `${out.join('\n')}\n`;
}

export function formatDiffMarkdown(r: DiffReport): string {
  // Fewer rows per table until the comment fits; the last step keeps the counts, verdict and figures only.
  for (const max of [Infinity, 200, 50, 20, 5, 0]) {
    const text = write(r, max);
    if (text.length < LIMIT) return text;
  }
  return write(r, 0);
}
