/**
 * The rule tester fails what it must: a test that leaves out a finding's fix, states another
 * severity or message id, or expects another fix output does not pass (nothing is copied from
 * the output into the expectation), and a crashing rule fails an invalid case too.
 */
import { strict as assert } from 'node:assert';
import { RULES_BY_ID } from '../../../src/core/index';
import { checkInvalid, type ExpectedFinding } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

const SNIPPET = yaml`
  systems:
    - { id: c, mode: mode2, owner: t, endOfLife: 2025-06-30 }
`;
const RIGHT: ExpectedFinding = {
  messageId: 'system', severity: 'error', subject: 'c', related: ['c'], at: 'endOfLife: 2025-06-30',
  fixes: [{
    title: 'Set lifecycle: endOfLife',
    output: yaml`
      systems:
        - { id: c, mode: mode2, owner: t, endOfLife: 2025-06-30, lifecycle: endOfLife }
    `,
  }],
};
const check = (f: ExpectedFinding): Promise<void> => checkInvalid('lifecycle-date-passed', { name: 'meta', yaml: SNIPPET, findings: [f] });

describe('rule tester', () => {
  it('passes the exact expectation', async () => {
    await check(RIGHT);
  });

  it('fails when a fix the finding offers is not listed', async () => {
    await assert.rejects(check({ ...RIGHT, fixes: undefined }), /fixes/);
  });

  it('fails on another fix output, severity or message id', async () => {
    await assert.rejects(check({ ...RIGHT, fixes: [{ ...RIGHT.fixes![0], output: SNIPPET }] }), /output/);
    await assert.rejects(check({ ...RIGHT, severity: 'warn' }), /severity/);
    await assert.rejects(check({ ...RIGHT, messageId: 'api' }), /messageId/);
  });

  it('fails an invalid case when any rule crashes on its snippet (core/internal)', async () => {
    const other = RULES_BY_ID.get('no-orphan-system')!;
    const original = other.check;
    other.check = () => {
      throw new Error('boom');
    };
    try {
      await assert.rejects(check(RIGHT), /core\/internal/);
    } finally {
      other.check = original;
    }
    await check(RIGHT);
  });
});
