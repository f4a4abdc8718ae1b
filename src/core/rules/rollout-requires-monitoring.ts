import { defineRule } from './rule';
import { activeRollouts, insertSkeleton } from './rollout-support';
import { fixesPerEntity } from './entity-fixes';
import type { RolloutEntity } from '../model/entities';
import { PreviousBySubject } from './previous-violations';

const insertMonitoring = fixesPerEntity((r: RolloutEntity, text) => [insertSkeleton(text(r.file), r, 'monitoring', '{ dashboards: [‹›], alerting: ‹true› }')]);

export default defineRule({
  meta: {
    id: 'rollout-requires-monitoring',
    category: 'rollout',
    defaultSeverity: 'warn',
    description: 'A rollout without monitoring.',
    rationale: 'You cannot decide go/no-go or trigger plan B without monitoring.',
    messages: {
      noMonitoring: "Rollout '{{rollout}}' has no monitoring; name the dashboards and alerts that decide go/no-go and trigger plan B.",
    },
    fixable: true,
    docs: `Flags a rollout (status other than \`done\`) without a non-empty \`monitoring\` block.

Does not trigger: \`monitoring: { dashboards: [errors], alerting: true }\`.

**Fix:** the quick fix inserts \`monitoring: { dashboards: [], alerting: true }\` to fill in.`,
  },
  check(ctx) {
    const again = new PreviousBySubject(ctx.previous);
    for (const r of activeRollouts(ctx.landscape)) {
      if (r.hasMonitoring) continue;
      const fixes = r.node.pairs.some((p) => p.key.kind === 'scalar' && p.key.text === 'monitoring') ? undefined : insertMonitoring(r);
      // The message says the rollout's id: an earlier violation at the same place with the same fixes is this one.
      const before = again.at(r.id, r.file, r.idSpan, 'noMonitoring', fixes);
      if (before) {
        ctx.report(before);
        continue;
      }
      ctx.report({
        subject: r.id,
        related: [r.id],
        file: r.file,
        span: r.idSpan,
        messageId: 'noMonitoring',
        messageData: { rollout: r.id },
        fixes,
      });
    }
  },
});
