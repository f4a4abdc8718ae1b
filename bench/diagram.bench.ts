/**
 * The diagram benchmark (called by bench/run.ts): for each size, the layout time (median),
 * the sizes of the static SVG and of the standalone page, and in headless Chromium the time
 * until the page has drawn, the time of a zoom and of a pan frame, and of expanding a group
 * in the page. Each figure for the default view (collapsed by domain above COLLAPSE_ABOVE
 * systems), grouped by owner, and, for comparison, with every system drawn.
 *
 * Timing in the page: from navigation start to the webview's performance mark
 * `landscape-diagram-drawn` (it has built the whole SVG DOM and set the view), then until the
 * next frame is painted (double requestAnimationFrame; Chromium runs with the frame-rate limit
 * off, so a frame is not padded to 16.7 ms, though headless Chromium may still tick at 60 Hz:
 * figures near 17 ms mean "the next frame"). A zoom/pan frame is the time from the wheel or
 * pointermove event to the painted frame that shows it (median, and the worst of the gesture);
 * the pan is a drag that starts on a system or group (drag pans from anywhere).
 *
 * Wall-clock figures depend on the machine's load; CPU time does much less: each of the first
 * paint, the zoom gesture and the pan gesture is also charged the CPU time all of Chromium's
 * processes spent on it (from /proc, 10 ms ticks), the gestures per event and with their end
 * (a drag's view is committed when it ends). `BENCH_DIAGRAM_BASE=<a dist/ of
 * another build>` measures that build's webview too, alternating the two page by page
 * (`BENCH_DIAGRAM_ROUNDS` times each, 3 by default), for an A/B on a shared machine.
 * `BENCH_DIAGRAM_ZOOM_OUT=n` starts the gestures n wheel steps out from the opening view, about
 * the picture's top-left corner (12 shows all of 1,000 systems drawn, 22 is the smallest zoom at
 * 10,000: far out, where what is on screen is the whole picture); `BENCH_DIAGRAM_TRACE=<prefix>`
 * writes Chromium's trace of each page's zoom and pan gestures to `<prefix>-<page>.json`.
 * `longFrameMs` is the longest frame of the gestures that Chromium reports as a long animation
 * frame (over 50 ms of main thread from its first task to its rendering), the commits included:
 * a commit (the wheel rested, the drag ended) has no input event waiting for its frame.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { COLLAPSE_ABOVE, diagramHtml, diagramModelOf, groupingLayout, laidOut, lintLandscape, memoryHost, renderSvg, type DiagramModel, type LayoutOptions } from '../src/core/index';
import { generateLandscape } from './generate';

const ROOT = path.resolve(__dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface DiagramRow {
  systems: number;
  view: 'default' | 'by owner' | 'all systems';
  /** Which build's webview (an A/B run only). */
  build?: 'this' | 'base';
  drawn: string;
  layoutMs: number;
  svgBytes: number;
  htmlBytes: number;
  drawnMs?: number;
  firstFrameMs?: number;
  zoomFrameMs?: number;
  panFrameMs?: number;
  worstFrameMs?: number;
  /** The longest main-thread frame of the gestures, their commits included, if over 50 ms (0: none was). */
  longFrameMs?: number;
  expandMs?: number;
  /** CPU time of all of Chromium until the first frame is painted. */
  firstFrameCpuMs?: number;
  /** CPU time of all of Chromium per wheel event, the gesture's end included. */
  zoomCpuMs?: number;
  /** CPU time of all of Chromium per pointermove of the drag, its end included. */
  panCpuMs?: number;
}

/**
 * User and system time of every process this one started (Chromium's browser, renderer, GPU
 * and utility processes; esbuild's service, idle meanwhile), in ms (Linux /proc, 10 ms ticks;
 * 0 elsewhere).
 */
function childrenCpuMs(): number {
  if (!existsSync('/proc/self/stat')) return 0;
  const children = new Map<number, number[]>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // After the command's closing parenthesis: state, ppid, … utime (14th field), stime (15th).
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const id = Number(entry);
    const parent = Number(f[1]);
    children.set(parent, [...(children.get(parent) ?? []), id]);
    cpu.set(id, Number(f[11]) + Number(f[12]));
  }
  let ticks = 0;
  const stack = [...(children.get(process.pid) ?? [])];
  while (stack.length) {
    const id = stack.pop()!;
    ticks += cpu.get(id) ?? 0;
    stack.push(...(children.get(id) ?? []));
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** Wraps the page's acquireVsCodeApi (set by the page host) to time `ready` and the first painted frame. */
const PROBE = `
  (() => {
    let real;
    const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    window.__bench = { frames: [] };
    window.__twoFrames = twoFrames;
    Object.defineProperty(window, 'acquireVsCodeApi', {
      configurable: true,
      set(f) { real = f; },
      get() {
        return () => {
          const api = real ? real() : { postMessage() {}, getState() { return null; }, setState() {} };
          const post = api.postMessage.bind(api);
          api.postMessage = (m) => {
            if (m.type === 'ready') {
              window.__bench.ready = performance.getEntriesByName('landscape-diagram-drawn')[0]?.startTime;
              twoFrames().then(() => { window.__bench.painted = performance.now(); });
            }
            post(m);
          };
          return api;
        };
      },
    });
    // Each zoom (wheel) or pan (pointermove) event: the time until the frame showing it is painted.
    for (const type of ['wheel', 'pointermove']) {
      addEventListener(type, (ev) => {
        if (type === 'pointermove' && !ev.buttons) return;
        const t0 = performance.now();
        twoFrames().then(() => window.__bench.frames.push([type, performance.now() - t0]));
      }, { capture: true });
    }
    addEventListener('click', () => { window.__bench.clickAt = performance.now(); }, { capture: true });
    // Every frame whose main-thread work took over 50 ms (Chromium's long animation frames): the
    // commits too, after a wheel rests or a drag ends, which no input event waits for.
    window.__bench.long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.long.push([e.startTime, e.duration]);
    }).observe({ type: 'long-animation-frame' });
  })();`;

function layoutTime(model: DiagramModel, options: LayoutOptions, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    laidOut(model, undefined, options);
    times.push(performance.now() - t);
  }
  return median(times);
}

type ChromiumFigures = Pick<DiagramRow, 'drawnMs' | 'firstFrameMs' | 'zoomFrameMs' | 'panFrameMs' | 'worstFrameMs' | 'longFrameMs' | 'expandMs' | 'firstFrameCpuMs' | 'zoomCpuMs' | 'panCpuMs'>;

/** Waits until a drag's view is committed (the webview drops `ls-moving` then; a build without it has none) and the frame after it. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ls-moving'), undefined, { timeout: 60_000 });
  await page.waitForTimeout(250);
}

/** Wheel steps out before the gestures (`BENCH_DIAGRAM_ZOOM_OUT`): 0 measures the view the diagram opens with. */
const zoomOutSteps = Number(process.env.BENCH_DIAGRAM_ZOOM_OUT ?? 0);

async function inChromium(browser: Browser, file: string, groupToExpand?: string): Promise<ChromiumFigures> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.addInitScript(PROBE);
    const cpu0 = childrenCpuMs();
    await page.goto(`file://${file}`, { timeout: 600_000 });
    await page.waitForFunction(() => (window as unknown as { __bench: { painted?: number } }).__bench.painted !== undefined, undefined, { timeout: 600_000 });
    const firstFrameCpuMs = childrenCpuMs() - cpu0;
    const { ready, painted } = await page.evaluate(() => (window as unknown as { __bench: { ready: number; painted: number } }).__bench);
    const box = (await page.locator('.ls-canvas').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    // `BENCH_DIAGRAM_ZOOM_OUT=n`: the gestures start n wheel steps further out, about the canvas'
    // top-left corner, where the picture's is when it opens (far out, everything on screen).
    if (zoomOutSteps) {
      await page.mouse.move(box.x + 1, box.y + 1);
      for (let i = 0; i < zoomOutSteps; i++) await page.mouse.wheel(0, 100);
      await settled(page);
      await page.mouse.move(cx, cy);
      // Only the gestures' frames are measured.
      await page.evaluate(() => { (window as unknown as { __bench: { frames: unknown[] } }).__bench.frames = []; });
    }
    await page.waitForTimeout(250);
    // The gestures' spans in the page's clock: the long frames between them are the bench's own
    // work (finding a box to drag queries the whole DOM: 60–120 ms at 10,000 systems drawn).
    const now = (): Promise<number> => page.evaluate(() => performance.now());
    const zoomFrom = await now();
    const wheels = 11;
    const trace = process.env.BENCH_DIAGRAM_TRACE;
    if (trace) await browser.startTracing(page, { path: `${trace}-${path.basename(file, '.html')}.json`, screenshots: false });
    const zoomCpu0 = childrenCpuMs();
    for (let i = 0; i < wheels; i++) {
      await page.mouse.wheel(0, i % 2 ? 100 : -100);
      await page.waitForTimeout(60);
    }
    await settled(page);
    const zoomTo = await now();
    const zoomCpuMs = (childrenCpuMs() - zoomCpu0) / wheels;
    // Pan by dragging a system or group (drag pans from anywhere), else the canvas' corner.
    const viewBox = (): Promise<string | null> => page.locator('svg.ls-diagram').getAttribute('viewBox');
    const before = await viewBox();
    const grip = (await page.locator('.ls-nodes .ls-node, .ls-groups .ls-group').first().boundingBox()) ?? { x: box.x, y: box.y, width: 10, height: 10 };
    const start = { x: Math.max(box.x + 2, grip.x + grip.width / 2), y: Math.max(box.y + 2, grip.y + grip.height / 2) };
    await page.mouse.move(start.x, start.y);
    const moves = 11;
    const panFrom = await now();
    const panCpu0 = childrenCpuMs();
    await page.mouse.down();
    for (let i = 1; i <= moves; i++) {
      await page.mouse.move(start.x + i * 8, start.y + i * 3);
      await page.waitForTimeout(60);
    }
    await page.mouse.up();
    await settled(page);
    const panTo = await now();
    const panCpuMs = (childrenCpuMs() - panCpu0) / moves;
    // The trace holds both gestures: a pan's first frame and its commit were the worst frames far out.
    if (trace) await browser.stopTracing();
    if ((await viewBox()) === before) throw new Error(`the pan did not move the view of ${file}`);
    const frames = await page.evaluate(() => (window as unknown as { __bench: { frames: [string, number][] } }).__bench.frames);
    const long = await page.evaluate(() => (window as unknown as { __bench: { long: [number, number][] } }).__bench.long);
    const longFrameMs = Math.max(0, ...long.filter(([at]) => (at >= zoomFrom && at < zoomTo) || (at >= panFrom && at < panTo)).map(([, ms]) => ms));
    let expandMs: number | undefined;
    if (groupToExpand) {
      // Time from the click to the painted frame with the group's systems (page host: layout, update, redraw).
      await page.evaluate(() => {
        addEventListener('message', (ev: MessageEvent<{ type: string }>) => {
          if (ev.data?.type !== 'update') return;
          const w = window as unknown as { __bench: { drawnAt?: number }; __twoFrames: () => Promise<void> };
          void w.__twoFrames().then(() => { w.__bench.drawnAt = performance.now(); });
        });
      });
      await page.locator(`.ls-group[data-group="${groupToExpand}"]`).dispatchEvent('click');
      await page.waitForFunction(() => (window as unknown as { __bench: { drawnAt?: number } }).__bench.drawnAt !== undefined, undefined, { timeout: 120_000 });
      expandMs = await page.evaluate(() => {
        const b = (window as unknown as { __bench: { drawnAt: number; clickAt: number } }).__bench;
        return b.drawnAt - b.clickAt;
      });
    }
    const of = (type: string): number | undefined => {
      const xs = frames.filter(([t]) => t === type).map(([, ms]) => ms);
      return xs.length ? median(xs) : undefined;
    };
    return { drawnMs: ready, firstFrameMs: painted, zoomFrameMs: of('wheel'), panFrameMs: of('pointermove'), worstFrameMs: Math.max(...frames.map(([, ms]) => ms)), longFrameMs, expandMs, firstFrameCpuMs, zoomCpuMs, panCpuMs };
  } finally {
    await page.close();
  }
}

interface Assets {
  inlineScript: string;
  inlineStyle: string;
  hostScript: string;
}

/** The built webview, its style and the page host of a dist/ folder. */
function assetsOf(dist: string): Assets {
  const script = path.join(dist, 'webview.js');
  const hostScript = path.join(dist, 'page-host.js');
  if (!existsSync(script) || !existsSync(hostScript)) throw new Error(`${dist}/webview.js or page-host.js missing: run npm run build first`);
  return { inlineScript: readFileSync(script, 'utf8'), inlineStyle: readFileSync(path.join(dist, 'webview.css'), 'utf8'), hostScript: readFileSync(hostScript, 'utf8') };
}

/** Each figure's median over runs of the same page. */
function medianFigures(runs: ChromiumFigures[]): ChromiumFigures {
  const out: Record<string, number> = {};
  for (const k of Object.keys(runs[0]) as (keyof ChromiumFigures)[]) {
    const xs = runs.map((r) => r[k]).filter((x): x is number => x !== undefined);
    if (xs.length) out[k] = median(xs);
  }
  return out;
}

export async function benchDiagram(sizes: number[]): Promise<DiagramRow[]> {
  const assets = assetsOf(path.join(ROOT, 'dist'));
  const base = process.env.BENCH_DIAGRAM_BASE;
  const builds: { build: NonNullable<DiagramRow['build']>; assets: Assets }[] = [{ build: 'this', assets }, ...(base ? [{ build: 'base' as const, assets: assetsOf(path.resolve(base)) }] : [])];
  const rounds = base ? Number(process.env.BENCH_DIAGRAM_ROUNDS ?? 3) : 1;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-diagram-bench-'));
  const browser = existsSync(CHROMIUM)
    ? await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu-vsync', '--disable-frame-rate-limit'] })
    : undefined;
  if (!browser) console.error(`${CHROMIUM} missing: diagram render times skipped`);
  const rows: DiagramRow[] = [];
  try {
    // A first page warms the browser up (process start, fonts), so the first size is not charged for it.
    if (browser) {
      const warm = path.join(dir, 'warm-up.html');
      const result = await lintLandscape('/w/landscape.yaml', memoryHost({ '/w/landscape.yaml': generateLandscape(30) }));
      const model = diagramModelOf(result);
      writeFileSync(warm, diagramHtml({ diagram: laidOut(model), nonce: 'd2FybXVwbm9uY2UxMjM0NTY=', inlineScript: assets.inlineScript, inlineStyle: assets.inlineStyle, pageHost: { script: assets.hostScript, model } }));
      await inChromium(browser, warm);
    }
    for (const n of sizes) {
      const file = '/bench/landscape.yaml';
      const result = await lintLandscape(file, memoryHost({ [file]: generateLandscape(n) }));
      const model = diagramModelOf(result);
      const runs = n >= 10_000 ? 10 : n >= 1000 ? 20 : 30;
      const views: { view: DiagramRow['view']; options: LayoutOptions }[] = [{ view: 'default', options: {} }];
      if (n > COLLAPSE_ABOVE) views.push({ view: 'by owner', options: groupingLayout('owners') }, { view: 'all systems', options: groupingLayout('none') });
      // `BENCH_DIAGRAM_VIEWS=default,all systems`: only those views.
      const only = process.env.BENCH_DIAGRAM_VIEWS?.split(',');
      if (only) views.splice(0, views.length, ...views.filter((v) => only.includes(v.view)));
      for (const { view, options } of views) {
        const diagram = laidOut(model, undefined, options);
        const pages = builds.map((b) => {
          const html = diagramHtml({
            diagram, nonce: 'YmVuY2hub25jZTEyMzQ1Njc4', inlineScript: b.assets.inlineScript, inlineStyle: b.assets.inlineStyle,
            pageHost: { script: b.assets.hostScript, model, layout: options },
          });
          const page = path.join(dir, `diagram-${n}-${view.replace(' ', '-')}-${b.build}.html`);
          writeFileSync(page, html);
          return { page, html, figures: [] as ChromiumFigures[] };
        });
        const grouped = diagram.groups.length > 0;
        const shared = {
          systems: n, view,
          drawn: grouped ? `${diagram.groups.length} groups, ${diagram.edges.length} edges${diagram.hiddenEdges ? ` (+${diagram.hiddenEdges.edges} left out)` : ''}` : `${diagram.nodes.length} systems, ${diagram.edges.length} edges`,
          layoutMs: layoutTime(model, options, runs),
          svgBytes: Buffer.byteLength(renderSvg(diagram, { standalone: true })),
        };
        // The builds alternate, the first one changing each round, so a change of load hits both alike.
        for (let r = 0; browser && r < rounds; r++) {
          for (let i = 0; i < pages.length; i++) {
            const p = pages[(i + r) % pages.length];
            p.figures.push(await inChromium(browser, p.page, grouped ? diagram.groups[0].id : undefined));
          }
        }
        pages.forEach((p, i) => {
          rows.push({ ...shared, ...(base ? { build: builds[i].build } : {}), htmlBytes: Buffer.byteLength(p.html), ...(p.figures.length ? medianFigures(p.figures) : {}) });
        });
        console.error(`diagram: measured ${n} systems (${view})`);
      }
    }
  } finally {
    await browser?.close();
  }
  const fmt = (v: unknown): string => (typeof v === 'number' ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : v === undefined ? '–' : typeof v === 'string' ? v : JSON.stringify(v));
  const cols: (keyof DiagramRow)[] = ['systems', 'view', ...(base ? ['build' as const] : []), 'drawn', 'layoutMs', 'svgBytes', 'htmlBytes', 'drawnMs', 'firstFrameMs', 'zoomFrameMs', 'panFrameMs', 'worstFrameMs', 'longFrameMs', 'expandMs', 'firstFrameCpuMs', 'zoomCpuMs', 'panCpuMs'];
  console.log(`\nDiagram (layout median; Chromium ${browser ? 'headless' : 'skipped'}):\n| ${cols.join(' | ')} |\n|${cols.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${cols.map((c) => fmt(r[c])).join(' | ')} |`);
  return rows;
}

// `node --import tsx bench/diagram.bench.ts [sizes]`: the diagram figures alone.
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  void benchDiagram((process.argv[2] ?? process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number));
}
