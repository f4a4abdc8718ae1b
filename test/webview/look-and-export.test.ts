/**
 * What the diagram looks like and what an export holds, in real headless Chromium (Debian's,
 * through playwright-core): readable badge digits in a light and a dark theme, arrowheads
 * that do not grow with the edge's severity (webview and `landscape render`), and exports
 * without UI state, with every name whole and a title.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { diagramOf, renderSvg, type Diagram } from '../../src/core/index';
import { ensureBuilt } from '../cli/cli-helpers';
import { lintFiles } from '../helpers/lint-snippet';
import { launchChromium, VSCODE_API_STUB, webviewHtml } from '../helpers/chromium-page';
import { contrastRatio } from '../helpers/contrast';


const LANDSCAPE = `apiVersion: landscape/v1
metadata: { name: look-test, title: Export test landscape, asOf: 2025-10-01 }
lint: { rules: { require-security-review: info } }
owners: [{ id: cio, type: executive, role: CIO }, { id: cto, type: executive, role: CTO }, { id: t, type: team, parent: cio }, { id: u, type: team, parent: cto }]
systems:
  - { id: sap, name: Core banking system of record for every account, mode: mode1, owner: t }
  - { id: gw, name: Account anti-corruption layer, mode: gearbox, owner: t, consumes: [sap-api] }
  - { id: shop, name: Mobile bank backend, mode: mode2, owner: u, exposure: internet, consumes: [sap-api, gw-api, old-api] }
  - { id: legacy, mode: gearbox, owner: t, lifecycle: phaseOut, successor: gw }
apis:
  - { id: sap-api, provider: sap, type: odata }
  - { id: gw-api, provider: gw, type: openapi }
  - { id: old-api, provider: legacy, type: openapi, lifecycle: phaseOut, successor: gw-api }
`;

/** VS Code's Dark Modern colours for the variables the diagram reads (light text colours for errors and warnings). */
const DARK_THEME: Record<string, string> = {
  '--vscode-editor-background': '#1f1f1f',
  '--vscode-editor-foreground': '#cccccc',
  '--vscode-editorWidget-background': '#202020',
  '--vscode-errorForeground': '#f85149',
  '--vscode-editorWarning-foreground': '#cca700',
  '--vscode-editorInfo-foreground': '#3794ff',
};

/** WCAG contrast ratio of a computed text colour on a computed fill. */
const contrast = (text: string, fill: string): number => contrastRatio(text, [fill]);

/** Each badge's severity, digit colour and weight, and its fill, as Chromium computes them. */
function badgeStyles(page: Page): Promise<{ sev: string; text: string; weight: string; fill: string }[]> {
  return page.evaluate(() => [...document.querySelectorAll('.ls-node .ls-badge')].map((rect) => {
    // The digit is the badge's next sibling in both renderers.
    const text = rect.nextElementSibling!;
    const t = getComputedStyle(text);
    return { sev: rect.getAttribute('class')!.replace('ls-badge ', ''), text: t.fill, weight: t.fontWeight, fill: getComputedStyle(rect).fill };
  }));
}

function assertReadableBadges(styles: { sev: string; text: string; weight: string; fill: string }[], where: string): void {
  assert.deepEqual(styles.map((s) => s.sev).sort(), ['error', 'info', 'warn'], where);
  for (const s of styles) {
    assert.equal(s.text, 'rgb(255, 255, 255)', `${where}: ${s.sev} digits are white`);
    assert.equal(s.weight, '700', `${where}: ${s.sev} digits are bold`);
    assert.ok(contrast(s.text, s.fill) >= 4.5, `${where}: ${s.sev} badge contrast ${contrast(s.text, s.fill).toFixed(2)} (fill ${s.fill}) ≥ 4.5`);
  }
}

/**
 * Height in screen pixels of the arrowhead at the end of each legend sample edge, measured in
 * a screenshot: the rows with ink in the last 12 units of the line and just past its end.
 */
async function legendArrowHeights(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const cls of ['sync', 'error', 'warn']) {
    const box = (await page.locator(`.ls-legend .ls-edge.${cls}`).boundingBox())!;
    const zoom = box.width / 36;
    const mid = box.y + box.height / 2;
    // ±10 units: an arrowhead of 10 fits, one scaled by a 2.2 stroke (15.4) does not; the lanes end 16 above.
    const clip = { x: box.x + box.width - 12 * zoom, y: mid - 10 * zoom, width: 13 * zoom, height: 20 * zoom };
    const png = await page.screenshot({ clip });
    out[cls] = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      // An HTML canvas, also in a plain SVG document (landscape render's file).
      const c = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas') as HTMLCanvasElement;
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const bg = [d[0], d[1], d[2]];
      let rows = 0;
      for (let y = 0; y < c.height; y++) {
        let ink = false;
        for (let x = 0; x < c.width && !ink; x++) {
          const i = (y * c.width + x) * 4;
          ink = Math.abs(d[i] - bg[0]) + Math.abs(d[i + 1] - bg[1]) + Math.abs(d[i + 2] - bg[2]) > 60;
        }
        if (ink) rows++;
      }
      return rows;
    }, png.toString('base64'));
  }
  return out;
}

function assertEvenArrowheads(h: Record<string, number>, where: string): void {
  assert.ok(h.sync >= 6, `${where}: a plain arrowhead is measured (${JSON.stringify(h)})`);
  assert.ok(h.error <= h.sync + 1, `${where}: the error arrowhead is no taller than a plain one (${JSON.stringify(h)})`);
  assert.ok(h.warn <= h.sync + 1, `${where}: the warning arrowhead is no taller than a plain one (${JSON.stringify(h)})`);
}

/** Each system's drawn name (its lines joined) and whether its texts stay inside its box; the title band. */
function drawnNames(page: Page): Promise<{ nodes: { id: string | null; name: string; inside: boolean }[]; title?: string; titleBottom?: number; lanesTop: number }> {
  // No named functions in here: the test transpiler would wrap them in a helper the page lacks.
  return page.evaluate(() => {
    const heading = document.querySelector<SVGTextElement>('.ls-export-title');
    return {
      nodes: [...document.querySelectorAll('.ls-node[data-id]')].map((g) => {
        const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(g.querySelector(':scope > .ls-box')!.getAttribute(k)));
        const texts = [...g.querySelectorAll(':scope > text:not(.ls-badge-text)')] as SVGTextElement[];
        const bboxes = texts.map((t) => t.getBBox()).filter((b) => b.width > 0);
        return {
          id: g.getAttribute('data-id'),
          name: [...(texts[0].querySelectorAll('tspan').length ? texts[0].querySelectorAll('tspan') : [texts[0]])].map((t) => t.textContent).join(' '),
          inside: bboxes.every((b) => b.x >= x && b.y >= y && b.x + b.width <= x + w && b.y + b.height <= y + h),
        };
      }),
      title: heading?.textContent ?? undefined,
      titleBottom: heading ? heading.getBBox().y + heading.getBBox().height : undefined,
      lanesTop: Math.min(...[...document.querySelectorAll('.ls-lane')].map((l) => (l as SVGGraphicsElement).getBoundingClientRect().top)),
    };
  });
}

function assertWholeNames(nodes: { id: string | null; name: string; inside: boolean }[], d: Diagram, where: string): void {
  const labels = new Map(d.nodes.map((n) => [n.id, n.label]));
  assert.equal(nodes.length, d.nodes.length, where);
  for (const n of nodes) {
    // Lines break at spaces or after hyphens: compare without the whitespace.
    assert.equal(n.name.replace(/\s/g, ''), labels.get(n.id!)!.replace(/\s/g, ''), `${where}: ${n.id}: the whole name`);
    assert.ok(n.inside, `${where}: ${n.id}: its texts stay inside its box`);
  }
}

describe('diagram look and export in headless Chromium', function () {
  this.timeout(120_000);
  let browser: Browser;
  let page: Page;
  let dir: string;
  let diagram: Diagram;

  before(async function () {
    ensureBuilt();
    diagram = diagramOf(await lintFiles({ '/ws/landscape.yaml': LANDSCAPE }));
    const html = webviewHtml(diagram);
    dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-look-'));
    writeFileSync(path.join(dir, 'diagram.html'), html);
    writeFileSync(path.join(dir, 'render.svg'), renderSvg(diagram, { standalone: true }));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.addInitScript(VSCODE_API_STUB);
  });

  afterEach(async () => {
    await page.close();
  });

  const openWebview = async (): Promise<void> => {
    await page.goto(`file://${path.join(dir, 'diagram.html')}`);
    await page.waitForSelector('.ls-node[data-id="shop"]');
  };
  const exported = async (): Promise<{ svg: string; png: string }> => page.evaluate(() => (window as unknown as { landscapeDiagram: { exportImages(): Promise<{ svg: string; png: string }> } }).landscapeDiagram.exportImages());

  it('badge digits are white and bold on every severity, ≥ 4.5:1 against the badge, in a light and a dark theme', async () => {
    await openWebview();
    assertReadableBadges(await badgeStyles(page), 'webview, light');
    await page.evaluate((vars) => {
      for (const [k, v] of Object.entries(vars)) document.documentElement.style.setProperty(k, v);
    }, DARK_THEME);
    assertReadableBadges(await badgeStyles(page), 'webview, dark');
    await page.goto(`file://${path.join(dir, 'render.svg')}`);
    assertReadableBadges(await badgeStyles(page), 'landscape render');
  });

  it('landscape render\'s SVG shows every name whole, inside its box (wrapped by estimated width)', async () => {
    await page.goto(`file://${path.join(dir, 'render.svg')}`);
    assertWholeNames((await drawnNames(page)).nodes, diagram, 'landscape render');
  });

  it('the webview shows every name whole, inside its box, as landscape render does (one drawing)', async () => {
    await openWebview();
    assertWholeNames((await drawnNames(page)).nodes, diagram, 'webview');
  });

  it('arrowheads on error and warning edges are as tall as on a plain edge (webview and landscape render)', async () => {
    await openWebview();
    assertEvenArrowheads(await legendArrowHeights(page), 'webview');
    await page.goto(`file://${path.join(dir, 'render.svg')}`);
    assertEvenArrowheads(await legendArrowHeights(page), 'landscape render');
  });

  it('the highlight of the cursor\'s system survives an update (the host sends it again only when the cursor moves)', async () => {
    await openWebview();
    await page.evaluate(() => window.postMessage({ type: 'highlight', id: 'gw' }, '*'));
    await page.waitForSelector('.ls-node.highlighted[data-id="gw"]');
    // The update redraws every node: wait until the old one is gone.
    await page.evaluate(() => { (window as unknown as { __old: Element }).__old = document.querySelector('.ls-node[data-id="gw"]')!; });
    await page.evaluate((d) => window.postMessage({ type: 'update', diagram: d }, '*'), diagram as unknown as Record<string, unknown>);
    await page.waitForFunction(() => !(window as unknown as { __old: Element }).__old.isConnected);
    assert.deepEqual(await page.locator('.ls-node.highlighted').evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))), ['gw']);
  });

  it('an export is the same whatever was selected, highlighted, filtered or focused', async () => {
    await openWebview();
    const before = await exported();
    await page.locator('input[data-mode="mode1"]').uncheck();
    await page.evaluate(() => window.postMessage({ type: 'highlight', id: 'shop' }, '*'));
    await page.waitForSelector('.ls-node.highlighted[data-id="shop"]');
    await page.locator('.ls-node[data-id="gw"] .ls-box').click();
    await page.locator('.ls-node[data-id="gw"]').focus();
    assert.equal(await page.locator('.ls-node.selected, .ls-node.highlighted').count(), 2, 'the screen shows the state');
    assert.equal(await page.locator('.ls-node[data-id="sap"]').count(), 0, 'the filter hides Mode 1 on screen');
    const after = await exported();
    assert.doesNotMatch(after.svg, /class="[^"]*\b(selected|highlighted|dim)\b/);
    assert.equal(after.svg, before.svg);
    assert.equal(after.png, before.png);
  });

  it('an export shows every name whole, inside its box, under a title with the landscape\'s name and asOf date', async () => {
    await openWebview();
    const { svg, png } = await exported();
    writeFileSync(path.join(dir, 'export.svg'), svg);
    writeFileSync(path.join(dir, 'export.png'), Buffer.from(png.split(',')[1], 'base64'));
    await page.goto(`file://${path.join(dir, 'export.svg')}`);
    const drawn = await drawnNames(page);
    assertWholeNames(drawn.nodes, diagram, 'export');
    assert.equal(drawn.title, 'Export test landscape · as of 2025-10-01');
    assert.ok(drawn.titleBottom! <= drawn.lanesTop, 'the title sits above the lanes');
    // The PNG is the SVG's picture at twice its size, title band included.
    const bytes = Buffer.from(png.split(',')[1], 'base64');
    const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
    assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [Number(viewBox[1]) * 2, Number(viewBox[2]) * 2]);
    assert.equal(Number(viewBox[2]), diagram.height + 40);
  });
});
