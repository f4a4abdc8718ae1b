import { findPair } from '../parse/yaml-tree';
import { keySpan } from './locate';
import { defineRule, perOptions } from './rule';
import { activeRollouts, insertSkeleton } from './rollout-support';
import { fixesPerEntity } from './entity-fixes';
import type { RolloutEntity } from '../model/entities';
import { PreviousBySubject, sameRelated } from './previous-violations';

const insertPilot = fixesPerEntity((r: RolloutEntity, text) => [insertSkeleton(text(r.file), r, 'pilot', '{ scope: "‹›", durationDays: ‹›}')]);

export default defineRule({
  meta: {
    id: 'rollout-requires-pilot',
    category: 'rollout',
    defaultSeverity: 'warn',
    description: 'A big-bang rollout without a pilot on a critical system.',
    rationale: 'Pilot, phased or canary rollouts limit the blast radius on critical systems.',
    messages: {
      bigBang: "Rollout '{{rollout}}' goes live big-bang on critical {{targets}} without a pilot; start with a pilot group or site, or roll out phased or canary.",
      noStrategy: "Rollout '{{rollout}}' goes live all at once (no strategy) on critical {{targets}} without a pilot; start with a pilot group or site, or roll out phased or canary.",
    },
    options: {
      criticality: { type: 'array', items: { enum: ['missionCritical', 'businessCritical', 'businessOperational', 'administrativeService'] }, default: ['missionCritical', 'businessCritical'], description: 'Target criticalities that require a pilot.' },
    },
    fixable: true,
    docs: `Flags a rollout (status other than \`done\`) with \`strategy: big-bang\` (or no strategy) and no \`pilot\` block, where at least one resolvable target has a \`criticality\` in the option list. Any \`pilot\` block counts, even an empty one; a \`pilot\` key without a value does not.

Does not trigger: the same rollout with \`pilot: { scope: "2 branches", durationDays: 14 }\`, or with \`strategy: canary\`.

**Fix:** the quick fix inserts \`pilot: { scope: "", durationDays: }\`; or choose a phased, canary or blue-green strategy.`,
  },
  check(ctx) {
    const l = ctx.landscape;
    const criticalOf = perOptions((o: typeof ctx.options) => new Set<string>(o.criticality));
    const again = new PreviousBySubject(ctx.previous);
    for (const r of activeRollouts(l)) {
      if ((r.strategy && r.strategy !== 'big-bang') || r.hasPilot) continue;
      // The options of the rollout's file (lint.overrides may give it its own).
      const critical = criticalOf(ctx.optionsFor(r.file));
      // The critical targets' ids, each once (a Set only for long lists: 10,000 rollouts are checked per keystroke).
      const ids: string[] = [];
      const seen = r.targets.length > 16 ? new Set<string>() : undefined;
      for (const t of r.targets) {
        const s = l.systemById.get(t.id);
        if (!s?.criticality || !critical.has(s.criticality) || (seen ? seen.has(s.id) : ids.includes(s.id))) continue;
        seen?.add(s.id);
        ids.push(s.id);
      }
      if (ids.length === 0) continue;
      const span = keySpan(r, 'strategy');
      const messageId = r.strategy ? 'bigBang' : 'noStrategy';
      const fixes = findPair(r.node, 'pilot') ? undefined : insertPilot(r);
      // The message's values are the rollout's id and its related ids: equal related, equal message.
      const before = again.find(r.id, (v) => v.span === span && v.file === r.file && v.messageId === messageId && v.fixes === fixes && sameRelated(v.related, r.id, ids));
      if (before) {
        ctx.report(before);
        continue;
      }
      ctx.report({
        subject: r.id,
        related: [r.id, ...ids],
        file: r.file,
        span,
        messageId,
        messageData: { rollout: r.id, targets: ids.map((i) => `'${i}'`).join(', ') },
        fixes,
      });
    }
  },
});
