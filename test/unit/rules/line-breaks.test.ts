/**
 * Fixes that insert lines (a missing key, a suppression) write the file's own line break,
 * as its first line ends: a CRLF file stays CRLF, an LF file stays LF.
 */
import { strict as assert } from 'node:assert';
import { suppressEdit } from '../../../src/core/lint/suppress-edit';
import { fixesOf } from '../../../src/core/index';
import { applyEdits, lintFiles } from '../../helpers/lint-snippet';
import { yaml } from '../../helpers/yaml';

const BODY = yaml`
  apiVersion: landscape/v1
  metadata: { asOf: 2025-10-01 }
  owners: [{ id: t, type: team }]
  systems:
    - id: shop
      mode: mode2
      owner: t
      exposure: internet
      suppress:
        - { rule: no-orphan-system, reason: "new" }
`;

async function fixed(eol: string): Promise<{ text: string; skeleton: string; suppressed: string }> {
  const text = BODY.replace(/\n/g, eol);
  const r = await lintFiles({ '/ws/landscape.yaml': text });
  const finding = r.findings.find((f) => f.rule === 'require-security-review');
  assert.ok(finding && fixesOf(r, finding).length, 'the security skeleton fix is offered');
  const shop = r.landscape.systemById.get('shop')!;
  return {
    text,
    skeleton: applyEdits(text, fixesOf(r, finding).at(0)!.edits),
    suppressed: applyEdits(text, [suppressEdit(text, shop, 'max-fan-out')]),
  };
}

describe('inserted lines use the file line break', () => {
  it('CRLF: every line break of the fixed file is CRLF', async () => {
    const { text, skeleton, suppressed } = await fixed('\r\n');
    for (const out of [skeleton, suppressed]) {
      assert.ok(out.length > text.length);
      assert.equal(out.split('\r\n').length - 1, out.split('\n').length - 1, JSON.stringify(out));
    }
    assert.match(skeleton, /\r\n {4}security: \{ lastReview: , reviewedBy: \}\r\n/);
    assert.match(suppressed, /\r\n {6}- \{ rule: max-fan-out, reason: "[^"]+" \}\r\n/);
  });

  it('LF: no CR appears', async () => {
    const { skeleton, suppressed } = await fixed('\n');
    assert.ok(!skeleton.includes('\r') && !suppressed.includes('\r'));
    assert.match(skeleton, /\n {4}security: \{ lastReview: , reviewedBy: \}\n/);
  });
});
