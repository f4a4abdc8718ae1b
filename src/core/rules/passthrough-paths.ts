/**
 * The pass-throughs of SPEC §3.3.6 (no-sync-passthrough-to-mode1) without one breadth-first
 * search per Mode-2 system: on a synchronous gearbox mesh reached by many Mode-2 systems that
 * searched the same mesh again for every one of them (quadratic).
 *
 * What the SPEC's search finds. From a Mode-2 system S it follows synchronous edges, enters
 * gearbox systems only and stops at Mode-1 systems; a node's edges are taken in entry order
 * (consumes, then dependsOn: the graph's edge order). A breadth-first search with ordered
 * adjacency gives every node the lexicographically smallest shortest path, comparing paths
 * edge by edge (at the first difference both edges leave the same node, so their indexes
 * compare as entry order). So the path from S to a Mode-1 system X is
 *   - its first edge: S's first edge to the gearbox G that minimises (dist(G, X), that edge),
 *   - then greedily: from each node the first edge to a node one step closer to X.
 * The search meets the Mode-1 systems in the order of these paths (length, then edge by edge),
 * which is the order the findings of one S are reported in.
 *
 * How it is shared. The synchronous gearbox subgraph splits into weakly connected parts; each
 * part is searched one of two ways, whichever its sizes say is cheaper:
 *   - from its Mode-1 targets: one backward search per target X gives dist(·, X) for the
 *     gearboxes that reach X and, for each, its first edge one step closer; the same search
 *     meets the Mode-2 systems entering there, each keeping its best first edge. Cost: targets
 *     × the part, whatever the number of Mode-2 systems (a mesh reached by many of them).
 *   - from its entries: the SPEC's forward search once per distinct list of gearboxes a Mode-2
 *     system enters (its edges decide nothing else), shared by every Mode-2 system with that
 *     list. Cost: distinct entry lists × the part (many targets behind few entries).
 * Besides the searches, the work is the paths themselves (the findings' size) and putting
 * each system's r paths in order (r log r comparisons, each at most a path long).
 *
 * So a part costs min(targets, entry lists) × its size, near-linear whenever one of the two
 * is small, as in the shapes that were cliffs. A part with many targets behind many distinct
 * entries stays a product (computing shortest paths between many sources and many targets
 * in near-linear time is not known to be possible); its findings are then numerous as well.
 */
import { GEARBOX, MODE1, MODE2, type Graph } from '../model/graph';
import { tally } from '../util/work-counter';

/** The graph as the searches read it. */
interface SyncNet {
  g: Graph;
  n: number;
  /** Per edge: its source, and its target if synchronous (else -1). */
  from: Int32Array;
  syncTo: Int32Array;
  /** Gearboxes from which Mode 1 is reachable synchronously through gearboxes (1), see gearboxesReachingMode1. */
  live: Uint8Array;
}

/** One pass-through: Mode-2 system `s` and the edges (edge numbers, `Graph.edgeAt`) of its path to a Mode-1 system. */
export interface PassThrough {
  s: number;
  path: number[];
}

/** How a part is searched; 'auto' (the rule) picks per part, the others are for tests. */
export type PassThroughStrategy = 'auto' | 'from-targets' | 'from-entries';

/** Every pass-through, per Mode-2 system in load order, each system's in the order the SPEC's search meets them. */
export function passThroughs(g: Graph, strategy: PassThroughStrategy = 'auto'): PassThrough[] {
  const n = g.ids.length;
  // Each edge's ends as integers (-1: not synchronous), read once: the searches below touch
  // edges many times, and the edge objects are scattered over the heap. The graph's own rows
  // (edge ranges, incoming slots) are read through its methods: small methods of one class
  // that the JIT inlines, measured as fast as reading its arrays (A/B of issue 11 item 4), so
  // no read-only view of the arrays is needed here.
  const from = new Int32Array(g.edgeCount), syncTo = new Int32Array(g.edgeCount);
  for (let k = 0; k < g.edgeCount; k++) {
    const e = g.edgeAt(k);
    from[k] = e.fromIndex;
    syncTo[k] = e.interaction === 'sync' ? e.toIndex : -1;
  }
  const live = gearboxesReachingMode1(g, from, syncTo);
  if (live === null) return [];
  const net: SyncNet = { g, n, from, syncTo, live };
  const entries = entryLists(net);
  if (entries.systems.length === 0) return [];
  const parts = weakParts(net, entries);
  const paths = new Array<number[][]>(n);
  const fromEntries = new Uint8Array(parts.count);
  for (let p = 0; p < parts.count; p++) {
    const fromTargets = parts.targets[p] * parts.gearboxInEdges[p];
    const fromLists = parts.lists[p] * parts.gearboxOutEdges[p];
    fromEntries[p] = strategy === 'from-entries' || (strategy === 'auto' && fromLists < fromTargets) ? 1 : 0;
  }
  searchFromEntries(net, entries, (s) => fromEntries[parts.of[s]] === 1, paths);
  searchFromTargets(net, (x) => parts.of[x] >= 0 && fromEntries[parts.of[x]] === 0, paths);
  const out: PassThrough[] = [];
  for (const s of entries.systems) for (const path of paths[s] ?? []) out.push({ s, path });
  return out;
}

/**
 * Gearbox systems from which a synchronous path through gearbox systems only reaches a
 * Mode-1 system (1 per system index), or null when there is none: one backward search from
 * the Mode-1 systems, linear in systems and edges. No other gearbox can be on a pass-through.
 */
function gearboxesReachingMode1(g: Graph, from: Int32Array, syncTo: Int32Array): Uint8Array | null {
  const n = g.ids.length;
  const live = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  const enterSources = (v: number): void => {
    tally('passthrough:visit');
    for (let j = g.inBegin(v), end = g.inEnd(v); j < end; j++) {
      tally('passthrough:visit');
      const e = g.inEdgeAt(j);
      const u = from[e];
      if (syncTo[e] >= 0 && g.mode[u] === GEARBOX && !live[u]) {
        live[u] = 1;
        queue[tail++] = u;
      }
    }
  };
  for (let v = 0; v < n; v++) if (g.mode[v] === MODE1) enterSources(v);
  for (let head = 0; head < tail; head++) enterSources(queue[head]);
  return tail === 0 ? null : live;
}

/**
 * Per Mode-2 system with a synchronous edge to a live gearbox: the gearboxes it enters, each
 * once, in the order of its first edge to it (the seeds of the SPEC's search), with that
 * edge; and a number per distinct list, so systems with the same list share one search.
 */
interface EntryLists {
  /** The Mode-2 systems with at least one entry, in load order. */
  systems: number[];
  /** Entries of system s: `node[start[s]] …` (gearbox) and `edge[start[s]] …` (its first edge), up to `end[s]`. */
  start: Int32Array;
  end: Int32Array;
  node: number[];
  edge: number[];
  /** Per system: the number of its entry list (equal lists, equal numbers), or -1. */
  list: Int32Array;
  lists: number;
}

function entryLists({ g, n, syncTo, live }: SyncNet): EntryLists {
  const start = new Int32Array(n), end = new Int32Array(n), list = new Int32Array(n).fill(-1);
  const node: number[] = [], edge: number[] = [], systems: number[] = [];
  const seen = new Int32Array(n); // seen[t] === s + 1: s already enters t
  const listOf = new Map<string, number>();
  for (let s = 0; s < n; s++) {
    if (g.mode[s] !== MODE2) continue;
    start[s] = node.length;
    for (let k = g.outBegin(s), last = g.outEnd(s); k < last; k++) {
      const to = syncTo[k];
      if (to < 0 || !live[to] || seen[to] === s + 1) continue;
      seen[to] = s + 1;
      node.push(to);
      edge.push(k);
    }
    end[s] = node.length;
    if (end[s] === start[s]) continue;
    systems.push(s);
    const key = node.slice(start[s], end[s]).join(',');
    let id = listOf.get(key);
    if (id === undefined) listOf.set(key, (id = listOf.size));
    list[s] = id;
  }
  return { systems, start, end, node, edge, list, lists: listOf.size };
}

/**
 * Weakly connected parts of the searched graph (live gearboxes, their synchronous edges to
 * live gearboxes and Mode-1 systems, the entries of Mode-2 systems), and per part the sizes
 * that price its two ways of searching.
 */
interface Parts {
  /** Part per system index, or -1 (not in the searched graph). */
  of: Int32Array;
  count: number;
  /** Per part: Mode-1 targets, distinct entry lists, and all edges into / out of its gearboxes. */
  targets: number[];
  lists: number[];
  gearboxInEdges: number[];
  gearboxOutEdges: number[];
}

function weakParts({ g, n, syncTo, live }: SyncNet, entries: EntryLists): Parts {
  const parent = new Int32Array(n).map((_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]];
    return v;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent[ra] = rb;
  };
  const inGraph = new Uint8Array(n);
  for (let u = 0; u < n; u++) {
    if (!live[u]) continue;
    inGraph[u] = 1;
    for (let k = g.outBegin(u), end = g.outEnd(u); k < end; k++) {
      const to = syncTo[k];
      if (to >= 0 && (live[to] || g.mode[to] === MODE1)) {
        inGraph[to] = 1;
        union(u, to);
      }
    }
  }
  for (const s of entries.systems) {
    inGraph[s] = 1;
    for (let j = entries.start[s]; j < entries.end[s]; j++) union(s, entries.node[j]);
  }
  const of = new Int32Array(n).fill(-1);
  const targets: number[] = [], lists: number[] = [], gearboxInEdges: number[] = [], gearboxOutEdges: number[] = [];
  const numberOf = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    if (!inGraph[v]) continue;
    const r = find(v);
    if (numberOf[r] < 0) {
      numberOf[r] = targets.length;
      targets.push(0);
      lists.push(0);
      gearboxInEdges.push(0);
      gearboxOutEdges.push(0);
    }
    const p = (of[v] = numberOf[r]);
    if (g.mode[v] === MODE1) targets[p]++;
    else if (live[v]) {
      gearboxInEdges[p] += g.inDegree(v);
      gearboxOutEdges[p] += g.outDegree(v);
    }
  }
  // Distinct entry lists per part (the systems of one list enter the same gearboxes, so one part).
  const counted = new Uint8Array(entries.lists);
  for (const s of entries.systems) {
    if (counted[entries.list[s]]) continue;
    counted[entries.list[s]] = 1;
    lists[of[s]]++;
  }
  return { of, count: targets.length, targets, lists, gearboxInEdges, gearboxOutEdges };
}

/**
 * The SPEC's forward search, once per distinct entry list among the Mode-2 systems `wanted`
 * accepts: seeded with the list's gearboxes in order, it meets the Mode-1 systems in the
 * order of their paths; the paths after the first edge are shared by the list's systems,
 * each of which puts its own first edge (to the seed the path starts from) in front.
 */
function searchFromEntries({ g, n, from, syncTo, live }: SyncNet, entries: EntryLists, wanted: (s: number) => boolean, paths: number[][][]): void {
  // Per-search marks without clearing: `reached[v] === mark` means "reached in this search".
  const reached = new Int32Array(n), reachedBy = new Int32Array(n), seedOf = new Int32Array(n);
  const found = new Int32Array(n), foundBy = new Int32Array(n);
  const queue = new Int32Array(n);
  /** Per list number: the Mode-1 systems in the order met, each as (seed position, edges after the first). */
  const done: { seed: number; tail: number[] }[][] = [];
  let mark = 0;
  for (const s of entries.systems) {
    if (!wanted(s)) continue;
    const id = entries.list[s];
    let results = done[id];
    if (results === undefined) {
      results = done[id] = [];
      mark++;
      let tail = 0;
      for (let j = entries.start[s]; j < entries.end[s]; j++) {
        const v = entries.node[j];
        reached[v] = mark;
        reachedBy[v] = -1;
        seedOf[v] = j - entries.start[s];
        queue[tail++] = v;
      }
      const order: number[] = [];
      for (let head = 0; head < tail; head++) {
        const v = queue[head];
        tally('passthrough:visit');
        for (let k = g.outBegin(v), end = g.outEnd(v); k < end; k++) {
          tally('passthrough:visit');
          const to = syncTo[k];
          if (to < 0) continue;
          const m = g.mode[to];
          if (m === MODE1) {
            if (found[to] !== mark) {
              found[to] = mark;
              foundBy[to] = k;
              order.push(to);
            }
          } else if (m === GEARBOX && live[to] && reached[to] !== mark) {
            reached[to] = mark;
            reachedBy[to] = k;
            queue[tail++] = to;
          }
        }
      }
      for (const x of order) {
        const tailEdges = [foundBy[x]];
        let cur = from[foundBy[x]];
        for (; reachedBy[cur] >= 0; cur = from[reachedBy[cur]]) tailEdges.push(reachedBy[cur]);
        tally('passthrough:path', tailEdges.length);
        results.push({ seed: seedOf[cur], tail: tailEdges.reverse() });
      }
    }
    if (results.length === 0) continue;
    const own = (paths[s] = [] as number[][]);
    for (const r of results) {
      tally('passthrough:path', r.tail.length + 1);
      own.push([entries.edge[entries.start[s] + r.seed]].concat(r.tail));
    }
  }
}

/**
 * One backward search per Mode-1 target X that `wanted` accepts, over the gearboxes that reach
 * X synchronously: each gets its distance to X and its first edge to a node one step closer
 * (`next`, the greedy step of the smallest path); each Mode-2 system entering them keeps its
 * first edge of the smallest (distance, edge). The paths of a system are then put in the order
 * its own forward search would have met them: by length, then edge by edge.
 */
function searchFromTargets({ g, n, from, syncTo }: SyncNet, wanted: (x: number) => boolean, paths: number[][][]): void {
  const stamp = new Int32Array(n), dist = new Int32Array(n), next = new Int32Array(n);
  const queue = new Int32Array(n);
  const hit: number[] = [];
  const touched: number[] = [];
  let mark = 0;
  for (let x = 0; x < n; x++) {
    if (g.mode[x] !== MODE1 || !wanted(x)) continue;
    mark++;
    hit.length = 0;
    stamp[x] = mark;
    dist[x] = 0;
    queue[0] = x;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const w = queue[head];
      const d = dist[w] + 1;
      tally('passthrough:visit');
      for (let j = g.inBegin(w), end = g.inEnd(w); j < end; j++) {
        tally('passthrough:visit');
        const k = g.inEdgeAt(j);
        const u = from[k];
        const m = g.mode[u];
        // Into X itself only from gearboxes: a direct Mode-2 → Mode-1 edge is no pass-through.
        if (syncTo[k] < 0 || !(m === GEARBOX || (m === MODE2 && w !== x))) continue;
        if (stamp[u] !== mark) {
          stamp[u] = mark;
          dist[u] = d;
          next[u] = k;
          if (m === GEARBOX) queue[tail++] = u;
          else hit.push(u);
        } else if (dist[u] === d && k < next[u]) {
          // The edges into w come in edge order, but u's edges into other nodes at the same
          // distance were seen from those nodes: keep u's first one.
          next[u] = k;
        }
      }
    }
    for (const s of hit) {
      const path = new Array<number>(dist[s]);
      for (let v = s, i = 0; v !== x; v = syncTo[next[v]]) path[i++] = next[v];
      tally('passthrough:path', path.length);
      if (paths[s] === undefined) {
        paths[s] = [];
        touched.push(s);
      }
      paths[s].push(path);
    }
  }
  for (const s of touched) if (paths[s].length > 1) paths[s].sort(byLengthThenEdges);
}

/** The order a breadth-first search with ordered adjacency meets paths in. */
function byLengthThenEdges(a: number[], b: number[]): number {
  if (a.length !== b.length) return a.length - b.length;
  let i = 0;
  while (i < a.length - 1 && a[i] === b[i]) i++;
  tally('passthrough:path', i + 1);
  return a[i] - b[i];
}
