/**
 * Semantic zoom's closest level, in real Chromium: groups → systems → APIs. Zoomed in until an
 * API's label is 12 px on screen, each dependency names the API it goes through where it
 * enters its provider's box, once per API and side of the box (a bundle each of its APIs); the
 * APIs no edge names stand beside their provider's box, an unused one marked so; a long id is
 * cut before the next box; one step out they are gone. In a large (culled) picture only the
 * labels around the view are made. The export never carries them. The system's tooltip lists
 * its APIs.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diagramOf, groupingLayout, type Diagram } from '../../src/core/index';
import { ensureBuilt, landscape, ROOT } from '../cli/cli-helpers';
import { lintFiles } from '../helpers/lint-snippet';
import { everySystemDrawnPage, pagePerTest, webviewHtml } from '../helpers/chromium-page';

const LANDSCAPE = `apiVersion: landscape/v1
metadata: { name: apis-test }
owners: [{ id: t, type: team }]
systems:
  - { id: core, mode: mode1, owner: t }
  - { id: gw, mode: gearbox, owner: t, consumes: [core-api, core-ledger-postings-and-balances-bulk-export-api] }
  - { id: shop, mode: mode2, owner: t, consumes: [orders-api, prices-api] }
  - { id: app, mode: mode2, owner: t, consumes: [orders-api] }
  - { id: web, mode: mode2, owner: t, consumes: [orders-api] }
apis:
  - { id: core-api, provider: core, type: openapi }
  - { id: core-ledger-postings-and-balances-bulk-export-api, provider: core, type: file }
  - { id: orders-api, provider: gw, type: openapi }
  - { id: prices-api, provider: gw, type: openapi }
`;

/** The labels shown: edge, text, and where the label ends against its edge's tip (screen px; a string for the page). */
const LABELS = `(() => [...document.querySelectorAll('.ls-api-label')].filter((t) => getComputedStyle(t).display !== 'none' && getComputedStyle(t.parentElement).display !== 'none').map((t) => {
  const r = t.getBoundingClientRect();
  return { edge: t.getAttribute('data-edge'), api: t.getAttribute('data-api'), text: t.firstChild.nodeValue, cls: t.getAttribute('class'), title: t.querySelector('title')?.textContent ?? null, px: parseFloat(getComputedStyle(t).fontSize) * (r.height / t.getBBox().height), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
}))()`;

interface Label {
  edge: string | null;
  /** A free label's API (one no drawn edge names). */
  api: string | null;
  text: string;
  cls: string;
  title: string | null;
  px: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Whether two screen rectangles overlap by more than half a pixel. */
const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: { left: number; right: number; top: number; bottom: number }): boolean =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('diagram webview: the APIs, closest in (Chromium)', function () {
  this.timeout(180_000);
  const page = pagePerTest({ width: 1200, height: 800 });
  let diagram: Diagram;
  let file: string;

  before(async () => {
    ensureBuilt();
    diagram = diagramOf(await lintFiles({ '/ws/landscape.yaml': LANDSCAPE }), undefined, groupingLayout('none'));
    file = path.join(mkdtempSync(path.join(os.tmpdir(), 'landscape-apis-')), 'apis.html');
    writeFileSync(file, webviewHtml(diagram));
  });

  const level = (): Promise<string | undefined> => page().locator('.ls-canvas').evaluate((c) => [...c.classList].find((x) => x.startsWith('ls-zoom-')));
  const zoomUntil = async (key: string, cls: string): Promise<void> => {
    for (let i = 0; i < 40 && (await level()) !== cls; i++) await page().keyboard.press(key);
    assert.equal(await level(), cls);
  };
  const labels = (): Promise<Label[]> => page().evaluate<Label[]>(LABELS);

  it('names each dependency\'s API where it enters its provider\'s box, at 12 px or more, once per API and side; a bundle each of its APIs; a long id cut before the next box; one step out none', async () => {
    await page().goto(`file://${file}`);
    await page().waitForSelector('.ls-node');
    assert.deepEqual(await labels(), [], 'none at the opening view');
    await zoomUntil('+', 'ls-zoom-apis');
    const shown = await labels();
    // shop → gw through two APIs is one drawn edge with a count (bundles.ts): a line for each API.
    const bundle = diagram.edges.find((e) => e.from === 'shop' && e.to === 'gw' && e.bundle)!;
    assert.deepEqual(bundle.bundle!.map((id) => diagram.edges.find((e) => e.id === id)!.via).sort(), ['orders-api', 'prices-api']);
    const ofBundle = shown.filter((l) => l.edge === bundle.id);
    assert.deepEqual(ofBundle.map((l) => l.text), ['orders-api', 'prices-api'], JSON.stringify(shown));
    for (const l of ofBundle) assert.equal(l.title, 'shop → gw through 2 APIs:\norders-api\nprices-api');
    // app and web use orders-api of gw too, entering its same side: no second label.
    const long = 'core-ledger-postings-and-balances-bulk-export-api';
    assert.deepEqual(shown.map((l) => l.title === long ? long : l.text).sort(), ['core-api', long, 'orders-api', 'prices-api']);
    // The long id runs from core's right side towards gw: cut before gw's box, whole in its tooltip.
    const cut = shown.find((l) => l.title === long)!;
    assert.ok(cut.text.endsWith('…') && long.startsWith(cut.text.slice(0, -1)) && cut.text.length > 5, cut.text);
    const boxes = await page().locator('.ls-box').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
    for (const l of shown) {
      assert.ok(l.px >= 11.9, `${l.text}: ${l.px} px on screen`);
      // In the gap before the box of its edge's target, against the side the edge enters by, never over a box.
      const to = diagram.edges.find((e) => e.id === l.edge)!.to;
      const box = (await page().locator(`.ls-node[data-id="${to}"] .ls-box`).boundingBox())!;
      const before = box.x - l.right;
      const after = l.left - (box.x + box.width);
      assert.ok((before >= 0 && before < 20) || (after >= 0 && after < 20), `${l.text} beside ${to}: ${JSON.stringify({ l, box })}`);
      assert.ok(l.bottom >= box.y && l.top <= box.y + box.height, `${l.text} at the height of ${to}`);
      for (const b of boxes) assert.ok(!overlap(l, b), `${l.text} over a box: ${JSON.stringify({ l, b })}`);
    }
    await page().screenshot({ path: path.join(ROOT, 'test-results', 'webview-zoom-apis.png') });
    await page().keyboard.press('-');
    assert.equal(await level(), 'ls-zoom-near');
    assert.deepEqual(await labels(), []);
  });

  it('fjordbank: the API nobody consumes stands beside its provider\'s box, marked unused, over no box or label; the systems\' tooltips list their APIs; one step out it is gone', async () => {
    const r = landscape(['render', path.join(ROOT, 'examples/fjordbank/landscape.yaml'), '--format', 'json'], ROOT);
    assert.equal(r.code, 0, r.stderr);
    const fjordbank = JSON.parse(r.stdout) as Diagram;
    assert.deepEqual(fjordbank.nodes.find((n) => n.id === 'card-platform')!.apis, [{ id: 'card-limits-v2', unused: true }]);
    const html = path.join(path.dirname(file), 'fjordbank.html');
    writeFileSync(html, webviewHtml(fjordbank));
    await page().goto(`file://${html}`);
    await page().waitForSelector('.ls-node');
    const tip = (id: string): Promise<string | null> => page().locator(`.ls-node[data-id="${id}"] > title`).textContent();
    assert.ok((await tip('card-platform'))!.includes('\nAPIs: card-limits-v2 (no consumers)'), (await tip('card-platform'))!);
    assert.match((await tip('card-system'))!, /\nAPIs: card-limits-api \(phaseOut\)(\n|$)/);
    assert.match((await tip('core-banking'))!, /\nAPIs: core-accounts-soap, core-posting-file(\n|$)/);
    assert.ok(!(await tip('mobile-bank'))!.includes('APIs:'), 'a system that provides none says nothing of APIs');
    await zoomUntil('+', 'ls-zoom-apis');
    const shown = await labels();
    const unused = shown.filter((l) => l.api === 'card-limits-v2');
    assert.equal(unused.length, 1, JSON.stringify(shown));
    const [u] = unused;
    assert.equal(u.text, 'card-limits-v2');
    assert.ok(u.cls.split(' ').includes('ls-api-unused'), u.cls);
    assert.equal(u.title, 'card-limits-v2: no consumers');
    assert.equal(await page().locator('.ls-api-label[data-api="card-limits-v2"]').evaluate((t) => getComputedStyle(t).fontStyle), 'italic');
    assert.ok(u.px >= 11.9, `${u.px} px`);
    // Beside card-platform's box: a gap under 30 px on one side, overlapping it along the other axis.
    const box = (await page().locator('.ls-node[data-id="card-platform"] .ls-box').boundingBox())!;
    const gapX = Math.max(box.x - u.right, u.left - (box.x + box.width));
    const gapY = Math.max(box.y - u.bottom, u.top - (box.y + box.height));
    assert.ok((gapX >= 0 && gapX < 30 && gapY < 0) || (gapY >= 0 && gapY < 30 && gapX < 0), JSON.stringify({ u, box }));
    // Nothing over a box or another label, anywhere in the picture.
    const boxes = await page().locator('.ls-box').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
    for (const l of shown) {
      for (const b of boxes) assert.ok(!overlap(l, b), `${l.text} over a box: ${JSON.stringify({ l, b })}`);
      for (const m of shown) assert.ok(m === l || !overlap(l, m), `${l.text} over ${m.text}`);
    }
    // Every API the example declares reads at the closest level.
    const apis = fjordbank.nodes.flatMap((n) => (n.apis ?? []).map((a) => a.id)).sort();
    assert.deepEqual([...new Set(shown.map((l) => l.api ?? (l.title && !l.title.includes('\n') ? l.title : l.text)))].sort(), apis);
    await page().keyboard.press('-');
    assert.equal(await level(), 'ls-zoom-near');
    assert.deepEqual(await labels(), []);
  });

  it('an API whose consumers the filters hide stands beside its provider, plain, saying its consumers are not drawn', async () => {
    await page().goto(`file://${file}`);
    await page().waitForSelector('.ls-node');
    // Only core is left: gw, which consumes both of core's APIs, is hidden with its edges.
    await page().getByRole('searchbox', { name: 'Search systems' }).fill('core');
    await page().waitForFunction(() => document.querySelectorAll('.ls-node[data-id="gw"]').length === 0 || getComputedStyle(document.querySelector('.ls-node[data-id="gw"]')!).display === 'none');
    await zoomUntil('+', 'ls-zoom-apis');
    const shown = await labels();
    assert.deepEqual(shown.map((l) => l.api).sort(), ['core-api', 'core-ledger-postings-and-balances-bulk-export-api'], JSON.stringify(shown));
    for (const l of shown) {
      assert.ok(!l.cls.split(' ').includes('ls-api-unused'), l.cls);
      assert.equal(l.title, `${l.api}: its consumers are not drawn here`);
    }
  });

  it('the export closest in is the file of the opening view', async () => {
    await page().goto(`file://${file}`);
    await page().waitForSelector('.ls-node');
    type Api = { landscapeDiagram: { exportImages(): Promise<{ svg: string }> } };
    const first = (await page().evaluate(() => (window as unknown as Api).landscapeDiagram.exportImages())).svg;
    await zoomUntil('+', 'ls-zoom-apis');
    assert.ok((await labels()).length > 0);
    const second = (await page().evaluate(() => (window as unknown as Api).landscapeDiagram.exportImages())).svg;
    assert.ok(!second.includes('ls-api-label'), 'no API label in the file');
    assert.equal(second, first);
  });

  it('in a large picture only the labels around the view are made, and a pan far away makes those there', async () => {
    const big = await everySystemDrawnPage(1000, 'landscape-apis-big-');
    await page().goto(`file://${big.file}`);
    await page().waitForSelector('.ls-node');
    await zoomUntil('+', 'ls-zoom-apis');
    const withVia = big.diagram.edges.filter((e) => !e.bundledInto && e.via).length;
    const made = await page().locator('.ls-api-label').count();
    assert.ok(made > 0 && made < withVia / 4, `${made} labels made of ${withVia}`);
    // Every label shown lies around the view (grown by half its size on every side).
    const around = async (): Promise<Label[]> => {
      const shown = await labels();
      // A free label (l.api) is made for a system whose centre lies there: it may stand half a box (320 px) and its own width beyond.
      const out = (l: Label): boolean => {
        const m = l.api ? 420 : 0;
        return !(l.right > -600 - m && l.left < 1800 + m && l.bottom > -400 - m && l.top < 1200 + m);
      };
      assert.ok(!shown.some(out), JSON.stringify(shown.filter(out).slice(0, 3)));
      return shown;
    };
    const before = new Set((await around()).map((l) => l.edge));
    // A drag far down and right (three panels' worth): the labels there are made.
    for (let i = 0; i < 3; i++) {
      await page().mouse.move(1100, 700);
      await page().mouse.down();
      await page().mouse.move(100, 100, { steps: 5 });
      await page().mouse.up();
    }
    const after = await around();
    assert.ok(after.length > 0 && after.some((l) => !before.has(l.edge)), `new labels after the pan: ${after.length}`);
  });
});
