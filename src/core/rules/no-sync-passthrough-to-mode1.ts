import { GEARBOX, MODE1, MODE2, type Edge, type Graph } from '../model/graph';
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
    const n = g.ids.length;
    const live = gearboxesReachingMode1(g);
    if (live === null) return;
    // Per-source marks without clearing: `reached[j] === i + 1` means "reached from system i".
    const reached = new Int32Array(n);
    const reachedBy = new Int32Array(n);
    const found = new Int32Array(n);
    const foundBy = new Int32Array(n);
    const queue = new Int32Array(n);
    const foundOrder: number[] = [];
    for (let i = 0; i < n; i++) {
      if (g.mode[i] !== MODE2) continue;
      // BFS over gearbox systems only; `reachedBy[j]` is the edge that first reached j. Only
      // "live" gearboxes (a synchronous gearbox path from them reaches Mode 1) are entered:
      // no other can lead to a finding or to a live one, so the paths found are the same,
      // and a Mode-2 system far from any such gearbox costs nothing.
      const mark = i + 1;
      let tail = 0;
      foundOrder.length = 0;
      for (let k = g.outStart[i]; k < g.outStart[i + 1]; k++) {
        const to = g.edges[k].toIndex;
        if (g.edges[k].interaction !== 'sync' || !live[to] || reached[to] === mark) continue;
        reached[to] = mark;
        reachedBy[to] = k;
        queue[tail++] = to;
      }
      for (let head = 0; head < tail; head++) {
        const v = queue[head];
        for (let k = g.outStart[v]; k < g.outStart[v + 1]; k++) {
          const e = g.edges[k];
          const to = e.toIndex;
          if (e.interaction !== 'sync' || to === i) continue;
          const m = g.mode[to];
          if (m === MODE1) {
            if (found[to] !== mark) {
              found[to] = mark;
              foundBy[to] = k;
              foundOrder.push(to);
            }
          } else if (m === GEARBOX && live[to] && reached[to] !== mark) {
            reached[to] = mark;
            reachedBy[to] = k;
            queue[tail++] = to;
          }
        }
      }
      if (foundOrder.length === 0) continue;
      const s = l.systems[i];
      for (const x of foundOrder) {
        const path: Edge[] = [g.edges[foundBy[x]]];
        for (let cur = path[0].fromIndex; cur !== i; ) {
          const e = g.edges[reachedBy[cur]];
          path.unshift(e);
          cur = e.fromIndex;
        }
        const gearboxes = path.slice(1).map((e) => e.from);
        const target = g.ids[x];
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
    }
  },
});

/**
 * Gearbox systems from which a synchronous path through gearbox systems only reaches a
 * Mode-1 system (1 per system index), or null when there is none: one backward search from
 * the Mode-1 systems, linear in systems and edges.
 */
function gearboxesReachingMode1(g: Graph): Uint8Array | null {
  const n = g.ids.length;
  const live = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  const enterSources = (v: number): void => {
    for (let k = g.inStart[v]; k < g.inStart[v + 1]; k++) {
      const e = g.edges[g.inEdges[k]];
      const from = e.fromIndex;
      if (e.interaction === 'sync' && g.mode[from] === GEARBOX && !live[from]) {
        live[from] = 1;
        queue[tail++] = from;
      }
    }
  };
  for (let v = 0; v < n; v++) if (g.mode[v] === MODE1) enterSources(v);
  for (let head = 0; head < tail; head++) enterSources(queue[head]);
  return tail === 0 ? null : live;
}
