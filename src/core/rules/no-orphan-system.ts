import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'no-orphan-system',
    category: 'coupling',
    defaultSeverity: 'warn',
    description: 'A system with no dependency or data edge at all.',
    rationale: 'dependency-cruiser no-orphans: in a landscape an orphan is either an undocumented (often manual, flaky) integration — typical for shadow IT — or dead wood.',
    messages: {
      orphan: "System '{{system}}' has no dependencies, no consumers and no data links; document how it is integrated (consumes, dependsOn, dataAccess) or retire it.",
    },
    fixable: false,
    docs: `Flags a system (lifecycle other than \`plan\`) with no \`consumes\`/\`dependsOn\` edge in or out and no cross-system \`dataAccess\` in or out. References that do not resolve give no edge.

Triggers:

\`\`\`yaml
systems:
  - { id: planogram-tool, mode: mode2, owner: team-stores }
\`\`\`

Does not trigger:

\`\`\`yaml
systems:
  - { id: planogram-tool, mode: mode2, owner: team-stores, consumes: [product-events] }
  - { id: hub, mode: gearbox, owner: team-int }
apis:
  - { id: product-events, provider: hub, type: asyncapi }
\`\`\`

**Fix:** document how the system is integrated, or retire it.`,
  },
  check(ctx) {
    const l = ctx.landscape;
    const dataLinked = new Set<string>();
    for (const s of l.systems) {
      for (const a of s.dataAccess) {
        const owner = l.storeById.get(a.store.id)?.system?.id;
        // Like reference edges, a data edge to an unresolvable owner does not count.
        if (!owner || owner === s.id || !l.systemById.has(owner)) continue;
        dataLinked.add(s.id);
        dataLinked.add(owner);
      }
    }
    for (let i = 0; i < l.systems.length; i++) {
      const s = l.systems[i];
      if (s.lifecycle === 'plan') continue;
      if (l.graph.ce[i] > 0 || l.graph.ca[i] > 0 || dataLinked.has(s.id)) continue;
      ctx.report({
        subject: s.id,
        related: [s.id],
        file: s.file,
        span: s.idSpan,
        messageId: 'orphan',
        messageData: { system: s.id },
      });
    }
  },
});
