/**
 * Arrow keys in the diagram (webview/spatial-nav.ts), in real headless Chromium on the built
 * bundle with real key presses. On the SPEC's example (25 systems in three lanes, each lane a
 * column of rows 58 units apart; not culled): from a focused system each arrow reaches the
 * exact element that way (the one below in its column, the one in line in the next lane, the
 * edge count lying between two systems), at the picture's border the focus stays, Home and End
 * go to the top-left and bottom-right systems, what a filter hides is skipped, an element off
 * screen is brought on screen, and the other keys (Enter, `+`, Tab) work as before; on the
 * canvas itself the arrows move nothing. With every one of 1,000 systems drawn (culled):
 * ArrowDown walks a whole column, reaching systems that were off screen and never made, each
 * then rendered, on screen, focused and the roving tabindex's current element, and Tab goes on
 * from there in the picture's Tab order.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diagramOf, type Diagram } from '../../src/core/index';
import { ensureBuilt, ROOT } from '../cli/cli-helpers';
import { lintFiles } from '../helpers/lint-snippet';
import { everySystemDrawnPage, focusedIn, pagePerTest, tabOrderOf, webviewHtml, type Focused } from '../helpers/chromium-page';


describe('diagram webview: arrow keys move the focus spatially (Chromium, SPEC example)', function () {
  this.timeout(120_000);
  const errors: string[] = [];
  const page = pagePerTest({ width: 1400, height: 900 }, { errors });
  let file: string;

  before(async () => {
    ensureBuilt();
    const spec = readFileSync(path.join(ROOT, 'test/fixtures/spec-examples/nordhem-retail/landscape.yaml'), 'utf8');
    const diagram = diagramOf(await lintFiles({ '/ws/landscape.yaml': spec }));
    // The layout the expectations below read: three lanes as columns, their first rows in line.
    const at = (id: string): string => {
      const n = diagram.nodes.find((x) => x.id === id)!;
      return `${n.x},${n.y}`;
    };
    assert.deepEqual(['hr-workday', 'sap-ewm', 'pim', 'change-feed', 'web-shop', 'b2b-salesforce', 'event-hub'].map(at), ['40,56', '40,114', '40,172', '360,56', '700,56', '700,810', '360,230']);
    file = path.join(mkdtempSync(path.join(os.tmpdir(), 'landscape-arrows-')), 'diagram.html');
    writeFileSync(file, webviewHtml(diagram));
  });

  const open = async (): Promise<void> => {
    await page().goto(`file://${file}`);
    await page().waitForSelector('.ls-node[data-id="sap-s4"]');
    assert.equal(await page().locator('svg.ls-diagram .ls-off').count(), 0, 'not culled');
  };
  const focused = (): Promise<Omit<Focused, 'label'>> => focusedIn(page()).then(({ label: _label, ...f }) => f);
  /** Focuses `from`, presses `keys` one by one, and gives the name of each element focused after a press. */
  const walk = async (from: string, ...keys: string[]): Promise<string[]> => {
    await page().locator(`svg.ls-diagram [data-id="${from}"]`).focus();
    const out: string[] = [];
    for (const k of keys) {
      await page().keyboard.press(k);
      out.push((await focused()).key);
    }
    return out;
  };

  it('each arrow reaches the nearest element that way: in the column, in line in the next lane, the count between', async () => {
    await open();
    assert.deepEqual(await walk('sap-ewm', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp'), ['pim', 'loyalty-ledger', 'pim', 'sap-ewm']);
    // Along the first row, lane by lane; the count of change-feed → event-hub lies lower right of change-feed, off the row.
    assert.deepEqual(await walk('hr-workday', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft'), ['change-feed', 'web-shop', 'change-feed', 'hr-workday']);
    // Left of event-hub, on the edge from loyalty-ledger, its count (nearer than the system), then the system.
    assert.deepEqual(await walk('event-hub', 'ArrowLeft', 'ArrowLeft', 'ArrowRight'), ['count loyalty-ledger->event-hub:customer-events', 'loyalty-ledger', 'count loyalty-ledger->event-hub:customer-events']);
    assert.deepEqual(await walk('event-hub', 'ArrowDown', 'ArrowUp', 'ArrowUp'), ['order-acl', 'event-hub', 'api-gateway']);
  });

  it('at the border of the picture the focus stays; Home and End go to the top-left and bottom-right systems', async () => {
    await open();
    assert.deepEqual(await walk('hr-workday', 'ArrowUp', 'ArrowLeft'), ['hr-workday', 'hr-workday']);
    assert.deepEqual(await walk('sap-s4', 'ArrowLeft'), ['sap-s4']);
    assert.deepEqual(await walk('web-shop', 'ArrowRight', 'ArrowUp'), ['web-shop', 'web-shop']);
    assert.deepEqual(await walk('b2b-salesforce', 'ArrowDown', 'ArrowRight'), ['b2b-salesforce', 'b2b-salesforce']);
    assert.deepEqual(await walk('event-hub', 'Home', 'End', 'Home'), ['hr-workday', 'b2b-salesforce', 'hr-workday']);
  });

  it('skips what a filter hides', async () => {
    await open();
    await page().locator('input[data-mode="gearbox"]').uncheck();
    await page().waitForFunction(() => !document.querySelector('.ls-node[data-id="change-feed"]'));
    // The gearbox lane is gone (its systems and the counts of the edges to event-hub): from Mode 1 straight to Mode 2.
    assert.deepEqual(await walk('hr-workday', 'ArrowRight', 'ArrowLeft'), ['web-shop', 'hr-workday']);
    assert.deepEqual(await walk('loyalty-ledger', 'ArrowRight'), ['mkt-mailchimp']);
  });

  it('brings the element reached on screen by the least move when the view is zoomed in', async () => {
    await open();
    await page().locator('.ls-canvas').focus();
    for (let i = 0; i < 5; i++) await page().keyboard.press('+');
    // The third lane's column, top to bottom: most of it lies outside this view.
    const column = ['web-shop', 'checkout-svc', 'mobile-app-bff', 'mkt-mailchimp', 'psp-adyen', 'recommendation-svc', 'store-dropbox', 'campaign-easter-2026', 'click-collect-svc', 'customer-identity', 'search-svc', 'data-lakehouse', 'promo-pricing', 'b2b-salesforce'];
    const outside = await page().evaluate((ids) => {
      const c = document.querySelector('.ls-canvas')!.getBoundingClientRect();
      return ids.filter((id) => {
        const r = document.querySelector(`[data-id="${id}"]`)!.getBoundingClientRect();
        return r.bottom < c.top || r.top > c.bottom || r.right < c.left || r.left > c.right;
      });
    }, column);
    assert.ok(outside.length >= 4, `off screen: ${outside.join(', ')}`);
    await page().locator('svg.ls-diagram [data-id="web-shop"]').focus();
    const viewX = async (): Promise<string> => (await page().locator('svg.ls-diagram').getAttribute('viewBox'))!.split(' ')[0];
    const views = new Set<string>();
    for (const [i, id] of column.slice(1).entries()) {
      const x = await viewX();
      await page().keyboard.press('ArrowDown');
      const f = await focused();
      assert.equal(f.key, id);
      assert.ok(f.inside, `${id} on screen`);
      views.add((await page().locator('svg.ls-diagram').getAttribute('viewBox'))!);
      // The least move: once the column is on screen across (the first step), down only.
      if (i > 0) assert.equal(await viewX(), x, `${id}: no move across`);
    }
    assert.ok(views.size > 2, 'the view followed the focus');
  });

  it('leaves the other keys as they were: Enter selects, + zooms, Tab goes on; on the canvas the arrows move nothing', async () => {
    await open();
    assert.deepEqual(await walk('pim', 'ArrowRight', 'ArrowDown'), ['api-gateway', 'event-hub']);
    await page().keyboard.press('Enter');
    assert.equal(await page().locator('.ls-node.selected').getAttribute('data-id'), 'event-hub');
    const box = await page().locator('svg.ls-diagram').getAttribute('viewBox');
    await page().keyboard.press('+');
    assert.notEqual(await page().locator('svg.ls-diagram').getAttribute('viewBox'), box, '+ zooms with a system focused');
    assert.equal((await focused()).key, 'event-hub');
    // Tab from an element reached by the arrows: the next one in document order.
    const next = await page().evaluate(() => {
      const all = [...document.querySelectorAll('svg.ls-diagram [tabindex]')];
      const at = all.indexOf(document.querySelector('[data-id="event-hub"]')!);
      const n = all[at + 1];
      return n.getAttribute('data-id') ?? n.getAttribute('data-group');
    });
    await page().keyboard.press('Tab');
    assert.equal((await focused()).key, next);
    // The canvas focused: the arrows neither move the focus into the picture nor pan.
    await page().locator('.ls-canvas').focus();
    const still = await page().locator('svg.ls-diagram').getAttribute('viewBox');
    for (const k of ['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft']) await page().keyboard.press(k);
    assert.equal((await focused()).key, 'DIV');
    assert.equal(await page().locator('svg.ls-diagram').getAttribute('viewBox'), still);
  });
});

describe('diagram webview: arrow keys in a culled picture (Chromium, 1,000 systems drawn)', function () {
  this.timeout(180_000);
  const errors: string[] = [];
  const page = pagePerTest({ width: 1200, height: 800 }, { errors });
  let file: string;
  let diagram: Diagram;

  before(async () => {
    ({ diagram, file } = await everySystemDrawnPage(1000, 'landscape-arrows-cull-'));
  });
  const focused = (): Promise<Omit<Focused, 'label'>> => focusedIn(page()).then(({ label: _label, ...f }) => f);

  const tabOrder = (): string[] => tabOrderOf(diagram);

  it('ArrowDown walks a column into what was off screen and unrendered: each rendered, on screen, focused, current; Tab goes on from there', async () => {
    await page().goto(`file://${file}`);
    await page().waitForSelector('.ls-node');
    // The first column of the first lane, top to bottom (no edge count lies near it).
    const column = diagram.nodes.filter((n) => n.x === 40).sort((a, b) => a.y - b.y).map((n) => n.id);
    assert.ok(column.length >= 20, `${column.length} systems in the first column`);
    assert.ok(diagram.edges.every((e) => !e.countAt || e.countAt.x > 1000), 'no count near the column');
    await page().locator(`svg.ls-diagram [data-id="${column[0]}"]`).focus();
    /** Reached by the press from a system that was culled and never made just before it. */
    const fromNothing: string[] = [];
    for (const id of column.slice(1)) {
      const wasOff = await page().evaluate((x) => {
        const e = document.querySelector(`svg.ls-diagram [data-id="${x}"]`)!;
        return e.classList.contains('ls-off') && e.children.length === 0;
      }, id);
      await page().keyboard.press('ArrowDown');
      const f = await focused();
      assert.deepEqual(f, { key: id, rendered: true, inside: true, tabindex: '0', zeros: 1 }, `ArrowDown to ${id}`);
      if (wasOff) fromNothing.push(id);
    }
    assert.ok(fromNothing.length >= 2, `reached systems that were off screen and unrendered: ${fromNothing.join(', ')}`);
    // Tab and Shift+Tab go on from the last one, in the picture's Tab order.
    const order = tabOrder();
    const last = column[column.length - 1];
    const at = order.indexOf(last);
    await page().keyboard.press('Tab');
    assert.deepEqual(await focused(), { key: order[at + 1], rendered: true, inside: true, tabindex: '0', zeros: 1 });
    await page().keyboard.press('Shift+Tab');
    await page().keyboard.press('Shift+Tab');
    assert.deepEqual(await focused(), { key: order[at - 1], rendered: true, inside: true, tabindex: '0', zeros: 1 });
  });
});
