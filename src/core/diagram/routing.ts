/**
 * Orthogonal edge routes through the free space of the lane layout, each on its own track.
 *
 * The lane layout puts boxes in columns (each lane's sub-columns) and rows that line up across
 * lanes, so the free space is a grid of channels: vertical ones between columns (the 24 px
 * between a lane's sub-columns, the 80 px between two lanes, a lane's outer margin) and
 * horizontal ones, the gaps between rows. An edge leaves its source's side facing the target
 * at a port, runs along a vertical channel beside its source, along a row gap if columns
 * stand in between, along a vertical channel beside its target, and enters the target's side.
 * Both ends in one column: out of the right side and back in, inside the channel to the right.
 * So a route never crosses a box and never leaves the channels between its ends' columns.
 *
 * No two routes share a track. Ports are spread along a box's side, ordered by where their
 * edge heads (fewer crossings at the box); opposite edges between two boxes get different
 * ports on both ends, so they are two lines. In every channel and row gap, each run gets a
 * track of its own where its extent overlaps another run (interval colouring: as many tracks
 * as runs overlap at one point, or ordered so their turns cross less: tracks.ts), spread
 * evenly across the channel's width; a channel too narrow for its tracks is widened, as ELK
 * widens the space between its layers for theirs.
 *
 * Why not ELK's router: ELK's layered algorithm routes edges for positions it computes
 * itself (elkjs has no router for given positions), and our positions are fixed: lanes are
 * columns and a system keeps its slot across edits (layout.ts). This is the channel routing
 * ELK's orthogonal router does between its layers, applied to our columns and rows.
 *
 * Deterministic (edges in diagram order, ties broken by that order) and near-linear: sorting
 * plus a heap per channel, O(E log E), and the ordering of tracks.ts only in channels of at
 * most its ORDERED_MAX runs.
 */
import { bundleParallel } from './bundles';
import { pathOf, type Point } from './geometry';
import type { Box, DiagramEdge } from './model';
import { growRowGaps, type Heightening } from './row-gaps';
import { assignTracks, type Run } from './tracks';

export interface RouteGrid {
  /** The first row's top, and the distance from a row's top to the next one's: rows line up across lanes. */
  top: number;
  pitch: number;
  /** Free space left of the first column and right of the last (a lane's margin). */
  pad: number;
  /** Where lanes meet (x): an edge between two systems of one lane keeps to its own lane's side. */
  borders: readonly number[];
}

/** Space kept free at a channel's sides (px, at most a quarter of its width): arrowheads and group frames. */
const CHANNEL_MARGIN = 12;
const GAP_MARGIN = 3;
/** The least distance between two tracks of a channel: a channel is widened to keep it. */
const TRACK_SPACING = 5;
const WIDEN_STEP = 20;
/**
 * The most a channel grows: wider, an overview of collapsed groups (hundreds of edges between
 * three lanes) would be mostly channel, fitted small; past it, tracks come closer than TRACK_SPACING.
 */
const WIDEN_MAX = 200;
type Side = 'L' | 'R';

interface End {
  box: Box;
  side: Side;
  /** The y the edge heads to from this end (the other end, or its row-gap run): ports are ordered by it. */
  toward: number;
  order: number;
  y: number;
}

interface Route {
  edge: DiagramEdge;
  out: End;
  in: End;
  /** The channels of the first and the last vertical run (the same for one run), and the lanes of tracks the runs are in. */
  ch1: number;
  ch2: number;
  lane1?: Lane;
  lane2?: Lane;
  /** The row gap of the horizontal run (when ch1 ≠ ch2), its run and the vertical runs. */
  gap: number;
  gapRun?: Run;
  run1?: Run;
  run2?: Run;
}

/** A vertical channel's or a row gap's room for tracks: its bounds across, and its runs. */
interface Lane {
  lo: number;
  hi: number;
  margin: number;
  runs: Run[];
  tracks: number;
}

/**
 * The free space between two columns. One across a lane border keeps the loops of a lane's
 * own edges (both ends in the column to its left) on that lane's side: `loops`, left of the
 * border; the others then take the right side.
 */
interface Channel {
  lo: number;
  hi: number;
  border?: number;
  main: Lane;
  loops?: Lane;
}

/**
 * Sets the path of every edge whose ends are both drawn (`boxes` by id; the others get no
 * path), bundling parallel edges (bundles.ts): a bundle's members get its route; the drawn
 * edge with a count gets `countAt`, a free point on its route for the count. Channels too
 * narrow for their tracks are widened: the boxes move right (`widen`); the returned function
 * says how far any other x moves (the caller's lanes and frames); `kept` keeps a previous
 * layout's widths (`widen`).
 */
export function routeEdges(edges: DiagramEdge[], boxes: ReadonlyMap<string, Box>, grid: RouteGrid, kept?: ReadonlyMap<string, number>, keptHeights?: ReadonlyMap<number, number>): Widening & Heightening {
  const drawn = bundleParallel(edges);
  const columns = columnsOf(boxes.values());
  const channels: Channel[] = [];
  for (let k = 0; k <= columns.length; k++) {
    const lo = k === 0 ? (columns[0]?.x ?? 0) - grid.pad : columns[k - 1].right;
    const hi = k === columns.length ? (columns[k - 1]?.right ?? 0) + grid.pad : columns[k].x;
    const border = grid.borders.find((b) => b > lo + 0.01 && b < hi - 0.01);
    channels.push({ lo, hi, border, main: freeLane(lo, hi, CHANNEL_MARGIN), loops: border === undefined ? undefined : freeLane(lo, border, CHANNEL_MARGIN) });
  }
  const colOf = new Map(columns.map((c, k) => [c.x, k]));
  let boxH = 0;
  for (const b of boxes.values()) boxH = Math.max(boxH, b.h);
  const rowOf = (b: Box): number => Math.round((b.y - grid.top) / grid.pitch);
  const gaps: Lane[] = [];
  const gapAt = (g: number): Lane => (gaps[g] ??= freeLane(grid.top + g * grid.pitch - (grid.pitch - boxH), grid.top + g * grid.pitch, GAP_MARGIN));
  const gapLoad: number[] = [];
  const routes: Route[] = [];
  const ends = new Map<Box, { L: End[]; R: End[] }>();
  let order = 0;
  const end = (box: Box, side: Side, toward: number): End => {
    const e: End = { box, side, toward, order: order++, y: 0 };
    let sides = ends.get(box);
    if (!sides) ends.set(box, (sides = { L: [], R: [] }));
    sides[side].push(e);
    return e;
  };
  for (const edge of drawn) {
    const a = boxes.get(edge.from);
    const b = boxes.get(edge.to);
    if (!a || !b) {
      edge.path = '';
      continue;
    }
    const ca = colOf.get(a.x) ?? 0;
    const cb = colOf.get(b.x) ?? 0;
    // The channel beside each end, on the side facing the other end (the right one when they share a column).
    const ch1 = cb < ca ? ca : ca + 1;
    const ch2 = cb > ca ? cb : cb + 1;
    const route: Route = { edge, out: undefined!, in: undefined!, ch1, ch2, gap: -1 };
    let towardA = b.y + b.h / 2;
    let towardB = a.y + a.h / 2;
    if (ch1 !== ch2) {
      route.gap = rowGapFor(rowOf(a), rowOf(b), gapLoad);
      gapLoad[route.gap] = (gapLoad[route.gap] ?? 0) + 1;
      const gap = gapAt(route.gap);
      route.gapRun = { lo: channels[Math.min(ch1, ch2)].lo, hi: channels[Math.max(ch1, ch2)].hi, track: 0 };
      gap.runs.push(route.gapRun);
      towardA = towardB = (gap.lo + gap.hi) / 2;
    }
    route.out = end(a, cb < ca ? 'L' : 'R', towardA);
    route.in = end(b, cb > ca ? 'L' : 'R', towardB);
    routes.push(route);
  }
  for (const gap of gaps) if (gap) fillTracks(gap);
  // Row gaps too low for their tracks grow, and the boxes below move down (row-gaps.ts); the
  // ports are spread per column and row as laid out.
  const rows = new Map<Box, number>();
  for (const b of boxes.values()) rows.set(b, rowOf(b));
  const gapHeight = grid.pitch - boxH;
  const heightening = growRowGaps(gaps, gapHeight, (g) => grid.top + g * grid.pitch - gapHeight, keptHeights);
  for (const b of boxes.values()) b.y += heightening.shiftY(b.y);
  placePorts(ends, (b) => `${colOf.get(b.x) ?? 0},${rows.get(b)}`);
  for (const r of routes) {
    const gy = r.gapRun ? trackAt(gaps[r.gap], r.gapRun.track) : r.in.y;
    // Where each vertical run turns: to its box (on the side the box is), or along the row gap toward the other channel.
    const toBox = (end: End): -1 | 1 => (end.side === 'R' ? -1 : 1);
    const along: -1 | 1 = r.ch2 > r.ch1 ? 1 : -1;
    r.run1 = { lo: Math.min(r.out.y, gy), hi: Math.max(r.out.y, gy), track: 0, turns: [{ at: r.out.y, dir: toBox(r.out) }, { at: gy, dir: r.gapRun ? along : toBox(r.in) }] };
    // Both ends in one column: a loop, on its lane's side of a lane border.
    const loop = r.out.side === 'R' && r.in.side === 'R';
    r.lane1 = (loop ? channels[r.ch1].loops : undefined) ?? channels[r.ch1].main;
    r.lane1.runs.push(r.run1);
    if (r.gapRun) {
      r.run2 = { lo: Math.min(gy, r.in.y), hi: Math.max(gy, r.in.y), track: 0, turns: [{ at: gy, dir: along === 1 ? -1 : 1 }, { at: r.in.y, dir: toBox(r.in) }] };
      r.lane2 = channels[r.ch2].main;
      r.lane2.runs.push(r.run2);
    }
  }
  for (const ch of channels) {
    if (ch.loops?.runs.length) Object.assign(ch.main, { lo: ch.border!, margin: Math.min(CHANNEL_MARGIN, (ch.hi - ch.border!) / 4) });
    else ch.loops = undefined;
    fillTracks(ch.main);
    if (ch.loops) fillTracks(ch.loops);
  }
  // A channel is known by the lane its right bound is in and that bound's distance from the lane's start, which a wider lane before it does not change.
  const key = (ch: Channel): string => {
    const lane = grid.borders.filter((b) => b <= ch.hi - 0.01).length - 1;
    return `${lane}:${ch.hi - (grid.borders[lane] ?? 0)}`;
  };
  const widening = widen(channels, boxes.values(), kept, key);
  const counts = new CountPlaces(boxes.values());
  const paths = new Map<string, string>();
  for (const r of routes) {
    const x1 = trackAt(r.lane1!, r.run1!.track);
    const sx = r.out.side === 'R' ? r.out.box.x + r.out.box.w : r.out.box.x;
    const tx = r.in.side === 'R' ? r.in.box.x + r.in.box.w : r.in.box.x;
    const points: Point[] = [{ x: sx, y: r.out.y }, { x: x1, y: r.out.y }];
    if (r.gapRun) {
      const gy = trackAt(gaps[r.gap], r.gapRun.track);
      const x2 = trackAt(r.lane2!, r.run2!.track);
      points.push({ x: x1, y: gy }, { x: x2, y: gy }, { x: x2, y: r.in.y });
    } else points.push({ x: x1, y: r.in.y });
    points.push({ x: tx, y: r.in.y });
    r.edge.path = pathOf(points);
    paths.set(r.edge.id, r.edge.path);
    if ((r.edge.bundle?.length ?? r.edge.count ?? 1) > 1) r.edge.countAt = counts.place(points);
  }
  for (const e of edges) if (e.bundledInto !== undefined) e.path = paths.get(e.bundledInto) ?? '';
  return { ...widening, ...heightening };
}

export interface Widening {
  /** How far an x of the layout before widening moves. */
  shift: (x: number) => number;
  /** The channels widened: each one's key (`channelKey`), and by how much. */
  widened: [string, number][];
}

/**
 * Room for the tracks: a channel whose tracks would come closer than TRACK_SPACING is widened
 * (in steps of WIDEN_STEP, by WIDEN_MAX at most), moving the boxes right of it. What lies right of a widened
 * channel's middle moves by its extra width, what lies on the middle (the border of two lanes)
 * by half, so each lane keeps half of the channel between them.
 *
 * `kept`: the widths of a previous layout (its `widened`), used instead of new ones, so an
 * edit, an expand or a collapse never moves a lane sideways; the channels then hold what
 * they must at closer spacing, until the diagram is laid out afresh.
 */
function widen(channels: Channel[], boxes: Iterable<Box>, kept: ReadonlyMap<string, number> | undefined, key: (ch: Channel) => string): Widening {
  const need = (l: Lane): number => l.tracks * TRACK_SPACING + 2 * CHANNEL_MARGIN;
  const extra = channels.map((ch) => {
    const want = ch.loops ? 2 * Math.max(need(ch.main), need(ch.loops)) : need(ch.main);
    const have = ch.hi - ch.lo;
    const fresh = want > have ? Math.min(WIDEN_MAX, Math.ceil((want - have) / WIDEN_STEP) * WIDEN_STEP) : 0;
    if (kept) return Math.max(kept.get(key(ch)) ?? 0, fresh);
    return fresh;
  });
  const widened = channels.flatMap((ch, k): [string, number][] => (extra[k] ? [[key(ch), extra[k]]] : []));
  if (!widened.length) return { shift: () => 0, widened };
  const mids = channels.map((ch) => ch.border ?? (ch.lo + ch.hi) / 2);
  const shift = (x: number): number => {
    let by = 0;
    extra.forEach((e, k) => {
      if (e && mids[k] < x - 0.01) by += e;
      else if (e && Math.abs(mids[k] - x) <= 0.01) by += e / 2;
    });
    return by;
  };
  for (const b of boxes) b.x += shift(b.x);
  const room = (l: Lane, lo: number, hi: number): void => void Object.assign(l, { lo, hi, margin: Math.min(CHANNEL_MARGIN, (hi - lo) / 4) });
  for (const ch of channels) {
    const [lo, hi] = [ch.lo + shift(ch.lo), ch.hi + shift(ch.hi)];
    const border = ch.border === undefined ? undefined : ch.border + shift(ch.border);
    room(ch.main, ch.loops ? border! : lo, hi);
    if (ch.loops) room(ch.loops, lo, border!);
    Object.assign(ch, { lo, hi, border });
  }
  return { shift, widened };
}

/** The columns of boxes, left to right: each one's left x and the right edge of its widest box. */
function columnsOf(boxes: Iterable<Box>): { x: number; right: number }[] {
  const right = new Map<number, number>();
  for (const b of boxes) right.set(b.x, Math.max(right.get(b.x) ?? -Infinity, b.x + b.w));
  return [...right].sort((p, q) => p[0] - q[0]).map(([x, r]) => ({ x, right: r }));
}

function freeLane(lo: number, hi: number, margin: number): Lane {
  return { lo, hi, margin: Math.min(margin, (hi - lo) / 4), runs: [], tracks: 0 };
}

/**
 * The row gap a route runs along between its ends' rows (gap g is above row g): of the gaps
 * between them (the two beside the row when both are in one), the least used so far, the
 * one nearest the source on a tie; spreading runs keeps each gap's tracks apart.
 */
function rowGapFor(ra: number, rb: number, load: readonly number[]): number {
  const candidates: number[] = [];
  if (ra === rb) candidates.push(ra + 1, ra);
  else if (rb > ra) for (let g = ra + 1; g <= rb; g++) candidates.push(g);
  else for (let g = ra; g > rb; g--) candidates.push(g);
  let best = candidates[0];
  for (const g of candidates) if ((load[g] ?? 0) < (load[best] ?? 0)) best = g;
  return best;
}

/**
 * Ports spread evenly along each side of a box, in the order of where their edges head (fewer
 * crossings at the box). A box's right side and the left side of the box facing it across the
 * next channel, in the same row, are spread as one: their stubs both run in that channel at
 * their ports' heights, and two at one height would run on one line where they pass. So their
 * ports interleave, each side's in its own order, all at different heights; a collapsed group
 * with dozens of edges facing another has them about a pixel apart, never on one line.
 * (Boxes in different rows, or in one column, never share a height.)
 */
function placePorts(ends: ReadonlyMap<Box, { L: End[]; R: End[] }>, cell: (b: Box) => string): void {
  const leftSides = new Map<string, { box: Box; ports: End[] }>();
  for (const [box, sides] of ends) if (sides.L.length) leftSides.set(cell(box), { box, ports: sides.L });
  const spreadWithFacing = new Set<End[]>();
  for (const [box, sides] of ends) {
    if (!sides.R.length) continue;
    const [col, row] = cell(box).split(',').map(Number);
    const facing = leftSides.get(`${col + 1},${row}`);
    if (!facing) {
      spread(box.y, box.y + box.h, sides.R);
      continue;
    }
    spreadWithFacing.add(facing.ports);
    spread(Math.max(box.y, facing.box.y), Math.min(box.y + box.h, facing.box.y + facing.box.h), [...sides.R, ...facing.ports]);
  }
  for (const [box, sides] of ends) if (sides.L.length && !spreadWithFacing.has(sides.L)) spread(box.y, box.y + box.h, sides.L);
}

/** Ports spread evenly between two heights, in the order of where their edges head. */
function spread(top: number, bottom: number, ports: End[]): void {
  ports.sort((p, q) => p.toward - q.toward || p.order - q.order);
  ports.forEach((p, i) => (p.y = top + ((bottom - top) * (i + 1)) / (ports.length + 1)));
}

function fillTracks(lane: Lane): void {
  lane.tracks = assignTracks(lane.runs, lane.hi - lane.lo - 2 * lane.margin);
}

/** The position of track t of a channel or row gap: tracks spread evenly inside its margins. */
function trackAt(lane: Lane, t: number): number {
  const usable = lane.hi - lane.lo - 2 * lane.margin;
  return lane.lo + lane.margin + (usable * (t + 0.5)) / Math.max(1, lane.tracks);
}

/** A count's badge (drawing.ts: 14 px high, about as wide for two digits), with a little air. */
const BADGE = { w: 22, h: 16 };
const CELL = 64;

/** The most places tried for one count: each is a few cell lookups, so placing counts stays linear in the edges. */
const COUNT_TRIES = 64;

/**
 * Where the counts go: on its route, clear of boxes and of the counts placed before. The
 * candidates are the middles of its segments, longest first, then their quarters, then
 * points a badge apart along each segment (a crowded channel of the 400-system overview had
 * no clear middle or quarter for nine counts, which were drawn over others); the first clear
 * one, else the one that covers the least of the others.
 */
class CountPlaces {
  private readonly cells = new Map<string, Box[]>();
  constructor(boxes: Iterable<Box>) {
    for (const b of boxes) this.add(b);
  }
  place(points: readonly Point[]): Point {
    const segments: [Point, Point][] = [];
    for (let i = 1; i < points.length; i++) segments.push([points[i - 1], points[i]]);
    const length = ([p, q]: [Point, Point]): number => Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
    segments.sort((p, q) => length(q) - length(p));
    const at = ([p, q]: [Point, Point], t: number): Point => ({ x: Math.round((p.x + (q.x - p.x) * t) * 10) / 10, y: Math.round((p.y + (q.y - p.y) * t) * 10) / 10 });
    const candidates = [...segments.map((s) => at(s, 0.5)), ...segments.flatMap((s) => [at(s, 0.25), at(s, 0.75)])];
    for (const s of segments) {
      const steps = Math.floor(length(s) / BADGE.w);
      for (let k = 1; k < steps && candidates.length < COUNT_TRIES; k++) candidates.push(at(s, k / steps));
    }
    // The first clear place; where none is (a loop in a crowded channel), the one that covers the least of others.
    let chosen = candidates[0];
    let least = Infinity;
    for (const c of candidates.slice(0, COUNT_TRIES)) {
      const covered = this.covered(this.badge(c));
      if (covered < least) [chosen, least] = [c, covered];
      if (covered === 0) break;
    }
    this.add(this.badge(chosen));
    return chosen;
  }
  private badge(c: Point): Box {
    return { x: c.x - BADGE.w / 2, y: c.y - BADGE.h / 2, w: BADGE.w, h: BADGE.h };
  }
  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.w) / CELL); cx++) for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.h) / CELL); cy++) keys.push(`${cx},${cy}`);
    return keys;
  }
  private add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
  /** How much of the boxes and counts placed before `b` covers (a box in two cells is counted twice: only 0 matters exactly). */
  private covered(b: Box): number {
    let area = 0;
    for (const k of this.keys(b)) {
      for (const o of this.cells.get(k) ?? []) area += Math.max(0, Math.min(b.x + b.w, o.x + o.w) - Math.max(b.x, o.x)) * Math.max(0, Math.min(b.y + b.h, o.y + o.h) - Math.max(b.y, o.y));
    }
    return area;
  }
}
