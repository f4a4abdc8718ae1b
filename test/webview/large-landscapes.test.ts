/**
 * Large landscapes in the webview, in real headless Chromium (issue 15, point 2): drag pans
 * from anywhere (a node or a group too) while a click still selects or expands and no text is
 * selected; the minimap follows pan and zoom and pans when its rectangle is dragged; semantic
 * zoom hides names far out and shows details close up; an expanded (or collapsed) group stays
 * where it was on screen; the grouping picker draws groups by owner. A drag moves the picture
 * as one layer (a transform; the viewBox, whose change redraws everything, is set once, when
 * the drag ends), and the minimap's frame follows it meanwhile; a wheel zoom scales that layer
 * and is committed once the wheel rests. The first draw sets the view
 * before the picture goes in (its texts laid out once), and the minimap is painted only once it
 * shows.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { diagramOf, type Diagram } from '../../src/core/index';
import { generateLandscape } from '../../bench/generate';
import { ensureBuilt, landscape, ROOT, workspace } from '../cli/cli-helpers';
import { lintFiles } from '../helpers/lint-snippet';
import { launchChromium, pageRecordingErrors, VSCODE_API_STUB, webviewHtml } from '../helpers/chromium-page';

type Message = { type: string; id?: string; group?: string; grouping?: string };

describe('diagram webview: large landscapes in headless Chromium', function () {
  this.timeout(180_000);
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const files: Record<'systems' | 'groups' | 'tiny' | 'standalone', string> = { systems: '', groups: '', tiny: '', standalone: '' };
  let collapsed: Diagram;
  let opened: Diagram;

  before(async function () {
    ensureBuilt();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-large-'));
    const write = (name: string, d: Diagram): string => {
      const f = path.join(dir, `${name}.html`);
      writeFileSync(f, webviewHtml(d));
      return f;
    };
    files.systems = write('systems', diagramOf(await lintFiles({ '/ws/landscape.yaml': generateLandscape(100) })));
    const r = await lintFiles({ '/ws/landscape.yaml': generateLandscape(400) });
    collapsed = diagramOf(r);
    opened = diagramOf(r, collapsed, { expanded: ['group:mode1:domain-3'] });
    files.groups = write('groups', collapsed);
    files.tiny = write('tiny', diagramOf(await lintFiles({ '/ws/landscape.yaml': generateLandscape(6) })));
    const ws = workspace({ 'landscape.yaml': generateLandscape(400) });
    const run = landscape(['render', 'landscape.yaml', '--format', 'html', '-o', 'diagram.html'], ws);
    assert.equal(run.code, 0, run.stderr);
    files.standalone = path.join(ws, 'diagram.html');
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    assert.deepEqual(errors, [], 'no script errors and no CSP violations');
    await page?.close();
  });

  const open = async (file: string, stub = true): Promise<void> => {
    page = await pageRecordingErrors(browser, { width: 1200, height: 800 }, errors);
    if (stub) await page.addInitScript(VSCODE_API_STUB);
    await page.goto(`file://${file}`);
    await page.waitForSelector('.ls-node, .ls-group');
  };
  const messages = (): Promise<Message[]> => page.evaluate(() => {
    const w = window as unknown as { __messages?: Message[]; __landscapeMessages?: Message[] };
    return w.__messages ?? w.__landscapeMessages ?? [];
  });
  const viewBox = async (): Promise<number[]> => (await page.locator('svg.ls-diagram').getAttribute('viewBox'))!.split(' ').map(Number);
  /** Screen px per drawing unit. */
  const zoom = async (): Promise<number> => (await page.locator('svg.ls-diagram').evaluate((s) => s.clientWidth)) / (await viewBox())[2];
  const round = (xs: number[]): number[] => xs.map((x) => Math.round(x * 100) / 100);
  /** The centre of the first element matching `selector` that is wholly on the canvas. */
  const onScreen = (selector: string): Promise<{ id: string; x: number; y: number }> => page.evaluate((sel) => {
    const c = document.querySelector('.ls-canvas')!.getBoundingClientRect();
    for (const e of document.querySelectorAll(sel)) {
      const r = e.querySelector('.ls-box')!.getBoundingClientRect();
      if (r.left > c.left + 20 && r.right < c.right - 240 && r.top > c.top + 20 && r.bottom < c.bottom - 180) {
        return { id: e.getAttribute('data-id') ?? e.getAttribute('data-group')!, x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    throw new Error(`nothing on screen matches ${sel}`);
  }, selector);
  /** A box's centre on screen (an expanded group's header has another stroke: its outline differs by a pixel). */
  const centre = (b: { x: number; y: number; width: number; height: number } | null): number[] => round([b!.x + b!.width / 2, b!.y + b!.height / 2]);
  const drag = async (from: { x: number; y: number }, dx: number, dy: number): Promise<void> => {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 4 });
    await page.mouse.move(from.x + dx, from.y + dy, { steps: 4 });
    await page.mouse.up();
  };

  it('dragging a system pans the view by the drag, selects nothing and no text; a click without movement selects it', async () => {
    await open(files.systems);
    const node = await onScreen('.ls-nodes .ls-node');
    const before = await viewBox();
    const z = await zoom();
    await drag(node, 120, 80);
    const after = await viewBox();
    assert.deepEqual(round(after), round([before[0] - 120 / z, before[1] - 80 / z, before[2], before[3]]));
    assert.equal(await page.locator('.selected').count(), 0);
    assert.deepEqual((await messages()).filter((m) => m.type === 'revealSource'), []);
    assert.equal(await page.evaluate(() => getSelection()?.toString()), '');
    assert.equal(await page.locator('.ls-canvas').evaluate((c) => getComputedStyle(c).userSelect), 'none');
    // The same system, where it is now: a plain click selects it and reveals its source.
    const moved = { x: node.x + 120, y: node.y + 80 };
    await page.mouse.click(moved.x, moved.y);
    assert.deepEqual(await page.locator('.selected').evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))), [node.id]);
    assert.deepEqual((await messages()).filter((m) => m.type === 'revealSource'), [{ type: 'revealSource', id: node.id, kind: 'node' }]);
    assert.deepEqual(round(await viewBox()), round(after));
  });

  it('dragging a collapsed group pans and does not expand it', async () => {
    await open(files.groups);
    const group = await onScreen('.ls-groups .ls-group.collapsed');
    const before = await viewBox();
    await drag(group, -90, 60);
    const z = await zoom();
    assert.deepEqual(round((await viewBox()).slice(0, 2)), round([before[0] + 90 / z, before[1] - 60 / z]));
    assert.deepEqual((await messages()).filter((m) => m.type === 'toggleGroup'), []);
    await page.mouse.click(group.x - 90, group.y + 60);
    assert.deepEqual((await messages()).filter((m) => m.type === 'toggleGroup'), [{ type: 'toggleGroup', group: group.id }]);
  });

  it('the minimap: hidden while the whole picture is on screen and for a tiny diagram; its rectangle follows pan and zoom; dragging it pans', async () => {
    await open(files.groups);
    const minimap = page.locator('.ls-minimap');
    // Opened fitted, the whole picture is on screen: no minimap, and it was never painted (a canvas' default width).
    const painted = (): Promise<number> => page.locator('.ls-minimap canvas').evaluate((c) => (c as HTMLCanvasElement).width);
    assert.deepEqual([await minimap.isVisible(), await painted()], [false, 300]);
    // Zoomed in, part of the picture is off screen.
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    assert.equal(await minimap.isVisible(), true);
    assert.equal(await painted(), Math.round(collapsed.width * Math.min(200 / collapsed.width, 150 / collapsed.height)));
    const scale = Math.min(200 / collapsed.width, 150 / collapsed.height);
    const frame = async (): Promise<number[]> => page.locator('.ls-minimap-view').evaluate((f) => ['left', 'top', 'width', 'height'].map((k) => parseFloat((f as HTMLElement).style.getPropertyValue(k))));
    const expected = (vb: number[]): number[] => {
      const [x0, y0] = [Math.max(0, vb[0] * scale), Math.max(0, vb[1] * scale)];
      return round([x0, y0, Math.min(collapsed.width * scale, (vb[0] + vb[2]) * scale) - x0, Math.min(collapsed.height * scale, (vb[1] + vb[3]) * scale) - y0]);
    };
    assert.deepEqual(round(await frame()), expected(await viewBox()));
    // Pan: the rectangle follows.
    await drag(await onScreen('.ls-groups .ls-group'), -150, -100);
    assert.deepEqual(round(await frame()), expected(await viewBox()));
    // Zoom: it follows too.
    await page.keyboard.press('+');
    assert.deepEqual(round(await frame()), expected(await viewBox()));
    // Dragging the rectangle moves the view by the drag, scaled up.
    const before = await viewBox();
    const r = (await page.locator('.ls-minimap-view').boundingBox())!;
    await drag({ x: r.x + r.width / 2, y: r.y + r.height / 2 }, -12, -9);
    const after = await viewBox();
    assert.deepEqual(round([after[0] - before[0], after[1] - before[1]]), round([-12 / scale, -9 / scale]));
    assert.deepEqual((await messages()).filter((m) => m.type === 'toggleGroup' || m.type === 'revealSource'), []);
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'webview-minimap.png') });
    // Fit: the whole picture on screen, no minimap.
    await page.keyboard.press('0');
    const fitted = await viewBox();
    if (fitted[0] <= 0 && fitted[1] <= 0 && fitted[0] + fitted[2] >= collapsed.width && fitted[1] + fitted[3] >= collapsed.height) assert.equal(await minimap.isVisible(), false);
    await page.close();
    await open(files.tiny);
    for (let i = 0; i < 6; i++) await page.keyboard.press('+');
    assert.equal(await page.locator('.ls-minimap').isVisible(), false);
  });

  /** The next animation frame has run (a pan's moves are applied in one). */
  const nextFrame = (): Promise<unknown> => page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  /** The layer's transform as [tx, ty, scale], or [] when it has none. */
  const layerTransform = async (): Promise<number[]> => {
    const t = await page.locator('.ls-layer').evaluate((e) => (e as HTMLElement).style.transform);
    const m = /^translate\((-?[\d.e+-]+)px, (-?[\d.e+-]+)px\) scale\(([\d.e+-]+)\)$/.exec(t);
    if (t && !m) throw new Error(`unexpected transform ${t}`);
    return m ? round(m.slice(1).map(Number)) : [];
  };
  /** Screen px agree to a tenth of a pixel (a transformed box and a re-laid-out one round differently). */
  const near = (xs: number[], ys: number[]): void => assert.ok(xs.every((x, i) => Math.abs(x - ys[i]) < 0.1), `${xs.join(',')} vs ${ys.join(',')}`);
  const moving = (): Promise<boolean> => page.locator('.ls-canvas').evaluate((c) => c.classList.contains('ls-moving'));

  it('the minimap shows what the filters leave, not what they hide', async () => {
    await open(files.groups);
    await page.getByRole('checkbox', { name: 'Show mode2' }).uncheck();
    await page.locator('.ls-canvas').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    assert.equal(await page.locator('.ls-minimap').isVisible(), true);
    const scale = Math.min(200 / collapsed.width, 150 / collapsed.height);
    const lane = collapsed.lanes.find((l) => l.id === 'mode2')!;
    const hidden = collapsed.groups.filter((g) => g.lane === 'mode2');
    assert.ok(hidden.length > 0);
    // The map's colour at each hidden group's centre is its lane's, as above the lane's first box (it once painted them all).
    const colours = await page.locator('.ls-minimap canvas').evaluate((c, points) => {
      const ctx = (c as HTMLCanvasElement).getContext('2d')!;
      const ratio = window.devicePixelRatio || 1;
      return points.map(([x, y]) => [...ctx.getImageData(Math.floor(x * ratio), Math.floor(y * ratio), 1, 1).data].join());
    }, [[(lane.x + lane.w / 2) * scale, 20 * scale], ...hidden.map((g) => [(g.x + g.w / 2) * scale, (g.y + g.h / 2) * scale])]);
    assert.deepEqual(colours.slice(1), hidden.map(() => colours[0]));
  });

  it('a drag moves the picture as one layer, the minimap frame following; the view is committed when it ends', async () => {
    await open(files.groups);
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    const scale = Math.min(200 / collapsed.width, 150 / collapsed.height);
    const frame = async (): Promise<number[]> => round(await page.locator('.ls-minimap-view').evaluate((f) => ['left', 'top', 'width', 'height'].map((k) => parseFloat((f as HTMLElement).style.getPropertyValue(k)))));
    const expected = (vb: number[]): number[] => {
      const [x0, y0] = [Math.max(0, vb[0] * scale), Math.max(0, vb[1] * scale)];
      return round([x0, y0, Math.min(collapsed.width * scale, (vb[0] + vb[2]) * scale) - x0, Math.min(collapsed.height * scale, (vb[1] + vb[3]) * scale) - y0]);
    };
    const group = await onScreen('.ls-groups .ls-group');
    const box = page.locator(`.ls-group[data-group="${group.id}"] .ls-box`);
    const at = (await box.boundingBox())!;
    const before = await viewBox();
    const z = await zoom();
    assert.deepEqual([await layerTransform(), await moving()], [[], false]);
    // At rest already composited, the svg drawing beyond its box: a gesture's first frame has nothing to paint again (view-layer.ts).
    const atRest = async (): Promise<string[]> => [await page.locator('.ls-layer').evaluate((e) => getComputedStyle(e).willChange), await page.locator('svg.ls-diagram').evaluate((e) => getComputedStyle(e).overflow)];
    assert.deepEqual(await atRest(), ['transform', 'visible']);
    await page.mouse.move(group.x, group.y);
    await page.mouse.down();
    await page.mouse.move(group.x - 60, group.y - 40, { steps: 4 });
    await nextFrame();
    // Mid-drag: the drawing is as it was (same viewBox), its layer moved by the drag and composited.
    assert.deepEqual(await viewBox(), before);
    assert.deepEqual(await layerTransform(), [-60, -40, 1]);
    assert.equal(await moving(), true);
    // …and the svg draws beyond its box for the layer to bring in.
    assert.deepEqual(await atRest(), ['transform', 'visible']);
    const during = (await box.boundingBox())!;
    near([during.x - at.x, during.y - at.y], [-60, -40]);
    const panned = [before[0] + 60 / z, before[1] + 40 / z, before[2], before[3]];
    assert.deepEqual(await frame(), expected(panned));
    await page.mouse.up();
    // Ended: the view committed, the layer back in place, the group where the drag left it.
    assert.deepEqual(round(await viewBox()), round(panned));
    assert.deepEqual([await layerTransform(), await moving()], [[], false]);
    assert.deepEqual(await atRest(), ['transform', 'visible']);
    const after = (await box.boundingBox())!;
    near([after.x - at.x, after.y - at.y], [-60, -40]);
    assert.deepEqual(await frame(), expected(panned));
    // The picture reaches past the svg's box (for the layer to move in), yet focusing a box out of view scrolls nothing.
    const last = page.locator('.ls-groups .ls-group').last();
    await last.focus();
    assert.deepEqual(await page.locator('.ls-canvas').evaluate((c) => [c.scrollLeft, c.scrollTop]), [0, 0]);
    assert.deepEqual(round(await viewBox()), round(panned));
  });

  it('a wheel zoom scales the layer about the pointer, the drawing as it was, and is committed once the wheel rests', async () => {
    await open(files.groups);
    const centre = await onScreen('.ls-groups .ls-group');
    // Whole pixels: a WheelEvent's clientX and clientY are.
    const group = { ...centre, x: Math.round(centre.x), y: Math.round(centre.y) };
    // The box as getBoundingClientRect has it (its geometry; Playwright's boxes add the stroke).
    const rect = (): Promise<{ x: number; y: number; width: number }> => page.locator(`.ls-group[data-group="${group.id}"] .ls-box`).evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    const at = await rect();
    const before = await viewBox();
    const z = await zoom();
    const canvas = (await page.locator('.ls-canvas').boundingBox())!;
    // Two wheel events and what they show, in one task: no rest can come between them or before the reading.
    const mid = await page.evaluate(({ x, y, id }) => {
      const c = document.querySelector('.ls-canvas')!;
      for (let i = 0; i < 2; i++) c.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: x, clientY: y, bubbles: true, cancelable: true }));
      const r = document.querySelector(`.ls-group[data-group="${id}"] .ls-box`)!.getBoundingClientRect();
      return { viewBox: document.querySelector('svg.ls-diagram')!.getAttribute('viewBox')!, moving: c.classList.contains('ls-moving'), transform: (document.querySelector('.ls-layer') as HTMLElement).style.transform, box: [r.x, r.y, r.width] };
    }, { x: group.x, y: group.y, id: group.id });
    // Meanwhile: the same viewBox (no text laid out again), the layer scaled by 1.15² about the pointer.
    assert.deepEqual(mid.viewBox.split(' ').map(Number), before);
    assert.equal(mid.moving, true);
    const s2 = 1.15 ** 2;
    const m = /^translate\((-?[\d.e+-]+)px, (-?[\d.e+-]+)px\) scale\(([\d.e+-]+)\)$/.exec(mid.transform);
    assert.deepEqual(round(m!.slice(1).map(Number)), round([(group.x - canvas.x) * (1 - s2), (group.y - canvas.y) * (1 - s2), s2]));
    const during = { x: mid.box[0], y: mid.box[1], width: mid.box[2] };
    near(round([during.x, during.y, during.width]), round([group.x + (at.x - group.x) * s2, group.y + (at.y - group.y) * s2, at.width * s2]));
    // At rest: the view committed at that zoom, the layer back in place, the group where the wheel left it.
    await page.waitForFunction(() => !document.querySelector('.ls-canvas.ls-moving'));
    const [px, py] = [group.x - canvas.x, group.y - canvas.y];
    const zoomed = z * s2;
    assert.deepEqual(round(await viewBox()), round([before[0] + px / z - px / zoomed, before[1] + py / z - py / zoomed, before[2] * z / zoomed, before[3] * z / zoomed]));
    assert.deepEqual(await layerTransform(), []);
    const after = await rect();
    near(round([after.x, after.y, after.width]), round([during.x, during.y, during.width]));
  });

  it('the first draw sets the view before the picture goes in, so its texts are laid out once, at their scale', async () => {
    page = await pageRecordingErrors(browser, { width: 1200, height: 800 }, errors);
    await page.addInitScript(VSCODE_API_STUB);
    // Records, in order, the svg's viewBox being set and the picture being put into it.
    await page.addInitScript(`
      window.__order = [];
      new MutationObserver((records) => {
        for (const r of records) {
          if (!(r.target instanceof SVGSVGElement) || !r.target.classList.contains('ls-diagram')) continue;
          if (r.type === 'attributes') window.__order.push('viewBox');
          else if (r.addedNodes.length) window.__order.push('picture');
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['viewBox'] });`);
    await page.goto(`file://${files.systems}`);
    await page.waitForSelector('.ls-node');
    const order = await page.evaluate(() => (window as unknown as { __order: string[] }).__order);
    assert.deepEqual(order.slice(0, 2), ['viewBox', 'picture']);
  });

  it('semantic zoom: far out no system names, closer names, closest the details; groups keep their names', async () => {
    await open(files.systems);
    const shows = (selector: string): Promise<boolean> => page.locator(selector).first().evaluate((e) => getComputedStyle(e).display !== 'none');
    const level = (): Promise<string | undefined> => page.locator('.ls-canvas').evaluate((c) => [...c.classList].find((x) => x.startsWith('ls-zoom-')));
    const zoomUntil = async (key: string, cls: string): Promise<void> => {
      for (let i = 0; i < 40 && (await level()) !== cls; i++) await page.keyboard.press(key);
      assert.equal(await level(), cls);
    };
    await zoomUntil('-', 'ls-zoom-far');
    assert.ok((await zoom()) * 13 < 5);
    assert.deepEqual([await shows('.ls-nodes .ls-node text'), await shows('.ls-nodes .ls-badge'), await shows('.ls-lane-title')], [false, false, true]);
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'webview-zoom-far.png') });
    await zoomUntil('+', 'ls-zoom-mid');
    assert.deepEqual([await shows('.ls-nodes .ls-node text:not(.ls-sub)'), await shows('.ls-nodes .ls-sub')], [true, false]);
    await zoomUntil('+', 'ls-zoom-near');
    assert.ok((await zoom()) * 13 >= 10);
    assert.deepEqual([await shows('.ls-nodes .ls-node text:not(.ls-sub)'), await shows('.ls-nodes .ls-sub')], [true, true]);
    await page.close();
    await open(files.groups);
    await zoomUntil('-', 'ls-zoom-far');
    assert.deepEqual([await shows('.ls-groups .ls-group text:not(.ls-sub)'), await shows('.ls-groups .ls-sub')], [true, false]);
  });

  it('expanding a group keeps it where it was on screen (the standalone page lays out again); collapsing restores the view', async () => {
    await open(files.standalone, false);
    const id = 'group:mode1:domain-3';
    const header = page.locator(`.ls-group[data-group="${id}"] .ls-box`);
    const before = (await header.boundingBox())!;
    const view = await viewBox();
    await header.click();
    await page.waitForSelector(`.ls-group.expanded[data-group="${id}"]`);
    assert.deepEqual(centre(await header.boundingBox()), centre(before));
    await header.click();
    await page.waitForSelector(`.ls-group.collapsed[data-group="${id}"]`);
    assert.deepEqual(round(await viewBox()), round(view));
  });

  it('a toggled group stays in place even when the host\'s update moved it in the drawing', async () => {
    await open(files.groups);
    const id = 'group:mode1:domain-3';
    const header = page.locator(`.ls-group[data-group="${id}"] .ls-box`);
    const before = (await header.boundingBox())!;
    await header.click();
    // The host's picture with everything 300 units further right and 100 down.
    const shifted: Diagram = JSON.parse(JSON.stringify(opened)) as Diagram;
    for (const b of [...shifted.nodes, ...shifted.groups, ...shifted.lanes]) b.x += 300;
    for (const b of [...shifted.nodes, ...shifted.groups]) b.y += 100;
    shifted.width += 300;
    await page.evaluate((d) => window.postMessage({ type: 'update', diagram: d }, '*'), shifted);
    await page.waitForSelector(`.ls-group.expanded[data-group="${id}"]`);
    assert.deepEqual(centre(await header.boundingBox()), centre(before));
  });

  it('the grouping picker draws groups by owner (the standalone page lays out again), expandable; the state remembers it', async () => {
    await open(files.standalone, false);
    const picker = page.locator('select[aria-label="Group systems"]');
    assert.equal(await picker.inputValue(), 'domains');
    await picker.selectOption('owners');
    await page.waitForSelector('.ls-group[data-group^="owner-group:"]');
    assert.deepEqual(await page.locator('.ls-groups .ls-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-group'))), [
      'owner-group:mode1:team-core', 'owner-group:gearbox:team-int', 'owner-group:mode2:bu-sales', 'owner-group:mode2:team-web',
    ]);
    assert.match((await page.locator('.ls-status').textContent())!, /^400 of 400 systems · 4 of 4 owner groups collapsed \(click one to expand\) · 6 edges$/);
    assert.equal(await picker.inputValue(), 'owners');
    assert.deepEqual((await messages()).filter((m) => m.type === 'setGrouping'), [{ type: 'setGrouping', grouping: 'owners' }]);
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'webview-groups-by-owner.png') });
    await page.locator('.ls-group[data-group="owner-group:mode2:bu-sales"] .ls-box').click();
    await page.waitForSelector('.ls-group.expanded[data-group="owner-group:mode2:bu-sales"]');
    assert.equal(await page.locator('.ls-nodes .ls-node').count(), 4);
    // Back to domains: every group collapsed again.
    await picker.selectOption('domains');
    await page.waitForSelector('.ls-group[data-group="group:mode1:domain-3"]');
    assert.equal(await page.locator('.ls-groups .ls-group.collapsed').count(), 30);
  });

  it('a grouping picked after a zoom or a toggled group opens fitted, as the picture is another', async () => {
    await open(files.standalone, false);
    // The user leaves the fitted view: a group expanded (kept in place) and a zoom.
    const header = page.locator('.ls-group[data-group="group:mode1:domain-3"] .ls-box');
    await header.click();
    await page.waitForSelector('.ls-group.expanded[data-group="group:mode1:domain-3"]');
    await page.locator('.ls-canvas').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    await page.locator('select[aria-label="Group systems"]').selectOption('owners');
    await page.waitForSelector('.ls-group[data-group^="owner-group:"]');
    const picked = round(await viewBox());
    // What Fit shows: the four owner groups whole (they once stayed at the old zoom, the lanes cut).
    await page.getByRole('button', { name: 'Fit to window' }).click();
    assert.deepEqual(picked, round(await viewBox()));
  });

  it('a restored webview asks the host for the grouping it had', async () => {
    page = await pageRecordingErrors(browser, { width: 1200, height: 800 }, errors);
    await page.addInitScript(`${VSCODE_API_STUB}\nwindow.__state = { x: 0, y: 0, zoom: 1, grouping: 'owners' };`);
    await page.goto(`file://${files.groups}`);
    await page.waitForSelector('.ls-group');
    assert.deepEqual((await messages())[0], { type: 'ready', grouping: 'owners' });
  });
});
