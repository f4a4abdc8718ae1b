/**
 * Culling in a large picture (webview/cull.ts), in real headless Chromium on the built bundle:
 * with every one of 1,000 systems drawn, only what lies around the view is rendered (the rest
 * stays in the DOM with `display: none`, made without its children), everything that lies in the
 * view is rendered, before and after a pan that brings other parts in, and the export is the
 * whole picture, the same file whatever the view.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diagramOf, groupingLayout, type Diagram } from '../../src/core/index';
import { generateLandscape } from '../../bench/generate';
import { ensureBuilt } from '../cli/cli-helpers';
import { lintFiles } from '../helpers/lint-snippet';
import { pagePerTest, webviewHtml } from '../helpers/chromium-page';

interface Census {
  /** Systems and edges (with their counts) in the DOM, and how many of them are rendered. */
  total: number;
  rendered: number;
  /** Those whose geometry meets the view but are not rendered (ids). */
  missing: string[];
  /** Those not rendered whose children (box, texts, tooltip, an edge's pieces) were made all the same. */
  made: number;
}

describe('diagram webview: culling a large picture (Chromium)', function () {
  this.timeout(180_000);
  const errors: string[] = [];
  const page = pagePerTest({ width: 1200, height: 800 }, { errors });
  let file: string;
  let diagram: Diagram;

  before(async () => {
    ensureBuilt();
    diagram = diagramOf(await lintFiles({ '/ws/landscape.yaml': generateLandscape(1000) }), undefined, groupingLayout('none'));
    assert.equal(diagram.groups.length, 0, 'every system drawn');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-cull-'));
    file = path.join(dir, 'all.html');
    writeFileSync(file, webviewHtml(diagram));
  });

  /**
   * Counts the systems and top-level edge elements, and checks each against the view: its
   * geometry (a box, a route's points) from the diagram (an element off screen is made without
   * its children: cull.ts), rendered when its own computed display and that of its box or
   * paths are not `none`. Also counts the elements off screen that have children. A string,
   * not a function: the test runner's transpiler would add helpers (__name) the page lacks.
   */
  const CENSUS = `((geometry) => {
    const svg = document.querySelector('svg.ls-diagram');
    const [vx, vy, vw, vh] = svg.getAttribute('viewBox').split(' ').map(Number);
    const meets = (x0, y0, x1, y1) => x1 >= vx && x0 <= vx + vw && y1 >= vy && y0 <= vy + vh;
    // The box of a system and the paths of an edge (semantic zoom hides a box's badges far out).
    const shown = (e) => getComputedStyle(e).display !== 'none' && [...e.querySelectorAll('.ls-box, path')].every((c) => getComputedStyle(c).display !== 'none');
    const out = { total: 0, rendered: 0, missing: [], made: 0 };
    for (const g of svg.querySelectorAll('.ls-nodes > .ls-node')) {
      const [x, y, w, h] = geometry.nodes[g.getAttribute('data-id')];
      out.total++;
      if (shown(g)) out.rendered++;
      else {
        if (g.children.length) out.made++;
        if (meets(x, y, x + w, y + h)) out.missing.push(g.getAttribute('data-id'));
      }
    }
    for (const e of svg.querySelectorAll('.ls-edges > .ls-edge')) {
      out.total++;
      if (shown(e)) { out.rendered++; continue; }
      if (e.matches('g') && e.children.length) out.made++;
      // A segment of the route in view.
      const n = geometry.edges[e.getAttribute('data-edge')].match(/-?[\\d.]+/g).map(Number);
      for (let i = 2; i + 1 < n.length; i += 2) {
        if (meets(Math.min(n[i - 2], n[i]), Math.min(n[i - 1], n[i + 1]), Math.max(n[i - 2], n[i]), Math.max(n[i - 1], n[i + 1]))) {
          out.missing.push(e.getAttribute('data-edge'));
          break;
        }
      }
    }
    return out;
  })`;
  const census = (): Promise<Census> => page().evaluate(`${CENSUS}(${JSON.stringify({
    nodes: Object.fromEntries(diagram.nodes.map((n) => [n.id, [n.x, n.y, n.w, n.h]])),
    edges: Object.fromEntries(diagram.edges.map((e) => [e.id, e.path])),
  })})`);

  const open = async (): Promise<void> => {
    await page().goto(`file://${file}`);
    await page().waitForSelector('.ls-node');
  };

  it('renders only what lies around the view, and everything in it', async () => {
    await open();
    const c = await census();
    assert.equal(c.total, diagram.nodes.length + diagram.edges.filter((e) => e.bundledInto === undefined).length);
    assert.deepEqual(c.missing, [], 'nothing in view is left unrendered');
    assert.ok(c.rendered > 0 && c.rendered < c.total / 4, `rendered ${c.rendered} of ${c.total}`);
    assert.equal(c.made, 0, 'what is off screen is made without its children');
  });

  it('a pan renders what it brings into view', async () => {
    await open();
    const before = await census();
    const box = (await page().locator('.ls-canvas').boundingBox())!;
    // Three drags to the left of most of the panel's width: the view moves well past what was rendered.
    for (let i = 0; i < 3; i++) {
      await page().mouse.move(box.x + box.width - 50, box.y + box.height / 2);
      await page().mouse.down();
      await page().mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      await page().mouse.move(box.x + 50, box.y + box.height / 2, { steps: 4 });
      await page().mouse.up();
      await page().waitForFunction(() => !document.querySelector('.ls-moving'));
    }
    const after = await census();
    assert.deepEqual(after.missing, [], 'nothing in the new view is left unrendered');
    assert.ok(after.rendered < after.total / 4, `rendered ${after.rendered} of ${after.total}`);
    assert.notDeepEqual(after, before);
  });

  it('the export is the whole picture, the same file whatever the view', async () => {
    await open();
    type Api = { landscapeDiagram: { exportImages(): Promise<{ svg: string }> } };
    const first = (await page().evaluate(() => (window as unknown as Api).landscapeDiagram.exportImages())).svg;
    assert.ok(!first.includes('ls-off'), 'no culled class in the file');
    const edges = first.match(/<(?:path|g) class="ls-edge(?: [^"]*)?" data-edge=/g) ?? [];
    assert.equal(edges.length, diagram.edges.filter((e) => e.bundledInto === undefined).length, 'every edge in the file');
    // Zoomed out until the whole picture is in view: everything rendered, and the same file.
    await page().locator('.ls-canvas').focus();
    for (let i = 0; i < 25; i++) await page().keyboard.press('-');
    const all = await census();
    assert.equal(all.rendered, all.total, `${await page().locator("svg.ls-diagram").getAttribute("viewBox")} ${diagram.width}x${diagram.height}`);
    const second = (await page().evaluate(() => (window as unknown as Api).landscapeDiagram.exportImages())).svg;
    assert.equal(second, first);
  });
});
