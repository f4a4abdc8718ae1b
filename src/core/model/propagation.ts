/**
 * How far an outage spreads through the dependency graph: one breadth-first search over the
 * graph's integer arrays, O(systems + edges). `rollout-zero-downtime` (which systems customers
 * reach synchronously), the impact of a failing system (`landscape impact`) and a system's
 * neighbourhood (`render --focus`) are this one walk with different sources and directions.
 *
 * Directions, in the sense of DDD's context maps (a provider is upstream of its consumers):
 * - `up` follows edges from consumer to provider: what a system depends on. A customer reaches
 *   every provider up from an internet-facing system; an outage there reaches the system.
 * - `down` goes against the edges, from provider to consumer: an outage flows downstream to
 *   the consumers of a failing system.
 * - `both`: either way at each step.
 *
 * An asynchronous edge decouples (a queue or an event buffers the outage) unless
 * `includeAsync` is set, which a focus view sets (it shows every neighbour).
 */
import type { Interaction } from './entities';

export type Direction = 'up' | 'down' | 'both';

export const DIRECTIONS = ['up', 'down', 'both'] as const satisfies readonly Direction[];

/**
 * What the walk reads of a graph: the landscape's `Graph`, or the diagram model's edges
 * (`core/diagram/model-graph.ts`, for the standalone page, which has no landscape) in the
 * same compressed rows.
 */
export interface WalkGraph {
  readonly ids: readonly string[];
  outBegin(i: number): number;
  outEnd(i: number): number;
  inBegin(i: number): number;
  inEnd(i: number): number;
  inEdgeAt(slot: number): number;
  edgeAt(k: number): { readonly fromIndex: number; readonly toIndex: number; readonly interaction: Interaction };
}

export interface PropagationOptions {
  direction: Direction;
  /** Follow asynchronous edges too (default: only synchronous ones pass an outage). */
  includeAsync?: boolean;
  /** Stop this many edges from the sources (default: no limit). */
  maxDistance?: number;
}

export interface Reach {
  /** Per system index: edges from the nearest source, or -1 when not reached. */
  distance: Int32Array;
  /** Per system index: the source it was first reached from, or -1. */
  origin: Int32Array;
  /** Reached systems in the order the search met them (sources first, then by distance). */
  order: number[];
}

/**
 * Every system reached from the sources (system indexes; duplicates and -1 ignored). Within
 * one distance, systems are met in edge order (a system's out-edges in declaration order,
 * then its incoming edges in edge order), so the origins are deterministic.
 */
export function propagate(g: WalkGraph, sources: Iterable<number>, options: PropagationOptions): Reach {
  const n = g.ids.length;
  const distance = new Int32Array(n).fill(-1);
  const origin = new Int32Array(n).fill(-1);
  const order: number[] = [];
  for (const s of sources) {
    if (s < 0 || s >= n || distance[s] >= 0) continue;
    distance[s] = 0;
    origin[s] = s;
    order.push(s);
  }
  const up = options.direction !== 'down', down = options.direction !== 'up';
  const includeAsync = options.includeAsync === true;
  const max = options.maxDistance ?? Infinity;
  const reach = (v: number, w: number): void => {
    if (distance[w] >= 0) return;
    distance[w] = distance[v] + 1;
    origin[w] = origin[v];
    order.push(w);
  };
  for (let q = 0; q < order.length; q++) {
    const v = order[q];
    if (distance[v] >= max) continue;
    if (up) {
      for (let k = g.outBegin(v), end = g.outEnd(v); k < end; k++) {
        const e = g.edgeAt(k);
        if (includeAsync || e.interaction === 'sync') reach(v, e.toIndex);
      }
    }
    if (down) {
      for (let j = g.inBegin(v), end = g.inEnd(v); j < end; j++) {
        const e = g.edgeAt(g.inEdgeAt(j));
        if (includeAsync || e.interaction === 'sync') reach(v, e.fromIndex);
      }
    }
  }
  return { distance, origin, order };
}
