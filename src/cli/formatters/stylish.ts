/** `--format stylish`: human-readable, grouped by file; colour only on a TTY without NO_COLOR. */
import type { EntryReport } from '../report-model';
import { chunked } from './chunks';

export function* formatStylish(reports: EntryReport[], color: boolean): Iterable<string> {
  const c = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sev = { error: c('31', 'error'), warn: c('33', 'warning'), info: c('36', 'info') };
  const out: string[] = [];
  const byFile = new Map<string, EntryReport['diagnostics']>();
  const seen = new Set<string>();
  let errors = 0, warns = 0, infos = 0;
  for (const r of reports) {
    for (const d of r.diagnostics) {
      // A fragment imported by two entries shows its findings once.
      const key = `${d.file}:${d.line}:${d.column}:${d.finding.rule}:${d.finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!byFile.has(d.file)) byFile.set(d.file, []);
      byFile.get(d.file)!.push(d);
      if (d.finding.severity === 'error') errors++;
      else if (d.finding.severity === 'warn') warns++;
      else infos++;
    }
  }
  for (const [file, ds] of [...byFile].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    out.push('', c('4', file));
    ds.sort((a, b) => a.line - b.line || a.column - b.column);
    let w = 0;
    for (const d of ds) w = Math.max(w, `${d.line}:${d.column}`.length);
    for (const d of ds) out.push(`  ${`${d.line}:${d.column}`.padEnd(w)}  ${sev[d.finding.severity]}  ${d.finding.message}  ${c('2', d.finding.rule)}`);
  }
  const total = errors + warns + infos;
  if (total === 0) return;
  const mark = errors ? c('31;1', '✖') : c('33;1', '⚠');
  out.push('', `${mark} ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warns} warning${warns === 1 ? '' : 's'}, ${infos} info${infos === 1 ? '' : 's'})`, '');
  yield* chunked(out, (line, i) => (i ? `\n${line}` : line));
}
