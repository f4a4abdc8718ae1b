import type { Edge, Graph } from '../model/graph';
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
    const mode = (id: string): string | undefined => l.systemById.get(id)?.mode;
    const live = gearboxesReachingMode1(l.graph, mode);
    if (live.size === 0) return;
    for (const s of l.systems) {
      if (s.mode !== 'mode2') continue;
      // BFS over gearbox systems only; `reachedBy[g]` is the edge that first reached g. Only
      // "live" gearboxes (a synchronous gearbox path from them reaches Mode 1) are entered:
      // no other can lead to a finding or to a live one, so the paths found are the same,
      // and a Mode-2 system far from any such gearbox costs nothing.
      const reachedBy = new Map<string, Edge>();
      const found = new Map<string, Edge>();
      const queue: string[] = [];
      for (const e of l.graph.out.get(s.id) ?? []) {
        if (e.interaction !== 'sync' || !live.has(e.to) || reachedBy.has(e.to)) continue;
        reachedBy.set(e.to, e);
        queue.push(e.to);
      }
      for (let i = 0; i < queue.length; i++) {
        const g = queue[i];
        for (const e of l.graph.out.get(g) ?? []) {
          if (e.interaction !== 'sync' || e.to === s.id) continue;
          const m = mode(e.to);
          if (m === 'mode1') {
            if (!found.has(e.to)) found.set(e.to, e);
          } else if (m === 'gearbox' && live.has(e.to) && !reachedBy.has(e.to)) {
            reachedBy.set(e.to, e);
            queue.push(e.to);
          }
        }
      }
      for (const [x, last] of found) {
        const path: Edge[] = [last];
        for (let cur = last.from; cur !== s.id; ) {
          const e = reachedBy.get(cur)!;
          path.unshift(e);
          cur = e.from;
        }
        const gearboxes = path.slice(1).map((e) => e.from);
        const hops = [s.id, ...path.map((e) => `${e.to}${e.via ? ` (${e.via})` : ''}`)].join(' → ');
        ctx.report({
          subject: s.id,
          related: [s.id, ...gearboxes, x],
          file: s.file,
          span: path[0].entry.span,
          message: `Mode-2 system '${s.id}' reaches Mode-1 system '${x}' only synchronously through the gearbox: ${hops}. Every outage or maintenance window of '${x}' reaches '${s.id}'; decouple in time (events, a read model fed asynchronously, CDC).`,
          data: { path: [s.id, ...path.map((e) => e.to)], apis: path.map((e) => e.via ?? null) },
        });
      }
    }
  },
});

/**
 * Gearbox systems from which a synchronous path through gearbox systems only reaches a
 * Mode-1 system: one backward search from the Mode-1 systems, linear in systems and edges.
 */
function gearboxesReachingMode1(g: Graph, mode: (id: string) => string | undefined): Set<string> {
  const live = new Set<string>();
  const queue: string[] = [];
  for (const [to, edges] of g.in) {
    if (mode(to) !== 'mode1') continue;
    for (const e of edges) {
      if (e.interaction === 'sync' && mode(e.from) === 'gearbox' && !live.has(e.from)) {
        live.add(e.from);
        queue.push(e.from);
      }
    }
  }
  for (let i = 0; i < queue.length; i++) {
    for (const e of g.in.get(queue[i]) ?? []) {
      if (e.interaction === 'sync' && mode(e.from) === 'gearbox' && !live.has(e.from)) {
        live.add(e.from);
        queue.push(e.from);
      }
    }
  }
  return live;
}
