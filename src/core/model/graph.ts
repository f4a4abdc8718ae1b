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
  /** Outgoing edges per system id, consumes entries first (declaration order), then dependsOn. */
  out: Map<string, Edge[]>;
  /** Incoming edges per system id. */
  in: Map<string, Edge[]>;
  /** Distinct targets per system (efferent coupling Ce = size); absent when there are none. */
  targets: Map<string, Set<string>>;
  /** Distinct sources per system (afferent coupling Ca = size); absent when there are none. */
  sources: Map<string, Set<string>>;
}

const ASYNC_TYPES = new Set(['asyncapi', 'idoc', 'file']);

/** Effective interaction: consumption → API → API type (async for asyncapi, idoc, file). */
export function apiInteraction(api: ApiEntity, consumption?: Consumption): Interaction {
  return consumption?.interaction ?? api.interaction ?? (api.type && ASYNC_TYPES.has(api.type) ? 'async' : 'sync');
}

export function buildGraph(systems: SystemEntity[], systemById: Map<string, SystemEntity>, apiById: Map<string, ApiEntity>): Graph {
  const g: Graph = { out: new Map(), in: new Map(), targets: new Map(), sources: new Map() };
  for (const s of systems) {
    g.out.set(s.id, []);
    g.in.set(s.id, []);
  }
  // Distinct-target and distinct-source sets only for systems that have edges.
  const addTo = (m: Map<string, Set<string>>, k: string, v: string): void => {
    const set = m.get(k);
    if (set) set.add(v);
    else m.set(k, new Set([v]));
  };
  const add = (e: Edge): void => {
    g.out.get(e.from)!.push(e);
    g.in.get(e.to)!.push(e);
    addTo(g.targets, e.from, e.to);
    addTo(g.sources, e.to, e.from);
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
  const ce = g.targets.get(id)?.size ?? 0;
  const ca = g.sources.get(id)?.size ?? 0;
  return { ca, ce, instability: ca + ce === 0 ? undefined : ce / (ca + ce) };
}
