/**
 * The edge routes of the layout before issue 15 (src/core/diagram/geometry.ts at 402719b):
 * Bézier curves between lanes, runs along the row gap at the source's row when boxes stand in
 * between, a loop to the right inside one column; parallel edges drawn one over the other.
 * Kept only to report the layout measures before and after (bench/layout-measures.ts) and to
 * show that the tests of the measures fail on it (test/unit/diagram/routing.test.ts).
 */
import type { Box, Diagram } from '../src/core/diagram/model';

const SKIP_X = 100;
const TURN = 11;
const ROW_GAP = 14;

function pathBetween(a: Box, b: Box): string {
  const ax = a.x + a.w / 2;
  const bx = b.x + b.w / 2;
  if (Math.abs(ax - bx) < 1) {
    const sx = a.x + a.w;
    const sy = a.y + a.h / 2;
    const ty = b.y + b.h / 2;
    const bulge = 40 + Math.min(120, Math.abs(ty - sy) / 4);
    return `M${sx},${sy} C${sx + bulge},${sy} ${sx + bulge},${ty} ${sx},${ty}`;
  }
  const right = bx > ax;
  const dir = right ? 1 : -1;
  const sx = right ? a.x + a.w : a.x;
  const tx = right ? b.x : b.x + b.w;
  const sy = a.y + a.h / 2;
  const ty = b.y + b.h / 2;
  if (Math.abs(tx - sx) <= SKIP_X) {
    const mid = (sx + tx) / 2;
    return `M${sx},${sy} C${mid},${sy} ${mid},${ty} ${tx},${ty}`;
  }
  const gy = ty >= sy ? a.y + a.h + ROW_GAP / 2 : a.y - ROW_GAP / 2;
  const r = TURN;
  return `M${sx},${sy} C${sx + dir * r},${sy} ${sx + dir * r},${gy} ${sx + dir * 2 * r},${gy} L${tx - dir * 2 * r},${gy} C${tx - dir * r},${gy} ${tx - dir * r},${ty} ${tx},${ty}`;
}

/** The same diagram (same boxes) with the previous layout's edges: every edge drawn on its own, routed as before. */
export function withLegacyRoutes(d: Diagram): Diagram {
  const boxes = new Map<string, Box>([...d.nodes.map((n) => [n.id, n] as const), ...(d.groups ?? []).map((g) => [g.id, g] as const)]);
  const edges = d.edges.map((e) => {
    const { bundle: _bundle, bundledInto: _into, countAt: _at, ...plain } = e;
    const a = boxes.get(e.from);
    const b = boxes.get(e.to);
    return { ...plain, path: a && b ? pathBetween(a, b) : '' };
  });
  return { ...d, edges };
}
