/**
 * A table-driven rule tester in the manner of typescript-eslint's RuleTester: `valid` snippets
 * yield no finding of the rule; `invalid` snippets yield exactly the listed findings, each with
 * its message id, severity, subject, related ids in order, the exact source text under its
 * span, and every fix it offers: the title and the whole snippet after applying it (which
 * must still parse and keep every comment). Nothing is taken from the output to fill in what
 * a test leaves out: an expected finding without a severity or message id does not compile,
 * and one whose finding offers fixes fails unless it lists them all. No snippet may crash a
 * rule (`core/internal`).
 */
import { strict as assert } from 'node:assert';
import { fixesOf, parseYaml } from '../../src/core/index';
import type { Severity } from '../../src/core/types';
import { applyEdits, findingsOf, lintSnippet, SNIPPET_HEADER } from './lint-snippet';

export interface ExpectedFix {
  title: string;
  /** The whole snippet (without the header) after applying the fix. */
  output: string;
}

export interface ExpectedFinding {
  /** The key of the rule's message (`meta.messages`). */
  messageId: string;
  severity: Severity;
  subject: string;
  related: string[];
  /** The exact source text the finding is placed on. */
  at: string;
  /** Every fix the finding offers, in order; required when it offers any. */
  fixes?: ExpectedFix[];
}

export interface InvalidCase {
  name: string;
  yaml: string;
  findings: ExpectedFinding[];
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
    for (const c of cases.valid) it(`valid: ${c.name}`, () => checkValid(rule, c));
    for (const c of cases.invalid) it(`invalid: ${c.name}`, () => checkInvalid(rule, c));
  });
}

/** A valid case: no finding of the rule, no crash. */
async function checkValid(rule: string, c: ValidCase): Promise<void> {
  const r = await lintSnippet(c.yaml, c.asOf ? { asOf: c.asOf } : {});
  assert.deepEqual(findingsOf(r, rule), []);
  assert.deepEqual(r.findings.filter((f) => f.rule === 'core/internal'), []);
}

/** An invalid case: exactly the expected findings, each fix's output, no crash. */
export async function checkInvalid(rule: string, c: InvalidCase): Promise<void> {
  const r = await lintSnippet(c.yaml, c.asOf ? { asOf: c.asOf } : {});
  assert.deepEqual(r.findings.filter((f) => f.rule === 'core/internal'), []);
  const found = r.findings.filter((f) => f.rule === rule);
  const located = findingsOf(r, rule);
  const got = found.map((f, i) => ({
    messageId: f.messageId,
    severity: f.severity,
    subject: f.subject,
    related: f.related,
    at: located[i].at,
    fixes: fixesOf(r, f).map((x) => ({ title: x.title, output: applyEdits(r.text, x.edits).slice(SNIPPET_HEADER.length) })),
  }));
  const want = c.findings.map((f) => ({ messageId: f.messageId, severity: f.severity, subject: f.subject, related: f.related, at: f.at, fixes: f.fixes ?? [] }));
  assert.deepEqual(got, want);
  for (const m of c.message ?? []) assert.ok(found[0].message.includes(m), `message "${found[0].message}" lacks "${m}"`);
  for (const f of found) {
    for (const x of fixesOf(r, f)) {
      const after = applyEdits(r.text, x.edits);
      assert.equal(parseYaml(after).fatal, false, `the file still parses after "${x.title}"`);
      for (const line of r.text.split('\n').filter((l) => l.includes('#'))) assert.ok(after.includes(line.slice(line.indexOf('#'))), `"${x.title}" keeps the comment of: ${line}`);
    }
  }
}
