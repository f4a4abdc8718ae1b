import { passThroughs } from './passthrough-paths';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'no-sync-passthrough-to-mode1',
    category: 'bimodal',
    defaultSeverity: 'warn',
    description: 'A Mode 2 system that reaches a Mode 1 system through gearbox systems over synchronous edges only.',
    rationale: 'The gearbox must decouple in time, not only in topology: a gateway that proxies synchronously makes Mode 2 availability at most Mode 1 availability (0.99³ ≈ 0.97) and exposes every maintenance window to customers.',
    optionsSchema: {},
    defaultOptions: {},
    fixable: false,
    docs: `Flags a \`mode2\` system S that reaches a \`mode1\` system X as S ─sync→ G1 ─sync→ … ─sync→ X, where every intermediate system is \`gearbox\` (the traversal stops at Mode 2 systems and at the first Mode 1 system). One finding per (S, X) pair, placed at S's entry that starts the shortest such path (breadth-first, entries in declaration order: \`consumes\`, then \`dependsOn\`). It is independent of \`no-direct-mode2-to-mode1\`. The traversal is at system level: a gearbox system with any synchronous dependency on X is a pass-through for all its synchronous consumers — model a cache or read model as its own gearbox system to express real decoupling.

Triggers:

\`\`\`yaml
systems:
  - { id: sap,     mode: mode1,   owner: team-erp }
  - { id: gateway, mode: gearbox, owner: team-int, consumes: [sap-stock-api] }
  - { id: app,     mode: mode2,   owner: team-app, consumes: [stock-api] }
apis:
  - { id: sap-stock-api, provider: sap,     type: odata }
  - { id: stock-api,     provider: gateway, type: openapi }
\`\`\`

Does not trigger (the read model is fed asynchronously):

\`\`\`yaml
systems:
  - { id: sap,         mode: mode1,   owner: team-erp }
  - { id: stock-cache, mode: gearbox, owner: team-int, consumes: [sap-stock-idoc] }
  - { id: app,         mode: mode2,   owner: team-app, consumes: [stock-api] }
apis:
  - { id: sap-stock-idoc, provider: sap,         type: idoc }
  - { id: stock-api,      provider: stock-cache, type: openapi }
\`\`\`

**Fix:** no automatic fix (an architecture change): hand off asynchronously (queue, events), serve reads from a cache or read model fed asynchronously, or use CDC.`,
  },
  check(ctx) {
    const l = ctx.landscape;
    const g = l.graph;
    // The paths of the SPEC's breadth-first search from every Mode-2 system, found without
    // searching the gearbox mesh once per Mode-2 system (see passthrough-paths.ts).
    for (const { s: i, path: edges } of passThroughs(g)) {
      const s = l.systems[i];
      const path = edges.map((k) => g.edges[k]);
      const gearboxes = path.slice(1).map((e) => e.from);
      const target = path[path.length - 1].to;
      const hops = [s.id, ...path.map((e) => `${e.to}${e.via ? ` (${e.via})` : ''}`)].join(' → ');
      ctx.report({
        subject: s.id,
        related: [s.id, ...gearboxes, target],
        file: s.file,
        span: path[0].entry.span,
        message: `Mode-2 system '${s.id}' reaches Mode-1 system '${target}' only synchronously through the gearbox: ${hops}. Every outage or maintenance window of '${target}' reaches '${s.id}'; decouple in time (events, a read model fed asynchronously, CDC).`,
        data: { path: [s.id, ...path.map((e) => e.to)], apis: path.map((e) => e.via ?? null) },
      });
    }
  },
});
