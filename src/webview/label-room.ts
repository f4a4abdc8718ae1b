/**
 * What an API label must keep clear of, closest in (api-labels.ts): the boxes of systems and
 * groups, the marks just above a box (finding badges, the domain label of a run), edge
 * counts, the legend, the routes, and the labels already placed. Read from the laid-out
 * diagram, not the DOM: in a large picture most elements are not rendered (cull.ts) and have
 * no geometry to ask for; only what lies in `around` is indexed, so a pan at the closest level
 * costs what is on screen.
 *
 * Everything is a rectangle (the routes are orthogonal: each segment is a thin one) in a
 * grid of CELL units, so asking whether a label's rectangle is free looks at a few cells.
 */
import { extraLegendRows, REVIEW_LEGEND_ROW, type Diagram } from '../core/diagram/model';
import { routeOf } from './route-points';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** `box`: never to be covered; `mark`: badges, domain labels, counts, the legend; `route`: a segment of an edge; `label`: one placed. */
type Kind = 'box' | 'mark' | 'route' | 'label';

interface Entry extends Rect {
  kind: Kind;
  /** A route's edge (the edge's own label may lie on it); for a segment, whether it runs horizontally. */
  edge?: string;
  flat?: boolean;
}

/** What a rectangle is tested against: routes all, only those running along a line of text (`flat`), or none. */
export type RouteRule = 'all' | 'flat' | 'none';

const CELL = 64;
/** Badges straddle a box's top edge (8 above it) and a run's domain label sits in the 16 above its first box (drawing.ts). */
const ABOVE_BOX = 16;
/** A route's half width with its arrowhead, and the room kept around a box. */
const ROUTE_PAD = 1.5;

const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export interface LabelRoom {
  /** Whether `r` touches no box (marks, routes and labels aside). */
  freeOfBoxes(r: Rect): boolean;
  /** Whether `r` touches nothing: no box, mark or label, and the routes `routes` says (the edge `own`'s excepted). */
  free(r: Rect, routes: RouteRule, own?: string): boolean;
  /** A label placed: later ones keep clear of it. */
  take(r: Rect): void;
  /**
   * How far a line of text between y0 and y1 may run from x towards `dir` (1: right, -1: left)
   * before it reaches a box (or, with `labels`, a label placed) or the picture's edge, at most `limit`.
   */
  reach(x: number, y0: number, y1: number, dir: 1 | -1, limit: number, labels?: boolean): number;
}

export function labelRoom(d: Diagram, around: Rect | undefined): LabelRoom {
  const grid = new Map<number, Entry[]>();
  const near = (r: Rect): boolean => !around || overlaps(r, around);
  const cells = (r: Rect, visit: (key: number) => void): void => {
    for (let cx = Math.floor(r.x / CELL); cx <= Math.floor((r.x + r.w) / CELL); cx++) {
      for (let cy = Math.floor(r.y / CELL); cy <= Math.floor((r.y + r.h) / CELL); cy++) visit(cx * 65_536 + cy);
    }
  };
  const add = (e: Entry): void => {
    if (!near(e)) return;
    // Filed in the cells it covers around the view only: a route across 10,000 systems spans thousands.
    const x = around ? Math.max(e.x, around.x) : e.x;
    const y = around ? Math.max(e.y, around.y) : e.y;
    const filed = around ? { x, y, w: Math.min(e.x + e.w, around.x + around.w) - x, h: Math.min(e.y + e.h, around.y + around.h) - y } : e;
    cells(filed, (k) => {
      const list = grid.get(k);
      if (list) list.push(e);
      else grid.set(k, [e]);
    });
  };
  const grouped = new Set((d.groups ?? []).map((g) => g.lane));
  const withDomains = new Set(d.nodes.filter((n) => n.domain && !grouped.has(n.lane)).map((n) => n.lane));
  for (const n of d.nodes) {
    add({ kind: 'box', x: n.x, y: n.y, w: n.w, h: n.h });
    add({ kind: 'mark', x: n.x, y: n.y - ABOVE_BOX, w: n.w, h: ABOVE_BOX });
    // A lane of domains has a bar 10 left of its boxes, along each run (drawing.ts).
    if (withDomains.has(n.lane)) add({ kind: 'mark', x: n.x - 12, y: n.y - ABOVE_BOX, w: 4, h: n.h + ABOVE_BOX });
  }
  for (const g of d.groups ?? []) {
    // A collapsed group's stack of cards reaches 4 beyond its box (drawing.ts).
    const stack = g.expanded ? 0 : 4;
    add({ kind: 'box', x: g.x, y: g.y, w: g.w + stack, h: g.h + stack });
    add({ kind: 'mark', x: g.x, y: g.y - ABOVE_BOX, w: g.w, h: ABOVE_BOX });
  }
  // The legend under the lanes, with a row for a review's colours and one for a focus picture's distances (drawing.ts).
  const legend = d.height - 62 - extraLegendRows(d) * REVIEW_LEGEND_ROW;
  add({ kind: 'mark', x: 0, y: legend, w: d.width, h: d.height - legend });
  for (const e of d.edges) {
    if (e.bundledInto !== undefined) continue;
    if (e.countAt) add({ kind: 'mark', x: e.countAt.x - 12, y: e.countAt.y - 7, w: 24, h: 14 });
    const route = routeOf(e);
    if (around && (route.x1 < around.x || route.x0 > around.x + around.w || route.y1 < around.y || route.y0 > around.y + around.h)) continue;
    for (const line of route.lines) {
      for (let i = 1; i < line.length; i++) {
        const a = line[i - 1];
        const b = line[i];
        const x = Math.min(a.x, b.x);
        const y = Math.min(a.y, b.y);
        add({ kind: 'route', edge: e.id, flat: a.y === b.y, x: x - ROUTE_PAD, y: y - ROUTE_PAD, w: Math.abs(a.x - b.x) + 2 * ROUTE_PAD, h: Math.abs(a.y - b.y) + 2 * ROUTE_PAD });
      }
    }
  }
  const hits = (r: Rect, test: (e: Entry) => boolean): boolean => {
    let hit = false;
    cells(r, (k) => {
      if (!hit) hit = (grid.get(k) ?? []).some((e) => test(e) && overlaps(e, r));
    });
    return hit;
  };
  const inside = (r: Rect): boolean => r.x >= 2 && r.y >= 2 && r.x + r.w <= d.width - 2 && r.y + r.h <= d.height - 2;
  return {
    freeOfBoxes: (r) => !hits(r, (e) => e.kind === 'box'),
    free: (r, routes, own) => inside(r) && !hits(r, (e) => e.kind !== 'route' || (routes === 'all' && e.edge !== own) || (routes === 'flat' && !!e.flat && e.edge !== own)),
    take: (r) => add({ kind: 'label', ...r }),
    reach(x, y0, y1, dir, limit, labels = false) {
      let room = Math.min(limit, dir > 0 ? d.width - 2 - x : x - 2);
      const span: Rect = { x: dir > 0 ? x : x - room, y: y0, w: room, h: y1 - y0 };
      cells(span, (k) => {
        for (const e of grid.get(k) ?? []) {
          if (!(e.kind === 'box' || (labels && e.kind === 'label')) || !(e.y < y1 && y0 < e.y + e.h)) continue;
          const gap = dir > 0 ? e.x - x : x - (e.x + e.w);
          if (gap >= 0 && gap < room) room = gap;
        }
      });
      return room;
    },
  };
}
