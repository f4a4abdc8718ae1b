/**
 * The route of an edge between two boxes, as SVG path data. Geometry, not drawing: the layout
 * computes it once (DiagramEdge.path) and every writer draws it as it is.
 */
import type { Box } from './model';

/** Farther apart than this, something may stand between two boxes (a lane's margins are 2 × 40, sub-columns 24 apart). */
const SKIP_X = 100;
/** Horizontal run of a turn into or out of a row gap (within the 24 px between sub-columns and the 40 px lane margin). */
const TURN = 11;

export function pathBetween(a: Box, b: Box, rowGap = 14): string {
  const ax = a.x + a.w / 2;
  const bx = b.x + b.w / 2;
  if (Math.abs(ax - bx) < 1) {
    // Same column: loop out to the right.
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
  // Boxes may stand in between (a lane, or sub-columns): a straight run at the height of the
  // source would cut through them and look like their edge. Run along the gap between the
  // rows instead (rows line up across lanes), turning in and out in the free margins.
  const gy = ty >= sy ? a.y + a.h + rowGap / 2 : a.y - rowGap / 2;
  const r = TURN;
  return `M${sx},${sy} C${sx + dir * r},${sy} ${sx + dir * r},${gy} ${sx + dir * 2 * r},${gy} L${tx - dir * 2 * r},${gy} C${tx - dir * r},${gy} ${tx - dir * r},${ty} ${tx},${ty}`;
}
