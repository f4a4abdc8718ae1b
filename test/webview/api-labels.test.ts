/**
 * Semantic zoom's closest level, in real Chromium: groups → systems → APIs. Zoomed in until an
 * API's label is 12 px on screen, each dependency names the API it goes through where it
 * enters its provider's box, once per API and side of the box (a bundle names its first API and how many more); one step out they are
 * gone. In a large (culled) picture only the labels around the view are made. The export never
 * carries them.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diagramOf, groupingLayout, type Diagram } from '../../src/core/index';
import { ensureBuilt, ROOT } from '../cli/cli-helpers';
import { lintFiles } from '../helpers/lint-snippet';
import { everySystemDrawnPage, pagePerTest, webviewHtml } from '../helpers/chromium-page';

const LANDSCAPE = `apiVersion: landscape/v1
metadata: { name: apis-test }
owners: [{ id: t, type: team }]
systems:
  - { id: core, mode: mode1, owner: t }
  - { id: gw, mode: gearbox, owner: t, consumes: [core-api] }
  - { id: shop, mode: mode2, owner: t, consumes: [orders-api, prices-api] }
  - { id: app, mode: mode2, owner: t, consumes: [orders-api] }
  - { id: web, mode: mode2, owner: t, consumes: [orders-api] }
apis:
  - { id: core-api, provider: core, type: openapi }
  - { id: orders-api, provider: gw, type: openapi }
  - { id: prices-api, provider: gw, type: openapi }
`;

/** The labels shown: edge, text, and where the label ends against its edge's tip (screen px; a string for the page). */
const LABELS = `(() => [...document.querySelectorAll('.ls-api-label')].filter((t) => getComputedStyle(t).display !== 'none' && getComputedStyle(t.parentElement).display !== 'none').map((t) => {
  const r = t.getBoundingClientRect();
  return { edge: t.getAttribute('data-edge'), text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * (r.height / t.getBBox().height), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
}))()`;

interface Label {
  edge: string;
  text: string;
  px: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

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

  it('names each dependency\'s API where it enters its provider\'s box, at 12 px or more, once per API and side; a bundle names its first API and how many more; one step out none', async () => {
    await page().goto(`file://${file}`);
    await page().waitForSelector('.ls-node');
    assert.deepEqual(await labels(), [], 'none at the opening view');
    await zoomUntil('+', 'ls-zoom-apis');
    const shown = await labels();
    // shop → gw through two APIs is one drawn edge with a count (bundles.ts).
    const expected = diagram.edges.filter((e) => !e.bundledInto).map((e) => {
      const vias = [...new Set((e.bundle ?? [e.id]).map((id) => diagram.edges.find((x) => x.id === id)!.via))];
      return { edge: e.id, text: vias.length > 1 ? `${vias[0]} +${vias.length - 1}` : vias[0] };
    });
    // app and web both use orders-api of gw, entering its same side: one label.
    assert.deepEqual(expected.map((e) => e.text).sort(), ['core-api', 'orders-api', 'orders-api', 'orders-api +1']);
    assert.deepEqual(shown.map((l) => l.text).sort(), ['core-api', 'orders-api', 'orders-api +1']);
    assert.ok(shown.every((l) => expected.some((e) => e.edge === l.edge && e.text === l.text)), JSON.stringify(shown));
    for (const l of shown) {
      assert.ok(l.px >= 11.9, `${l.text}: ${l.px} px on screen`);
      // In the gap before the box of its edge's target, against the side the edge enters by, never over the box.
      const to = diagram.edges.find((e) => e.id === l.edge)!.to;
      const box = (await page().locator(`.ls-node[data-id="${to}"] .ls-box`).boundingBox())!;
      const before = box.x - l.right;
      const after = l.left - (box.x + box.width);
      assert.ok((before >= 0 && before < 20) || (after >= 0 && after < 20), `${l.text} beside ${to}: ${JSON.stringify({ l, box })}`);
      assert.ok(l.bottom >= box.y && l.top <= box.y + box.height, `${l.text} at the height of ${to}`);
    }
    await page().screenshot({ path: path.join(ROOT, 'test-results', 'webview-zoom-apis.png') });
    await page().keyboard.press('-');
    assert.equal(await level(), 'ls-zoom-near');
    assert.deepEqual(await labels(), []);
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
      assert.ok(shown.every((l) => l.right > -600 && l.left < 1800 && l.bottom > -400 && l.top < 1200), JSON.stringify(shown.slice(0, 3)));
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
