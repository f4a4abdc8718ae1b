/**
 * The merged landscape (SPEC §2.4/§2.5): entities of all files in load order, first
 * occurrence of an id wins, later ones are kept aside for `no-duplicate-id`.
 */
import type { ApiEntity, DataStoreEntity, Domain, Entity, Owner, RolloutEntity, SystemEntity } from './entities';
import { buildGraph, type Graph } from './graph';
import type { FileModel } from './read-entities';
import { tally } from '../util/work-counter';

export interface Landscape {
  entry: string;
  /** Files in load order (the entry first). */
  files: FileModel[];
  /** First occurrences, in load order. */
  entities: Entity[];
  byId: Map<string, Entity>;
  duplicates: Entity[];
  owners: Owner[];
  domains: Domain[];
  systems: SystemEntity[];
  apis: ApiEntity[];
  dataStores: DataStoreEntity[];
  rollouts: RolloutEntity[];
  systemById: Map<string, SystemEntity>;
  apiById: Map<string, ApiEntity>;
  ownerById: Map<string, Owner>;
  storeById: Map<string, DataStoreEntity>;
  graph: Graph;
  /** "Today" for date-based rules, YYYY-MM-DD. */
  asOf: string;
}

const EMPTY_GRAPH = buildGraph([], new Map(), new Map());

/**
 * The editor's merge after an edit: when the files hold the same entity objects in the same
 * order as those `previous` was merged from (the edit changed no entity: parse/incremental.ts
 * and read-entities.ts keep them), `previous` with these files, its maps and graph as they
 * are; else a new merge. Merging 10,000 systems and building their graph was a third of a
 * keystroke's work.
 */
export function mergeLandscapeAgain(previous: Landscape | undefined, entry: string, files: FileModel[], asOf: string): Landscape {
  if (previous && previous.entry === entry && previous.asOf === asOf && sameEntities(previous.files, files)) {
    tally('model:merge-kept');
    return { ...previous, files };
  }
  return mergeLandscape(entry, files, asOf, previous?.entry === entry ? previous.graph : undefined);
}

function sameEntities(a: readonly FileModel[], b: readonly FileModel[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i].entities;
    const y = b[i].entities;
    if (a[i].path !== b[i].path || x.length !== y.length) return false;
    for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
  }
  return true;
}

/** `previousGraph`: the graph of the entry's last merge, which lends the new one what is unchanged (graph.ts). */
export function mergeLandscape(entry: string, files: FileModel[], asOf: string, previousGraph?: Graph): Landscape {
  const l: Landscape = {
    entry, files, entities: [], byId: new Map(), duplicates: [],
    owners: [], domains: [], systems: [], apis: [], dataStores: [], rollouts: [],
    systemById: new Map(), apiById: new Map(), ownerById: new Map(), storeById: new Map(),
    graph: EMPTY_GRAPH,
    asOf,
  };
  for (const f of files) {
    for (const e of f.entities) {
      if (l.byId.has(e.id)) {
        l.duplicates.push(e);
        continue;
      }
      l.byId.set(e.id, e);
      l.entities.push(e);
      switch (e.kind) {
        case 'owner': l.owners.push(e); l.ownerById.set(e.id, e); break;
        case 'domain': l.domains.push(e); break;
        case 'system': l.systems.push(e); l.systemById.set(e.id, e); break;
        case 'api': l.apis.push(e); l.apiById.set(e.id, e); break;
        case 'dataStore': l.dataStores.push(e); l.storeById.set(e.id, e); break;
        case 'rollout': l.rollouts.push(e); break;
      }
    }
  }
  l.graph = buildGraph(l.systems, l.systemById, l.apiById, previousGraph);
  return l;
}
