/**
 * Edge routes as SVG path data, both ways: the router (routing.ts) writes a polyline as path
 * data (DiagramEdge.path, which every writer draws as it is), and the layout measures
 * (measures.ts) read path data back as polylines, curves flattened, so they can judge any
 * route, ours or an older layout's Bézier curves.
 */

export interface Point {
  x: number;
  y: number;
}

/** Tenths of a pixel: finer than a screen shows, and short path data. */
const round = (v: number): number => Math.round(v * 10) / 10;

/** A polyline as path data; repeated points are left out. */
export function pathOf(points: readonly Point[]): string {
  const out: string[] = [];
  let last: Point | undefined;
  for (const p of points) {
    const q = { x: round(p.x), y: round(p.y) };
    if (last && last.x === q.x && last.y === q.y) continue;
    out.push(`${out.length ? 'L' : 'M'}${q.x},${q.y}`);
    last = q;
  }
  return out.join(' ');
}

/** Points per flattened curve: enough to tell a bulge from a straight run. */
const CURVE_STEPS = 12;

/**
 * Path data (absolute M, L, H, V, C, Q, Z, as our writers and the previous layout made it) as
 * polylines, one per subpath; curves flattened. Anything it does not read ends the reading:
 * what came before is returned.
 */
export function polylinesOf(d: string): Point[][] {
  const tokens = d.match(/[MLHVCQZ]|-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? [];
  const lines: Point[][] = [];
  let line: Point[] = [];
  let at: Point = { x: 0, y: 0 };
  let i = 0;
  const num = (): number => Number(tokens[i++]);
  const isNum = (): boolean => i < tokens.length && !/^[a-z]$/i.test(tokens[i]);
  while (i < tokens.length) {
    const cmd = tokens[i++];
    if (cmd === 'M') {
      if (line.length > 1) lines.push(line);
      at = { x: num(), y: num() };
      line = [at];
      while (isNum()) line.push((at = { x: num(), y: num() }));
    } else if (cmd === 'L') {
      while (isNum()) line.push((at = { x: num(), y: num() }));
    } else if (cmd === 'H') {
      while (isNum()) line.push((at = { x: num(), y: at.y }));
    } else if (cmd === 'V') {
      while (isNum()) line.push((at = { x: at.x, y: num() }));
    } else if (cmd === 'C' || cmd === 'Q') {
      const n = cmd === 'C' ? 3 : 2;
      while (isNum()) {
        const ps = [at];
        for (let k = 0; k < n; k++) ps.push({ x: num(), y: num() });
        for (let s = 1; s <= CURVE_STEPS; s++) line.push(bezier(ps, s / CURVE_STEPS));
        at = ps[n];
      }
    } else if (cmd === 'Z' || cmd === 'z') {
      if (line.length) line.push((at = line[0]));
    } else break;
  }
  if (line.length > 1) lines.push(line);
  return lines.filter((l) => l.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)));
}

/** A point of a Bézier curve of any degree (de Casteljau). */
function bezier(ps: Point[], t: number): Point {
  let pts = ps;
  while (pts.length > 1) pts = pts.slice(1).map((p, k) => ({ x: pts[k].x + (p.x - pts[k].x) * t, y: pts[k].y + (p.y - pts[k].y) * t }));
  return pts[0];
}
