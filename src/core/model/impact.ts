/**
 * The blast radius of one system (`landscape impact`): if it fails, or is rolled out with
 * downtime, which systems are affected and how many synchronous edges away, grouped by mode.
 * The walk is `propagate`, the one `rollout-zero-downtime` makes: by default `down` (the
 * consumers of a failing system are affected), synchronous edges only.
 *
 * And the neighbourhood of one system (`render --focus`): every system within a few edges,
 * synchronous or not, the same walk stopped early.
 */
import type { Landscape } from './landscape';
import { propagate, type Direction } from './propagation';

/** The groups of an impact, in the diagram's lane order; `none` for a system without a valid mode. */
export const IMPACT_MODES = ['mode1', 'gearbox', 'mode2', 'none'] as const;
export type ImpactMode = (typeof IMPACT_MODES)[number];

export interface AffectedSystem {
  id: string;
  name?: string;
  /** Edges from the failing system (1 for a direct consumer). */
  distance: number;
}

export interface Impact {
  system: string;
  direction: Direction;
  includeAsync: boolean;
  /** Every affected system, nearest first (within one distance in the order the walk met them). */
  affected: (AffectedSystem & { mode: ImpactMode })[];
  /** The same systems by mode, each group nearest first; modes without one are left out. */
  byMode: { mode: ImpactMode; systems: AffectedSystem[] }[];
}

export interface ImpactOptions {
  direction?: Direction;
  includeAsync?: boolean;
}

function modeOf(mode: string | undefined): ImpactMode {
  return mode === 'mode1' || mode === 'gearbox' || mode === 'mode2' ? mode : 'none';
}

/** The impact of system `id`, or undefined when no system has that id (the caller suggests one). */
export function impactOf(l: Landscape, id: string, options: ImpactOptions = {}): Impact | undefined {
  const g = l.graph;
  const source = g.indexOf(id);
  if (source < 0) return undefined;
  const direction = options.direction ?? 'down';
  const includeAsync = options.includeAsync === true;
  const reach = propagate(g, [source], { direction, includeAsync });
  const affected = reach.order.slice(1).map((i) => {
    const s = l.systems[i];
    return { id: s.id, ...(s.name ? { name: s.name } : {}), distance: reach.distance[i], mode: modeOf(s.mode) };
  });
  const byMode = IMPACT_MODES.map((mode) => ({ mode, systems: affected.filter((a) => a.mode === mode).map(({ mode: _, ...rest }) => rest) })).filter((m) => m.systems.length > 0);
  return { system: id, direction, includeAsync, affected, byMode };
}

/** Distance per system id within `depth` edges of `id` (itself at 0), any interaction; undefined for an unknown id. */
export function neighbourhoodOf(l: Landscape, id: string, depth: number, direction: Direction): Map<string, number> | undefined {
  const g = l.graph;
  const source = g.indexOf(id);
  if (source < 0) return undefined;
  const reach = propagate(g, [source], { direction, includeAsync: true, maxDistance: depth });
  return new Map(reach.order.map((i) => [g.ids[i], reach.distance[i]]));
}
