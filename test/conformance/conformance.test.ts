/**
 * Conformance (issue 3): the CLI's JSON output on every case folder must match its
 * expected.json as a multiset of (rule, severity, subject, set(related ∪ {subject})).
 * Cases: ../shared/spec/examples/* (the SPEC's) and test/conformance/cases/* (ours).
 * Only rule findings are compared: core/* diagnostics (e.g. core/unused-suppression notes)
 * are not part of the rule contract, but a case must have no core/* error at all.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt, landscape, ROOT } from '../cli/cli-helpers';

const SPEC_EXAMPLES = path.resolve(ROOT, '..', 'shared', 'spec', 'examples');
const OWN_CASES = path.join(__dirname, 'cases');

interface Violation {
  rule: string;
  severity: string;
  subject: string | null;
  related: string[];
}

const key = (v: Violation): string => JSON.stringify([v.rule, v.severity, v.subject, [...new Set([...v.related, ...(v.subject ? [v.subject] : [])])].sort()]);

function cases(dir: string): string[] {
  return readdirSync(dir).filter((n) => existsSync(path.join(dir, n, 'expected.json'))).map((n) => path.join(dir, n));
}

describe('conformance', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  it('finds the SPEC examples beside the project', () => {
    assert.ok(existsSync(SPEC_EXAMPLES), `expected ${SPEC_EXAMPLES} (../shared beside the repository)`);
    assert.ok(cases(SPEC_EXAMPLES).length > 0);
  });

  for (const dir of [...(existsSync(SPEC_EXAMPLES) ? cases(SPEC_EXAMPLES) : []), ...cases(OWN_CASES)]) {
    it(`${path.relative(path.resolve(ROOT, '..'), dir)}`, () => {
      const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { entry: string; violations: Violation[]; count?: number };
      const r = landscape(['lint', '--format', 'json', expected.entry], dir);
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
      const diagnostics = (JSON.parse(r.stdout) as { results: { diagnostics: Violation[] }[] }).results[0].diagnostics;
      assert.deepEqual(diagnostics.filter((d) => d.rule.startsWith('core/') && (d as unknown as { severity: string }).severity === 'error'), []);
      const got = diagnostics.filter((d) => !d.rule.startsWith('core/')).map(key).sort();
      const want = expected.violations.map(key).sort();
      assert.deepEqual(got, want);
      if (expected.count !== undefined) assert.equal(got.length, expected.count);
    });
  }
});
