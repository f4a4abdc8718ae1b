/**
 * A dashed edge (asynchronous, or removed in a review) cut into pieces that Chromium rasterises
 * at the cost of what is on screen. Skia dashes a stroked path along its whole length each
 * time it draws it, and Chromium draws every path once per 256-px tile it touches: a long
 * dashed route was dashed end to end for each tile, which made most of a zoom frame's raster
 * (README, Speed). A path that is one straight line is the exception: Skia clips its dashes to
 * the tile first (SkDashPath's cull of an axis-aligned line). So a route is drawn as its
 * straight runs, each one such line, and short pieces around its corners.
 *
 * It looks exactly as one dashed path: every piece starts at a multiple of the dash period
 * along the route, so its own dashes begin where the route's would (no offset needed), and
 * a dash that turns a corner stays whole in its corner piece (with the same join).
 */
import { pathOf, type Point } from './geometry';

/** The dash and the gap of a dashed edge, in the drawing's units (svg.ts's CSS uses them). */
export const DASH_ON = 6;
export const DASH_OFF = 4;
const PERIOD = DASH_ON + DASH_OFF;

/** No piece is cut shorter than this at the route's ends (its arrowhead needs a direction). */
const MIN_END = 1;

/** Path data our router writes: one polyline of absolute M and L, numbers with an optional sign and point. */
const POLYLINE = /^M\s*-?[\d.]+[ ,]-?[\d.]+(?:\s*L\s*-?[\d.]+[ ,]-?[\d.]+)*\s*$/;

function pointsOf(d: string): Point[] {
  const n = d.match(/-?[\d.]+/g)!.map(Number);
  const out: Point[] = [];
  for (let i = 0; i + 1 < n.length; i += 2) out.push({ x: n[i], y: n[i + 1] });
  return out;
}

/**
 * The path data of each piece, in order along the route; `[d]` for anything but one polyline
 * (the router's; a curve is dashed whole, as before).
 */
export function dashPieces(d: string): string[] {
  if (!POLYLINE.test(d)) return [d];
  const pts = pointsOf(d);
  // Where each point lies along the route.
  const at = [0];
  for (let i = 1; i < pts.length; i++) at.push(at[i - 1] + Math.hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y));
  const length = at[pts.length - 1];
  // Around each corner, the whole period that holds it: a dash across it stays one dash.
  const cuts: number[] = [];
  for (let i = 1; i < pts.length - 1; i++) {
    // A corner on a period's border lies in a gap: one cut at it, so both runs stay whole lines
    // (the period after it held no corner, and cut a straight run into pieces).
    const border = Math.round(at[i] / PERIOD) * PERIOD;
    const onBorder = Math.abs(at[i] - border) < 1e-9;
    let lo = onBorder ? border : Math.floor(at[i] / PERIOD) * PERIOD;
    // A corner at the very end: its piece starts a period earlier and runs to the end.
    if (lo > length - MIN_END) lo -= PERIOD;
    for (const c of onBorder && lo === border ? [lo] : [lo, lo + PERIOD]) if (c >= MIN_END && c <= length - MIN_END && (!cuts.length || c > cuts[cuts.length - 1])) cuts.push(c);
  }
  if (!cuts.length) return [d];
  const pieces: string[] = [];
  let from = 0;
  let i = 0; // the segment pts[i] → pts[i + 1] holds `from`
  for (const to of [...cuts, length]) {
    const piece: Point[] = [pointAt(pts, at, i, from)];
    while (i < pts.length - 2 && at[i + 1] < to) piece.push(pts[++i]);
    piece.push(pointAt(pts, at, i, to));
    pieces.push(pathOf(piece));
    from = to;
  }
  return pieces;
}

/** The point `s` along the route, on the segment from point i. */
function pointAt(pts: Point[], at: number[], i: number, s: number): Point {
  const a = pts[i];
  const b = pts[i + 1];
  const len = at[i + 1] - at[i];
  const t = len ? (s - at[i]) / len : 0;
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}
