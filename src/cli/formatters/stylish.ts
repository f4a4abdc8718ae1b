/** `--format stylish`: human-readable, grouped by file; colour only on a TTY without NO_COLOR. */
import type { EntryReport } from '../report-model';
import { chunked } from './chunks';

const SEVERITY_WORD = { error: 'error', warn: 'warning', info: 'info' } as const;

export function* formatStylish(reports: EntryReport[], color: boolean): Iterable<string> {
  const c = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sev = { error: c('31', SEVERITY_WORD.error), warn: c('33', SEVERITY_WORD.warn), info: c('36', SEVERITY_WORD.info) };
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
    // Columns aligned per file, as ESLint's stylish: line right-aligned, column, severity and
    // message padded, so every message and every rule id starts at the same column. Widths
    // come from the plain text (colour codes take no room); a loop, not Math.max(...spread).
    let lineW = 0, colW = 0, sevW = 0, msgW = 0;
    for (const d of ds) {
      lineW = Math.max(lineW, String(d.line).length);
      colW = Math.max(colW, String(d.column).length);
      sevW = Math.max(sevW, SEVERITY_WORD[d.finding.severity].length);
      msgW = Math.max(msgW, d.finding.message.length);
    }
    for (const d of ds) {
      const word = SEVERITY_WORD[d.finding.severity];
      const at = `${String(d.line).padStart(lineW)}:${String(d.column).padEnd(colW)}`;
      out.push(`  ${at}  ${sev[d.finding.severity]}${' '.repeat(sevW - word.length)}  ${d.finding.message.padEnd(msgW)}  ${c('2', d.finding.rule)}`);
    }
  }
  const total = errors + warns + infos;
  if (total === 0) return;
  const mark = errors ? c('31;1', '✖') : c('33;1', '⚠');
  out.push('', `${mark} ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warns} warning${warns === 1 ? '' : 's'}, ${infos} info${infos === 1 ? '' : 's'})`, '');
  yield* chunked(out, (line, i) => (i ? `\n${line}` : line));
}
