/**
 * `--format json` writes each diagnostic by hand (src/cli/formatters/json.ts), and must still be
 * byte for byte what `JSON.stringify(document, null, 2)` prints (SPEC §5.2): compared on random
 * reports, with strings that need escaping, empty and long lists, a null subject, several entries.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { formatJson } from '../../../src/cli/formatters/json';
import type { EntryReport, Located } from '../../../src/cli/report-model';

const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', '"', '\\', '\n', '\u2028', '\ud800', 'a\tb'));
const count = fc.integer({ min: 1, max: 1_000_000 });
const located: fc.Arbitrary<Located> = fc.record({
  rule: text, severity: fc.constantFrom('error', 'warn', 'info'), subject: fc.option(text, { nil: null }), related: fc.array(text, { maxLength: 4 }), message: text,
  file: text, line: count, column: count, endLine: count, endColumn: count,
}).map((r) => ({
  finding: { rule: r.rule, severity: r.severity, subject: r.subject, related: r.related, message: r.message, file: 'core/path', span: { start: 0, end: 0 } },
  file: r.file, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn, related: [],
}));
const report: fc.Arbitrary<EntryReport> = fc.record({
  entry: text, files: fc.array(text, { maxLength: 3 }), diagnostics: fc.array(located, { maxLength: 6 }),
  summary: fc.record({ error: fc.nat(), warn: fc.nat(), info: fc.nat() }),
});

function asStringify(reports: EntryReport[]): string {
  const doc = {
    version: 1,
    results: reports.map((r) => ({
      entry: r.entry, files: r.files,
      diagnostics: r.diagnostics.map((d) => ({ rule: d.finding.rule, severity: d.finding.severity, subject: d.finding.subject, related: d.finding.related, message: d.finding.message, file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn })),
      summary: r.summary,
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

describe('lint --format json', () => {
  it('is exactly JSON.stringify(document, null, 2) on random reports', () => {
    fc.assert(fc.property(fc.array(report, { maxLength: 3 }), (reports) => {
      assert.equal([...formatJson(reports)].join(''), asStringify(reports));
    }), { numRuns: 300 });
  });

  it('a diagnostic past the first chunk of 2,000 keeps its separator and indentation', () => {
    const one = fc.sample(located, { numRuns: 1, seed: 7 })[0];
    const reports: EntryReport[] = [{ entry: 'landscape.yaml', files: ['landscape.yaml'], diagnostics: Array.from({ length: 4001 }, () => one), summary: { error: 4001, warn: 0, info: 0 } }];
    assert.equal([...formatJson(reports)].join(''), asStringify(reports));
  });
});
