/**
 * The webview's default zoom (src/webview/fit.ts): the whole picture while names stay ≥ 12 px
 * on screen, else a readable zoom at the top-left, or centred on a picked part's chosen
 * system; and the least move that brings a system on screen (the editor's cursor).
 */
import { strict as assert } from 'node:assert';
import { fittedView, revealedView } from '../../../src/webview/fit';

/** The Fjordbank example's size: three lanes, four rows. */
const EXAMPLE = { w: 900, h: 358 };

describe('webview fit', () => {
  it('fits the whole picture, centred on both axes, when its 13 px names stay at least 12 px', () => {
    // (1400 − 16) / 900 = 1.5378 across, (900 − 16) / 358 = 2.47 down: the width decides.
    const v = fittedView({ w: 1400, h: 900 }, EXAMPLE, 13);
    assert.equal(v.fits, true);
    assert.ok(Math.abs(v.zoom - 1384 / 900) < 1e-9, String(v.zoom));
    // Centred: as much room left as right, above as below.
    assert.ok(Math.abs(-v.x * v.zoom - (1400 - 900 * v.zoom) / 2) < 1e-9);
    assert.ok(Math.abs(-v.y * v.zoom - (900 - 358 * v.zoom) / 2) < 1e-9);
  });

  it('never blows a small picture up past 2×', () => {
    assert.equal(fittedView({ w: 3000, h: 2000 }, { w: 300, h: 200 }, 13).zoom, 2);
  });

  it('below 12 px on screen: the readable zoom (12/13), the content\'s top-left 8 px in from the panel\'s', () => {
    // 744 / 900 = 0.83 < 12 / 13 = 0.923.
    const v = fittedView({ w: 760, h: 900 }, EXAMPLE, 13);
    assert.deepEqual([v.fits, v.zoom], [false, 12 / 13]);
    assert.ok(Math.abs(-v.x * v.zoom - 8) < 1e-9 && Math.abs(-v.y * v.zoom - 8) < 1e-9, JSON.stringify(v));
  });

  it('the smallest name decides the readable zoom, down to 11 px: a longer name is read in its tooltip', () => {
    assert.equal(fittedView({ w: 500, h: 500 }, EXAMPLE, 12).zoom, 1);
    assert.equal(fittedView({ w: 500, h: 500 }, EXAMPLE, 8).zoom, 12 / 11);
    // With 12 px names a 900 px panel no longer holds the example whole (884 / 900 < 1); 1,400 does.
    assert.equal(fittedView({ w: 900, h: 900 }, EXAMPLE, 12).fits, false);
    assert.equal(fittedView({ w: 1400, h: 900 }, EXAMPLE, 12).fits, true);
  });

  it('below 12 px with a chosen system: centred on it at the readable zoom, as far as the content reaches', () => {
    const z = 12 / 13;
    const panel = { w: 400, h: 300 };
    const mid = fittedView(panel, EXAMPLE, 13, { x: 350, y: 150, w: 200, h: 44 });
    assert.deepEqual([mid.fits, mid.zoom], [false, z]);
    // Its centre (450, 172) at the panel's centre.
    assert.ok(Math.abs((450 - mid.x) * z - 200) < 1e-9 && Math.abs((172 - mid.y) * z - 150) < 1e-9, JSON.stringify(mid));
    // Near the content's right and bottom: the content's corner stops 8 px in from the panel's.
    const corner = fittedView(panel, EXAMPLE, 13, { x: 680, y: 300, w: 200, h: 44 });
    assert.ok(Math.abs((900 - corner.x) * z - (400 - 8)) < 1e-9 && Math.abs((358 - corner.y) * z - (300 - 8)) < 1e-9, JSON.stringify(corner));
    // An axis where the content fits (a tall panel): its start, as without a chosen system.
    const tall = fittedView({ w: 400, h: 900 }, EXAMPLE, 13, { x: 680, y: 300, w: 200, h: 44 });
    assert.ok(Math.abs(-tall.y * z - 8) < 1e-9, JSON.stringify(tall));
  });

  it('reveal: nothing moves for a box on screen; one off screen comes on by the least move, 16 px from the edge it came in by', () => {
    const view = { x: 0, y: 0, zoom: 2 };
    const panel = { w: 400, h: 300 };
    assert.equal(revealedView(view, panel, { x: 10, y: 10, w: 100, h: 40 }), undefined);
    // Right of the view (200 wide in drawing units): its right edge 8 units (16 px) in from the right.
    assert.deepEqual(revealedView(view, panel, { x: 250, y: 10, w: 100, h: 40 }), { x: 350 + 8 - 200, y: 0 });
    // Above and left: its top-left corner 8 units in.
    assert.deepEqual(revealedView({ x: 500, y: 500, zoom: 2 }, panel, { x: 100, y: 100, w: 50, h: 20 }), { x: 92, y: 92 });
    // Hardly narrower than the panel (190 of 200): whole, 5 units from each side; larger than the panel: its top-left corner.
    assert.deepEqual(revealedView(view, panel, { x: 300, y: 10, w: 190, h: 40 }), { x: 295, y: 0 });
    assert.deepEqual(revealedView(view, panel, { x: 300, y: 10, w: 500, h: 40 }), { x: 300, y: 0 });
  });
});
