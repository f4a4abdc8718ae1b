import { asMap, getValue } from '../parse/yaml-tree';
import { fix, keySpan, setValueEdit } from './locate';
import { defineRule } from './rule';
import { activeRollouts } from './rollout-support';
import { fixesPerEntity } from './entity-fixes';
import type { RolloutEntity } from '../model/entities';
import { PreviousBySubject } from './previous-violations';

/** The environment of a testing block set, or a testing block inserted. */
const setProductionLike = fixesPerEntity((r: RolloutEntity, text) => {
  const testing = asMap(getValue(r.node, 'testing'));
  return [fix('Set testing environment to production-like', 'set-testing-production-like', [testing
    ? setValueEdit(r.file, text(r.file), testing, 'environment', 'production-like')
    : setValueEdit(r.file, text(r.file), r.node, 'testing', '{ environment: production-like }')])];
});

export default defineRule({
  meta: {
    id: 'rollout-requires-prodlike-test',
    category: 'rollout',
    defaultSeverity: 'error',
    description: 'A rollout not tested in a production-like environment.',
    rationale: 'Thorough tests in a production-like environment before touching systems of record.',
    messages: {
      otherEnvironment: "Rollout '{{rollout}}' was tested in {{environment}}, not in a production-like environment; test it production-like before go-live.",
      noTest: "Rollout '{{rollout}}' names no production-like test; test it in a production-like environment and record testing.environment.",
    },
    fixable: true,
    docs: `Flags a rollout (status other than \`done\`) whose \`testing.environment\` is not \`production-like\`, or that has no \`testing\` block.

Triggers: \`testing: { environment: staging }\`.

Does not trigger: \`testing: { environment: production-like }\`.

**Fix:** the quick fix sets \`testing.environment\` to \`production-like\` (or inserts \`testing: { environment: production-like }\`).`,
  },
  check(ctx) {
    const again = new PreviousBySubject(ctx.previous);
    for (const r of activeRollouts(ctx.landscape)) {
      if (r.testingEnvironment === 'production-like') continue;
      const span = r.hasTesting ? keySpan(r, 'testing') : r.idSpan;
      const messageId = r.testingEnvironment ? 'otherEnvironment' : 'noTest';
      const fixes = setProductionLike(r);
      // The fixes are the rollout entity's own (fixesPerEntity): the same function, the same rollout, the same violation.
      const before = again.at(r.id, r.file, span, messageId, fixes);
      if (before) {
        ctx.report(before);
        continue;
      }
      // The environment of a testing block, else the testing value (absent, empty or not a block).
      ctx.report({ subject: r.id, related: [r.id], file: r.file, span, messageId, messageData: { rollout: r.id, environment: r.testingEnvironment ?? '' }, fixes });
    }
  },
});
