/** `--format github`: GitHub Actions workflow commands, shown inline in pull requests. */
import type { EntryReport } from '../report-model';
import { chunked } from './chunks';

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function* formatGithub(reports: EntryReport[]): Iterable<string> {
  const cmd = { error: 'error', warn: 'warning', info: 'notice' } as const;
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${escapeProperty(d.finding.rule)}`;
      const line = `::${cmd[d.finding.severity]} ${props}::${escapeData(d.finding.message)}`;
      if (!seen.has(line)) lines.push(line);
      seen.add(line);
    }
  }
  yield* chunked(lines, (line) => `${line}\n`);
}
