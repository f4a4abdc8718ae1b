/**
 * `--format json`: exactly the document of SPEC §5.2, byte for byte what
 * `JSON.stringify(doc, null, 2)` prints, but written in pieces: one string holding 1,000,000
 * findings would pass V8's string length limit.
 */
import type { EntryReport, Located } from '../report-model';
import { chunked } from './chunks';

export function* formatJson(reports: EntryReport[]): Iterable<string> {
  yield '{\n  "version": 1,\n  "results": [';
  for (let r = 0; r < reports.length; r++) {
    const report = reports[r];
    yield `${r ? ',' : ''}\n    {\n      "entry": ${JSON.stringify(report.entry)},\n      "files": ${indent(JSON.stringify(report.files, null, 2), 6)},\n      "diagnostics": `;
    if (report.diagnostics.length === 0) yield '[]';
    else {
      yield '[';
      yield* chunked(report.diagnostics, (d, i) => `${i ? ',' : ''}\n        ${diagnosticJson(d)}`);
      yield '\n      ]';
    }
    yield `,\n      "summary": ${indent(JSON.stringify(report.summary, null, 2), 6)}\n    }`;
  }
  yield reports.length ? '\n  ]\n}\n' : ']\n}\n';
}

function indent(json: string, by: number): string {
  return json.replace(/\n/g, `\n${' '.repeat(by)}`);
}

/** Ten spaces: a diagnostic's fields in the document (inside results[] and diagnostics[]). */
const FIELD = '\n          ';

/**
 * One diagnostic as `JSON.stringify(…, null, 2)` prints it at this depth, written out field by
 * field: stringifying an object per finding and indenting its lines again with a regular
 * expression was ~15 ms of a 10,000-system lint's 50,000 findings. Only strings go through
 * JSON.stringify (escaping stays its job); a test compares the two on random diagnostics.
 */
function diagnosticJson(d: Located): string {
  const f = d.finding;
  // Not what a finding holds (the types say so), but printed as JSON.stringify would if it were.
  if (f.subject === undefined || !Array.isArray(f.related)) return indent(JSON.stringify(plainDiagnostic(d), null, 2), 8);
  return `{${FIELD}"rule": ${JSON.stringify(f.rule)},${FIELD}"severity": ${JSON.stringify(f.severity)},${FIELD}"subject": ${JSON.stringify(f.subject)},${FIELD}"related": ${stringList(f.related)},${FIELD}"message": ${JSON.stringify(f.message)},${FIELD}"file": ${JSON.stringify(d.file)},${FIELD}"line": ${JSON.stringify(d.line)},${FIELD}"column": ${JSON.stringify(d.column)},${FIELD}"endLine": ${JSON.stringify(d.endLine)},${FIELD}"endColumn": ${JSON.stringify(d.endColumn)}\n        }`;
}

function plainDiagnostic(d: Located): object {
  const f = d.finding;
  return { rule: f.rule, severity: f.severity, subject: f.subject, related: f.related, message: f.message, file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn };
}

function stringList(items: readonly string[]): string {
  if (items.length === 0) return '[]';
  let s = '[';
  for (let i = 0; i < items.length; i++) s += `${i ? ',' : ''}${FIELD}  ${JSON.stringify(items[i])}`;
  return `${s}${FIELD}]`;
}
