/**
 * Barycentre sweeps (src/core/diagram/barycentre.ts), the order of an overview's groups: exact
 * orders on small graphs, and on random layered graphs never more straight-line crossings than
 * the order given (the sweeps keep the best order they saw, the given one included).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { barycentreOrder, type LayeredGraph } from '../../../src/core/diagram/barycentre';

const ordered = (rank: Map<string, number>, ids: string[]): string[] => [...ids].sort((a, b) => rank.get(a)! - rank.get(b)!);

/** Straight-line crossings of the edges for the ranks (each layer on a 0…1 scale, as the sweeps count them). */
function crossingsOf(graph: LayeredGraph, rank: (id: string) => number): number {
  const layerOf = new Map<string, number>();
  graph.layers.forEach((ids, l) => ids.forEach((id) => layerOf.set(id, l)));
  const y = (id: string): number => (rank(id) + 0.5) / graph.layers[layerOf.get(id)!].length;
  const lines = graph.edges
    .filter((e) => layerOf.get(e.from) !== layerOf.get(e.to))
    .map((e) => (layerOf.get(e.from)! < layerOf.get(e.to)! ? [layerOf.get(e.from)!, y(e.from), layerOf.get(e.to)!, y(e.to)] : [layerOf.get(e.to)!, y(e.to), layerOf.get(e.from)!, y(e.from)]));
  const at = ([a, p, b, q]: number[], x: number): number => p + ((q - p) * (x - a)) / (b - a);
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const lo = Math.max(lines[i][0], lines[j][0]);
      const hi = Math.min(lines[i][2], lines[j][2]);
      if (lo < hi && (at(lines[i], lo) - at(lines[j], lo)) * (at(lines[i], hi) - at(lines[j], hi)) < 0) count++;
    }
  }
  return count;
}

describe('diagram: barycentre sweeps', () => {
  it('uncrosses two lanes: a→y, b→x becomes a,b beside x,y … in one order or the other, without a crossing', () => {
    const graph = { layers: [['a', 'b'], ['x', 'y']], edges: [{ from: 'a', to: 'y' }, { from: 'b', to: 'x' }] };
    const rank = barycentreOrder(graph);
    assert.equal(crossingsOf(graph, (id) => rank.get(id)!), 0);
    assert.equal(crossingsOf(graph, (id) => graph.layers.flat().indexOf(id) % 2), 1);
  });

  it('straightens three chains through three lanes (each p uses a b that uses an x), given in an order that crosses', () => {
    const graph = {
      layers: [['x1', 'x2', 'x3'], ['b1', 'b2', 'b3'], ['p1', 'p2', 'p3']],
      edges: [{ from: 'p1', to: 'b3' }, { from: 'b3', to: 'x1' }, { from: 'p2', to: 'b1' }, { from: 'b1', to: 'x2' }, { from: 'p3', to: 'b2' }, { from: 'b2', to: 'x3' }],
    };
    const given = (id: string): number => Number(id.slice(1)) - 1;
    assert.equal(crossingsOf(graph, given), 4);
    const rank = barycentreOrder(graph);
    assert.equal(crossingsOf(graph, (id) => rank.get(id)!), 0);
    // Each chain on one line: its three nodes at the same rank.
    for (const [p, b, x] of [['p1', 'b3', 'x1'], ['p2', 'b1', 'x2'], ['p3', 'b2', 'x3']]) assert.deepEqual([rank.get(b), rank.get(x)], [rank.get(p), rank.get(p)], p);
  });

  it('leaves an order without crossings as it is, and a node without edges where it was', () => {
    const graph = { layers: [['a', 'b', 'c'], ['x', 'y', 'z']], edges: [{ from: 'a', to: 'x' }, { from: 'c', to: 'z' }] };
    const rank = barycentreOrder(graph);
    assert.deepEqual([ordered(rank, ['a', 'b', 'c']), ordered(rank, ['x', 'y', 'z'])], [['a', 'b', 'c'], ['x', 'y', 'z']]);
  });

  it('on random layered graphs: a rank per node, 0 … n-1 in each layer, and never more crossings than the order given', () => {
    const graphs = fc.record({ sizes: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 4 }), pairs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 60 }) }).map(({ sizes, pairs }): LayeredGraph => {
      const layers = sizes.map((n, l) => Array.from({ length: n }, (_, i) => `n${l}-${i}`));
      const all = layers.flat();
      const edges = all.length ? pairs.map(([a, b]) => ({ from: all[a % all.length], to: all[b % all.length] })) : [];
      return { layers, edges };
    });
    fc.assert(
      fc.property(graphs, (graph) => {
        const rank = barycentreOrder(graph);
        for (const ids of graph.layers) assert.deepEqual(ids.map((id) => rank.get(id)).sort((a, b) => a! - b!), ids.map((_, i) => i));
        const given = (id: string): number => graph.layers.find((ids) => ids.includes(id))!.indexOf(id);
        assert.ok(crossingsOf(graph, (id) => rank.get(id)!) <= crossingsOf(graph, given));
      }),
      { numRuns: 300 },
    );
  });
});
