/**
 * Tracks for the runs of one channel (routing.ts): runs whose extents overlap (or come closer
 * than SEPARATION) never share a track. Two ways, the better one kept:
 *
 * - interval colouring: runs in order of their start, each on the lowest track free there;
 *   as few tracks as possible (as many as runs overlap at one point), so they stay far apart;
 * - ordered, as ELK's orthogonal router orders its segments: for each pair of overlapping
 *   runs, the side-by-side order with fewer crossings of their turns (a run's horizontal
 *   pieces, which cross every run they pass on their way to the side they turn to), cycles
 *   broken, tracks by longest path. Crossing-free orders can need many more tracks (a
 *   staircase of runs needs one each), so it is kept only while its tracks stay at least
 *   MIN_SPACING apart in the channel as it is, or are at most MAX_GROWTH times the
 *   colouring's (routing.ts widens the channel for them); and only up to ORDERED_MAX runs
 *   (its pairs are quadratic in a crowded channel). Only the ordered tracks keep the ports
 *   of two facing boxes at one height off one line (routing.ts spreads facing sides' ports as one first,
 *   so that happens only where a side holds too many ports to keep them apart).
 */

export interface Run {
  lo: number;
  hi: number;
  track: number;
  /** Where its horizontal pieces leave a vertical run, toward the left (-1) or the right (1). */
  turns?: { at: number; dir: -1 | 1 }[];
}

/** Runs closer than this (px) along one channel get separate tracks. */
const SEPARATION = 4;
/** Tracks closer than this (px) are hard to follow: the ordered tracks must keep it. */
const MIN_SPACING = 4;
const ORDERED_MAX = 150;
/** The ordered tracks are kept up to this many times the colouring's (the channel is widened for them). */
const MAX_GROWTH = 2;

/** Sets each run's track; returns how many tracks there are. `width` is the room the tracks spread over. */
export function assignTracks(runs: Run[], width: number): number {
  const colours = colouring(runs);
  if (runs.length > ORDERED_MAX || runs.some((r) => !r.turns)) return apply(runs, colours);
  const ordered = orderedTracks(runs);
  if (count(ordered) > Math.max(MAX_GROWTH * count(colours), Math.floor(width / MIN_SPACING))) return apply(runs, colours);
  // Fewer pieces on one line first (the colouring knows nothing of them), then fewer crossings.
  const clash = facingTurns(runs);
  return apply(runs, onOneLine(clash, colours) < onOneLine(clash, ordered) ? colours : ordered);
}

/**
 * Pairs [r, l] of runs where r turns right and l turns left at about one height: r must run
 * right of l, or their turns overlap between them.
 */
function facingTurns(runs: Run[]): [number, number][] {
  const turns = runs.flatMap((r, i) => r.turns!.map((t) => ({ ...t, i }))).sort((p, q) => p.at - q.at || p.i - q.i);
  const pairs: [number, number][] = [];
  for (let k = 0; k < turns.length; k++) {
    for (let m = k + 1; m < turns.length && turns[m].at - turns[k].at < 1; m++) {
      const [p, q] = [turns[k], turns[m]];
      if (p.i !== q.i && p.dir !== q.dir) pairs.push(p.dir > 0 ? [p.i, q.i] : [q.i, p.i]);
    }
  }
  return pairs;
}

/** How many of those pairs an assignment puts on one line (the right-turner on a track left of the left-turner). */
function onOneLine(pairs: [number, number][], tracks: number[]): number {
  return pairs.filter(([r, l]) => tracks[r] < tracks[l]).length;
}

/** How many tracks an assignment uses. */
function count(tracks: number[]): number {
  let max = -1;
  for (const t of tracks) max = Math.max(max, t);
  return max + 1;
}

function apply(runs: Run[], tracks: number[]): number {
  runs.forEach((r, i) => (r.track = tracks[i]));
  return count(tracks);
}

const byStart = (runs: Run[]): number[] => runs.map((_, i) => i).sort((p, q) => runs[p].lo - runs[q].lo || p - q);

function colouring(runs: Run[]): number[] {
  const tracks: number[] = new Array<number>(runs.length).fill(0);
  const busy = new Heap<[number, number]>((p, q) => p[0] - q[0] || p[1] - q[1]);
  const free = new Heap<number>((p, q) => p - q);
  let count = 0;
  for (const i of byStart(runs)) {
    while (busy.size && busy.peek()[0] + SEPARATION <= runs[i].lo) free.push(busy.pop()[1]);
    tracks[i] = free.size ? free.pop() : count++;
    busy.push([runs[i].hi, tracks[i]]);
  }
  return tracks;
}

/** What running on one line costs, against a crossing: never worth it. */
const SHARED = 1000;

/**
 * How many turns cross if `s` runs left of `t`: t's turns to the left across s, s's turns to
 * the right across t. A turn of s to the right and one of t to the left at about one height
 * would run on one line between them (the ports of two facing boxes can meet at one height).
 */
function crossingsIfLeft(s: Run, t: Run): number {
  let c = 0;
  for (const turn of t.turns!) if (turn.dir < 0 && inside(turn.at, s)) c++;
  for (const turn of s.turns!) {
    if (turn.dir < 0) continue;
    if (inside(turn.at, t)) c++;
    for (const u of t.turns!) if (u.dir < 0 && Math.abs(u.at - turn.at) < 1) c += SHARED;
  }
  return c;
}

const inside = (at: number, r: Run): boolean => at > r.lo + 0.01 && at < r.hi - 0.01;

function orderedTracks(runs: Run[]): number[] {
  const n = runs.length;
  // right[u]: the runs to the right of u (an edge of the order), for every overlapping pair.
  const right: number[][] = runs.map(() => []);
  let active: number[] = [];
  const order = byStart(runs);
  for (const i of order) {
    active = active.filter((j) => runs[j].hi + SEPARATION > runs[i].lo);
    // j starts first: on the left unless that crosses more.
    for (const j of active) {
      if (crossingsIfLeft(runs[i], runs[j]) < crossingsIfLeft(runs[j], runs[i])) right[i].push(j);
      else right[j].push(i);
    }
    active.push(i);
  }
  // Depth-first, turning back edges around: what is left is acyclic, in reverse post-order.
  const state = new Uint8Array(n);
  const dag: number[][] = runs.map(() => []);
  const post: number[] = [];
  for (const start of order) {
    if (state[start]) continue;
    state[start] = 1;
    const stack: [number, number][] = [[start, 0]];
    while (stack.length) {
      const top = stack[stack.length - 1];
      const u = top[0];
      if (top[1] < right[u].length) {
        const v = right[u][top[1]++];
        if (state[v] === 1) dag[v].push(u);
        else {
          dag[u].push(v);
          if (state[v] === 0) {
            state[v] = 1;
            stack.push([v, 0]);
          }
        }
      } else {
        state[u] = 2;
        post.push(u);
        stack.pop();
      }
    }
  }
  const tracks: number[] = new Array<number>(n).fill(0);
  for (let k = post.length - 1; k >= 0; k--) {
    const u = post[k];
    for (const v of dag[u]) tracks[v] = Math.max(tracks[v], tracks[u] + 1);
  }
  return tracks;
}

/** A binary min-heap. */
class Heap<T> {
  private items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => number) {}
  get size(): number {
    return this.items.length;
  }
  peek(): T {
    return this.items[0];
  }
  push(item: T): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (this.less(a[i], a[parent]) >= 0) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }
  pop(): T {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m]) < 0) m = l;
        if (r < a.length && this.less(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}
