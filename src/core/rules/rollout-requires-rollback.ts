import { defineRule } from './rule';
import { activeRollouts, insertSkeleton } from './rollout-support';
import { fixesPerEntity } from './entity-fixes';
import type { RolloutEntity } from '../model/entities';
import { PreviousBySubject } from './previous-violations';

const insertRollback = fixesPerEntity((r: RolloutEntity, text) => [insertSkeleton(text(r.file), r, 'rollback', '{ plan: "‹›", tested: ‹false› }')]);

export default defineRule({
  meta: {
    id: 'rollout-requires-rollback',
    category: 'rollout',
    defaultSeverity: 'error',
    description: 'A rollout without a rollback plan (or, with requireTested, without a tested one).',
    rationale: 'Plan B: every go-live needs a rehearsed way back.',
    messages: {
      noPlan: "Rollout '{{rollout}}' has no rollback plan; write down plan B (rollback.plan) before going live.",
      untested: "Rollout '{{rollout}}' has a rollback plan that was not tested; rehearse it and set rollback.tested: true.",
    },
    options: {
      requireTested: { type: 'boolean', default: false, description: 'Also require rollback.tested: true.' },
    },
    fixable: true,
    docs: `Flags a rollout (status other than \`done\`) without \`rollback.plan\` (missing or blank), or — with \`requireTested\` — whose \`rollback.tested\` is not \`true\`.

Triggers: a rollout with testing, communication and monitoring but no \`rollback\` block.

Does not trigger: \`rollback: { plan: "flag back to v1", tested: true }\`.

**Fix:** the quick fix inserts \`rollback: { plan: "", tested: false }\` to fill in.`,
  },
  check(ctx) {
    const again = new PreviousBySubject(ctx.previous);
    for (const r of activeRollouts(ctx.landscape)) {
      const hasPlan = !!r.rollbackPlan && r.rollbackPlan.trim() !== '';
      // The options of the rollout's file (lint.overrides may give it its own).
      const untested = ctx.optionsFor(r.file).requireTested && r.rollbackTested !== true;
      if (hasPlan && !untested) continue;
      const messageId = hasPlan ? 'untested' : 'noPlan';
      const fixes = r.hasRollback ? undefined : insertRollback(r);
      // The message says the rollout's id: an earlier violation at the same place with the same fixes is this one.
      const before = again.at(r.id, r.file, r.idSpan, messageId, fixes);
      if (before) {
        ctx.report(before);
        continue;
      }
      ctx.report({ subject: r.id, related: [r.id], file: r.file, span: r.idSpan, messageId, messageData: { rollout: r.id }, fixes });
    }
  },
});
