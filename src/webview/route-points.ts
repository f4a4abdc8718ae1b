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


/** A route's polylines and their bounds. */
export interface Route {
  lines: Point[][];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Routes read once per edge object (a filter or a new view keeps the diagram's edge objects):
 * the API labels ask for every route around the view each time they are made, and reading
 * 25,000 paths (10,000 systems drawn) cost 150-250 ms a time.
 */
const routes = new WeakMap<object, Route>();

export function routeOf(e: { path: string }): Route {
  let r = routes.get(e);
  if (r) return r;
  const lines = polylines(e.path);
  r = { lines, x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const line of lines) {
    for (const p of line) {
      r.x0 = Math.min(r.x0, p.x);
      r.y0 = Math.min(r.y0, p.y);
      r.x1 = Math.max(r.x1, p.x);
      r.y1 = Math.max(r.y1, p.y);
    }
  }
  routes.set(e, r);
  return r;
}
