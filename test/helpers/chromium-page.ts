/**
 * What the tests in real Chromium share: the browser (Debian's, as TESTING.md says), the
 * diagram page as the extension serves it (CSP with a nonce, the built webview inlined), and
 * the VS Code webview API the page expects, recorded.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { diagramHtml, diagramOf, groupingLayout, type Diagram } from '../../src/core/index';
import { drawDiagram, type Shape } from '../../src/core/diagram/drawing';
import { generateLandscape } from '../../bench/generate';
import { ensureBuilt, ROOT } from '../cli/cli-helpers';
import { lintFiles } from './lint-snippet';

const CHROMIUM = '/usr/bin/chromium';
const TEST_NONCE = 'dGVzdG5vbmNlMTIzNDU2Nzg=';

/** Headless Chromium, or a clear error saying how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run bash scripts/ensure-test-env.sh (apt-get install -y chromium)`);
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
}

/** A new page that records its uncaught errors and console errors in `errors` (emptied first). */
export async function pageRecordingErrors(browser: Browser, viewport: { width: number; height: number }, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport });
  errors.length = 0;
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return page;
}

/**
 * Mocha hooks for a suite whose tests each want a fresh page: one browser for the suite, a new
 * page per test (the viewport, the VS Code API stub), closed after it. Call it in `describe`;
 * the returned function gives the current test's page. With `errors`, each page records its
 * uncaught errors and console errors there (pageRecordingErrors), and a test that leaves any fails.
 */
export function pagePerTest(viewport = { width: 1200, height: 800 }, options: { errors?: string[] } = {}): () => Page {
  let browser: Browser | undefined;
  let page: Page | undefined;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = options.errors ? await pageRecordingErrors(browser!, viewport, options.errors) : await browser!.newPage({ viewport });
    await page.addInitScript(VSCODE_API_STUB);
  });
  afterEach(async () => {
    await page?.close();
    if (options.errors) assert.deepEqual(options.errors, [], 'errors in the page');
  });
  return () => page!;
}

/** The diagram page with the built webview (dist/) inlined, as the extension's panel has it. */
export function webviewHtml(diagram: Diagram, options: { nonce?: string; style?: boolean } = {}): string {
  const inlineStyle = options.style === false ? undefined : readFileSync(path.join(ROOT, 'dist', 'webview.css'), 'utf8');
  return diagramHtml({ diagram, nonce: options.nonce ?? TEST_NONCE, inlineScript: readFileSync(path.join(ROOT, 'dist', 'webview.js'), 'utf8'), inlineStyle });
}

/**
 * A generated landscape with every system drawn (no groups: a picture large enough to be
 * culled), as the built webview's page in a new temporary folder (`dir/all.html`).
 */
export async function everySystemDrawnPage(systems: number, prefix: string): Promise<{ diagram: Diagram; dir: string; file: string }> {
  ensureBuilt();
  const diagram = diagramOf(await lintFiles({ '/ws/landscape.yaml': generateLandscape(systems) }), undefined, groupingLayout('none'));
  assert.equal(diagram.groups.length, 0, 'every system drawn');
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const file = path.join(dir, 'all.html');
  writeFileSync(file, webviewHtml(diagram));
  return { diagram, dir, file };
}

/**
 * The elements Tab goes through in a picture drawn whole (every one with tabindex 0, in
 * document order): the core's shapes in order, each named as the tests name the focused
 * element (its system id, its group id, or `count <edge id>`).
 */
export function tabOrderOf(diagram: Diagram): string[] {
  const out: string[] = [];
  const walk = (s: Shape): void => {
    if (s.attrs.tabindex !== undefined) out.push(String(s.attrs['data-id'] ?? s.attrs['data-group'] ?? `count ${s.attrs['data-edge']}`));
    for (const c of s.children ?? []) walk(c);
  };
  for (const s of drawDiagram(diagram)) walk(s);
  return out;
}

/**
 * The element with the focus: its name (a system's id, a group's id, `count <edge>`, or the
 * tag), whether it and its children are rendered, whether it lies inside the canvas, its
 * tabindex and aria-label, and how many elements of the picture have tabindex 0. A string, not
 * a function: the test runner's transpiler would add helpers the page lacks.
 */
const FOCUSED = `(() => {
  const a = document.activeElement;
  const key = a.getAttribute('data-id') ?? a.getAttribute('data-group') ?? (a.getAttribute('data-edge') === null ? a.tagName : 'count ' + a.getAttribute('data-edge'));
  const rendered = getComputedStyle(a).display !== 'none' && a.children.length > 0 && [...a.children].every((c) => c.tagName === 'title' || getComputedStyle(c).display !== 'none');
  const r = a.getBoundingClientRect();
  const c = document.querySelector('.ls-canvas').getBoundingClientRect();
  const inside = r.width > 0 && r.left >= c.left - 1 && r.top >= c.top - 1 && r.right <= c.right + 1 && r.bottom <= c.bottom + 1;
  return { key, rendered, inside, tabindex: a.getAttribute('tabindex'), label: a.getAttribute('aria-label') ?? '', zeros: document.querySelectorAll('svg.ls-diagram [tabindex="0"]').length };
})()`;

export interface Focused {
  key: string;
  rendered: boolean;
  inside: boolean;
  tabindex: string | null;
  label: string;
  zeros: number;
}

export const focusedIn = (page: Page): Promise<Focused> => page.evaluate<Focused>(FOCUSED);

/**
 * The VS Code webview API, recording posted messages in `window.__messages` and keeping the
 * state in `window.__state`. A string for `page.addInitScript` (init scripts run before the
 * page and outside its CSP), not a function: the test runner's transpiler would add helpers
 * the page lacks.
 */
export const VSCODE_API_STUB = `
  window.__messages = [];
  window.acquireVsCodeApi = function () {
    return { postMessage: function (m) { window.__messages.push(m); }, getState: function () { return window.__state || null; }, setState: function (s) { window.__state = s; } };
  };`;
