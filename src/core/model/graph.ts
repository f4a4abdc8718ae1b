/**
 * The dependency graph of SPEC §2.4: system → system edges from `consumes` (via the API's
 * provider) and `dependsOn`, each with its effective interaction; Ca/Ce/instability over
 * distinct systems. Built once per lint in O(systems + entries).
 *
 * Systems are numbered by load order, and the edges are stored once, grouped by source (in
 * declaration order) with an index of incoming edges beside them ("compressed sparse rows").
 * The graph rules walk these integer arrays: a lookup by id per edge and a list per system
 * made the rules chase pointers across a large heap, which cost more than their logic.
 * The arrays are private: rules read them through the methods below, which say what they
 * mean and cost nothing on hot paths (a range of edge numbers, `edgeAt(k)`: small methods of
 * one class, which the JIT inlines; no closure, iterator or array per edge).
 * The per-id maps (`out`, `in`, `targets`, `sources`) are built on first use for the callers
 * that want them (the diagram, a few small rules).
 *
 * Architecture invariants (rules rely on them; test/unit/core/graph-index.test.ts checks them
 * against SPEC §2.4):
 * - Systems are numbered by load order: system i is `Landscape.systems[i]`, its id `ids[i]`.
 * - Edges are numbered grouped by source, sources in system order: the out-edges of system i
 *   are the edges `outBegin(i)` … `outEnd(i) - 1`, and `outEnd(i) === outBegin(i + 1)`.
 * - The out-edges of a system are in declaration order, its `consumes` entries first, then its
 *   `dependsOn` entries: one edge per entry that resolves to another system (an API without a
 *   resolved provider, an unknown system and a self-reference give none; two entries to the
 *   same target give two edges). So comparing two edge numbers of one system compares their
 *   entries' order (no-sync-passthrough-to-mode1's shortest paths, no-dangling-reference's
 *   walk of a system's entries, "the first entry that references T").
 * - The incoming edges of a system are in edge order (by source system, then declaration
 *   order): slots `inBegin(i)` … `inEnd(i) - 1`, edge `inEdgeAt(slot)`.
 * - APIs are numbered in `Landscape.apis` order (that of `apiById`); the APIs a system
 *   provides are in that order too (`apiBegin(i)` … `apiEnd(i) - 1`, id `apiIdAt(slot)`).
 * - There are no self-edges; `ce`/`ca` count distinct targets/sources, not edges.
 * - Edges are shared by every reader: never mutate one.
 */
import type { ApiEntity, Consumption, Dependency, Interaction, SystemEntity } from './entities';
import { tally } from '../util/work-counter';

export interface Edge {
  from: string;
  to: string;
  /** Indexes of the two systems in `Graph.ids` (the order of `Landscape.systems`). */
  fromIndex: number;
  toIndex: number;
  /** The API the edge goes through (consumes), or undefined (dependsOn). */
  via?: string;
  interaction: Interaction;
  kind: 'consumes' | 'dependsOn';
  /** The list entry that declares the edge. */
  entry: Consumption | Dependency;
}

/** `Graph.mode` values. */
export const MODE1 = 1, GEARBOX = 2, MODE2 = 3;

const ASYNC_TYPES = new Set(['asyncapi', 'idoc', 'file']);

/** Effective interaction: consumption → API → API type (async for asyncapi, idoc, file). */
export function apiInteraction(api: ApiEntity, consumption?: Consumption): Interaction {
  return consumption?.interaction ?? api.interaction ?? (api.type && ASYNC_TYPES.has(api.type) ? 'async' : 'sync');
}

interface ProvidedApi {
  api: ApiEntity;
  /** Index of the provider system. */
  provider: number;
}

export class Graph {
  // Per system index, read directly (one value each; read-only types: the graph is shared by every rule).
  /** System index → id (load order, as `Landscape.systems`). */
  readonly ids: readonly string[];
  /** Mode per system index: MODE1, GEARBOX, MODE2, or 0 for none or another value. */
  readonly mode: Readonly<Uint8Array>;
  /** Distinct targets (efferent coupling Ce) and distinct sources (afferent coupling Ca) per system index. */
  readonly ce: Readonly<Int32Array>;
  readonly ca: Readonly<Int32Array>;
  // The rows themselves: read through the methods below (the invariants above say their order).
  /** All edges; those of system i are `edges[outStart[i]] … edges[outStart[i + 1] - 1]`. */
  private readonly edges: Edge[] = [];
  private readonly outStart: Int32Array;
  /** Edge numbers by target: those into system i are `inEdges[inStart[i]] …`, in edge order. */
  private readonly inStart: Int32Array;
  private readonly inEdges: Int32Array;
  /** Per API of `apiById` (in its order, that of `Landscape.apis`): the index of its provider system, or -1. */
  private readonly apiProvider: Int32Array;
  /** Ids of the APIs each system provides, in load order: `apiIds[apiStart[i]] …`. */
  private readonly apiStart: Int32Array;
  private readonly apiIds: string[];
  private readonly indexById: Map<string, number>;
  private maps?: { out: Map<string, Edge[]>; in: Map<string, Edge[]>; targets: Map<string, string[]>; sources: Map<string, string[]> };

  /** What the graph was built from: a later build compares with them (see `previous`). */
  private readonly systems: readonly SystemEntity[];
  private readonly apis: readonly ApiEntity[];
  /** API id → the API and its provider's index, for the edges of consumes entries. */
  private readonly providedApi: Map<string, ProvidedApi>;

  /**
   * `previous`, the graph of the keystroke before: when the systems have the same ids in the
   * same order and the APIs are the same entities (a keystroke that changed a mode, an owner, a
   * consumes or dependsOn entry), its id index and API providers are taken as they are and the
   * edges of every system that is the same entity are its edges; only the changed systems'
   * entries are looked up again. Each edge follows from its system's entries, the ids and the
   * APIs alone, so the result is the graph a full build makes (a property test compares them).
   */
  constructor(systems: SystemEntity[], systemById: Map<string, SystemEntity>, apiById: Map<string, ApiEntity>, previous?: Graph) {
    const n = systems.length;
    const apis = [...apiById.values()];
    this.systems = systems;
    this.apis = apis;
    const base = previous?.sameIdsAndApis(systems, apis) ? previous : undefined;
    if (base) {
      tally('graph:kept-ids');
      this.ids = base.ids;
      this.indexById = base.indexById;
      this.apiProvider = base.apiProvider;
      this.apiStart = base.apiStart;
      this.apiIds = base.apiIds;
      this.providedApi = base.providedApi;
    } else {
      this.ids = systems.map((s) => s.id);
      this.indexById = new Map();
      // The first system of an id wins (systems holds first occurrences only, but be safe).
      for (let i = 0; i < n; i++) if (!this.indexById.has(this.ids[i])) this.indexById.set(this.ids[i], i);
      // Each API's provider system, read once: where its consumers' edges go. One lookup per
      // consumes entry gives both the API and its provider (ids are looked up by string, and
      // those lookups are most of the graph's build).
      const apiProvider = (this.apiProvider = new Int32Array(apis.length).fill(-1));
      const providedApi = (this.providedApi = new Map<string, ProvidedApi>());
      apis.forEach((api, a) => {
        const p = api.provider && systemById.get(api.provider.id);
        const k = p ? this.indexById.get(p.id) : undefined;
        if (k === undefined) return;
        providedApi.set(api.id, { api, provider: k });
        apiProvider[a] = k;
      });
      const provided = buckets(n, apis.length, (a) => apiProvider[a]);
      this.apiStart = provided.start;
      this.apiIds = Array.from(provided.order, (a) => apis[a].id);
    }
    const mode = new Uint8Array(n);
    for (let i = 0; i < n; i++) mode[i] = modeCode(systems[i].mode);
    this.mode = mode;

    this.outStart = new Int32Array(n + 1);
    const edges = this.edges;
    for (let i = 0; i < n; i++) {
      this.outStart[i] = edges.length;
      if (base && systems[i] === base.systems[i]) {
        for (let k = base.outStart[i]; k < base.outStart[i + 1]; k++) edges.push(base.edges[k]);
      } else this.addEdgesOf(i, systems[i]);
    }
    this.outStart[n] = edges.length;
    const incoming = buckets(n, edges.length, (k) => edges[k].toIndex);
    this.inStart = incoming.start;
    this.inEdges = incoming.order;
    this.ce = distinctNeighbours(n, this.outStart, (k) => edges[k].toIndex);
    this.ca = distinctNeighbours(n, this.inStart, (k) => edges[this.inEdges[k]].fromIndex);
  }

  /** The edges of system i's entries, consumes then dependsOn, in declaration order. */
  private addEdgesOf(i: number, s: SystemEntity): void {
    const edges = this.edges;
    for (const c of s.consumes) {
      tally('graph:entry');
      const p = this.providedApi.get(c.api.id);
      if (p === undefined || p.provider === i) continue;
      const to = p.provider;
      edges.push({ from: s.id, to: this.ids[to], fromIndex: i, toIndex: to, via: p.api.id, interaction: apiInteraction(p.api, c), kind: 'consumes', entry: c });
    }
    for (const d of s.dependsOn) {
      tally('graph:entry');
      const to = this.indexById.get(d.system.id);
      if (to === undefined || to === i) continue;
      edges.push({ from: s.id, to: this.ids[to], fromIndex: i, toIndex: to, via: undefined, interaction: d.interaction ?? 'sync', kind: 'dependsOn', entry: d });
    }
  }

  /** Whether `systems` have this graph's ids in its order and `apis` are its API entities. */
  private sameIdsAndApis(systems: readonly SystemEntity[], apis: readonly ApiEntity[]): boolean {
    if (systems.length !== this.systems.length || apis.length !== this.apis.length) return false;
    for (let a = 0; a < apis.length; a++) if (apis[a] !== this.apis[a]) return false;
    for (let i = 0; i < systems.length; i++) if (systems[i] !== this.systems[i] && systems[i].id !== this.ids[i]) return false;
    return true;
  }

  // Edges. A hot loop over the out-edges of system i reads
  //   for (let k = g.outBegin(i), end = g.outEnd(i); k < end; k++) { const e = g.edgeAt(k); … }
  // and over its incoming edges
  //   for (let j = g.inBegin(i), end = g.inEnd(i); j < end; j++) { const e = g.edgeAt(g.inEdgeAt(j)); … }

  /** Number of edges: they are numbered 0 … edgeCount - 1, grouped by source system. */
  get edgeCount(): number {
    return this.edges.length;
  }

  /** Edge number k. */
  edgeAt(k: number): Edge {
    return this.edges[k];
  }

  /** First edge number of system i's out-edges (they run to `outEnd(i) - 1`, in declaration order). */
  outBegin(i: number): number {
    return this.outStart[i];
  }

  /** One past the last edge number of system i's out-edges. */
  outEnd(i: number): number {
    return this.outStart[i + 1];
  }

  /** Number of out-edges of system i (entries, not distinct targets: that is `ce[i]`). */
  outDegree(i: number): number {
    return this.outStart[i + 1] - this.outStart[i];
  }

  /** The out-edges of system i in declaration order, as a fresh array (empty for -1). For cold paths. */
  outEdges(i: number): Edge[] {
    return i < 0 ? [] : this.edges.slice(this.outStart[i], this.outStart[i + 1]);
  }

  /** First slot of system i's incoming edges (they run to `inEnd(i) - 1`, in edge order; `inEdgeAt` gives each). */
  inBegin(i: number): number {
    return this.inStart[i];
  }

  /** One past the last slot of system i's incoming edges. */
  inEnd(i: number): number {
    return this.inStart[i + 1];
  }

  /** The edge number in an incoming slot. */
  inEdgeAt(slot: number): number {
    return this.inEdges[slot];
  }

  /** Number of incoming edges of system i (entries, not distinct sources: that is `ca[i]`). */
  inDegree(i: number): number {
    return this.inStart[i + 1] - this.inStart[i];
  }

  /** The incoming edges of system i in edge order, as a fresh array (empty for -1). For cold paths. */
  incoming(i: number): Edge[] {
    const out: Edge[] = [];
    if (i >= 0) for (let j = this.inStart[i]; j < this.inStart[i + 1]; j++) out.push(this.edges[this.inEdges[j]]);
    return out;
  }

  // APIs.

  /** First slot of the APIs system i provides (they run to `apiEnd(i) - 1`, in load order; `apiIdAt` gives each id). */
  apiBegin(i: number): number {
    return this.apiStart[i];
  }

  /** One past the last slot of the APIs system i provides. */
  apiEnd(i: number): number {
    return this.apiStart[i + 1];
  }

  /** The API id in a slot of `apiBegin(i)` … `apiEnd(i) - 1`. */
  apiIdAt(slot: number): string {
    return this.apiIds[slot];
  }

  /** Ids of the APIs system i provides, in load order (a fresh array; empty for -1). */
  apisOf(i: number): string[] {
    return i < 0 ? [] : this.apiIds.slice(this.apiStart[i], this.apiStart[i + 1]);
  }

  /** The provider system of API number a (its index in `Landscape.apis`), or -1 when it does not resolve to a system. */
  providerOf(a: number): number {
    return this.apiProvider[a];
  }

  /** Distinct target ids of system i, in edge order. */
  targetIds(i: number): string[] {
    const out: string[] = [];
    // A set, not `out.includes`: one system may consume 10,000 APIs.
    const taken = new Set<string>();
    for (let k = this.outStart[i]; k < this.outStart[i + 1]; k++) {
      tally('graph:target');
      const to = this.edges[k].to;
      if (!taken.has(to)) {
        taken.add(to);
        out.push(to);
      }
    }
    return out;
  }

  /** Index of a system id, or -1. */
  indexOf(id: string): number {
    return this.indexById.get(id) ?? -1;
  }

  /** Outgoing edges per system id (declaration order); absent when none. */
  get out(): Map<string, Edge[]> {
    return this.perId().out;
  }

  /** Incoming edges per system id (edge order); absent when none. */
  get in(): Map<string, Edge[]> {
    return this.perId().in;
  }

  /** Distinct targets per system, in edge order; absent when there are none. */
  get targets(): Map<string, string[]> {
    return this.perId().targets;
  }

  /** Distinct sources per system, in edge order; absent when there are none. */
  get sources(): Map<string, string[]> {
    return this.perId().sources;
  }

  private perId(): NonNullable<Graph['maps']> {
    if (this.maps) return this.maps;
    const out = new Map<string, Edge[]>(), into = new Map<string, Edge[]>();
    const targets = new Map<string, string[]>(), sources = new Map<string, string[]>();
    for (let i = 0; i < this.ids.length; i++) {
      const o = this.edges.slice(this.outStart[i], this.outStart[i + 1]);
      if (o.length) {
        out.set(this.ids[i], o);
        targets.set(this.ids[i], [...new Set(o.map((e) => e.to))]);
      }
      if (this.inStart[i + 1] > this.inStart[i]) {
        const list: Edge[] = [];
        for (let k = this.inStart[i]; k < this.inStart[i + 1]; k++) list.push(this.edges[this.inEdges[k]]);
        into.set(this.ids[i], list);
        sources.set(this.ids[i], [...new Set(list.map((e) => e.from))]);
      }
    }
    return (this.maps = { out, in: into, targets, sources });
  }
}

/**
 * Items 0 … count-1 grouped by a key in 0 … n-1 (a counting sort, stable): those with key i
 * are `order[start[i]] … order[start[i + 1] - 1]`. Items with a negative key are left out.
 */
function buckets(n: number, count: number, keyOf: (item: number) => number): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let t = 0; t < count; t++) if (keyOf(t) >= 0) start[keyOf(t) + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const order = new Int32Array(start[n]);
  const next = start.slice(0, n);
  for (let t = 0; t < count; t++) if (keyOf(t) >= 0) order[next[keyOf(t)]++] = t;
  return { start, order };
}

/** Per system, the number of distinct neighbours among the entries `start[i] … start[i + 1] - 1`. */
function distinctNeighbours(n: number, start: Int32Array, neighbourOf: (entry: number) => number): Int32Array {
  const count = new Int32Array(n);
  // `seen[j] === i + 1`: j was counted for system i (no clearing between systems).
  const seen = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = start[i]; k < start[i + 1]; k++) {
      const j = neighbourOf(k);
      if (seen[j] !== i + 1) {
        seen[j] = i + 1;
        count[i]++;
      }
    }
  }
  return count;
}

function modeCode(mode: string | undefined): number {
  return mode === 'mode1' ? MODE1 : mode === 'gearbox' ? GEARBOX : mode === 'mode2' ? MODE2 : 0;
}

/** The graph of `systems`; `previous`, the graph of the keystroke before, lends what is unchanged (see the constructor). */
export function buildGraph(systems: SystemEntity[], systemById: Map<string, SystemEntity>, apiById: Map<string, ApiEntity>, previous?: Graph): Graph {
  return new Graph(systems, systemById, apiById, previous);
}

export interface Coupling {
  ca: number;
  ce: number;
  /** Ce / (Ca + Ce); undefined when both are 0. */
  instability: number | undefined;
}

export function coupling(g: Graph, id: string): Coupling {
  const i = g.indexOf(id);
  const ce = i < 0 ? 0 : g.ce[i];
  const ca = i < 0 ? 0 : g.ca[i];
  return { ca, ce, instability: ca + ce === 0 ? undefined : ce / (ca + ce) };
}
