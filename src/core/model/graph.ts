/**
 * The dependency graph of SPEC §2.4: system → system edges from `consumes` (via the API's
 * provider) and `dependsOn`, each with its effective interaction; Ca/Ce/instability over
 * distinct systems. Built once per lint in O(entries).
 */
import type { ApiEntity, Consumption, Dependency, Interaction, SystemEntity } from './entities';

export interface Edge {
  from: string;
  to: string;
  /** The API the edge goes through (consumes), or undefined (dependsOn). */
  via?: string;
  interaction: Interaction;
  kind: 'consumes' | 'dependsOn';
  /** The list entry that declares the edge. */
  entry: Consumption | Dependency;
}

export interface Graph {
  /** Outgoing edges per system id, consumes entries first (declaration order), then dependsOn; absent when none. */
  out: Map<string, Edge[]>;
  /** Incoming edges per system id; absent when none. */
  in: Map<string, Edge[]>;
  /** Distinct targets per system, in edge order (efferent coupling Ce = length); absent when there are none. */
  targets: Map<string, string[]>;
  /** Distinct sources per system, in edge order (afferent coupling Ca = length); absent when there are none. */
  sources: Map<string, string[]>;
}

const ASYNC_TYPES = new Set(['asyncapi', 'idoc', 'file']);

/** Effective interaction: consumption → API → API type (async for asyncapi, idoc, file). */
export function apiInteraction(api: ApiEntity, consumption?: Consumption): Interaction {
  return consumption?.interaction ?? api.interaction ?? (api.type && ASYNC_TYPES.has(api.type) ? 'async' : 'sync');
}

export function buildGraph(systems: SystemEntity[], systemById: Map<string, SystemEntity>, apiById: Map<string, ApiEntity>): Graph {
  const g: Graph = { out: new Map(), in: new Map(), targets: new Map(), sources: new Map() };
  // Lists only for systems that have edges, and plain arrays for the distinct ends (a system
  // has a handful): a Set and two lists per system were half of this function's time.
  const push = <T>(m: Map<string, T[]>, k: string, v: T): void => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  const pushDistinct = (m: Map<string, string[]>, k: string, v: string): void => {
    const list = m.get(k);
    if (!list) m.set(k, [v]);
    else if (!list.includes(v)) list.push(v);
  };
  const add = (e: Edge): void => {
    push(g.out, e.from, e);
    push(g.in, e.to, e);
    pushDistinct(g.targets, e.from, e.to);
    pushDistinct(g.sources, e.to, e.from);
  };
  for (const s of systems) {
    for (const c of s.consumes) {
      const api = apiById.get(c.api.id);
      const provider = api?.provider && systemById.get(api.provider.id);
      if (!api || !provider || provider.id === s.id) continue;
      add({ from: s.id, to: provider.id, via: api.id, interaction: apiInteraction(api, c), kind: 'consumes', entry: c });
    }
    for (const d of s.dependsOn) {
      const t = systemById.get(d.system.id);
      if (!t || t.id === s.id) continue;
      add({ from: s.id, to: t.id, interaction: d.interaction ?? 'sync', kind: 'dependsOn', entry: d });
    }
  }
  return g;
}

export interface Coupling {
  ca: number;
  ce: number;
  /** Ce / (Ca + Ce); undefined when both are 0. */
  instability: number | undefined;
}

export function coupling(g: Graph, id: string): Coupling {
  const ce = g.targets.get(id)?.length ?? 0;
  const ca = g.sources.get(id)?.length ?? 0;
  return { ca, ce, instability: ca + ce === 0 ? undefined : ce / (ca + ce) };
}
