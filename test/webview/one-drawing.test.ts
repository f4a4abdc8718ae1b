/**
 * The diagram is drawn once (issue 11, item 3): the SVG file `landscape render` writes and
 * the webview's DOM, in real headless Chromium, are the same elements with the same
 * attributes, inline styles and texts, for the repository's landscapes (the Fjordbank
 * example, the conformance cases, the SPEC's Nordhem example copied under test/fixtures), a
 * large one that opens collapsed by domain, and one with hostile names (escaped in the file,
 * set as text in the page: both must read back as the same text).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Diagram } from '../../src/core/index';
import { generateLandscape } from '../../bench/generate';
import { ensureBuilt, landscape, ROOT, workspace } from '../cli/cli-helpers';
import { launchChromium, VSCODE_API_STUB, webviewHtml } from '../helpers/chromium-page';

const HOSTILE = '<img src=x onerror="window.__pwned=1">\'"&amp;</script>';

/** Entry files: the repository's own landscapes, plus two written here. */
const ENTRIES: { name: string; entry: () => string }[] = [
  { name: 'examples/fjordbank', entry: () => path.join(ROOT, 'examples/fjordbank/landscape.yaml') },
  ...['config-and-suppressions', 'graph-rules-multi-file', 'multi-file-imports'].map((c) => ({ name: `test/conformance/cases/${c}`, entry: () => path.join(ROOT, 'test/conformance/cases', c, 'landscape.yaml') })),
  { name: 'test/fixtures/spec-examples/nordhem-retail', entry: () => path.join(ROOT, 'test/fixtures/spec-examples/nordhem-retail/landscape.yaml') },
  { name: '400 generated systems (collapsed by domain)', entry: () => path.join(workspace({ 'landscape.yaml': generateLandscape(400) }), 'landscape.yaml') },
  {
    name: 'hostile names, a long name that wraps, shadow IT',
    entry: () => path.join(workspace({
      'landscape.yaml': `apiVersion: landscape/v1
metadata: { title: ${JSON.stringify(`Hostile ${HOSTILE}`)} }
owners: [{ id: t, type: team }]
domains: [{ id: pay, owner: t }]
systems:
  - { id: sap, name: Core banking system of record for every account and every loan, mode: mode1, owner: t, domain: pay }
  - { id: evil, name: ${JSON.stringify(HOSTILE)}, mode: mode2, owner: t, exposure: internet, dependsOn: [sap] }
  - { id: excel, name: Spreadsheet, mode: mode2, shadow: true, owner: t, dependsOn: [evil] }
`,
    }), 'landscape.yaml'),
  },
];

/**
 * An element and its subtree as lines: name, attributes (sorted; style apart, without spaces,
 * since the file writes `font-size:12px` and CSSOM `font-size: 12px;`), its own text.
 * A string for addInitScript, not a function: the test runner's transpiler would add helpers
 * the page lacks.
 */
const CANON = `
  window.__canon = function canon(e, depth, out) {
    var attrs = [];
    for (var i = 0; i < e.attributes.length; i++) if (e.attributes[i].name !== 'style') attrs.push(e.attributes[i].name + '=' + JSON.stringify(e.attributes[i].value));
    attrs.sort();
    var text = '';
    for (var j = 0; j < e.childNodes.length; j++) if (e.childNodes[j].nodeType === 3) text += e.childNodes[j].data;
    // Read as text: a document from DOMParser computes no inline style (its elements' style is empty).
    var declared = (e.getAttribute('style') || '').split(';').map(function (d) { return d.split(' ').join(''); }).filter(Boolean);
    var style = declared.length ? ' style{' + declared.join(';') + '}' : '';
    out.push(depth + ' <' + e.localName + (attrs.length ? ' ' + attrs.join(' ') : '') + '>' + style + (text ? ' ' + JSON.stringify(text) : ''));
    for (var k = 0; k < e.children.length; k++) canon(e.children[k], depth + 1, out);
    return out;
  };`;

interface Drawn {
  /** The lines of every element inside the svg, in order. */
  lines: string[];
  counts: { nodes: number; groups: number; edges: number; lanes: number };
}

/** The drawing inside an svg element (the file's root title and style are the file's own, not the drawing's). */
function drawnIn(page: Page, svgText?: string): Promise<Drawn> {
  return page.evaluate((text) => {
    const w = window as unknown as { __canon: (e: Element, depth: number, out: string[]) => string[] };
    const root = text ? new DOMParser().parseFromString(text, 'image/svg+xml').documentElement : document.querySelector('svg.ls-diagram')!;
    if (root.localName !== 'svg' || root.querySelector('parsererror')) throw new Error(`not an SVG document: ${root.textContent}`);
    const lines: string[] = [];
    for (const c of Array.from(root.children)) if (!(text && (c.localName === 'title' || c.localName === 'style'))) w.__canon(c, 0, lines);
    return {
      lines,
      counts: {
        nodes: root.querySelectorAll('.ls-nodes > .ls-node').length,
        groups: root.querySelectorAll('.ls-groups > .ls-group').length,
        edges: root.querySelectorAll('.ls-edges > .ls-edge').length,
        lanes: root.querySelectorAll('.ls-lane').length,
      },
    };
  }, svgText);
}

describe('one drawing: the SVG of `landscape render` and the webview\'s DOM', function () {
  this.timeout(180_000);
  let browser: Browser;
  let dir: string;

  before(async () => {
    ensureBuilt();
    dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-one-drawing-'));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  for (const { name, entry } of ENTRIES) {
    it(`${name}: same elements, attributes, styles and texts`, async () => {
      const file = entry();
      // The CLI's own picture: its laid-out diagram (JSON) for the webview, its SVG file to compare with.
      const json = landscape(['render', file, '--format', 'json'], ROOT);
      assert.equal(json.code, 0, json.stderr);
      const diagram = JSON.parse(json.stdout) as Diagram;
      const svgFile = path.join(dir, 'd.svg');
      const svg = landscape(['render', file, '--format', 'svg', '-o', svgFile], ROOT);
      assert.equal(svg.code, 0, svg.stderr);

      const html = path.join(dir, 'webview.html');
      writeFileSync(html, webviewHtml(diagram));
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      try {
        await page.addInitScript(VSCODE_API_STUB);
        await page.addInitScript(CANON);
        await page.goto(`file://${html}`);
        await page.waitForSelector('.ls-legend');
        const live = await drawnIn(page);
        // Inline styles are set through CSSOM, which the page's CSP allows (a style attribute it would refuse).
        // Checked before the file is parsed in the page: its style element and attributes are refused there.
        assert.deepEqual(errors, [], 'no script errors and no CSP violations');
        const written = await drawnIn(page, readFileSync(svgFile, 'utf8'));
        // Not two empty pictures: every system or group of the diagram is there.
        // A bundle of parallel edges is drawn once, by its first (bundles.ts).
        assert.deepEqual(live.counts, { nodes: diagram.nodes.length, groups: diagram.groups.length, edges: diagram.edges.filter((e) => e.bundledInto === undefined).length, lanes: diagram.lanes.length });
        assert.ok(diagram.nodes.length + diagram.groups.length >= 3);
        assert.deepEqual(live.lines, written.lines);
      } finally {
        await page.close();
      }
    });
  }

  it('the comparison sees a difference: a drawing whose name lost its wrapping is not the file', async () => {
    // The same page and file as above, with one tspan of the wrapped name removed from the page.
    const file = ENTRIES[ENTRIES.length - 1].entry();
    const diagram = JSON.parse(landscape(['render', file, '--format', 'json'], ROOT).stdout) as Diagram;
    const svgText = landscape(['render', file, '--format', 'svg'], ROOT).stdout;
    const html = path.join(dir, 'webview-changed.html');
    writeFileSync(html, webviewHtml(diagram));
    const page = await browser.newPage();
    try {
      await page.addInitScript(VSCODE_API_STUB);
      await page.addInitScript(CANON);
      await page.goto(`file://${html}`);
      await page.waitForSelector('.ls-node[data-id="sap"] tspan');
      const written = await drawnIn(page, svgText);
      assert.deepEqual((await drawnIn(page)).lines, written.lines);
      await page.evaluate(() => document.querySelector('.ls-node[data-id="sap"] tspan')!.remove());
      assert.notDeepEqual((await drawnIn(page)).lines, written.lines);
      // And the hostile name reads back as the same text from both (escaped in the file, textContent in the page).
      assert.ok(written.lines.some((l) => l.includes(JSON.stringify(HOSTILE).slice(1, -1))), 'the hostile name is a text of the file');
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    } finally {
      await page.close();
    }
  });
});
