/** A dashed route cut into pieces Chromium rasterises at the cost of what is on screen (core/diagram/dashes.ts). */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { dashPieces } from '../../../src/core/diagram/dashes';
import { pathOf, polylinesOf, type Point } from '../../../src/core/diagram/geometry';

const PERIOD = 10;
const length = (ps: Point[]): number => ps.slice(1).reduce((s, p, i) => s + Math.hypot(p.x - ps[i].x, p.y - ps[i].y), 0);

describe('diagram: dashed routes in pieces', () => {
  it('a route with two corners: its straight runs as single lines, each corner in the period that holds it', () => {
    // Corners 25 and 72 along the route, 147 long.
    assert.deepEqual(dashPieces('M0,0 L25,0 L25,47 L100,47'), ['M0,0 L20,0', 'M20,0 L25,0 L25,5', 'M25,5 L25,45', 'M25,45 L25,47 L33,47', 'M33,47 L100,47']);
  });

  it('corners closer than a period share a piece; no piece shorter than 1 at an end', () => {
    // Corners at 12, 15 and 18; 28 long: cuts at 10 and 20 only.
    assert.deepEqual(dashPieces('M0,0 L12,0 L12,3 L15,3 L15,13'), ['M0,0 L10,0', 'M10,0 L12,0 L12,3 L15,3 L15,5', 'M15,5 L15,13']);
    // A corner 0.5 before the end: the last cut would leave half a pixel for the arrowhead.
    assert.deepEqual(dashPieces('M0,0 L19.5,0 L19.5,0.5'), ['M0,0 L10,0', 'M10,0 L19.5,0 L19.5,0.5']);
  });

  it('a straight route, a curve, an empty path: drawn whole', () => {
    assert.deepEqual(dashPieces('M0,0 L300,0'), ['M0,0 L300,0']);
    assert.deepEqual(dashPieces('M0,0 C10,0 20,10 30,10'), ['M0,0 C10,0 20,10 30,10']);
    assert.deepEqual(dashPieces(''), ['']);
  });

  it('a corner on a period\'s border (in a gap) is one cut: the straight runs on both sides stay whole lines', () => {
    // Found by the property below once in ~30,000 routes: the run of 30.1 was cut at 20 and 30.
    assert.deepEqual(dashPieces('M0,0 L-10,0 L-10,-30.1 L-10.1,-30.1'), ['M0,0 L-10,0', 'M-10,0 L-10,-20', 'M-10,-20 L-10,-30.1 L-10.1,-30.1']);
  });

  it('on random orthogonal routes the pieces follow the route end to end, each starting on the dash period (so its dashes are the route\'s), every piece but a corner\'s a single line', () => {
    const step = fc.tuple(fc.integer({ min: -4000, max: 4000 }), fc.integer({ min: 1, max: 2 }));
    fc.assert(fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), fc.array(step, { minLength: 1, maxLength: 8 }), (x0, y0, steps) => {
      // Tenths of a pixel, as the router writes them; horizontal and vertical runs alternate.
      const pts: Point[] = [{ x: x0 / 10, y: y0 / 10 }];
      steps.forEach(([len], i) => {
        const p = pts[pts.length - 1];
        pts.push(i % 2 ? { x: p.x, y: Math.round((p.y + len / 10) * 10) / 10 } : { x: Math.round((p.x + len / 10) * 10) / 10, y: p.y });
      });
      const d = pathOf(pts);
      const route = polylinesOf(d)[0];
      if (!route) return; // every step was 0
      const pieces = dashPieces(d).map((p) => polylinesOf(p)[0]);
      // End to end along the route: each piece on it, starting where the last one ended, on the dash period.
      const on = (q: Point): boolean => route.slice(1).some((b, i) => {
        const a = route[i];
        return Math.abs(Math.hypot(q.x - a.x, q.y - a.y) + Math.hypot(b.x - q.x, b.y - q.y) - Math.hypot(b.x - a.x, b.y - a.y)) < 1e-6;
      });
      assert.deepEqual(pieces[0][0], route[0]);
      assert.deepEqual(pieces[pieces.length - 1].at(-1), route.at(-1));
      let at = 0;
      pieces.forEach((p, i) => {
        if (i) assert.deepEqual(p[0], pieces[i - 1].at(-1));
        assert.ok(p.every(on), `${pathOf(p)} is on ${d}`);
        assert.ok(Math.abs(at / PERIOD - Math.round(at / PERIOD)) < 1e-6, `a piece starts ${at} along ${d}`);
        // A corner's piece is the period holding it (one more pixel at the end, see above).
        assert.ok(p.length === 2 || length(p) <= PERIOD + 1 + 1e-6, `piece ${pathOf(p)} of ${d}`);
        at += length(p);
      });
      assert.ok(Math.abs(at - length(route)) < 1e-6);
      // The runs longer than two periods are never cut.
      for (let i = 1; i < route.length; i++) {
        if (length([route[i - 1], route[i]]) >= 3 * PERIOD) assert.ok(pieces.some((p) => p.length === 2 && length(p) >= length([route[i - 1], route[i]]) - 2 * PERIOD - 1e-6), `the run ${i} of ${d}`);
      }
    }), { numRuns: 500 });
  });
});
