/**
 * The diagram model's dependencies as a graph the outage walk (`propagate`) reads: the same
 * compressed rows as the landscape's `Graph` (systems in the model's order, out-edges grouped
 * by source, incoming edges in edge order). The model's systems and edges are the landscape's
 * (one edge per distinct from → to via API, synchronous if any of its entries is), so the walk
 * meets every system at the same distance as over the landscape (a property test,
 * test/unit/model/impact.test.ts); a host that has only the model (the standalone page)
 * focuses and computes impacts with it.
 * O(systems + edges); nothing of it is kept.
 */
import type { WalkGraph } from '../model/propagation';
import type { DiagramModel } from './model';

interface WalkEdge {
  fromIndex: number;
  toIndex: number;
  interaction: 'sync' | 'async';
}

interface ModelGraph extends WalkGraph {
  /** A system's index, or -1 when the model has no system of that id. */
  indexOf(id: string): number;
}

/** Positions of items grouped by a key in 0 … n-1, stable: `start[k]` … `start[k + 1] - 1` in `order`. */
function rows(n: number, count: number, keyOf: (i: number) => number): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < count; i++) start[keyOf(i) + 1]++;
  for (let k = 0; k < n; k++) start[k + 1] += start[k];
  const next = start.slice(0, n);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[next[keyOf(i)]++] = i;
  return { start, order };
}

export function modelGraph(model: DiagramModel): ModelGraph {
  const ids = model.nodes.map((n) => n.id);
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  const listed: WalkEdge[] = [];
  for (const e of model.edges) {
    const from = index.get(e.from);
    const to = index.get(e.to);
    if (from !== undefined && to !== undefined && from !== to) listed.push({ fromIndex: from, toIndex: to, interaction: e.interaction });
  }
  const out = rows(ids.length, listed.length, (k) => listed[k].fromIndex);
  const edges = Array.from(out.order, (k) => listed[k]);
  const incoming = rows(ids.length, edges.length, (k) => edges[k].toIndex);
  return {
    ids,
    indexOf: (id) => index.get(id) ?? -1,
    outBegin: (i) => out.start[i],
    outEnd: (i) => out.start[i + 1],
    inBegin: (i) => incoming.start[i],
    inEnd: (i) => incoming.start[i + 1],
    inEdgeAt: (slot) => incoming.order[slot],
    edgeAt: (k) => edges[k],
  };
}
