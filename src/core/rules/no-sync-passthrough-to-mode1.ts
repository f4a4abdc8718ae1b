import type { Edge, Graph } from '../model/graph';
import { passThroughs } from './passthrough-paths';
import { PreviousBySubject } from './previous-violations';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'no-sync-passthrough-to-mode1',
    category: 'bimodal',
    defaultSeverity: 'warn',
    description: 'A Mode 2 system that reaches a Mode 1 system through gearbox systems over synchronous edges only.',
    rationale: 'The gearbox must decouple in time, not only in topology: a gateway that proxies synchronously makes Mode 2 availability at most Mode 1 availability (0.99³ ≈ 0.97) and exposes every maintenance window to customers.',
    messages: {
      passThrough: "Mode-2 system '{{system}}' reaches Mode-1 system '{{target}}' only synchronously through the gearbox: {{system}} → {{firstHop}} → {{hops}}. Every outage or maintenance window of '{{target}}' reaches '{{system}}'; decouple in time (events, a read model fed asynchronously, CDC).",
    },
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
    // Many Mode-2 systems enter the mesh at the same gearbox on their way to the same Mode-1
    // system: from their second edge on, their paths are the same (the search takes, from each
    // node, its first edge one step closer to the target). That shared part is described once.
    const tails = new Map<number, Tail>();
    const tailOf = (path: number[]): Tail => {
      const key = path[1] * g.ids.length + g.edgeAt(path[path.length - 1]).toIndex;
      let t = tails.get(key);
      if (!t) tails.set(key, (t = describeTail(g, path)));
      return t;
    };
    // Every path has two edges or more (a direct Mode-2 → Mode-1 edge is no pass-through).
    // The paths of the SPEC's breadth-first search from every Mode-2 system, found without
    // searching the gearbox mesh once per Mode-2 system (see passthrough-paths.ts).
    const again = new PreviousBySubject(ctx.previous);
    for (const { s: i, path } of passThroughs(g)) {
      const s = l.systems[i];
      const first = g.edgeAt(path[0]);
      // After a keystroke most paths are those of the keystroke before: report that violation.
      // Everything a violation says (related ids, message values, data) is made from its
      // system's id and file, its first entry and the path's edges' targets and APIs.
      const before = again.find(s.id, (v) => v.file === s.file && v.span === first.entry.span && samePath(v.data as unknown as PathData, g, path));
      if (before) {
        ctx.report(before);
        continue;
      }
      const tail = tailOf(path);
      ctx.report({
        subject: s.id,
        related: [s.id, ...tail.gearboxes, tail.target],
        file: s.file,
        span: first.entry.span,
        messageId: 'passThrough',
        messageData: { system: s.id, target: tail.target, firstHop: hop(first), hops: tail.hops },
        data: { path: [s.id, first.to, ...tail.to], apis: [first.via ?? null, ...tail.apis] },
      });
    }
  },
});

/** A pass-through violation's data: the systems of its path and the API of each edge. */
interface PathData {
  path: string[];
  apis: (string | null)[];
}

function samePath(d: PathData, g: Graph, path: readonly number[]): boolean {
  if (d.path.length !== path.length + 1) return false;
  for (let k = 0; k < path.length; k++) {
    const e = g.edgeAt(path[k]);
    if (d.path[k + 1] !== e.to || d.apis[k] !== (e.via ?? null)) return false;
  }
  return true;
}

/** A path from its second edge on: what every finding through it says the same way. */
interface Tail {
  target: string;
  /** The gearboxes passed (the sources of the edges). */
  gearboxes: string[];
  /** The systems reached and the APIs used, edge by edge. */
  to: string[];
  apis: (string | null)[];
  hops: string;
}

function describeTail(g: Graph, path: number[]): Tail {
  const tail = path.slice(1).map((k) => g.edgeAt(k));
  return {
    target: tail[tail.length - 1].to,
    gearboxes: tail.map((e) => e.from),
    to: tail.map((e) => e.to),
    apis: tail.map((e) => e.via ?? null),
    hops: tail.map(hop).join(' → '),
  };
}

function hop(e: Edge): string {
  return `${e.to}${e.via ? ` (${e.via})` : ''}`;
}
