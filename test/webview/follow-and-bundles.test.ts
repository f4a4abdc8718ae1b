/**
 * Two ways into the diagram, in real headless Chromium on the built webview:
 *
 * - the editor's cursor (the host's `highlight`) in a narrow panel: a system on screen is
 *   highlighted and the fitted view stays as it is; one off screen is brought on by the least
 *   move, and the view stays the fitted one, so widening the panel fits the whole picture again
 *   (it used to centre the system and leave the fitted view for good: the Mode 1 lane went
 *   off screen and stayed there);
 * - a bundled edge's count badge (the SPEC example's `product-cache` consumes three events of
 *   `event-hub`, drawn as one line with "3"): a click or Enter selects the bundle (its line, its
 *   count, its two ends stand out, the rest fades) and the details box lists its dependencies,
 *   each a button that reveals its declaration.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { Diagram } from '../../src/core/index';
import { ensureBuilt, landscape, ROOT } from '../cli/cli-helpers';
import { pagePerTest, webviewHtml } from '../helpers/chromium-page';

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A drawn diagram as JSON (`landscape render --format json`). */
function rendered(entry: string): Diagram {
  const r = landscape(['render', path.join(ROOT, entry), '--format', 'json'], ROOT);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Diagram;
}

const rectOf = (page: Page, selector: string): Promise<Rect> => page.locator(selector).first().evaluate((e) => {
  const r = e.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
});
const viewBox = (page: Page): Promise<string | null> => page.locator('svg.ls-diagram').getAttribute('viewBox');
const savedState = (page: Page): Promise<{ fitted?: boolean; zoom: number }> => page.evaluate(() => (window as unknown as { __state: { fitted?: boolean; zoom: number } }).__state);
const inside = (r: Rect, c: Rect): boolean => r.left >= c.left - 0.5 && r.right <= c.right + 0.5 && r.top >= c.top - 0.5 && r.bottom <= c.bottom + 0.5;

describe('the editor\'s cursor and bundled edges in the webview (Chromium)', function () {
  this.timeout(120_000);
  const errors: string[] = [];
  const current = pagePerTest({ width: 600, height: 640 }, { errors });
  let dir: string;

  before(() => {
    ensureBuilt();
    dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-follow-'));
    writeFileSync(path.join(dir, 'fjordbank.html'), webviewHtml(rendered('examples/fjordbank/landscape.yaml')));
  });

  const open = async (file: string, first: string): Promise<Page> => {
    const page = current();
    await page.goto(`file://${path.join(dir, file)}`);
    await page.waitForSelector(`.ls-node[data-id="${first}"]`);
    return page;
  };
  const highlight = async (page: Page, id: string): Promise<void> => {
    await page.evaluate((x) => window.postMessage({ type: 'highlight', id: x }, '*'), id);
    await page.waitForSelector(`.ls-node.highlighted[data-id="${id}"]`);
  };

  it('the cursor in a narrow panel: a system on screen leaves the fitted view alone; one off screen comes on by the least move; widening fits the whole again', async () => {
    const page = await open('fjordbank.html', 'core-banking');
    const fitted = await viewBox(page);
    const first = await savedState(page);
    assert.equal(first.fitted, true);
    assert.ok(Math.abs(first.zoom - 12 / 13) < 1e-9, `a narrow panel opens at the readable zoom, not the whole picture: ${first.zoom}`);
    const canvas = await rectOf(page, '.ls-canvas');

    await highlight(page, 'core-banking');
    assert.equal(await viewBox(page), fitted, 'a system on screen: the view does not move');
    assert.equal((await savedState(page)).fitted, true);

    assert.ok(!inside(await rectOf(page, '.ls-node[data-id="mobile-bank"] .ls-box'), canvas), 'mobile-bank starts off screen');
    await highlight(page, 'mobile-bank');
    const box = await rectOf(page, '.ls-node[data-id="mobile-bank"] .ls-box');
    assert.ok(inside(box, canvas), `mobile-bank on screen: ${JSON.stringify(box)} in ${JSON.stringify(canvas)}`);
    // The least move: it came in from the right, so it stops 16 px from the right edge (centring it would move further).
    assert.ok(Math.abs(canvas.right - box.right - 16) < 1.5, `${canvas.right - box.right} px from the right edge`);
    assert.equal((await savedState(page)).fitted, true, 'following the cursor is no zoom or pan of the user');

    // A wider panel: the whole picture fits and is shown whole, the Mode 1 lane included.
    await page.setViewportSize({ width: 1700, height: 1000 });
    await page.waitForFunction((z) => (window as unknown as { __state: { zoom: number } }).__state.zoom > z + 0.01, first.zoom);
    const wide = await rectOf(page, '.ls-canvas');
    for (const id of ['core-banking', 'card-system', 'mobile-bank', 'newsletter-tool']) {
      assert.ok(inside(await rectOf(page, `.ls-node[data-id="${id}"] .ls-box`), wide), `${id} on screen once the panel is wide`);
    }
    assert.deepEqual(await page.locator('.ls-node.highlighted').evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))), ['mobile-bank']);
  });

  describe('a bundled edge\'s count', () => {
    let spec: Diagram;
    let bundle: { id: string; from: string; to: string; members: { id: string; via?: string }[] };

    before(() => {
      spec = rendered('test/fixtures/spec-examples/nordhem-retail/landscape.yaml');
      writeFileSync(path.join(dir, 'spec.html'), webviewHtml(spec));
      const e = spec.edges.find((x) => x.from === 'product-cache' && x.to === 'event-hub' && (x.bundle?.length ?? 0) > 1)!;
      assert.ok(e, 'the SPEC example bundles product-cache\'s events');
      bundle = { id: e.id, from: e.from, to: e.to, members: e.bundle!.map((id) => spec.edges.find((x) => x.id === id)!) };
      assert.equal(bundle.members.length, 3);
    });

    const label = (id: string): string => {
      const n = spec.nodes.find((x) => x.id === id)!;
      return n.label === n.id ? n.id : `${n.label} (${n.id})`;
    };
    /** The selection as drawn (queried from here: a helper function inside page.evaluate would get the test runner's helpers, which the page lacks). */
    const selection = async (page: Page): Promise<{ selecting: boolean; linked: string[]; counts: string[]; neighbours: string[]; selected: string[]; faded: number; ends: string[] }> => {
      const attrs = (sel: string, a: string): Promise<string[]> => page.locator(sel).evaluateAll((els, name) => els.map((e) => e.getAttribute(name)!).sort(), a);
      const opacities = await page.locator('.ls-nodes > .ls-node').evaluateAll((els) => els.map((e) => [e.getAttribute('data-id')!, getComputedStyle(e).opacity]));
      return {
        selecting: await page.locator('svg.ls-diagram').evaluate((e) => e.classList.contains('ls-selecting')),
        linked: await attrs('.ls-edge.ls-linked', 'data-edge'),
        counts: await attrs('.ls-edge-count.selected', 'data-edge'),
        neighbours: await attrs('.ls-neighbour', 'data-id'),
        selected: await attrs('.ls-node.selected', 'data-id'),
        faded: opacities.filter(([, o]) => o === '0.25').length,
        ends: opacities.filter(([, o]) => o === '1').map(([id]) => id).sort(),
      };
    };
    const expectSelected = async (page: Page): Promise<void> => {
      const s = await selection(page);
      assert.deepEqual(s, { selecting: true, linked: [bundle.id], counts: [bundle.id], neighbours: [bundle.from, bundle.to].sort(), selected: [], faded: spec.nodes.length - 2, ends: [bundle.from, bundle.to].sort() });
      const details = page.getByRole('status', { name: 'Chosen edge' });
      assert.equal(await details.textContent(), `${label(bundle.from)} → ${label(bundle.to)}: 3 asynchronous dependencies: ${bundle.members.map((m) => `via ${m.via}`).join(' ')}`);
      assert.equal(await details.isVisible(), true);
    };

    it('a click on the count selects the bundle and lists its dependencies; a listed one reveals its declaration; Escape clears it', async () => {
      const page = await open('spec.html', bundle.from);
      await page.setViewportSize({ width: 1900, height: 1200 });
      await highlight(page, bundle.from);
      await page.locator(`.ls-edge-count[data-edge="${bundle.id}"]`).click();
      await expectSelected(page);
      await page.screenshot({ path: path.join(ROOT, 'test-results', 'webview-bundle-chosen.png') });
      await page.getByRole('button', { name: `via ${bundle.members[1].via}` }).click();
      const reveals = (await page.evaluate(() => (window as unknown as { __messages: { type: string }[] }).__messages)).filter((m) => m.type === 'revealSource');
      assert.deepEqual(reveals, [{ type: 'revealSource', id: bundle.members[1].id, kind: 'edge' }]);
      await page.keyboard.press('Escape');
      assert.deepEqual(await selection(page), { selecting: false, linked: [], counts: [], neighbours: [], selected: [], faded: 0, ends: spec.nodes.map((n) => n.id).sort() });
      assert.equal(await page.getByRole('status', { name: 'Chosen edge' }).isVisible(), false);
    });

    it('the count is a button reached by the keyboard: Enter on it selects the bundle', async () => {
      const page = await open('spec.html', bundle.from);
      const count = page.getByRole('button', { name: `3 dependencies from ${bundle.from} to ${bundle.to}` });
      assert.equal(await count.getAttribute('tabindex'), '0');
      await count.focus();
      await page.keyboard.press('Enter');
      await expectSelected(page);
    });
  });
});
