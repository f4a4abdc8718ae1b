/**
 * `--format json`: exactly the document of SPEC §5.2, byte for byte what
 * `JSON.stringify(doc, null, 2)` prints, but written in pieces: one string holding 1,000,000
 * findings would pass V8's string length limit.
 */
import type { EntryReport } from '../report-model';
import { chunked } from './chunks';

export function* formatJson(reports: EntryReport[]): Iterable<string> {
  yield '{\n  "version": 1,\n  "results": [';
  for (let r = 0; r < reports.length; r++) {
    const report = reports[r];
    yield `${r ? ',' : ''}\n    {\n      "entry": ${JSON.stringify(report.entry)},\n      "files": ${indent(JSON.stringify(report.files, null, 2), 6)},\n      "diagnostics": `;
    if (report.diagnostics.length === 0) yield '[]';
    else {
      yield '[';
      yield* chunked(report.diagnostics, (d, i) => `${i ? ',' : ''}\n        ${indent(JSON.stringify({
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
      }, null, 2), 8)}`);
      yield '\n      ]';
    }
    yield `,\n      "summary": ${indent(JSON.stringify(report.summary, null, 2), 6)}\n    }`;
  }
  yield reports.length ? '\n  ]\n}\n' : ']\n}\n';
}

function indent(json: string, by: number): string {
  return json.replace(/\n/g, `\n${' '.repeat(by)}`);
}
