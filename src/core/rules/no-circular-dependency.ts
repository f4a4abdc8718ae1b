import type { Edge } from '../model/graph';
import type { Landscape } from '../model/landscape';
import { defineRule } from './rule';

interface Options {
  includeAsync: boolean;
}

/** Tarjan's strongly connected components, iterative (no recursion: 10,000-system graphs). */
export function stronglyConnected(l: Landscape, keep: (e: Edge) => boolean): string[][] {
  // Tarjan's algorithm, iterative (no recursion limit), over integer indexes: with string-keyed
  // maps it was the slowest rule on 10,000 systems.
  const ids = l.systems.map((s) => s.id);
  const n = ids.length;
  const at = new Map<string, number>();
  for (let i = 0; i < n; i++) if (!at.has(ids[i])) at.set(ids[i], i);
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const result: string[][] = [];
  let counter = 0;
  const work: { v: number; edges: Edge[]; i: number }[] = [];
  const open = (v: number): void => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = 1;
    work.push({ v, edges: l.graph.out.get(ids[v]) ?? [], i: 0 });
  };
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1 || at.get(ids[root]) !== root) continue;
    open(root);
    while (work.length) {
      const top = work[work.length - 1];
      if (top.i < top.edges.length) {
        const e = top.edges[top.i++];
        if (!keep(e)) continue;
        const w = at.get(e.to);
        if (w === undefined) continue;
        if (index[w] === -1) open(w);
        else if (onStack[w]) low[top.v] = Math.min(low[top.v], index[w]);
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].v;
        low[parent] = Math.min(low[parent], low[top.v]);
      }
      if (low[top.v] === index[top.v]) {
        const comp: string[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          comp.push(ids[w]);
        } while (w !== top.v);
        result.push(comp);
      }
    }
  }
  return result;
}

export default defineRule<Options>({
  meta: {
    id: 'no-circular-dependency',
    category: 'coupling',
    defaultSeverity: 'error',
    description: 'A cycle of (synchronous) dependencies between systems.',
    rationale: 'Acyclic Dependencies Principle: systems in a synchronous cycle cannot be released, restarted or taken down independently.',
    optionsSchema: {
      includeAsync: { type: 'boolean', description: 'Also count asynchronous edges.' },
    },
    defaultOptions: { includeAsync: false },
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
    const keep = (e: Edge): boolean => ctx.options.includeAsync || e.interaction === 'sync';
    for (const comp of stronglyConnected(l, keep)) {
      if (comp.length < 2) continue;
      const members = [...comp].sort();
      const subject = members[0];
      const inComp = new Set(comp);
      const edges = members.flatMap((m) => (l.graph.out.get(m) ?? []).filter((e) => keep(e) && inComp.has(e.to)).map((e) => ({ from: e.from, to: e.to, api: e.via ?? null })));
      const s = l.systemById.get(subject)!;
      ctx.report({
        subject,
        related: members,
        file: s.file,
        span: s.idSpan,
        message: `${ctx.options.includeAsync ? 'Dependency' : 'Synchronous dependency'} cycle between ${members.map((m) => `'${m}'`).join(', ')}: none of them can be released or restarted independently. Break the cycle by turning one edge into an event.`,
        data: { members, edges },
      });
    }
  },
});
