/**
 * A table-driven rule tester in the manner of ESLint's RuleTester: `valid` snippets yield no
 * finding of the rule; `invalid` snippets yield exactly the listed findings — severity,
 * subject, related ids in order, and the exact source text under the span — and, where
 * given, the text after applying a fix (which must still parse and keep every comment).
 */
import { strict as assert } from 'node:assert';
import { parseYaml } from '../../src/core/index';
import { applyEdits, findingsOf, lintSnippet, SNIPPET_HEADER } from './lint-snippet';

export interface ExpectedFinding {
  subject: string;
  related: string[];
  /** The exact source text the finding is placed on. */
  at: string;
  severity?: 'error' | 'warn' | 'info';
}

export interface InvalidCase {
  name: string;
  yaml: string;
  findings: ExpectedFinding[];
  /** Title of a fix offered on the first finding, and the full snippet text after applying it. */
  fix?: { title: string; output: string };
  /** Substrings the first finding's message must contain. */
  message?: string[];
  asOf?: string;
}

export interface ValidCase {
  name: string;
  yaml: string;
  asOf?: string;
}

export function ruleTester(rule: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const r = await lintSnippet(c.yaml, c.asOf ? { asOf: c.asOf } : {});
        assert.deepEqual(findingsOf(r, rule), []);
        assert.deepEqual(r.findings.filter((f) => f.rule === 'core/internal'), []);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const r = await lintSnippet(c.yaml, c.asOf ? { asOf: c.asOf } : {});
        const got = findingsOf(r, rule).map((f) => ({ subject: f.subject, related: f.related, at: f.at, severity: f.severity }));
        const want = c.findings.map((f) => ({ subject: f.subject, related: f.related, at: f.at, severity: f.severity ?? got.find((g) => g.subject === f.subject)?.severity ?? 'error' }));
        assert.deepEqual(got, want);
        const first = r.findings.find((f) => f.rule === rule)!;
        for (const m of c.message ?? []) assert.ok(first.message.includes(m), `message "${first.message}" lacks "${m}"`);
        if (c.fix) {
          const fix = first.fixes?.find((x) => x.title === c.fix!.title);
          assert.ok(fix, `fix "${c.fix.title}" offered (got: ${(first.fixes ?? []).map((x) => x.title).join(', ') || 'none'})`);
          const after = applyEdits(r.text, fix.edits);
          assert.equal(after.slice(SNIPPET_HEADER.length), c.fix.output);
          assert.equal(parseYaml(after).fatal, false, 'the fixed file still parses');
          for (const line of r.text.split('\n').filter((l) => l.includes('#'))) assert.ok(after.includes(line.slice(line.indexOf('#'))), `comment kept: ${line}`);
        }
      });
    }
  });
}
