import type { Edge } from '../model/graph';
import type { Landscape } from '../model/landscape';
import { defineRule } from './rule';

interface Options {
  includeAsync: boolean;
}

/** Tarjan's strongly connected components, iterative (no recursion: 10,000-system graphs). */
export function stronglyConnected(l: Landscape, keep: (e: Edge) => boolean): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  let counter = 0;
  for (const root of l.systems) {
    if (index.has(root.id)) continue;
    const work: { v: string; edges: Edge[]; i: number }[] = [];
    const open = (v: string): void => {
      index.set(v, counter);
      low.set(v, counter++);
      stack.push(v);
      onStack.add(v);
      work.push({ v, edges: (l.graph.out.get(v) ?? []).filter(keep), i: 0 });
    };
    open(root.id);
    while (work.length) {
      const top = work[work.length - 1];
      if (top.i < top.edges.length) {
        const w = top.edges[top.i++].to;
        if (!index.has(w)) open(w);
        else if (onStack.has(w)) low.set(top.v, Math.min(low.get(top.v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].v;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.v)!));
      }
      if (low.get(top.v) === index.get(top.v)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
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
