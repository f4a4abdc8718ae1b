/**
 * Filters that filter, in real headless Chromium on the SPEC's example (25 systems): each
 * filter hides what it leaves out (and the edges of what it hides), the view fits to what is
 * left, and every count says what is left (the status line, the lanes' titles); "dim instead"
 * draws it faded again. The expected systems come from the diagram's data by plain code;
 * the numbers are also written out, so a change in the example is seen.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { diagramOf, type Diagram } from '../../src/core/index';
import type { DiagramNode } from '../../src/core/diagram/model';
import { ensureBuilt, ROOT } from '../cli/cli-helpers';
import { lintFiles } from '../helpers/lint-snippet';
import { launchChromium, pageRecordingErrors, VSCODE_API_STUB, webviewHtml } from '../helpers/chromium-page';

const SPEC = readFileSync(path.join(ROOT, 'test/fixtures/spec-examples/nordhem-retail/landscape.yaml'), 'utf8');

describe('diagram filters hide, re-fit and count (headless Chromium, SPEC example)', function () {
  this.timeout(120_000);
  let browser: Browser;
  let page: Page;
  let file: string;
  let diagram: Diagram;
  const errors: string[] = [];

  before(async () => {
    ensureBuilt();
    diagram = diagramOf(await lintFiles({ '/ws/landscape.yaml': SPEC }));
    file = path.join(mkdtempSync(path.join(os.tmpdir(), 'landscape-filters-')), 'diagram.html');
    writeFileSync(file, webviewHtml(diagram));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    page = await pageRecordingErrors(browser, { width: 1400, height: 900 }, errors);
    await page.addInitScript(VSCODE_API_STUB);
    await page.goto(`file://${file}`);
    await page.waitForSelector('.ls-node[data-id="sap-s4"]');
  });

  afterEach(async () => {
    await page.close();
    assert.deepEqual(errors, []);
  });

  const drawnIds = (): Promise<string[]> => page.locator('.ls-nodes .ls-node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!).sort());
  const drawnEdges = (): Promise<string[]> => page.locator('.ls-edges .ls-edge').evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')!).sort());
  const status = async (): Promise<string> => (await page.locator('.ls-status').textContent()) ?? '';
  const laneTitles = (): Promise<string[]> => page.locator('.ls-lane-title').allTextContents();
  const viewBox = async (): Promise<{ x: number; y: number; w: number; h: number }> => {
    const [x, y, w, h] = (await page.locator('svg.ls-diagram').getAttribute('viewBox'))!.split(' ').map(Number);
    return { x, y, w, h };
  };

  /** What a filter leaves, by plain code over the diagram's data: systems, the dependencies between them, the lanes' counts. */
  function expected(keep: (n: DiagramNode) => boolean): { ids: string[]; edges: string[]; drawnEdges: string[]; lanes: string[] } {
    const ids = diagram.nodes.filter(keep).map((n) => n.id);
    const edges = diagram.edges.filter((e) => ids.includes(e.from) && ids.includes(e.to));
    // Parallel edges are drawn as one line (the first of the bundle): each counts, one is drawn.
    const drawnEdges = edges.filter((e) => (e as { bundledInto?: string }).bundledInto === undefined);
    const lanes = diagram.lanes.map((l) => `${l.label} (${diagram.nodes.filter((n) => keep(n) && n.lane === l.id).length})`);
    return { ids: ids.sort(), edges: edges.map((e) => e.id).sort(), drawnEdges: drawnEdges.map((e) => e.id).sort(), lanes };
  }

  /** The filter's systems and edges are drawn and nothing else, the counts say so, and the view fits them. */
  async function assertShows(keep: (n: DiagramNode) => boolean, statusLine: string, before: { x: number; y: number; w: number; h: number }): Promise<void> {
    const e = expected(keep);
    assert.deepEqual(await drawnIds(), e.ids);
    assert.deepEqual(await drawnEdges(), e.drawnEdges);
    assert.deepEqual(await laneTitles(), e.lanes);
    assert.equal(await status(), statusLine);
    assert.equal(statusLine, `${e.ids.length} of 25 systems · ${e.edges.length} of ${diagram.edges.length} dependencies`);
    // The view fits what is left: all of it, or (when that would make names unreadably small) its top-left corner on.
    const v = await viewBox();
    assert.notDeepEqual(v, before, 'the view fits again');
    const left = diagram.nodes.filter(keep);
    const x0 = Math.min(...left.map((n) => n.x)), y0 = Math.min(...left.map((n) => n.y));
    const x1 = Math.max(...left.map((n) => n.x + n.w)), y1 = Math.max(...left.map((n) => n.y + n.h));
    const inView = (x: number, y: number): boolean => x >= v.x && y >= v.y && x <= v.x + v.w && y <= v.y + v.h;
    assert.ok(inView(x0, y0), `the top-left of what is left (${x0}, ${y0}) is in view ${JSON.stringify(v)}`);
    if (x1 - x0 <= v.w && y1 - y0 <= v.h) assert.ok(inView(x1, y1), `all that is left is in view ${JSON.stringify(v)}`);
    // Closer than the whole picture: the view is no larger than what is left plus its margins, on one axis at least.
    assert.ok(v.w < diagram.width || v.h < diagram.height, `zoomed in on what is left: ${JSON.stringify(v)}`);
  }

  it('opens with everything and the whole counts', async () => {
    assert.equal((await drawnIds()).length, 25);
    assert.equal(await status(), `25 of 25 systems · ${diagram.edges.length} dependencies`);
    assert.equal(diagram.edges.length, 52);
  });

  it('mode: unticking Mode 1 and the gearbox hides them and their edges, and fits the Mode 2 lane', async () => {
    const before = await viewBox();
    await page.getByRole('checkbox', { name: 'Show mode1' }).uncheck();
    await page.getByRole('checkbox', { name: 'Show gearbox' }).uncheck();
    await assertShows((n) => n.lane === 'mode2', '14 of 25 systems · 15 of 52 dependencies', before);
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'webview-filter-mode2.png') });
  });

  it("a system the filters hide does not pull the fitted view back to it (the editor's cursor in a Mode 1 system)", async () => {
    // The fitted view of Mode 2 alone, with no cursor anywhere.
    await page.getByRole('checkbox', { name: 'Show mode1' }).uncheck();
    await page.getByRole('checkbox', { name: 'Show gearbox' }).uncheck();
    const plain = await viewBox();
    await page.getByRole('checkbox', { name: 'Show mode1' }).check();
    await page.getByRole('checkbox', { name: 'Show gearbox' }).check();
    // The cursor on a Mode 1 system highlights it; hiding Mode 1 then fits to what is left, as without it
    // (it once revealed the hidden system: an empty Mode 1 lane on screen and Mode 2 half off it).
    const mode1 = diagram.nodes.find((n) => n.lane === 'mode1')!.id;
    await page.evaluate((id) => window.postMessage({ type: 'highlight', id }, '*'), mode1);
    await page.locator(`.ls-node.highlighted[data-id="${mode1}"]`).waitFor();
    await page.getByRole('checkbox', { name: 'Show mode1' }).uncheck();
    await page.getByRole('checkbox', { name: 'Show gearbox' }).uncheck();
    assert.deepEqual(await viewBox(), plain);
  });

  it('domain, owner, only with findings and search each hide what they leave out', async () => {
    let before = await viewBox();
    await page.getByRole('combobox', { name: 'Filter by domain' }).selectOption('commerce');
    await assertShows((n) => n.domain === 'commerce', '4 of 25 systems · 2 of 52 dependencies', before);
    await page.getByRole('combobox', { name: 'Filter by domain' }).selectOption('');
    before = await viewBox();
    await page.getByRole('combobox', { name: 'Filter by owner' }).selectOption('team-integration');
    await assertShows((n) => n.owner === 'team-integration', '5 of 25 systems · 8 of 52 dependencies', before);
    await page.getByRole('combobox', { name: 'Filter by owner' }).selectOption('');
    before = await viewBox();
    await page.getByRole('checkbox', { name: 'Only with findings' }).check();
    const withFindings = diagram.nodes.filter((n) => n.worst).length;
    await assertShows((n) => !!n.worst, `${withFindings} of 25 systems · ${expected((n) => !!n.worst).edges.length} of 52 dependencies`, before);
    await page.getByRole('checkbox', { name: 'Only with findings' }).uncheck();
    before = await viewBox();
    await page.getByRole('searchbox', { name: 'Search systems' }).fill('svc');
    await assertShows((n) => n.id.includes('svc') || n.label.toLowerCase().includes('svc'), '4 of 25 systems · 0 of 52 dependencies', before);
  });

  it('"dim instead" draws what the filters leave out faded, counts the same, and keeps the choice', async () => {
    await page.getByRole('checkbox', { name: 'Show mode1' }).uncheck();
    await page.getByRole('checkbox', { name: 'Dim instead of hiding' }).check();
    assert.equal((await drawnIds()).length, 25);
    const dimmed = await page.locator('.ls-nodes .ls-node.dim').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!).sort());
    assert.deepEqual(dimmed, diagram.nodes.filter((n) => n.lane === 'mode1').map((n) => n.id).sort());
    const e = expected((n) => n.lane !== 'mode1');
    assert.equal(await status(), `${e.ids.length} of 25 systems · ${e.edges.length} of 52 dependencies`);
    assert.equal(await page.locator('.ls-edges .ls-edge:not(.dim)').count(), e.drawnEdges.length);
    assert.deepEqual(await laneTitles(), e.lanes);
    const state = await page.evaluate(() => (window as unknown as { __state: { filters: { dim?: boolean; modes: string[] } } }).__state.filters);
    assert.deepEqual(state, { modes: ['gearbox', 'mode2', 'unassigned'], domain: '', owner: '', onlyFindings: false, search: '', dim: true });
    await page.getByRole('checkbox', { name: 'Dim instead of hiding' }).uncheck();
    assert.deepEqual(await drawnIds(), e.ids);
  });
});
