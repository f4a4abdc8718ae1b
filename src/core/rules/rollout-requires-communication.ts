import { defineRule } from './rule';
import { activeRollouts, insertSkeleton } from './rollout-support';
import { fixesPerEntity } from './entity-fixes';
import type { RolloutEntity } from '../model/entities';
import { PreviousBySubject } from './previous-violations';

const insertPlan = fixesPerEntity((r: RolloutEntity, text) => [insertSkeleton(text(r.file), r, 'communicationPlan', '{ audiences: [‹›], leadTimeDays: ‹›}')]);

export default defineRule({
  meta: {
    id: 'rollout-requires-communication',
    category: 'rollout',
    defaultSeverity: 'warn',
    description: 'A rollout without a communication plan.',
    rationale: 'Users, stores, the call centre and regulators need to know what changes and when.',
    messages: {
      noPlan: "Rollout '{{rollout}}' has no communication plan; say who is told what and when (audiences, channels, lead time).",
    },
    fixable: true,
    docs: `Flags a rollout (status other than \`done\`) without a non-empty \`communicationPlan\`.

Does not trigger: \`communicationPlan: { audiences: [customer-service] }\`.

**Fix:** the quick fix inserts \`communicationPlan: { audiences: [], leadTimeDays: }\` to fill in.`,
  },
  check(ctx) {
    const again = new PreviousBySubject(ctx.previous);
    for (const r of activeRollouts(ctx.landscape)) {
      if (r.hasCommunicationPlan) continue;
      const fixes = r.node.pairs.some((p) => p.key.kind === 'scalar' && p.key.text === 'communicationPlan') ? undefined : insertPlan(r);
      // The message says the rollout's id: an earlier violation at the same place with the same fixes is this one.
      const before = again.at(r.id, r.file, r.idSpan, 'noPlan', fixes);
      if (before) {
        ctx.report(before);
        continue;
      }
      ctx.report({
        subject: r.id,
        related: [r.id],
        file: r.file,
        span: r.idSpan,
        messageId: 'noPlan',
        messageData: { rollout: r.id },
        fixes,
      });
    }
  },
});
