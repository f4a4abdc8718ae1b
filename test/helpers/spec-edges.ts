/**
 * The dependency edges of SPEC §2.4 read from the entities by plain code (not the graph's
 * arrays): the oracle of the graph's property tests and of the propagation's.
 */
import { apiInteraction } from '../../src/core/model/graph';
import type { Landscape } from '../../src/core/model/landscape';

export interface SpecEdge {
  from: string;
  to: string;
  via?: string;
  interaction: 'sync' | 'async';
  kind: 'consumes' | 'dependsOn';
}

/** In system order, each system's consumes entries then its dependsOn entries. */
export function specEdges(l: Landscape): SpecEdge[] {
  const out: SpecEdge[] = [];
  for (const s of l.systems) {
    for (const c of s.consumes) {
      const api = l.apiById.get(c.api.id);
      const p = api?.provider ? l.systemById.get(api.provider.id) : undefined;
      if (api && p && p.id !== s.id) out.push({ from: s.id, to: p.id, via: api.id, interaction: apiInteraction(api, c), kind: 'consumes' });
    }
    for (const d of s.dependsOn) {
      const t = l.systemById.get(d.system.id);
      if (t && t.id !== s.id) out.push({ from: s.id, to: t.id, interaction: d.interaction ?? 'sync', kind: 'dependsOn' });
    }
  }
  return out;
}
