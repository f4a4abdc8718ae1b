/**
 * Contrast in real Chromium: every text of the diagram (names, ids, lane titles, domain
 * labels, badge digits, the legend) and of the toolbar and status line is at least 4.5:1
 * against what is drawn under it (WCAG AA), in each of VS Code's default themes as the real
 * webview gets them (body class and --vscode-* variables recorded from VS Code 1.139,
 * test/fixtures/vscode-themes.json), on the standalone page (no theme), and in the fixed light
 * palette of `landscape render` and of an export. Colours as Chromium computes them.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diagramOf, renderSvg, type Diagram } from '../../src/core/index';
import { ensureBuilt, ROOT } from '../cli/cli-helpers';
import { contrastRatio } from '../helpers/contrast';
import { lintFiles } from '../helpers/lint-snippet';
import { pagePerTest, webviewHtml } from '../helpers/chromium-page';

const LANDSCAPE = `apiVersion: landscape/v1
metadata: { name: contrast-test, title: Contrast test, asOf: 2025-10-01 }
lint: { rules: { require-security-review: info } }
owners: [{ id: cio, type: executive, role: CIO }, { id: cto, type: executive, role: CTO }, { id: t, type: team, parent: cio }, { id: u, type: team, parent: cto }]
domains: [{ id: payments, owner: t }, { id: accounts, owner: t }]
systems:
  - { id: sap, name: Core banking system of record, mode: mode1, owner: t, domain: accounts }
  - { id: cards, name: Card platform, mode: mode1, owner: t, domain: payments, consumes: [sap-api, sap-rfc] }
  - { id: gw, name: Account anti-corruption layer, mode: gearbox, owner: t, domain: accounts, consumes: [sap-api] }
  - { id: shop, name: Mobile bank backend, mode: mode2, owner: u, exposure: internet, consumes: [sap-api, gw-api, old-api] }
  - { id: legacy, mode: gearbox, owner: t, lifecycle: phaseOut, successor: gw }
  - { id: tool, name: Newsletter tool, mode: mode2, owner: u, governance: shadow }
apis:
  - { id: sap-api, provider: sap, type: odata }
  - { id: sap-rfc, provider: sap, type: rfc }
  - { id: gw-api, provider: gw, type: openapi }
  - { id: old-api, provider: legacy, type: openapi, lifecycle: phaseOut, successor: gw-api }
`;

interface Theme {
  bodyClass: string;
  variables: Record<string, string>;
}
const THEMES = (JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/vscode-themes.json'), 'utf8')) as { themes: Record<string, Theme> }).themes;

/** A text, its computed colour and the colours under it, top down. */
interface Sample {
  what: string;
  fg: string;
  bg: string[];
}

/**
 * Collects the samples in the page. A string (the test runner's transpiler would add helpers
 * the page lacks to a function): each SVG text's fill against the rects under its centre
 * (edges are paths and never count as a background), then the page's background; each
 * toolbar control and the status line against the backgrounds of it and its ancestors.
 */
const COLLECT = `(() => {
  const out = [];
  const page = document.body ? [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.documentElement).backgroundColor] : [];
  for (const t of document.querySelectorAll('svg text')) {
    const r = t.getBoundingClientRect();
    if (!r.width || getComputedStyle(t).visibility === 'hidden') continue;
    const x = r.x + r.width / 2;
    const y = r.y + r.height / 2;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) throw new Error('off screen: ' + t.textContent);
    const under = document.elementsFromPoint(x, y).filter((e) => e.tagName === 'rect').map((e) => getComputedStyle(e).fill).filter((f) => f !== 'none');
    const owner = t.closest('[data-id],[data-group],[data-domain],[data-lane],.ls-legend');
    const where = !owner ? 'svg' : ['data-id', 'data-group', 'data-domain', 'data-lane'].filter((a) => owner.hasAttribute(a)).map((a) => owner.getAttribute(a))[0] ?? 'legend';
    out.push({ what: (t.getAttribute('class') || 'text') + ' in ' + where + ': ' + t.textContent, fg: getComputedStyle(t).fill, bg: under.concat(page) });
  }
  for (const e of document.querySelectorAll('.ls-toolbar label, .ls-toolbar button, .ls-toolbar select, .ls-toolbar input[type=search], .ls-status, .ls-details, .ls-details button')) {
    if (!e.offsetWidth) continue;
    const layers = [];
    for (let p = e; p; p = p.parentElement) layers.push(getComputedStyle(p).backgroundColor);
    out.push({ what: e.tagName.toLowerCase() + ': ' + (e.textContent || e.getAttribute('aria-label')), fg: getComputedStyle(e).color, bg: layers });
  }
  return out;
})()`;

/** The samples under 4.5:1, described. */
function failures(samples: Sample[]): string[] {
  return samples.map((s) => ({ ...s, ratio: contrastRatio(s.fg, s.bg) })).filter((s) => s.ratio < 4.5).map((s) => `${s.what} (${s.fg} on ${s.bg[0]}): ${s.ratio.toFixed(2)}`);
}

/** What every picture must have sampled: the kinds of text it draws. */
function assertSampled(samples: Sample[], kinds: RegExp[], where: string): void {
  for (const k of kinds) assert.ok(samples.some((s) => k.test(s.what)), `${where}: no text matching ${k} was sampled`);
}

const DIAGRAM_KINDS = [/^ls-name in sap:/, /^ls-sub in sap:/, /^ls-badge-text in shop:/, /^ls-lane-title in mode1:/, /^ls-domain-label in payments:/, /^text in legend: shadow IT/];

describe('contrast of every text in light, dark and high-contrast themes (Chromium)', function () {
  this.timeout(180_000);
  const current = pagePerTest();
  const files: Record<string, string> = {};
  const diagrams: Record<string, Diagram> = {};

  before(async () => {
    ensureBuilt();
    const plain = diagramOf(await lintFiles({ '/ws/landscape.yaml': LANDSCAPE }));
    // A focus picture (each system's distance) and a review (each kind of change), on the same systems.
    const distances = { ...plain, nodes: plain.nodes.map((n, i) => ({ ...n, distance: i % 4 })) };
    const changes = ['added', 'removed', 'changed'] as const;
    const review = { ...plain, review: true, nodes: plain.nodes.map((n, i) => ({ ...n, change: changes[i % 3] })), height: plain.height + 28 };
    Object.assign(diagrams, { plain, distances, review });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-contrast-'));
    for (const [name, d] of Object.entries(diagrams)) {
      files[`${name}.html`] = path.join(dir, `${name}.html`);
      writeFileSync(files[`${name}.html`], webviewHtml(d));
      files[`${name}.svg`] = path.join(dir, `${name}.svg`);
      writeFileSync(files[`${name}.svg`], renderSvg(d, { standalone: true }));
    }
  });

  const samples = (): Promise<Sample[]> => current().evaluate<Sample[]>(COLLECT);

  it('the recorded themes are VS Code\'s light, dark and both high-contrast ones', () => {
    const classes = Object.values(THEMES).map((t) => t.bodyClass);
    for (const c of ['vscode-light', 'vscode-dark', 'vscode-high-contrast']) assert.ok(classes.some((x) => x.split(' ').includes(c)), c);
    assert.ok(classes.some((x) => x.includes('vscode-high-contrast-light')));
  });

  // Seen in code-server: Dark Modern and Dark 2026 make the secondary buttons' background transparent, so +, −, Fit, Focus… read as plain text.
  it('every toolbar button has an edge of 3:1 or more against what is under it, in each VS Code theme (WCAG 1.4.11)', async () => {
    const page = current();
    const bad: string[] = [];
    for (const [theme, t] of Object.entries(THEMES)) {
      await page.goto(`file://${files['plain.html']}`);
      await page.waitForSelector('.ls-node[data-id="sap"]');
      await page.evaluate((th) => {
        for (const [k, v] of Object.entries(th.variables)) document.documentElement.style.setProperty(k, v);
        if (th.bodyClass) document.body.classList.add(...th.bodyClass.split(' '));
      }, t);
      const edges = await page.evaluate<Sample[]>(`[...document.querySelectorAll('.ls-toolbar button')].filter((e) => e.offsetWidth).map((e) => {
        const layers = [];
        for (let p = e; p; p = p.parentElement) layers.push(getComputedStyle(p).backgroundColor);
        return { what: 'button edge: ' + e.textContent, fg: getComputedStyle(e).borderTopColor, bg: layers };
      })`);
      assert.ok(edges.length >= 5, `${theme}: ${edges.length} buttons`);
      for (const e of edges) if (contrastRatio(e.fg, e.bg) < 3) bad.push(`${theme}: ${e.what} (${e.fg} on ${e.bg[0]}): ${contrastRatio(e.fg, e.bg).toFixed(2)}`);
    }
    assert.deepEqual(bad, []);
  });

  for (const name of ['plain', 'distances', 'review']) {
    it(`${name}: the webview in each VS Code theme and on the standalone page`, async () => {
      const page = current();
      const bad: string[] = [];
      for (const [theme, t] of [['standalone page', { bodyClass: '', variables: {} }], ...Object.entries(THEMES)] as [string, Theme][]) {
        await page.goto(`file://${files[`${name}.html`]}`);
        await page.waitForSelector('.ls-node[data-id="sap"]');
        await page.evaluate((th) => {
          for (const [k, v] of Object.entries(th.variables)) document.documentElement.style.setProperty(k, v);
          if (th.bodyClass) document.body.classList.add(...th.bodyClass.split(' '));
        }, t);
        // The box listing what a bundled edge stands for (cards uses two APIs of sap).
        await page.locator('.ls-edge-count[data-from="cards"]').click();
        const s = await samples();
        assertSampled(s, [...DIAGRAM_KINDS, /^div: \d+ of \d+ systems/, /^ls-edge-count-text in svg: 2$/, /^div: Card platform \(cards\) → .*2 synchronous dependencies/, /^button: via sap-rfc$/], `${name}, ${theme}`);
        bad.push(...failures(s).map((f) => `${theme}: ${f}`));
      }
      assert.deepEqual(bad, []);
    });

    it(`${name}: landscape render's SVG and the export's, in their fixed light palette`, async () => {
      const page = current();
      await page.goto(`file://${files[`${name}.svg`]}`);
      const rendered = await samples();
      assertSampled(rendered, DIAGRAM_KINDS, `${name}, render`);
      await page.goto(`file://${files[`${name}.html`]}`);
      await page.waitForSelector('.ls-node[data-id="sap"]');
      const { svg } = await page.evaluate(() => (window as unknown as { landscapeDiagram: { exportImages(): Promise<{ svg: string }> } }).landscapeDiagram.exportImages());
      const exported = path.join(path.dirname(files[`${name}.svg`]), `${name}-export.svg`);
      writeFileSync(exported, svg);
      await page.goto(`file://${exported}`);
      const shown = await samples();
      assertSampled(shown, DIAGRAM_KINDS, `${name}, export`);
      assert.deepEqual([...failures(rendered).map((f) => `render: ${f}`), ...failures(shown).map((f) => `export: ${f}`)], []);
    });
  }
});
