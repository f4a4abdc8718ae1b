/**
 * The APIs each system provides, as the diagram carries them on its node (model.ts): the
 * closest zoom level names every one at its provider, also those no edge enters (webview
 * api-labels.ts), and the system's tooltip lists them (drawing.ts). Only what the edges do not
 * already say: the id, a lifecycle other than the default `active`, and whether anything
 * consumes it at all (an edge names its API by `via`, but a picture that leaves the consumer
 * out, a focus or a filter, cannot tell "unused" from "consumer not drawn").
 * Linear in the graph's edges and APIs, once per model.
 */
import type { Landscape } from '../model/landscape';

export interface ProvidedApi {
  id: string;
  /** Absent for `active`, the default (SPEC §2.3), so 10,000 systems' APIs stay small on the wire. */
  lifecycle?: string;
  /** Set when no other system consumes it (an API only its provider names has no edge). */
  unused?: true;
}

/** The provided APIs of system number i (`Landscape.systems[i]`), in load order; undefined when none. */
export function providedApisOf(l: Landscape): (i: number) => ProvidedApi[] | undefined {
  const g = l.graph;
  const consumed = new Set<string>();
  for (let k = 0; k < g.edgeCount; k++) {
    const via = g.edgeAt(k).via;
    if (via !== undefined) consumed.add(via);
  }
  return (i) => {
    if (g.apiBegin(i) === g.apiEnd(i)) return undefined;
    const out: ProvidedApi[] = [];
    for (let slot = g.apiBegin(i); slot < g.apiEnd(i); slot++) {
      const id = g.apiIdAt(slot);
      const api: ProvidedApi = { id };
      const lifecycle = l.apiById.get(id)?.lifecycle;
      if (lifecycle && lifecycle !== 'active') api.lifecycle = lifecycle;
      if (!consumed.has(id)) api.unused = true;
      out.push(api);
    }
    return out;
  };
}
