/**
 * How readable a laid-out diagram is, counted on what is drawn (drawing.ts), so that any
 * layout can be judged and compared (`landscape render --measures`, bench/layout-measures.ts):
 *
 * - crossings: points where two drawn edges cross (their ends excluded);
 * - shared tracks: pairs of drawn edges that run on one track for more than a pixel
 *   (collinear segments overlapping): there the two cannot be told apart;
 * - label overlaps: pairs of a text and another text, or a text and a box, that overlap and
 *   belong to different things (a system's name on its own box is no overlap);
 * - edges outside their gap: drawn edges that pass through a box other than their ends, or
 *   leave the lanes between their ends' lanes (a same-lane edge bulging into the next lane).
 *
 * Paths are read back as polylines (geometry.ts: curves flattened), texts measured with the
 * renderer's width estimate (wrap.ts). Spatial hashing keeps it near-linear on large pictures.
 */
import { drawDiagram, type Shape } from './drawing';
import { polylinesOf, type Point } from './geometry';
import type { Box, Diagram } from './model';
import { estimateTextWidth } from './wrap';

export interface LayoutMeasures {
  crossings: number;
  sharedTracks: number;
  labelOverlaps: number;
  edgesOutsideGap: number;
}

/** Within this (px) two points are one, two parallel segments are on one line. */
const EPS = 0.5;
/** Collinear segments overlapping by more than this (px) share a track. */
const MIN_SHARED = 1;
const CELL = 64;

export function measureLayout(d: Diagram): LayoutMeasures {
  const drawn = d.edges.filter((e) => e.path && e.bundledInto === undefined);
  const lines = drawn.map((e) => polylinesOf(e.path));
  const { crossings, sharedTracks } = edgeMeasures(lines);
  return { crossings, sharedTracks, labelOverlaps: labelOverlaps(d), edgesOutsideGap: outsideGap(d, drawn, lines) };
}

interface Segment {
  edge: number;
  a: Point;
  b: Point;
  /** The edge's points before a and after b, where it goes on (undefined at its ends). */
  prev?: Point;
  next?: Point;
}

function segmentsOf(lines: Point[][][]): Segment[] {
  const out: Segment[] = [];
  lines.forEach((polylines, edge) => {
    for (const raw of polylines) {
      const line = raw.filter((p, i) => i === 0 || Math.abs(p.x - raw[i - 1].x) > 1e-9 || Math.abs(p.y - raw[i - 1].y) > 1e-9);
      for (let i = 1; i < line.length; i++) out.push({ edge, a: line[i - 1], b: line[i], prev: line[i - 2], next: line[i + 1] });
    }
  });
  return out;
}

/** Items by the grid cells their bounding box covers. */
class CellIndex<T> {
  readonly cells = new Map<string, T[]>();
  add(item: T, x1: number, y1: number, x2: number, y2: number): void {
    for (let cx = Math.floor(Math.min(x1, x2) / CELL); cx <= Math.floor(Math.max(x1, x2) / CELL); cx++) {
      for (let cy = Math.floor(Math.min(y1, y2) / CELL); cy <= Math.floor(Math.max(y1, y2) / CELL); cy++) {
        const key = `${cx},${cy}`;
        const list = this.cells.get(key);
        if (list) list.push(item);
        else this.cells.set(key, [item]);
      }
    }
  }
  near(x1: number, y1: number, x2: number, y2: number, visit: (item: T) => void): void {
    const seen = new Set<T>();
    for (let cx = Math.floor(Math.min(x1, x2) / CELL); cx <= Math.floor(Math.max(x1, x2) / CELL); cx++) {
      for (let cy = Math.floor(Math.min(y1, y2) / CELL); cy <= Math.floor(Math.max(y1, y2) / CELL); cy++) {
        for (const item of this.cells.get(`${cx},${cy}`) ?? []) {
          if (seen.has(item)) continue;
          seen.add(item);
          visit(item);
        }
      }
    }
  }
}

const cross = (ax: number, ay: number, bx: number, by: number): number => ax * by - ay * bx;

function edgeMeasures(lines: Point[][][]): { crossings: number; sharedTracks: number } {
  const segs = segmentsOf(lines);
  const index = new CellIndex<number>();
  segs.forEach((s, i) => index.add(i, s.a.x, s.a.y, s.b.x, s.b.y));
  const points = new Set<string>();
  const shared = new Set<string>();
  segs.forEach((s, i) => {
    index.near(s.a.x, s.a.y, s.b.x, s.b.y, (j) => {
      const t = segs[j];
      if (j <= i || t.edge === s.edge) return;
      const pair = s.edge < t.edge ? `${s.edge},${t.edge}` : `${t.edge},${s.edge}`;
      const hit = intersect(s, t);
      if (hit === 'collinear') shared.add(pair);
      // One crossing of two edges, however their polylines are cut up: by the point, rounded.
      else if (hit) points.add(`${pair}@${Math.round(hit.x)},${Math.round(hit.y)}`);
    });
  });
  return { crossings: points.size, sharedTracks: shared.size };
}

/**
 * Where two segments of different edges cross, 'collinear' when they run together for more
 * than MIN_SHARED, else undefined. At a corner of one edge lying on the other, the edge crosses
 * only if it comes from one side and goes on to the other (a corner on a shared stretch, or
 * one that touches and turns back, is no crossing); at an edge's end nothing crosses.
 */
function intersect(s: Segment, t: Segment): Point | 'collinear' | undefined {
  const r = { x: s.b.x - s.a.x, y: s.b.y - s.a.y };
  const q = { x: t.b.x - t.a.x, y: t.b.y - t.a.y };
  const denom = cross(r.x, r.y, q.x, q.y);
  const lenR = Math.hypot(r.x, r.y);
  const lenQ = Math.hypot(q.x, q.y);
  const w = { x: t.a.x - s.a.x, y: t.a.y - s.a.y };
  if (Math.abs(denom) <= 1e-9 * lenR * lenQ) {
    // Parallel: on one line when t's start is within EPS of s's line; then the overlap of their projections.
    if (Math.abs(cross(r.x, r.y, w.x, w.y)) / lenR > EPS) return undefined;
    const ux = r.x / lenR;
    const uy = r.y / lenR;
    const t0 = w.x * ux + w.y * uy;
    const t1 = (t.b.x - s.a.x) * ux + (t.b.y - s.a.y) * uy;
    const overlap = Math.min(lenR, Math.max(t0, t1)) - Math.max(0, Math.min(t0, t1));
    return overlap > MIN_SHARED ? 'collinear' : undefined;
  }
  const u = cross(w.x, w.y, q.x, q.y) / denom;
  const v = cross(w.x, w.y, r.x, r.y) / denom;
  const tolU = EPS / lenR;
  const tolV = EPS / lenQ;
  if (u < -tolU || u > 1 + tolU || v < -tolV || v > 1 + tolV) return undefined;
  const p = { x: s.a.x + u * r.x, y: s.a.y + u * r.y };
  const cornerS = u < tolU ? [s.prev, s.b] : u > 1 - tolU ? [s.a, s.next] : undefined;
  const cornerT = v < tolV ? [t.prev, t.b] : v > 1 - tolV ? [t.a, t.next] : undefined;
  if (cornerS && cornerT) return undefined;
  const corner = cornerS ?? cornerT;
  if (!corner) return p;
  const [before, after] = corner;
  // An edge's own end (no point before or after): the edge stops there.
  if (!before || !after) return undefined;
  const line = cornerS ? t : s;
  const side = (x: Point): number => {
    const c = cross(line.b.x - line.a.x, line.b.y - line.a.y, x.x - line.a.x, x.y - line.a.y) / Math.hypot(line.b.x - line.a.x, line.b.y - line.a.y);
    return Math.abs(c) <= EPS ? 0 : Math.sign(c);
  };
  return side(before) * side(after) < 0 ? p : undefined;
}

/** The lanes between an edge's ends, and the boxes it may touch (its ends). */
function outsideGap(d: Diagram, drawn: Diagram['edges'], lines: Point[][][]): number {
  const boxes = new Map<string, Box & { lane: string }>();
  for (const n of d.nodes) boxes.set(n.id, n);
  for (const g of d.groups ?? []) boxes.set(g.id, g);
  const index = new CellIndex<string>();
  for (const [id, b] of boxes) index.add(id, b.x, b.y, b.x + b.w, b.y + b.h);
  const lane = new Map<string, { x: number; w: number }>(d.lanes.map((l) => [l.id, l]));
  let outside = 0;
  drawn.forEach((e, i) => {
    const from = boxes.get(e.from);
    const to = boxes.get(e.to);
    const lanes = [from, to].map((b) => (b ? lane.get(b.lane) : undefined)).filter((l) => l !== undefined);
    // Two ends, so two lanes at most.
    const left = lanes.reduce((m, l) => Math.min(m, l.x), Infinity);
    const right = lanes.reduce((m, l) => Math.max(m, l.x + l.w), -Infinity);
    let out = false;
    for (const line of lines[i]) {
      for (let k = 0; k < line.length && !out; k++) {
        if (lanes.length && (line[k].x < left - EPS || line[k].x > right + EPS)) out = true;
        if (k === 0) continue;
        const a = line[k - 1];
        const b = line[k];
        index.near(a.x, a.y, b.x, b.y, (id) => {
          if (!out && id !== e.from && id !== e.to && crossesBox(a, b, boxes.get(id)!)) out = true;
        });
      }
    }
    if (out) outside++;
  });
  return outside;
}

/** Whether a segment passes through a box's inside (a pixel in from its border: running along it is no crossing). */
function crossesBox(a: Point, b: Point, box: Box): boolean {
  const x1 = box.x + 1;
  const x2 = box.x + box.w - 1;
  const y1 = box.y + 1;
  const y2 = box.y + box.h - 1;
  // Liang–Barsky clipping: the part of the segment inside the box, if any.
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [[-dx, a.x - x1], [dx, x2 - a.x], [-dy, a.y - y1], [dy, y2 - a.y]] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** Font sizes of the drawing's texts by class, as its CSS sets them (svg.ts); a style's font-size wins. */
const TEXT_PX: Record<string, number> = { 'ls-lane-title': 14, 'ls-sub': 11, 'ls-badge-text': 10, 'ls-domain-label': 11, 'ls-edge-count-text': 10 };
const TEXT_WEIGHT: Record<string, number> = { 'ls-lane-title': 600, 'ls-badge-text': 700, 'ls-domain-label': 600, 'ls-edge-count-text': 700 };

interface Label extends Box {
  owner: number;
}

/** Every text's box (each line of a wrapped one) and every system's or group's box, by the group (`g`) they belong to. */
function labelsOf(shapes: Shape[]): { texts: Label[]; boxes: Label[] } {
  const texts: Label[] = [];
  const boxes: Label[] = [];
  let owners = 0;
  const walk = (s: Shape, owner: number, inLegend: boolean): void => {
    if (s.tag === 'g') {
      owner = ++owners;
      inLegend ||= String(s.attrs.class ?? '').includes('ls-legend');
    }
    if (inLegend) return;
    const cls = String(s.attrs.class ?? '');
    if (s.tag === 'rect' && cls === 'ls-box') boxes.push({ owner, x: Number(s.attrs.x), y: Number(s.attrs.y), w: Number(s.attrs.width), h: Number(s.attrs.height) });
    if (s.tag === 'text') {
      const px = Number.parseFloat(s.style?.['font-size'] ?? '') || (TEXT_PX[cls] ?? 13);
      const weight = TEXT_WEIGHT[cls] ?? 400;
      const lines = s.children?.length ? s.children.map((t) => ({ x: Number(t.attrs.x), y: Number(t.attrs.y), text: t.text ?? '' })) : [{ x: Number(s.attrs.x), y: Number(s.attrs.y), text: s.text ?? '' }];
      for (const l of lines) {
        if (!l.text.trim()) continue;
        const w = estimateTextWidth(l.text, px, weight);
        const x = s.attrs['text-anchor'] === 'middle' ? l.x - w / 2 : l.x;
        // A line's ink: from the ascent (about 0.75 em above the baseline) to the descent (0.2 em below).
        texts.push({ owner, x, y: l.y - 0.75 * px, w, h: 0.95 * px });
      }
    }
    for (const c of s.children ?? []) if (s.tag !== 'text') walk(c, owner, inLegend);
  };
  for (const s of shapes) walk(s, 0, false);
  return { texts, boxes };
}

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w - EPS && b.x < a.x + a.w - EPS && a.y < b.y + b.h - EPS && b.y < a.y + a.h - EPS;

function labelOverlaps(d: Diagram): number {
  const { texts, boxes } = labelsOf(drawDiagram(d));
  const index = new CellIndex<Label>();
  for (const b of [...texts, ...boxes]) index.add(b, b.x, b.y, b.x + b.w, b.y + b.h);
  const textIndex = new Map(texts.map((t, i) => [t, i] as const));
  let count = 0;
  texts.forEach((t, i) => {
    index.near(t.x, t.y, t.x + t.w, t.y + t.h, (o) => {
      // Each pair of texts once; a text and a box once.
      if (o === t || o.owner === t.owner || (textIndex.get(o) ?? Infinity) < i) return;
      if (overlaps(t, o)) count++;
    });
  });
  return count;
}
