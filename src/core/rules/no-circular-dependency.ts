import type { Edge } from '../model/graph';
import type { Landscape } from '../model/landscape';
import { defineRule } from './rule';

/**
 * Tarjan's strongly connected components, iterative (no recursion limit: 10,000-system
 * graphs), over the graph's edge numbers. Components hold system ids; those of one system
 * are left out (a cycle needs two).
 */
function stronglyConnected(l: Landscape, keep: (e: Edge) => boolean): string[][] {
  const g = l.graph;
  const n = g.ids.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let sp = 0;
  // The depth-first path: a system and the next of its out-edges to look at.
  const pathV = new Int32Array(n);
  const pathK = new Int32Array(n);
  let depth = 0;
  const result: string[][] = [];
  let counter = 0;
  const open = (v: number): void => {
    index[v] = low[v] = counter++;
    stack[sp++] = v;
    onStack[v] = 1;
    pathV[depth] = v;
    pathK[depth++] = g.outBegin(v);
  };
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    open(root);
    while (depth > 0) {
      const v = pathV[depth - 1];
      const k = pathK[depth - 1];
      if (k < g.outEnd(v)) {
        pathK[depth - 1] = k + 1;
        const e = g.edgeAt(k);
        if (!keep(e)) continue;
        const w = e.toIndex;
        if (index[w] === -1) open(w);
        else if (onStack[w] && index[w] < low[v]) low[v] = index[w];
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = pathV[depth - 1];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
      if (low[v] === index[v]) {
        if (stack[sp - 1] === v) {
          // A component of one system: no cycle (self-edges are not in the graph).
          onStack[v] = 0;
          sp--;
          continue;
        }
        const comp: string[] = [];
        let w: number;
        do {
          w = stack[--sp];
          onStack[w] = 0;
          comp.push(g.ids[w]);
        } while (w !== v);
        result.push(comp);
      }
    }
  }
  return result;
}

export default defineRule({
  meta: {
    id: 'no-circular-dependency',
    category: 'coupling',
    defaultSeverity: 'error',
    description: 'A cycle of (synchronous) dependencies between systems.',
    rationale: 'Acyclic Dependencies Principle: systems in a synchronous cycle cannot be released, restarted or taken down independently.',
    messages: {
      syncCycle: "Synchronous dependency cycle between {{members}}: none of them can be released or restarted independently. Break the cycle by turning one edge into an event.",
      cycle: "Dependency cycle between {{members}}: none of them can be released or restarted independently. Break the cycle by turning one edge into an event.",
    },
    options: {
      includeAsync: { type: 'boolean', default: false, description: 'Also count asynchronous edges.' },
    },
    fixable: false,
    docs: `One finding per strongly connected component of two or more systems in the dependency graph restricted to synchronous edges (all edges with \`includeAsync\`). The subject is the lexicographically smallest member; related ids are all members.

Triggers:

\`\`\`yaml
systems:
  - { id: billing, mode: mode1, owner: team-bss, consumes: [tariff-api] }
  - { id: tariffs, mode: mode2, owner: team-web, consumes: [rating-api] }
apis:
  - { id: tariff-api, provider: tariffs, type: openapi }
  - { id: rating-api, provider: billing, type: openapi }
\`\`\`

Does not trigger (one direction is asynchronous):

\`\`\`yaml
systems:
  - { id: billing, mode: mode1, owner: team-bss, consumes: [{ api: tariff-api, interaction: async }] }
  - { id: tariffs, mode: mode2, owner: team-web, consumes: [rating-api] }
apis:
  - { id: tariff-api, provider: tariffs, type: openapi }
  - { id: rating-api, provider: billing, type: openapi }
\`\`\`

**Fix:** no automatic fix: turn one edge into an event (and only then set \`interaction: async\`).`,
  },
  check(ctx) {
    const l = ctx.landscape;
    const report = (comp: string[], includeAsync: boolean, keep: (e: Edge) => boolean): void => {
      if (comp.length < 2) return;
      const members = [...comp].sort();
      const subject = members[0];
      const s = l.systemById.get(subject)!;
      // Reported by the pass of the value in force for the subject's file.
      if (ctx.optionsFor(s.file).includeAsync !== includeAsync) return;
      const inComp = new Set(comp);
      const edges = members.flatMap((m) => l.graph.outEdges(l.graph.indexOf(m)).filter((e) => keep(e) && inComp.has(e.to)).map((e) => ({ from: e.from, to: e.to, api: e.via ?? null })));
      ctx.report({
        subject,
        related: members,
        file: s.file,
        span: s.idSpan,
        messageId: includeAsync ? 'cycle' : 'syncCycle',
        messageData: { members: members.map((m) => `'${m}'`).join(', ') },
        data: { members, edges },
      });
    };
    // includeAsync changes the graph the cycles are found in, not just what a finding says: the
    // components are found once per value in force (the subject's file decides, lint.overrides
    // may set it per file), so at most twice per lint, whatever the number of files or option sets.
    const values = new Set<boolean>();
    for (const s of l.systems) values.add(ctx.optionsFor(s.file).includeAsync);
    for (const includeAsync of values) {
      const keep = (e: Edge): boolean => includeAsync || e.interaction === 'sync';
      for (const comp of stronglyConnected(l, keep)) report(comp, includeAsync, keep);
    }
  },
});
