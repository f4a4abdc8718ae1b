/** `--format json`: exactly the document of SPEC §5.2. */
import type { EntryReport } from '../report-model';

export function formatJson(reports: EntryReport[]): string {
  const doc = {
    version: 1,
    results: reports.map((r) => ({
      entry: r.entry,
      files: r.files,
      diagnostics: r.diagnostics.map((d) => ({
        rule: d.finding.rule,
        severity: d.finding.severity,
        subject: d.finding.subject,
        related: d.finding.related,
        message: d.finding.message,
        file: d.file,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
      })),
      summary: r.summary,
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
