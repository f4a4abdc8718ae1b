import { defineRule } from './rule';
import { activeRollouts, insertSkeleton } from './rollout-support';

interface Options {
  requireTested: boolean;
}

export default defineRule<Options>({
  meta: {
    id: 'rollout-requires-rollback',
    category: 'rollout',
    defaultSeverity: 'error',
    description: 'A rollout without a rollback plan (or, with requireTested, without a tested one).',
    rationale: 'Plan B: every go-live needs a rehearsed way back.',
    optionsSchema: {
      requireTested: { type: 'boolean', description: 'Also require rollback.tested: true.' },
    },
    defaultOptions: { requireTested: false },
    fixable: true,
    docs: `Flags a rollout (status other than \`done\`) without \`rollback.plan\` (missing or blank), or — with \`requireTested\` — whose \`rollback.tested\` is not \`true\`.

Triggers: a rollout with testing, communication and monitoring but no \`rollback\` block.

Does not trigger: \`rollback: { plan: "flag back to v1", tested: true }\`.

**Fix:** the quick fix inserts \`rollback: { plan: "", tested: false }\` to fill in.`,
  },
  check(ctx) {
    for (const r of activeRollouts(ctx.landscape)) {
      const hasPlan = !!r.rollbackPlan && r.rollbackPlan.trim() !== '';
      // The options of the rollout's file (lint.overrides may give it its own).
      const untested = ctx.optionsFor(r.file).requireTested && r.rollbackTested !== true;
      if (hasPlan && !untested) continue;
      ctx.report({
        subject: r.id,
        related: [r.id],
        file: r.file,
        span: r.idSpan,
        message: hasPlan
          ? `Rollout '${r.id}' has a rollback plan that was not tested; rehearse it and set rollback.tested: true.`
          : `Rollout '${r.id}' has no rollback plan; write down plan B (rollback.plan) before going live.`,
        fixes: r.hasRollback ? [] : [insertSkeleton(ctx.text(r.file), r, 'rollback', '{ plan: "‹›", tested: ‹false› }')],
      });
    }
  },
});
