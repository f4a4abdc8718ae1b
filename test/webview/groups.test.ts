/**
 * Domain groups in the webview, in real headless Chromium: a large landscape opens collapsed,
 * a group asks its host to expand (click or Enter), updates are drawn; and the standalone
 * page of `landscape render --format html` really expands and collapses groups on its own.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { diagramOf, type Diagram } from '../../src/core/index';
import { generateLandscape } from '../../bench/generate';
import { ensureBuilt, landscape, ROOT, workspace } from '../cli/cli-helpers';
import { lintFiles } from '../helpers/lint-snippet';
import { launchChromium, VSCODE_API_STUB, webviewHtml } from '../helpers/chromium-page';

const NONCE = 'Z3JvdXBzbm9uY2UxMjM0NTY=';
/** 400 generated systems: 10 domains in each of the three lanes. */
const TEXT = generateLandscape(400);
const STUB = VSCODE_API_STUB;

describe('diagram webview: domain groups in headless Chromium', function () {
  this.timeout(120_000);
  let browser: Browser;
  let page: Page;
  let webviewFile: string;
  let pageFile: string;
  let collapsed: Diagram;
  let opened: Diagram;
  const errors: string[] = [];

  before(async function () {
    ensureBuilt();
    const r = await lintFiles({ '/ws/landscape.yaml': TEXT });
    collapsed = diagramOf(r);
    opened = diagramOf(r, collapsed, { expanded: ['group:mode1:domain-3'] });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-groups-'));
    webviewFile = path.join(dir, 'webview.html');
    writeFileSync(webviewFile, webviewHtml(collapsed, { nonce: NONCE }));
    // The standalone page as the CLI writes it (page host inlined, no VS Code).
    const ws = workspace({ 'landscape.yaml': TEXT });
    const run = landscape(['render', 'landscape.yaml', '--format', 'html', '-o', 'diagram.html'], ws);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /Wrote diagram\.html \(400 systems, \d+ dependencies, collapsed into 30 domain groups\)/);
    pageFile = path.join(ws, 'diagram.html');
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  const open = async (file: string, init?: string): Promise<void> => {
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    errors.length = 0;
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    if (init) await page.addInitScript(init);
    await page.goto(`file://${file}`);
    await page.waitForSelector('.ls-group[data-group="group:mode1:domain-3"]');
  };

  afterEach(async () => {
    await page?.close();
  });

  const messages = (): Promise<{ type: string; group?: string; id?: string; expanded?: string[] }[]> => page.evaluate(() => (window as unknown as { __messages: never[] }).__messages);
  const nodeIds = (): Promise<string[]> => page.locator('.ls-nodes .ls-node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!).sort());
  const members = (d: Diagram, id: string): string[] => [...d.groups.find((g) => g.id === id)!.members].sort();

  it('a large landscape opens with every domain group collapsed', async () => {
    await open(webviewFile, STUB);
    assert.equal(await page.locator('.ls-groups .ls-group.collapsed').count(), 30);
    assert.equal(await page.locator('.ls-nodes .ls-node').count(), 0);
    assert.equal(await page.locator('.ls-edges .ls-edge').count(), collapsed.edges.length);
    const g = page.locator('.ls-group[data-group="group:mode1:domain-3"]');
    assert.deepEqual(await g.evaluate((e) => [e.getAttribute('tabindex'), e.getAttribute('role'), e.getAttribute('aria-expanded'), e.getAttribute('aria-label')]),
      ['0', 'button', 'false', `Group domain-3, ${members(collapsed, 'group:mode1:domain-3').length} systems, mode1${collapsed.groups.find((x) => x.id === 'group:mode1:domain-3')!.worst ? `, has ${collapsed.groups.find((x) => x.id === 'group:mode1:domain-3')!.worst}` : ''}`]);
    assert.equal(await g.locator('text').first().textContent(), '+ domain-3');
    // 400 systems have more group pairs with a dependency than an overview draws (groups.ts, EDGE_BUDGET): it says how many it left out.
    assert.equal(await page.locator('.ls-status').textContent(), `400 of 400 systems · 30 of 30 domain groups collapsed (click one to expand) · 250 edges (${collapsed.hiddenEdges!.edges} lighter edges between groups left out: expand a group to see its own)`);
    assert.equal(collapsed.hiddenEdges!.edges, 122);
    assert.deepEqual((await messages())[0], { type: 'ready' });
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'webview-groups-collapsed.png') });
  });

  it('clicking a group, or Enter on it, posts toggleGroup (and reveals nothing)', async () => {
    await open(webviewFile, STUB);
    await page.locator('.ls-group[data-group="group:mode1:domain-3"] .ls-box').click();
    await page.locator('.ls-group[data-group="group:gearbox:domain-0"]').focus();
    await page.keyboard.press('Enter');
    assert.deepEqual((await messages()).filter((m) => m.type !== 'ready'), [
      { type: 'toggleGroup', group: 'group:mode1:domain-3' },
      { type: 'toggleGroup', group: 'group:gearbox:domain-0' },
    ]);
  });

  it('draws the host\'s update: the expanded group\'s systems under its header; focus stays on the toggled group', async () => {
    await open(webviewFile, STUB);
    await page.locator('.ls-group[data-group="group:mode1:domain-3"]').focus();
    await page.keyboard.press('Enter');
    await page.evaluate((d) => window.postMessage({ type: 'update', diagram: d }, '*'), opened);
    await page.waitForSelector('.ls-group.expanded[data-group="group:mode1:domain-3"]');
    assert.deepEqual(await nodeIds(), members(opened, 'group:mode1:domain-3'));
    assert.equal(await page.locator('.ls-frames .ls-group-frame[data-frame="group:mode1:domain-3"]').count(), 1);
    assert.equal(await page.locator('.ls-group[data-group="group:mode1:domain-3"]').getAttribute('aria-expanded'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-group')), 'group:mode1:domain-3');
    // The webview state remembers the open group (for a restored panel).
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __state: { expanded: string[] } }).__state.expanded), ['group:mode1:domain-3']);
  });

  it('a system inside a collapsed group: the cursor highlights the group, the search keeps it', async () => {
    await open(webviewFile, STUB);
    const inside = members(collapsed, 'group:mode2:domain-7')[0];
    await page.evaluate((id) => window.postMessage({ type: 'highlight', id }, '*'), inside);
    await page.waitForSelector('.ls-group.highlighted');
    assert.deepEqual(await page.locator('.ls-group.highlighted').evaluateAll((els) => els.map((e) => e.getAttribute('data-group'))), ['group:mode2:domain-7']);
    await page.locator('input[type=search]').fill(inside);
    const undimmed = await page.locator('.ls-groups .ls-group:not(.dim)').evaluateAll((els) => els.map((e) => e.getAttribute('data-group')));
    // The id may also be a prefix of other ids (sys-1 of sys-10…), in any group.
    assert.ok(undimmed.includes('group:mode2:domain-7'));
    assert.deepEqual(undimmed.filter((id) => !collapsed.groups.find((g) => g.id === id)!.members.some((m) => m.includes(inside))), []);
  });

  it('a restored webview tells the host which groups were open', async () => {
    await open(webviewFile, `${STUB}\nwindow.__state = { x: 0, y: 0, zoom: 1, expanded: ['group:mode2:domain-1'] };`);
    assert.deepEqual((await messages())[0], { type: 'ready', expanded: ['group:mode2:domain-1'] });
  });

  it('standalone HTML (landscape render): a click expands the group, its systems appear; a click on the header collapses it', async () => {
    await open(pageFile);
    assert.equal(await page.locator('.ls-nodes .ls-node').count(), 0);
    await page.locator('.ls-group[data-group="group:mode1:domain-3"] .ls-box').click();
    await page.waitForSelector('.ls-group.expanded[data-group="group:mode1:domain-3"]');
    assert.deepEqual(await nodeIds(), members(collapsed, 'group:mode1:domain-3'));
    // Same picture as the editor's host would post.
    assert.equal(await page.locator('.ls-edges .ls-edge').count(), opened.edges.filter((e) => e.bundledInto === undefined).length);
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'webview-groups-expanded.png') });
    await page.locator('.ls-group[data-group="group:mode1:domain-3"] .ls-box').click();
    await page.waitForSelector('.ls-group.collapsed[data-group="group:mode1:domain-3"]');
    assert.equal(await page.locator('.ls-nodes .ls-node').count(), 0);
    // From the keyboard too.
    await page.locator('.ls-group[data-group="group:mode2:domain-0"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.ls-group.expanded[data-group="group:mode2:domain-0"]');
    assert.deepEqual(await nodeIds(), members(collapsed, 'group:mode2:domain-0'));
    assert.deepEqual(errors, [], 'no script errors and no CSP violations');
  });

  it('shows a hostile domain name as text and executes nothing', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>';
    const r = await lintFiles({ '/ws/landscape.yaml': `apiVersion: landscape/v1\nsystems:\n  - { id: a, mode: mode2, owner: t, domain: ${JSON.stringify(hostile)} }\n  - { id: b, mode: mode1, owner: t }\n` });
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'landscape-groups-')), 'hostile.html');
    writeFileSync(file, webviewHtml(diagramOf(r, undefined, { collapseAbove: 1 }), { nonce: NONCE, style: false }));
    page = await browser.newPage();
    await page.addInitScript(STUB);
    await page.goto(`file://${file}`);
    const g = page.locator('.ls-group[data-group^="group:mode2:"]');
    await g.waitFor();
    assert.equal(await g.getAttribute('data-group'), `group:mode2:${hostile}`);
    // The whole name, wrapped (lines break at spaces and after slashes: compare without the whitespace).
    assert.equal((await g.locator('text').first().textContent())!.replace(/\s/g, ''), `+ ${hostile}`.replace(/\s/g, ''));
    assert.ok((await g.locator('title').textContent())!.startsWith(`${hostile}: 1 system in mode2`));
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    await g.click();
    assert.deepEqual((await messages()).filter((m) => m.type === 'toggleGroup'), [{ type: 'toggleGroup', group: `group:mode2:${hostile}` }]);
  });

  it('standalone HTML keeps its strict CSP: the page host is a nonce\'d inline script, nothing else runs', () => {
    const html = readFileSync(pageFile, 'utf8');
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 2);
    assert.ok(scripts.every((a) => / nonce="[A-Za-z0-9+/=]+"$/.test(a)), scripts.join());
    assert.match(html, /script-src 'nonce-/);
    assert.match(html, / data-model="\{&quot;title&quot;/);
  });
});
