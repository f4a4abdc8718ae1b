/**
 * Far out in a large picture (webview/far-edges.ts), in real headless Chromium on the built
 * bundle: with every one of 1,000 systems drawn and all of them in view, the edges are drawn
 * as a few paths (every drawn edge's route in those of its look), their own elements and the
 * counts are not rendered; zooming back in renders exactly what was rendered before, but a
 * wheel step just across the far level's border and back swaps nothing (hysteresis); a click
 * still selects a system (its edges drawn over the faded paths), Tab still reaches a count,
 * the export is the same file; a small picture far out is drawn as before.
 */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { diagramOf, groupingLayout, type Diagram } from '../../src/core/index';
import { generateLandscape } from '../../bench/generate';
import { lintFiles } from '../helpers/lint-snippet';
import { everySystemDrawnPage, pagePerTest, webviewHtml } from '../helpers/chromium-page';

/** What is rendered in the picture: its top-level elements, each named, with the rendered state of it and its descendants. */
interface Rendered {
  /** Elements of the edges, nodes and groups layers rendered (their own display and every descendant's), by name. */
  shown: string[];
  /** Edge elements (paths or groups of pieces) and counts rendered, and those of the counts not the keyboard's (tabindex 0: roving.ts). */
  edges: number;
  counts: number;
  otherCounts: number;
  /** The far layer's paths rendered, and the length of their lines by look (their classes). */
  farPaths: number;
  farLength: Record<string, number>;
  /** The length of the drawn edges' routes by look (their classes, but a selection's). */
  edgeLength: Record<string, number>;
  zoomClass: string;
}

// A string, not a function: the test runner's transpiler would add helpers (__name) the page lacks.
const RENDERED = `((routes) => {
  const svg = document.querySelector('svg.ls-diagram');
  const on = (e) => getComputedStyle(e).display !== 'none';
  const name = (e) => (e.getAttribute('class') ?? '').split(' ')[0] + ':' + (e.getAttribute('data-id') ?? e.getAttribute('data-group') ?? e.getAttribute('data-edge') ?? '');
  const out = { shown: [], edges: 0, counts: 0, otherCounts: 0, farPaths: 0, farLength: {}, edgeLength: {}, zoomClass: [...document.querySelector('.ls-canvas').classList].filter((c) => c.startsWith('ls-zoom')).join(' ') };
  for (const e of svg.querySelectorAll('.ls-edges > *, .ls-nodes > *, .ls-groups > *')) {
    if (!on(e)) continue;
    const inner = [...e.querySelectorAll('*')].filter((c) => c.tagName !== 'title' && c.tagName !== 'tspan').map((c) => on(c) ? '1' : '0').join('');
    out.shown.push(name(e) + ' ' + inner);
    if (e.matches('.ls-edges > .ls-edge')) out.edges++;
    if (e.matches('.ls-edges > .ls-edge-count')) out.counts++;
    if (e.matches('.ls-edges > .ls-edge-count:not([tabindex="0"])')) out.otherCounts++;
  }
  // Path data of M and L only (the routes, the far paths).
  const length = (d) => {
    let n = 0;
    let at;
    for (const m of d.matchAll(/([ML])\\s*(-?[\\d.]+)[\\s,]+(-?[\\d.]+)/g)) {
      const p = [Number(m[2]), Number(m[3])];
      if (m[1] === 'L') n += Math.hypot(p[0] - at[0], p[1] - at[1]);
      at = p;
    }
    return n;
  };
  const look = (e) => [...e.classList].filter((c) => c !== 'ls-linked' && c !== 'ls-off').sort().join(' ');
  const add = (o, k, v) => { o[k] = Math.round((o[k] ?? 0) + v); };
  for (const p of svg.querySelectorAll('.ls-far-edges > path')) {
    if (!on(p)) continue;
    out.farPaths++;
    add(out.farLength, look(p), length(p.getAttribute('d')));
  }
  for (const e of svg.querySelectorAll('.ls-edges > .ls-edge')) add(out.edgeLength, look(e), length(routes[e.getAttribute('data-edge')]));
  out.shown.sort();
  return out;
})`;

describe('diagram webview: far out in a large picture (Chromium)', function () {
  this.timeout(180_000);
  const errors: string[] = [];
  const page = pagePerTest({ width: 1200, height: 800 }, { errors });
  let dir: string;
  let file: string;
  let diagram: Diagram;

  before(async () => {
    ({ diagram, dir, file } = await everySystemDrawnPage(1000, 'landscape-far-'));
  });

  const rendered = (d = diagram): Promise<Rendered> => page().evaluate<Rendered>(`${RENDERED}(${JSON.stringify(Object.fromEntries(d.edges.map((e) => [e.id, e.path])))})`);
  const open = async (f = file): Promise<void> => {
    await page().goto(`file://${f}`);
    await page().waitForSelector('.ls-node');
  };
  const viewBox = async (): Promise<number[]> => (await page().locator('svg.ls-diagram').getAttribute('viewBox'))!.split(' ').map(Number);
  /**
   * `n` wheel steps out (or in, `-n`) about the panel's top-left corner, where the picture's is
   * at the opening view, each committed before the next (the wheel's zoom is committed once it rests).
   */
  const wheel = async (n: number): Promise<void> => {
    const box = (await page().locator('.ls-canvas').boundingBox())!;
    await page().mouse.move(box.x + 1, box.y + 1);
    for (let i = 0; i < Math.abs(n); i++) {
      const before = await viewBox();
      await page().mouse.wheel(0, n > 0 ? 100 : -100);
      await page().waitForFunction((b) => !document.querySelector('.ls-moving') && document.querySelector('svg.ls-diagram')!.getAttribute('viewBox') !== b, before.join(' '));
    }
  };
  /** Zooms out until the whole picture is in view; how many steps it took. */
  const zoomOutWhole = async (d = diagram): Promise<number> => {
    for (let n = 1; n <= 40; n++) {
      await wheel(1);
      const [vx, vy, vw, vh] = await viewBox();
      if (vx <= 0 && vy <= 0 && vx + vw >= d.width && vy + vh >= d.height) return n;
    }
    throw new Error(`the whole picture (${d.width} × ${d.height}) never in view: ${(await viewBox()).join(' ')}`);
  };

  it('far out with every system in view, the edges are a few paths holding every route, and no edge element or count is rendered', async () => {
    await open();
    const drawnEdges = diagram.edges.filter((e) => e.bundledInto === undefined).length;
    const near = await rendered();
    assert.ok(near.edges > 0 && near.farPaths === 0, `at the opening view the edges draw themselves (${near.edges}; far paths ${near.farPaths})`);
    assert.equal(await page().locator('.ls-far-edges').count(), 0, 'the far layer is made only once the far level shows');
    await zoomOutWhole();
    const far = await rendered();
    assert.equal(far.zoomClass, 'ls-zoom-far');
    assert.equal(far.edges, 0, 'no edge element rendered');
    // But the count the keyboard is on (a culled picture's first stop: roving.ts), for Tab to reach it.
    assert.equal(far.otherCounts, 0, 'no other count rendered');
    assert.ok(far.counts <= 1);
    // Every drawn edge's route, in the far paths of its look (cut where it crosses a cell's border: the same length, to rounding).
    assert.deepEqual(Object.keys(far.farLength).sort(), Object.keys(far.edgeLength).sort());
    for (const [k, v] of Object.entries(far.edgeLength)) assert.ok(Math.abs(far.farLength[k] - v) <= 2 + v * 1e-4, `${k}: ${far.farLength[k]} drawn far for ${v}`);
    assert.ok(far.farPaths > 0 && far.farPaths <= drawnEdges / 10, `${far.farPaths} far paths for ${drawnEdges} edges`);
    // Every system is still there, as a box.
    assert.equal(far.shown.filter((s) => s.startsWith('ls-node:')).length, diagram.nodes.length);
  });

  it('zooming back in renders exactly what was rendered before', async () => {
    await open();
    const before = await rendered();
    await wheel(-(await zoomOutWhole()));
    const after = await rendered();
    assert.equal(after.zoomClass, before.zoomClass);
    assert.equal(after.farPaths, 0);
    assert.deepEqual(after.shown, before.shown);
  });

  it('a wheel step across the far level\'s border and back does not swap how the edges are drawn (hysteresis)', async () => {
    await open();
    const panel = (await page().locator('.ls-canvas').boundingBox())!;
    const namePx = async (): Promise<number> => 13 * panel.width / (await viewBox())[2];
    // Out, step by step, until the far level: names just under 5 px.
    for (let n = 0; n < 40 && (await rendered()).zoomClass !== 'ls-zoom-far'; n++) await wheel(1);
    const far = await rendered();
    assert.equal(far.zoomClass, 'ls-zoom-far');
    assert.ok(far.farPaths > 0 && far.edges === 0);
    // One step in: names over 5 px, and the picture stays as it was drawn far out (no swap)…
    await wheel(-1);
    assert.ok((await namePx()) >= 5, `names at ${await namePx()} px`);
    const back = await rendered();
    assert.deepEqual([back.zoomClass, back.farPaths, back.edges], ['ls-zoom-far', far.farPaths, 0]);
    // …and out again, as it was.
    await wheel(1);
    assert.deepEqual(await rendered(), far);
    // Further in the names come back, from 6 px, and the edges draw themselves again.
    for (let n = 0; n < 4 && (await rendered()).zoomClass === 'ls-zoom-far'; n++) await wheel(-1);
    const mid = await rendered();
    assert.ok((await namePx()) >= 6, `names at ${await namePx()} px`);
    assert.deepEqual([mid.zoomClass, mid.farPaths], ['ls-zoom-mid', 0]);
    assert.ok(mid.edges > 0);
  });

  it('far out a click still selects a system, whose edges are drawn over the faded far paths, and Escape clears it', async () => {
    await open();
    await zoomOutWhole();
    const n = diagram.nodes.find((x) => diagram.edges.some((e) => e.bundledInto === undefined && (e.from === x.id || e.to === x.id)))!;
    const box = (await page().locator(`.ls-node[data-id="${n.id}"] .ls-box`).boundingBox())!;
    assert.ok(box.width > 2 && box.height > 2, `the box is on screen: ${JSON.stringify(box)}`);
    await page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    assert.deepEqual(await page().locator('.ls-node.selected').evaluateAll((es) => es.map((e) => e.getAttribute('data-id'))), [n.id]);
    const linked = diagram.edges.filter((e) => e.bundledInto === undefined && (e.from === n.id || e.to === n.id)).length;
    const far = await rendered();
    assert.equal(far.edges, linked, 'the selected system\'s edges are drawn, and only they');
    const opacities = await page().locator('.ls-far-edges > path').evaluateAll((ps) => [...new Set(ps.map((p) => getComputedStyle(p).opacity))]);
    assert.ok(opacities.every((o) => Number(o) <= 0.25), `the far paths faded: ${opacities.join(', ')}`);
    await page().keyboard.press('Escape');
    assert.equal(await page().locator('.ls-node.selected').count(), 0);
    assert.equal((await rendered()).edges, 0);
  });

  it('far out Tab reaches a count, which is rendered while it has the focus', async () => {
    await open();
    await zoomOutWhole();
    await page().locator('.ls-canvas').focus();
    await page().keyboard.press('Tab');
    const f = await page().evaluate(() => {
      const a = document.activeElement!;
      return { count: a.matches('.ls-edge-count'), display: getComputedStyle(a).display, box: a.getBoundingClientRect().width };
    });
    assert.deepEqual({ count: f.count, display: f.display === 'none' ? 'none' : 'rendered' }, { count: true, display: 'rendered' });
    assert.ok(f.box > 0);
  });

  it('the export far out is the file of the opening view', async () => {
    await open();
    type Api = { landscapeDiagram: { exportImages(): Promise<{ svg: string }> } };
    const first = (await page().evaluate(() => (window as unknown as Api).landscapeDiagram.exportImages())).svg;
    await zoomOutWhole();
    const second = (await page().evaluate(() => (window as unknown as Api).landscapeDiagram.exportImages())).svg;
    assert.ok(!second.includes('ls-far'), 'no far layer in the file');
    assert.equal(second, first);
  });

  it('a small picture far out draws its edges as before', async () => {
    const small = diagramOf(await lintFiles({ '/ws/landscape.yaml': generateLandscape(60) }), undefined, groupingLayout('none'));
    const f = path.join(dir, 'small.html');
    writeFileSync(f, webviewHtml(small));
    await open(f);
    await zoomOutWhole(small);
    // Further: names under 5 px.
    await wheel(6);
    const far = await rendered(small);
    assert.equal(far.zoomClass, 'ls-zoom-far');
    assert.equal(far.farPaths, 0);
    assert.equal(far.edges, small.edges.filter((e) => e.bundledInto === undefined).length);
  });
});
