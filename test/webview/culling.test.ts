/**
 * Culling in a large picture (webview/cull.ts), in real headless Chromium on the built bundle:
 * with every one of 1,000 systems drawn, only what lies around the view is rendered (the rest
 * stays in the DOM with `display: none`, made without its children), everything that lies in the
 * view is rendered, before and after a pan that brings other parts in, and the export is the
 * whole picture, the same file whatever the view. A pan's grabbing cursor restyles nothing of
 * the picture (a sheet over the canvas has it, not the canvas), nor does any class toggled on
 * the canvas (no rule selects by the class attribute). The keyboard reaches every system: Tab
 * and Shift+Tab walk the picture's focusable elements in the order of the unculled picture,
 * each one rendered, on screen and named in Chromium's accessibility tree when it has the
 * focus (a roving tabindex, roving.ts).
 */
import { strict as assert } from 'node:assert';
import type { Diagram } from '../../src/core/index';
import { everySystemDrawnPage, focusedIn, pagePerTest, tabOrderOf, type Focused } from '../helpers/chromium-page';

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
    ({ diagram, file } = await everySystemDrawnPage(1000, 'landscape-cull-'));
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

  it('while a pan runs, the grabbing cursor is a sheet\'s over the canvas, so no element of the picture is styled again', async () => {
    // The cursor is inherited: on the canvas it restyled every element of the picture at a pan's start and end (pan.ts).
    await open();
    const box = (await page().locator('.ls-canvas').boundingBox())!;
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const cursors = (): Promise<{ canvas: string; node: string; under: string; cursor: string }> => page().evaluate(([x, y]) => {
      const under = document.elementFromPoint(x, y)!;
      return {
        canvas: getComputedStyle(document.querySelector('.ls-canvas')!).cursor,
        node: getComputedStyle(document.querySelector('.ls-nodes > .ls-node')!).cursor,
        under: under.closest('svg') ? 'picture' : under.className,
        cursor: getComputedStyle(under).cursor,
      };
    }, [at.x, at.y]);
    const rest = await cursors();
    assert.deepEqual([rest.canvas, rest.node, rest.under], ['grab', 'pointer', 'picture']);
    await page().mouse.move(at.x, at.y);
    await page().mouse.down();
    await page().mouse.move(at.x - 60, at.y - 40, { steps: 4 });
    assert.deepEqual(await cursors(), { canvas: 'grab', node: 'pointer', under: 'ls-grab', cursor: 'grabbing' });
    await page().mouse.up();
    await page().waitForFunction(() => !document.querySelector('.ls-moving'));
    const after = await cursors();
    assert.deepEqual([after.canvas, after.node, after.under], ['grab', 'pointer', 'picture']);
  });

  it('no rule of the page selects by the class attribute, yet the export carries the picture\'s stylesheet as it is', async () => {
    // Such a rule restyled every rendered system's second line whenever a class changed on the canvas (class-selectors.ts).
    await open();
    const byAttribute = await page().evaluate(() => [...document.styleSheets].flatMap((s) => [...s.cssRules]).map((r) => (r as CSSStyleRule).selectorText ?? '').filter((t) => t.includes('[class')));
    assert.deepEqual(byAttribute, []);
    type Api = { landscapeDiagram: { exportImages(): Promise<{ svg: string }> } };
    const { svg } = await page().evaluate(() => (window as unknown as Api).landscapeDiagram.exportImages());
    assert.ok(svg.includes('.ls-node[class*=ls-distance-] .ls-sub{'), 'the export\'s stylesheet is DIAGRAM_CSS');
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
    // No system or edge culled (far out the edges are drawn as a few paths instead of their own elements: far-out.test.ts).
    const off = await page().locator('.ls-nodes > .ls-node.ls-off, .ls-edges > .ls-edge.ls-off').count();
    assert.equal(off, 0, `${await page().locator("svg.ls-diagram").getAttribute("viewBox")} ${diagram.width}x${diagram.height}`);
    const second = (await page().evaluate(() => (window as unknown as Api).landscapeDiagram.exportImages())).svg;
    assert.equal(second, first);
  });

  const tabOrder = (): string[] => tabOrderOf(diagram);

  /**
   * The focused element as above, its label being what Chromium's accessibility tree (what a
   * screen reader reads) gives the focused node: its name when it is a button not ignored
   * (the svg's role img must not hide its focusable children).
   */
  const focused = async (): Promise<Focused> => {
    const f = await focusedIn(page());
    const cdp = await page().context().newCDPSession(page());
    try {
      const doc = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: doc.root.nodeId, selector: 'svg.ls-diagram :focus' });
      const [ax] = nodeId ? (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })).nodes : [];
      const read = ax && !ax.ignored && ax.role?.value === 'button' ? String(ax.name?.value ?? '') : '';
      return { ...f, label: read === f.label ? read : `${f.label} (read: ${read})` };
    } finally {
      await cdp.detach();
    }
  };
  /** The names of the elements not rendered (culled) now. */
  const culled = async (): Promise<Set<string>> => new Set(await page().evaluate(() => [...document.querySelectorAll('svg.ls-diagram .ls-off[tabindex]')]
    .map((a) => a.getAttribute('data-id') ?? a.getAttribute('data-group') ?? `count ${a.getAttribute('data-edge')}`)));

  it('Tab and Shift+Tab reach every element in the order of the unculled picture, each rendered, on screen and labelled', async () => {
    await open();
    const order = tabOrder();
    const systems = order.filter((k) => !k.startsWith('count '));
    assert.equal(systems.length, diagram.nodes.length, 'every system is in the order');
    const offAtFirst = await culled();
    assert.ok(offAtFirst.size > order.length / 2, `${offAtFirst.size} of ${order.length} culled at first`);
    // From the canvas into the picture: the first element of the order, whether it lies in view or not.
    await page().locator('.ls-canvas').focus();
    const walked: Focused[] = [];
    const steps = 40;
    for (let i = 0; i < steps; i++) {
      await page().keyboard.press('Tab');
      walked.push(await focused());
    }
    assert.deepEqual(walked.map((f) => f.key), order.slice(0, steps), 'the order of the unculled picture');
    for (const f of walked) {
      assert.ok(f.rendered && f.inside, `${f.key} rendered (${f.rendered}) and inside the view (${f.inside})`);
      assert.ok(f.label.length > 0 && !f.label.includes('(read: '), `${f.key} has an aria-label, which the accessibility tree gives it: ${f.label}`);
    }
    assert.ok(walked.some((f) => offAtFirst.has(f.key)), 'the walk went through elements that were off screen');
    // Among the systems: from the last one rendered at first, on into those that were not, and back.
    const from = systems.filter((k) => !offAtFirst.has(k)).pop()!;
    const at = order.indexOf(from);
    assert.ok(at + steps < order.length, 'systems after it');
    await open();
    await page().locator(`.ls-node[data-id="${from}"]`).focus();
    const on: Focused[] = [];
    for (let i = 0; i < steps; i++) {
      await page().keyboard.press('Tab');
      on.push(await focused());
    }
    assert.deepEqual(on.map((f) => f.key), order.slice(at + 1, at + 1 + steps));
    const fine = (f: Focused): boolean => f.rendered && f.inside && f.label.length > 0 && !f.label.includes('(read: ');
    assert.ok(on.every(fine), JSON.stringify(on.filter((f) => !fine(f))));
    assert.ok(on.filter((f) => offAtFirst.has(f.key)).length > steps / 2, 'most of them were off screen');
    const back: Focused[] = [];
    for (let i = 0; i < steps; i++) {
      await page().keyboard.press('Shift+Tab');
      back.push(await focused());
    }
    assert.deepEqual(back.map((f) => f.key), order.slice(at, at + steps).reverse());
    assert.ok(back.every(fine), JSON.stringify(back.filter((f) => !fine(f))));
    // Enter on a system reached this way selects it, as before.
    await page().keyboard.press('Enter');
    assert.equal(await page().locator('.ls-node.selected').getAttribute('data-id'), from);
  });
});
