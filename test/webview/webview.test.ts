/**
 * The diagram webview in real headless Chromium (Debian's, through playwright-core) on the
 * built bundle, with a stub of the VS Code webview API recording posted messages.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { diagramOf } from '../../src/core/index';
import { ensureBuilt, ROOT } from '../cli/cli-helpers';
import { lintFiles } from '../helpers/lint-snippet';
import { launchChromium, VSCODE_API_STUB, webviewHtml } from '../helpers/chromium-page';

const HOSTILE = '<img src=x onerror="window.__pwned=1">\'"</script><script>window.__pwned=2</script>';

const LANDSCAPE = `apiVersion: landscape/v1
metadata: { title: Webview test, asOf: 2025-10-01 }
owners: [{ id: cio, type: executive, role: CIO }, { id: cto, type: executive, role: CTO }, { id: t, type: team, parent: cio }, { id: u, type: team, parent: cto }]
domains: [{ id: pay, owner: t }]
systems:
  - { id: sap, mode: mode1, owner: t, domain: pay }
  - { id: gw, mode: gearbox, owner: t, consumes: [sap-api] }
  - { id: shop, mode: mode2, owner: u, consumes: [gw-api] }
  - { id: evil, name: ${JSON.stringify(HOSTILE)}, mode: mode2, owner: u, dependsOn: [sap] }
apis:
  - { id: sap-api, provider: sap, type: odata }
  - { id: gw-api, provider: gw, type: openapi }
`;

describe('diagram webview in headless Chromium', function () {
  this.timeout(120_000);
  let browser: Browser;
  let page: Page;
  let file: string;

  before(async function () {
    ensureBuilt();
    const r = await lintFiles({ '/ws/landscape.yaml': LANDSCAPE });
    const html = webviewHtml(diagramOf(r));
    file = path.join(mkdtempSync(path.join(os.tmpdir(), 'landscape-webview-')), 'diagram.html');
    writeFileSync(file, html);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    // The VS Code webview API, recorded (init scripts run before the page and outside its CSP).
    // A string, not a function: the test runner's transpiler would add helpers the page lacks.
    await page.addInitScript(VSCODE_API_STUB);
    await page.goto(`file://${file}`);
    await page.waitForSelector('.ls-node[data-id="sap"]');
  });

  afterEach(async () => {
    await page.close();
  });

  const messages = (): Promise<{ type: string; id?: string; svg?: string; png?: string }[]> => page.evaluate(() => (window as unknown as { __messages: never[] }).__messages);

  it('renders every system in its lane, says ready, and draws a legend', async () => {
    assert.equal(await page.locator('.ls-nodes .ls-node').count(), 4);
    assert.equal(await page.locator('.ls-edges .ls-edge').count(), 3);
    assert.deepEqual((await messages())[0], { type: 'ready' });
    assert.ok(await page.locator('.ls-legend').count());
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'webview-diagram.png') });
  });

  it('marks systems with badges counting their findings by severity', async () => {
    const r = await lintFiles({ '/ws/landscape.yaml': LANDSCAPE });
    for (const id of ['evil', 'shop', 'sap']) {
      const expected: Record<string, number> = {};
      for (const f of r.findings.filter((x) => x.subject === id)) expected[f.severity] = (expected[f.severity] ?? 0) + 1;
      const shown = await page.locator(`.ls-node[data-id="${id}"] .ls-badge-text`).allTextContents();
      const classes = await page.locator(`.ls-node[data-id="${id}"] .ls-badge`).evaluateAll((els) => els.map((e) => e.getAttribute('class')!.replace('ls-badge ', '')));
      assert.deepEqual(Object.fromEntries(classes.map((c, i) => [c, Number(shown[i])])), expected, id);
    }
    assert.ok(await page.locator('.ls-node[data-id="evil"] .ls-badge.error').count(), 'the direct Mode 2 → Mode 1 dependency is an error badge');
  });

  it('shows hostile names as text and executes nothing', async () => {
    const text = await page.locator('.ls-node[data-id="evil"] title').textContent();
    assert.ok(text!.includes('<img src=x onerror='), 'the name is shown as text');
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  });

  it('the Content-Security-Policy blocks inline scripts without the nonce', async () => {
    // An inline script runs as it is inserted, or the policy refuses it and reports the
    // violation as an event: wait for that event (only when the script did not run), not for a while.
    const { ran, directive } = await page.evaluate(async () => {
      const refused = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true }));
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
      const inline = (window as unknown as { __inline?: number }).__inline;
      return { ran: inline, directive: inline === undefined ? await refused : null };
    });
    assert.equal(ran, undefined);
    assert.match(directive ?? '', /^script-src/);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp!, /default-src 'none'/);
    assert.match(csp!, /script-src 'nonce-/);
  });

  it('clicking a node posts revealSource with its id; an edge with its id', async () => {
    await page.locator('.ls-node[data-id="shop"] .ls-box').click();
    assert.deepEqual((await messages()).filter((m) => m.type === 'revealSource'), [{ type: 'revealSource', id: 'shop', kind: 'node' }]);
    assert.equal(await page.locator('.ls-node.selected').getAttribute('data-id'), 'shop');
    await page.keyboard.press('Tab');
    await page.locator('.ls-node[data-id="gw"]').focus();
    await page.keyboard.press('Enter');
    assert.equal((await messages()).filter((m) => m.type === 'revealSource').pop()!.id, 'gw');
  });

  it('a restored webview asks its host for the part it showed; the host\'s answer is drawn with its title and the way back', async () => {
    const restored = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const pick = { kind: 'impact', system: 'sap', direction: 'down', includeAsync: false };
    await restored.addInitScript(`${VSCODE_API_STUB}\nwindow.__state = ${JSON.stringify({ x: 0, y: 0, zoom: 1, pick })};`);
    await restored.goto(`file://${file}`);
    await restored.waitForSelector('.ls-node[data-id="sap"]');
    assert.deepEqual(await restored.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages[0]), { type: 'ready', pick });
    // The host answers with the part (here: sap and gw) and what it is.
    const part = await restored.evaluate(() => {
      const app = document.getElementById('app')!;
      const d = JSON.parse(app.dataset.diagram!) as { nodes: { id: string; distance?: number }[]; edges: { from: string; to: string }[] };
      const keep = new Map([['sap', 0], ['gw', 1]]);
      return { ...d, nodes: d.nodes.filter((n) => keep.has(n.id)).map((n) => ({ ...n, distance: keep.get(n.id) })), edges: d.edges.filter((e) => keep.has(e.from) && keep.has(e.to)) };
    });
    await restored.evaluate((d) => window.postMessage({ type: 'update', diagram: d, picked: { pick: { kind: 'impact', system: 'sap', direction: 'down', includeAsync: false }, title: 'Webview test: outage of sap', summary: '1 system affected: Gearbox 1' } }, '*'), part);
    await restored.waitForSelector('.ls-node[data-id="shop"]', { state: 'detached' });
    assert.equal(await restored.locator('.ls-pick-shown').textContent(), 'Webview test: outage of sap · 1 system affected: Gearbox 1');
    assert.equal(await restored.getByRole('button', { name: 'Show whole landscape' }).isVisible(), true);
    await restored.getByRole('button', { name: 'Show whole landscape' }).click();
    assert.deepEqual(await restored.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages.at(-1)), { type: 'pick', pick: null });
    assert.equal(await restored.evaluate(() => (window as unknown as { __state: { pick?: unknown } }).__state.pick), undefined);
    await restored.close();
  });

  it('a highlight message highlights the node', async () => {
    await page.evaluate(() => window.postMessage({ type: 'highlight', id: 'sap' }, '*'));
    await page.waitForSelector('.ls-node.highlighted[data-id="sap"]');
    assert.equal(await page.locator('.ls-node.highlighted').count(), 1);
  });

  it('filters by mode, domain, owner and findings, and searches: what they leave out is hidden', async () => {
    const drawn = async (): Promise<string[]> => (await page.locator('.ls-nodes .ls-node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!))).sort();
    await page.locator('input[data-mode="mode2"]').uncheck();
    assert.deepEqual(await drawn(), ['gw', 'sap']);
    assert.equal(await page.locator('.ls-status').textContent(), '2 of 4 systems · 1 of 3 dependencies');
    await page.locator('input[data-mode="mode2"]').check();
    await page.locator('select[aria-label="Filter by domain"]').selectOption('pay');
    assert.deepEqual(await drawn(), ['sap']);
    await page.locator('select[aria-label="Filter by domain"]').selectOption('');
    await page.locator('select[aria-label="Filter by owner"]').selectOption('u');
    assert.deepEqual(await drawn(), ['evil', 'shop']);
    await page.locator('select[aria-label="Filter by owner"]').selectOption('');
    await page.locator('input[aria-label="Only with findings"]').check();
    assert.deepEqual(await drawn(), ['evil', 'shop']);
    await page.locator('input[aria-label="Only with findings"]').uncheck();
    await page.locator('input[type=search]').first().fill('sho');
    assert.deepEqual(await drawn(), ['shop']);
    assert.equal(await page.locator('.ls-status').textContent(), '1 of 4 systems · 0 of 3 dependencies');
  });

  it('zooms with buttons and keeps the view in the webview state', async () => {
    const before = await page.locator('svg.ls-diagram').getAttribute('viewBox');
    await page.locator('button[aria-label="Zoom in"]').click();
    const after = await page.locator('svg.ls-diagram').getAttribute('viewBox');
    assert.notEqual(before, after);
    const state = await page.evaluate(() => (window as unknown as { __state: { zoom: number } }).__state);
    assert.ok(state.zoom > 0);
  });

  it('exports a valid SVG and a PNG', async () => {
    await page.evaluate(() => window.postMessage({ type: 'export' }, '*'));
    await page.waitForFunction(() => (window as unknown as { __messages: { type: string }[] }).__messages.some((m) => m.type === 'exportResult'));
    const r = (await messages()).find((m) => m.type === 'exportResult')!;
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, nodes: doc.querySelectorAll('.ls-nodes .ls-node').length, root: doc.documentElement.tagName };
    }, r.svg!);
    assert.deepEqual(parsed, { error: null, nodes: 4, root: 'svg' });
    assert.ok(!r.svg!.includes('var(--ls-'), 'colours are frozen into the file');
    assert.match(r.png!, /^data:image\/png;base64,/);
    const png = Buffer.from(r.png!.split(',')[1], 'base64');
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    assert.ok(png.length > 5000);
  });
});
