/**
 * Dashed edges as the webview draws them, in real headless Chromium on the built bundle: an
 * asynchronous edge that turns is a group of pieces along its route (core/diagram/dashes.ts:
 * each straight run one line, each corner in a short piece, every piece starting on the dash
 * period, so Chromium rasterises only the dashes on screen), and it still looks like one
 * dashed path: its pixels along a straight run are dashes and gaps of 6 and 4 units, and they
 * are the pixels of the whole route drawn as one dashed path.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diagramOf, type Diagram } from '../../src/core/index';
import type { DiagramEdge } from '../../src/core/diagram/model';
import { dashPieces } from '../../src/core/diagram/dashes';
import { polylinesOf } from '../../src/core/diagram/geometry';
import { ensureBuilt } from '../cli/cli-helpers';
import { lintFiles } from '../helpers/lint-snippet';
import { pagePerTest, webviewHtml } from '../helpers/chromium-page';

// shop (Mode 2, below two others) reads hub's events (gearbox, first): its route turns twice.
const LANDSCAPE = `apiVersion: landscape/v1
metadata: { title: Dashes, asOf: 2025-10-01 }
owners: [{ id: t, type: team }]
systems:
  - { id: hub, mode: gearbox, owner: t }
  - { id: app, mode: mode2, owner: t, domain: a }
  - { id: web, mode: mode2, owner: t, domain: a }
  - { id: shop, mode: mode2, owner: t, domain: b, consumes: [{ api: events, interaction: async }] }
apis:
  - { id: events, provider: hub, type: asyncapi }
`;

/** Screen px per drawing unit in the tests: a dash is 18 px, a gap 12. */
const ZOOM = 3;

describe('dashed edges in the webview (Chromium): pieces along the route, drawn as one dashed path', function () {
  this.timeout(120_000);
  const page = pagePerTest({ width: 1200, height: 800 });
  let diagram: Diagram;
  let edge: DiagramEdge;
  let file: string;

  before(async () => {
    ensureBuilt();
    diagram = diagramOf(await lintFiles({ '/ws/landscape.yaml': LANDSCAPE }));
    edge = diagram.edges.find((e) => e.interaction === 'async')!;
    file = path.join(mkdtempSync(path.join(os.tmpdir(), 'landscape-dashes-')), 'diagram.html');
    writeFileSync(file, webviewHtml(diagram));
  });

  /** Opens the page at ZOOM with the route's top-left corner 20 px in (a restored view). */
  async function open(): Promise<void> {
    const route = polylinesOf(edge.path)[0];
    const x = Math.min(...route.map((p) => p.x)) - 20 / ZOOM;
    const y = Math.min(...route.map((p) => p.y)) - 20 / ZOOM;
    await page().addInitScript(`window.__state = ${JSON.stringify({ x, y, zoom: ZOOM, fitted: false })};`);
    await page().goto(`file://${file}`);
    await page().waitForSelector('.ls-edges > .ls-edge');
  }

  it('an asynchronous edge that turns is a group: its tooltip and one path per piece, straight runs as single lines, dashed 6 4 in its colour, the arrowhead on the last', async () => {
    await open();
    const pieces = dashPieces(edge.path);
    const route = polylinesOf(edge.path)[0];
    assert.ok(route.length >= 4, `the route turns twice: ${edge.path}`);
    const g = page().locator(`.ls-edges > .ls-edge[data-edge="${edge.id}"]`);
    const dom = await g.evaluate((e) => ({
      tag: e.tagName,
      cls: e.getAttribute('class'),
      d: e.getAttribute('d'),
      children: [...e.children].map((c) => `${c.tagName}${c.getAttribute('d') ? ` ${c.getAttribute('d')}` : ''}${c.getAttribute('marker-end') ? ` ${c.getAttribute('marker-end')}` : ''}`),
      styles: [...e.querySelectorAll('path')].map((p) => { const s = getComputedStyle(p); return `${s.stroke} ${s.strokeWidth} ${s.strokeDasharray} ${s.fill}`; }),
    }));
    assert.equal(dom.tag, 'g');
    assert.equal(dom.cls, 'ls-edge async');
    assert.equal(dom.d, null);
    assert.deepEqual(dom.children, ['title', ...pieces.map((d, i) => `path ${d}${i === pieces.length - 1 ? ' url(#ls-arrow)' : ''}`)]);
    // One piece per straight run, one per corner (the two corners are more than a period apart
    // here), but none for a corner on a period's border: it lies in a gap, and the runs meet there.
    const along = route.slice(1, -1).map((_, i) => route.slice(0, i + 2).reduce((n, p, j, a) => (j ? n + Math.hypot(p.x - a[j - 1].x, p.y - a[j - 1].y) : 0), 0));
    const inGaps = along.filter((s) => Math.abs(s / 10 - Math.round(s / 10)) < 1e-9).length;
    assert.equal(pieces.length, 2 * (route.length - 2) + 1 - inGaps);
    const straight = pieces.filter((d) => /^M-?[\d.]+,-?[\d.]+ L-?[\d.]+,-?[\d.]+$/.test(d));
    assert.equal(straight.length, route.length - 1, `a straight piece per run: ${pieces.join(' | ')}`);
    assert.deepEqual(new Set(dom.styles), new Set(['rgb(140, 149, 159) 1.4px 6px, 4px none']));
    assert.equal(await g.locator('title').textContent(), 'shop → hub via events (async)');
  });

  it('along its longest straight run it shows dashes of 6 and gaps of 4 units, and its pixels are those of its route drawn as one dashed path', async () => {
    await open();
    const g = page().locator(`.ls-edges > .ls-edge[data-edge="${edge.id}"]`);
    const box = (await g.boundingBox())!;
    const clip = { x: Math.max(0, box.x - 10), y: Math.max(0, box.y - 10), width: box.width + 20, height: box.height + 20 };
    const pieces = await page().screenshot({ clip });
    // The longest straight run, 12 units clear of its corners, from the middle of a gap to the middle of another.
    const route = polylinesOf(edge.path)[0];
    let at = 0;
    let run = { from: route[0], to: route[1], start: 0, length: 0 };
    for (let i = 1; i < route.length; i++) {
      const length = Math.hypot(route[i].x - route[i - 1].x, route[i].y - route[i - 1].y);
      if (length > run.length) run = { from: route[i - 1], to: route[i], start: at, length };
      at += length;
    }
    const first = Math.ceil((run.start + 12 - 8) / 10) * 10 + 8;
    const last = Math.floor((run.start + run.length - 12 - 8) / 10) * 10 + 8;
    assert.ok(last - first >= 30, `a run long enough to count dashes on: ${edge.path}`);
    const along = (s: number): { x: number; y: number } => {
      const t = (s - run.start) / run.length;
      return { x: run.from.x + (run.to.x - run.from.x) * t, y: run.from.y + (run.to.y - run.from.y) * t };
    };
    // Screen points every quarter unit from `first` to `last`, in the clip's pixels.
    const samples = await page().evaluate(({ pts, clip }) => {
      const svg = document.querySelector('svg.ls-diagram') as SVGSVGElement;
      const m = svg.getScreenCTM()!;
      return pts.map((p) => { const q = new DOMPoint(p.x, p.y).matrixTransform(m); return { x: Math.floor(q.x - clip.x), y: Math.floor(q.y - clip.y) }; });
    }, { pts: Array.from({ length: (last - first) * 4 + 1 }, (_, k) => along(first + k / 4)), clip });
    // Then the same edge as one dashed path along its route, as it was drawn before the pieces.
    await g.evaluate((e, d) => {
      const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      p.setAttribute('d', d);
      p.setAttribute('marker-end', e.querySelector(':scope > path:last-of-type')!.getAttribute('marker-end')!);
      e.replaceChildren(e.querySelector('title')!, p);
    }, edge.path);
    await page().evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const whole = await page().screenshot({ clip });
    const seen = await page().evaluate(async ({ a, b, samples }) => {
      // No named functions in here: the test transpiler would wrap them in a helper the page lacks.
      const images: ImageData[] = [];
      for (const b64 of [a, b]) {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        images.push(ctx.getImageData(0, 0, c.width, c.height));
      }
      const [pa, pb] = images;
      // Antialiased edges may differ by a few levels (the whole route's dashes are measured along all of it): at most 16 of 255.
      let differ = 0;
      for (let i = 0; i < pa.data.length; i++) if (Math.abs(pa.data[i] - pb.data[i]) > 16) differ++;
      // Ink: the stroke's colour (the middle of a 4.2 px line is covered whole), against the lane under it.
      const ink = samples.map(({ x, y }) => {
        const i = (y * pa.width + x) * 4;
        return Math.abs(pa.data[i] - 140) + Math.abs(pa.data[i + 1] - 149) + Math.abs(pa.data[i + 2] - 159) < 40;
      });
      // Runs of ink and of no ink, in samples (a quarter unit each).
      const runs: [boolean, number][] = [];
      for (const k of ink) if (runs.length && runs[runs.length - 1][0] === k) runs[runs.length - 1][1]++; else runs.push([k, 1]);
      return { differ, runs };
    }, { a: pieces.toString('base64'), b: whole.toString('base64'), samples });
    assert.equal(seen.differ, 0, 'the pieces draw the pixels of the whole dashed route (no colour channel 16 levels off)');
    // From the middle of a gap to the middle of another: a half gap, then dash and gap in turn, a half gap.
    const dashes = (last - first) / 10;
    assert.deepEqual(seen.runs.map(([ink]) => ink), [false, ...Array.from({ length: dashes }, () => [true, false]).flat()]);
    const inner = seen.runs.slice(1, -1);
    for (const [ink, n] of inner) assert.ok(Math.abs(n / 4 - (ink ? 6 : 4)) <= 0.75, `a ${ink ? 'dash' : 'gap'} of ${n / 4} units: ${JSON.stringify(seen.runs)}`);
  });
});
