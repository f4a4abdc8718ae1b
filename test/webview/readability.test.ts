/**
 * A diagram readable at a glance (issue 15, point 1 without the edges), in real Chromium on
 * the built webview: the default zoom fits the content on both axes, or, where that would
 * draw names under 12 px, a readable zoom at the content's top-left; it fits again when the
 * panel resizes, until the user zooms or pans. Long names wrap to two lines at full size and
 * are whole in the tooltip and in exports; domains are labelled inside their lane; a
 * selection lights up its system, its edges and its neighbours and fades the rest (mouse and
 * keyboard; Escape clears).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { diagramOf, renderSvg, type Diagram } from '../../src/core/index';
import { generateLandscape } from '../../bench/generate';
import { ensureBuilt, landscape, ROOT, workspace } from '../cli/cli-helpers';
import { lintFiles } from '../helpers/lint-snippet';
import { launchChromium, VSCODE_API_STUB, webviewHtml } from '../helpers/chromium-page';

const LONG = 'Core banking system of record for every account, every loan and every card of the group';
const LANDSCAPE = `apiVersion: landscape/v1
metadata: { name: readability-test, title: Readability test, asOf: 2025-10-01 }
owners: [{ id: t, type: team }, { id: u, type: team }]
domains: [{ id: payments, owner: t }, { id: accounts, owner: t }]
systems:
  - { id: sap, name: ${JSON.stringify(LONG)}, mode: mode1, owner: t, domain: accounts }
  - { id: ledger, name: General ledger, mode: mode1, owner: t, domain: accounts }
  - { id: cards, name: Card platform, mode: mode1, owner: t, domain: payments }
  - { id: gw, name: Account anti-corruption layer, mode: gearbox, owner: t, domain: accounts, consumes: [sap-api] }
  - { id: hub, name: Integration hub, mode: gearbox, owner: t, dependsOn: [cards] }
  - { id: shop, name: Mobile bank backend, mode: mode2, owner: u, consumes: [gw-api] }
  - { id: app, name: Mobile app, mode: mode2, owner: u, dependsOn: [shop] }
apis:
  - { id: sap-api, provider: sap, type: odata }
  - { id: gw-api, provider: gw, type: openapi }
`;

interface Shown {
  /** Screen px per drawing unit. */
  zoom: number;
  /** The canvas and the union of what is drawn (lanes, legend), in screen px. */
  canvas: { left: number; top: number; right: number; bottom: number };
  content: { left: number; top: number; right: number; bottom: number };
  /** Each drawn name's font size in drawing units. */
  names: { id: string; px: number }[];
}

/** What the page shows now. A string: the test runner's transpiler would add helpers the page lacks to a function. */
const SHOWN = `(() => {
  const canvas = document.querySelector('.ls-canvas');
  const svg = canvas.querySelector('svg');
  const vb = svg.getAttribute('viewBox').split(' ').map(Number);
  const c = canvas.getBoundingClientRect();
  const boxes = [...svg.querySelectorAll('.ls-lane, .ls-legend')].map((e) => e.getBoundingClientRect());
  return {
    zoom: c.width / vb[2],
    canvas: { left: c.left, top: c.top, right: c.right, bottom: c.bottom },
    content: { left: Math.min(...boxes.map((b) => b.left)), top: Math.min(...boxes.map((b) => b.top)), right: Math.max(...boxes.map((b) => b.right)), bottom: Math.max(...boxes.map((b) => b.bottom)) },
    names: [...svg.querySelectorAll('.ls-name')].map((t) => ({ id: t.parentElement.getAttribute('data-id') || t.parentElement.getAttribute('data-group'), px: parseFloat(getComputedStyle(t).fontSize) })),
  };
})()`;

const within = (inner: Shown['content'], outer: Shown['canvas']): boolean => inner.left >= outer.left && inner.top >= outer.top && inner.right <= outer.right && inner.bottom <= outer.bottom;

/**
 * Every name at least 12 px on screen (one too long for two lines at 11 px is drawn smaller
 * and read in its tooltip: fit.ts counts it as 11 px); the content in the panel, or the
 * readable zoom with the content's top-left in the panel's.
 */
function assertReadableFit(s: Shown, where: string): 'whole' | 'top-left' {
  assert.ok(s.names.length > 0, `${where}: names drawn`);
  for (const n of s.names) assert.ok(Math.max(n.px, 11) * s.zoom >= 12 - 1e-6, `${where}: ${n.id}'s name is ${(n.px * s.zoom).toFixed(2)} px on screen`);
  if (within(s.content, s.canvas)) return 'whole';
  // Overflowing: the zoom is the least that keeps names readable (13 px names at 12/13), its corner at the panel's (8 px margin).
  assert.ok(Math.abs(s.zoom - 12 / Math.min(...s.names.map((n) => Math.max(n.px, 11)))) < 1e-3, `${where}: zoom ${s.zoom}`);
  assert.ok(Math.abs(s.content.left - s.canvas.left - 8) <= 7 && s.content.left >= s.canvas.left, `${where}: the content's left edge at the panel's (${s.content.left} vs ${s.canvas.left})`);
  assert.ok(Math.abs(s.content.top - s.canvas.top - 8) <= 7 && s.content.top >= s.canvas.top, `${where}: the content's top at the panel's (${s.content.top} vs ${s.canvas.top})`);
  return 'top-left';
}

describe('a readable diagram in headless Chromium: fit, names, domain labels, selection', function () {
  this.timeout(180_000);
  let browser: Browser;
  let page: Page;
  let dir: string;
  let small: Diagram;
  const files: Record<string, string> = {};

  before(async () => {
    ensureBuilt();
    dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-readable-'));
    small = diagramOf(await lintFiles({ '/ws/landscape.yaml': LANDSCAPE }));
    const example = landscape(['render', path.join(ROOT, 'examples/fjordbank/landscape.yaml'), '--format', 'json'], ROOT);
    assert.equal(example.code, 0, example.stderr);
    const large = landscape(['render', 'landscape.yaml', '--format', 'json'], workspace({ 'landscape.yaml': generateLandscape(1000) }));
    assert.equal(large.code, 0, large.stderr);
    const pictures: Record<string, Diagram> = { small, fjordbank: JSON.parse(example.stdout) as Diagram, large: JSON.parse(large.stdout) as Diagram };
    for (const [name, d] of Object.entries(pictures)) {
      files[name] = path.join(dir, `${name}.html`);
      writeFileSync(files[name], webviewHtml(d));
    }
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    await page?.close();
  });

  const open = async (name: string, viewport: { width: number; height: number }): Promise<void> => {
    page = await browser.newPage({ viewport });
    await page.addInitScript(VSCODE_API_STUB);
    await page.goto(`file://${files[name]}`);
    await page.waitForSelector('.ls-name');
  };
  const shown = (): Promise<Shown> => page.evaluate<Shown>(SHOWN);
  const state = (): Promise<{ zoom: number; fitted?: boolean }> => page.evaluate(() => (window as unknown as { __state: { zoom: number; fitted?: boolean } }).__state);

  it('opens fitted on the examples: the whole picture, or names ≥ 12 px at the content\'s top-left', async () => {
    const seen: string[] = [];
    for (const name of ['small', 'fjordbank', 'large']) {
      for (const viewport of [{ width: 1400, height: 900 }, { width: 760, height: 900 }, { width: 500, height: 700 }]) {
        await open(name, viewport);
        const s = await shown();
        seen.push(`${name} ${viewport.width}×${viewport.height}: ${assertReadableFit(s, `${name} in ${viewport.width}×${viewport.height}`)}`);
        // The example's names all fit two lines at 13 px, so each is ≥ 12 px on screen as it is.
        if (name !== 'small') assert.deepEqual([...new Set(s.names.map((n) => n.px))], [13], name);
        await page.close();
      }
    }
    // Both outcomes happen: a wide panel holds the small pictures whole; 1,000 systems never fit readably.
    assert.deepEqual(seen, [
      'small 1400×900: whole', 'small 760×900: top-left', 'small 500×700: top-left',
      'fjordbank 1400×900: whole', 'fjordbank 760×900: top-left', 'fjordbank 500×700: top-left',
      'large 1400×900: top-left', 'large 760×900: top-left', 'large 500×700: top-left',
    ]);
  });

  it('fits again when the panel resizes, until the user zooms; Fit (and 0) fits again', async () => {
    await open('fjordbank', { width: 760, height: 900 });
    assert.equal(assertReadableFit(await shown(), 'narrow'), 'top-left');
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.waitForFunction(() => document.querySelector('.ls-canvas')!.clientWidth === 1400);
    await page.waitForFunction((w) => Number(document.querySelector('svg.ls-diagram')!.getAttribute('viewBox')!.split(' ')[2]) !== w, 760);
    assert.equal(assertReadableFit(await shown(), 'widened'), 'whole');
    assert.equal((await state()).fitted, true);
    await page.locator('button[aria-label="Zoom in"]').click();
    const zoomed = await state();
    assert.equal(zoomed.fitted, false);
    await page.setViewportSize({ width: 900, height: 900 });
    await page.waitForFunction(() => document.querySelector('.ls-canvas')!.clientWidth === 900);
    assert.equal((await state()).zoom, zoomed.zoom, 'a zoomed view keeps its zoom when the panel resizes');
    await page.locator('button[aria-label="Fit to window"]').click();
    assert.equal((await state()).fitted, true);
    assertReadableFit(await shown(), 'fitted again');
  });

  it('a long name wraps to two lines at 13 px (others one line), whole in its tooltip, in the export and in landscape render, never cut with …', async () => {
    await open('small', { width: 1400, height: 900 });
    const names = await page.locator('.ls-node[data-id]').evaluateAll((gs) => gs.map((g) => ({
      id: g.getAttribute('data-id'),
      lines: [...g.querySelectorAll(':scope > .ls-name tspan')].map((t) => t.textContent),
      size: getComputedStyle(g.querySelector('.ls-name')!).fontSize,
      tip: g.querySelector(':scope > title')!.textContent.split('\n')[0],
    })));
    const gw = names.find((n) => n.id === 'gw')!;
    // The first line is shorter: gw's finding badge sits at its end.
    assert.deepEqual([gw.lines, gw.size, gw.tip], [['Account anti-', 'corruption layer'], '13px', 'Account anti-corruption layer (gw)']);
    const sap = names.find((n) => n.id === 'sap')!;
    assert.equal(sap.lines.join(' '), LONG);
    assert.equal(sap.tip, `${LONG} (sap)`);
    for (const n of names.filter((x) => !['gw', 'sap'].includes(x.id!))) assert.deepEqual([n.lines, n.size], [[], '13px'], n.id!);
    const { svg } = await page.evaluate(() => (window as unknown as { landscapeDiagram: { exportImages(): Promise<{ svg: string }> } }).landscapeDiagram.exportImages());
    const rendered = renderSvg(small);
    for (const [what, file] of [['export', svg], ['render', rendered]]) {
      assert.ok(!file.includes('…'), `${what}: no name is cut`);
      // Each drawn text, its lines joined (lines break at spaces or after hyphens: compared without whitespace).
      const texts = new Set([...file.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/\s/g, '')));
      for (const n of small.nodes) assert.ok(texts.has(n.label.replace(/&/g, '&amp;').replace(/\s/g, '')), `${what}: ${n.id}'s whole name`);
    }
  });

  it('labels the domains inside a lane: both of Mode 1\'s, above the first box of each, and the systems without one', async () => {
    await open('small', { width: 1400, height: 900 });
    const labels = await page.locator('.ls-domain').evaluateAll((gs) => gs.map((g) => {
      const lane = g.closest('[data-lane]')!.getAttribute('data-lane');
      const t = g.querySelector('text')!.getBoundingClientRect();
      const laneBox = g.closest('[data-lane]')!.querySelector('.ls-lane')!.getBoundingClientRect();
      return { lane, domain: g.getAttribute('data-domain'), text: g.querySelector('text')!.textContent, bottom: t.bottom, inLane: t.left >= laneBox.left && t.right <= laneBox.right };
    }));
    assert.deepEqual(labels.map((l) => [l.lane, l.domain, l.text, l.inLane]), [
      ['mode1', 'accounts', 'accounts', true], ['mode1', 'payments', 'payments', true],
      ['gearbox', 'accounts', 'accounts', true], ['gearbox', '', '(no domain)', true],
    ]);
    // Each label sits just above the first system of its domain, not over it.
    for (const [lane, domain, id] of [['mode1', 'payments', 'cards'], ['gearbox', '', 'hub']]) {
      const box = (await page.locator(`.ls-node[data-id="${id}"] .ls-box`).boundingBox())!;
      const label = labels.find((l) => l.lane === lane && l.domain === domain)!;
      assert.ok(label.bottom <= box.y + 1 && label.bottom >= box.y - 14, `${domain || 'no domain'}: label bottom ${label.bottom}, box top ${box.y}`);
    }
    // Mode 2's systems have no domain: no label there.
    assert.equal(await page.locator('[data-lane="mode2"] .ls-domain').count(), 0);
  });

  it('a click selects a system, its edges and its neighbours and fades the rest; Enter does the same from the keyboard; Escape clears', async () => {
    await open('small', { width: 1400, height: 900 });
    // Each system's and edge's selection classes and computed opacity. A string: see SHOWN.
    const classes = (): Promise<{ nodes: Record<string, string>; edges: Record<string, string> }> => page.evaluate(`(() => {
      const mark = (e) => (['selected', 'ls-neighbour', 'ls-linked'].filter((c) => e.classList.contains(c)).join(' ') + ' ' + getComputedStyle(e).opacity).trim();
      return {
        nodes: Object.fromEntries([...document.querySelectorAll('.ls-nodes > .ls-node')].map((g) => [g.getAttribute('data-id'), mark(g)])),
        edges: Object.fromEntries([...document.querySelectorAll('.ls-edges > .ls-edge')].map((p) => [p.getAttribute('data-edge'), mark(p)])),
      };
    })()`);
    const gwSelected = {
      nodes: { sap: 'ls-neighbour 1', ledger: '0.25', cards: '0.25', gw: 'selected 1', hub: '0.25', shop: 'ls-neighbour 1', app: '0.25' },
      edges: { 'gw->sap:sap-api': 'ls-linked 1', 'hub->cards': '0.25', 'shop->gw:gw-api': 'ls-linked 1', 'app->shop': '0.25' },
    };
    const sortedKeys = (o: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
    const norm = (c: { nodes: Record<string, string>; edges: Record<string, string> }): unknown => ({ nodes: sortedKeys(c.nodes), edges: sortedKeys(c.edges) });
    await page.locator('.ls-node[data-id="gw"] .ls-box').click();
    assert.deepEqual(norm(await classes()), norm(gwSelected));
    await page.keyboard.press('Escape');
    const none = await classes();
    assert.ok(Object.values(none.nodes).every((c) => c === '1') && Object.values(none.edges).every((c) => c === '1'), JSON.stringify(none));
    assert.equal(await page.locator('svg.ls-selecting').count(), 0);
    // From the keyboard: focus the system, Enter.
    await page.locator('.ls-node[data-id="gw"]').focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(norm(await classes()), norm(gwSelected));
    assert.deepEqual((await page.evaluate(() => (window as unknown as { __messages: { type: string; id?: string }[] }).__messages)).filter((m) => m.type === 'revealSource').map((m) => m.id), ['gw', 'gw']);
    // An export is the landscape, not the session.
    const { svg } = await page.evaluate(() => (window as unknown as { landscapeDiagram: { exportImages(): Promise<{ svg: string }> } }).landscapeDiagram.exportImages());
    assert.doesNotMatch(svg, /class="[^"]*\b(ls-selecting|ls-neighbour|ls-linked|selected)\b/);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('svg.ls-selecting').count(), 0);
  });
});
