/**
 * A route's path data as points, in the webview (the far layer, the API labels). The core's
 * reader (core/diagram/geometry.ts) is not the webview's to import (.dependency-cruiser.cjs:
 * layout runs on the host); the router writes absolute M, L, H and V only, which this reads.
 */
export interface Point {
  x: number;
  y: number;
}

/** The polylines of path data of absolute M, L, H and V. */
export function polylines(d: string): Point[][] {
  const lines: Point[][] = [];
  let at: Point = { x: 0, y: 0 };
  for (const m of d.matchAll(/([MLHV])\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?/g)) {
    if (m[1] === 'H') at = { x: Number(m[2]), y: at.y };
    else if (m[1] === 'V') at = { x: at.x, y: Number(m[2]) };
    else at = { x: Number(m[2]), y: Number(m[3]) };
    if (m[1] === 'M') lines.push([at]);
    else lines[lines.length - 1]?.push(at);
  }
  return lines;
}

