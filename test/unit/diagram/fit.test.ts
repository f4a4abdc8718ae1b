/** The webview's default zoom (src/webview/fit.ts): the whole picture while names stay ≥ 12 px on screen, else a readable zoom at the top-left. */
import { strict as assert } from 'node:assert';
import { fittedView } from '../../../src/webview/fit';

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
});
