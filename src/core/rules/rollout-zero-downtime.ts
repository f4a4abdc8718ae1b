import type { Landscape } from '../model/landscape';
import { propagate } from '../model/propagation';
import { keySpan } from './locate';
import { defineRule } from './rule';
import { activeRollouts } from './rollout-support';

/**
 * Systems that customers reach synchronously: every internet-exposed system and everything
 * reachable from one over synchronous edges, up from consumer to provider (the propagation of
 * `landscape impact`, one multi-source search per lint, O(V + E)). The map gives, per reached
 * system, the internet-facing system it was reached from first.
 */
function internetReach(l: Landscape): Map<string, string> {
  const g = l.graph;
  const sources: number[] = [];
  for (let i = 0; i < l.systems.length; i++) if (l.systems[i].exposure === 'internet') sources.push(i);
  const reach = propagate(g, sources, { direction: 'up' });
  return new Map(reach.order.map((i) => [g.ids[i], g.ids[reach.origin[i]]]));
}

export default defineRule({
  meta: {
    id: 'rollout-zero-downtime',
    category: 'rollout',
    defaultSeverity: 'warn',
    description: 'A rollout with planned downtime on a system that customers reach synchronously.',
    rationale: 'Customer-facing journeys expect zero downtime. A Mode 1 maintenance window is acceptable only if the gearbox buffers it asynchronously (queue, cache, events).',
    messages: {
      downtime: "Rollout '{{rollout}}' plans downtime, but customers would notice: {{how}}. Roll out without downtime or buffer the target asynchronously in the gearbox.",
    },
    fixable: false,
    docs: `Flags a rollout (status other than \`done\`) with \`downtime: planned\` where some resolvable target is internet-exposed or reachable from an internet-exposed system through a path of **synchronous** edges (any modes in between). One finding per rollout; related ids are the rollout and the affected targets.

Triggers:

\`\`\`yaml
systems:
  - { id: web,  mode: mode2, owner: team-web, exposure: internet, consumes: [core-api] }
  - { id: core, mode: mode1, owner: team-core }
apis:
  - { id: core-api, provider: core, type: openapi }
rollouts:
  - { id: ro-core, targets: [core], strategy: canary, downtime: planned }   # plus the rest of the checklist
\`\`\`

Does not trigger when \`web\` consumes \`core-api\` with \`interaction: async\`.

**Fix:** roll out without downtime (blue-green, canary), or buffer the target asynchronously in the gearbox first.`,
  },
  check(ctx) {
    const l = ctx.landscape;
    const rollouts = activeRollouts(l).filter((r) => r.downtime === 'planned');
    if (rollouts.length === 0) return;
    const reach = internetReach(l);
    for (const r of rollouts) {
      const affected = [...new Set(r.targets.map((t) => t.id).filter((id) => l.systemById.has(id) && reach.has(id)))];
      if (affected.length === 0) continue;
      const how = affected.map((id) => (reach.get(id) === id ? `'${id}' is internet-facing` : `'${id}' is reached synchronously from internet-facing '${reach.get(id)}'`)).join('; ');
      ctx.report({
        subject: r.id,
        related: [r.id, ...affected],
        file: r.file,
        span: keySpan(r, 'downtime'),
        messageId: 'downtime',
        messageData: { rollout: r.id, how },
        data: { affected, entryPoints: affected.map((id) => reach.get(id)) },
      });
    }
  },
});
