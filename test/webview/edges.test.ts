/**
 * Edges as the webview draws them, in real headless Chromium on the built bundle: on the
 * Fjordbank example, its edges with findings (mobile-bank → card-system, an error, which the
 * issue names; its other one, offers → core-ledger, is not in this example, whose other edge
 * with a finding is onboarding → account-acl, a warning) are two distinct lines, no edge runs
 * inside another's stroke for longer than a crossing, and no asynchronous edge is covered by
 * an edge painted over it.
 * The same checks fail on the previous layout's routes (bench/legacy-routes.ts) of the same
 * boxes. Chromium's own geometry decides: getPointAtLength along one path, isPointInStroke of
 * the others with their computed stroke widths.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Diagram } from '../../src/core/index';
import { withLegacyRoutes } from '../../bench/legacy-routes';
import { ensureBuilt, landscape, ROOT } from '../cli/cli-helpers';
import { launchChromium, VSCODE_API_STUB, webviewHtml } from '../helpers/chromium-page';

/** Longer than this (px) along another edge's stroke is more than a crossing (the thickest stroke is 2.6 px). */
const CROSSING = 6;

interface Overlaps {
  /** The two edges with findings: their classes, whether their paths differ, the longest stretch of one inside the other's stroke. */
  errors: { classes: string[]; samePath: boolean; longestInside: number };
  /** Per edge, the longest stretch inside any other edge's stroke. */
  longestInsideAnother: Record<string, number>;
  /** Per async edge, the longest stretch under an edge painted after it. */
  longestCovered: Record<string, number>;
}

/**
 * Measured in the page: every edge sampled each pixel, 3 px clear of its ends (where edges
 * meet at a box). A string, not a function: the test runner's transpiler would add helpers
 * the page lacks.
 */
const OVERLAPS = `(() => {
  var edges = Array.prototype.slice.call(document.querySelectorAll('.ls-edges > .ls-edge'));
  // An edge is a path, or (dashed, around a corner) a group of pieces along its route (core/diagram/dashes.ts).
  function pieces(e) { return e.tagName === 'path' ? [e] : Array.prototype.slice.call(e.querySelectorAll(':scope > path')); }
  function inStroke(e, pt) { return pieces(e).some(function (p) { return p.isPointInStroke(pt); }); }
  function route(e) { return pieces(e).map(function (p) { return p.getAttribute('d'); }).join(' '); }
  function longestRun(e, inside) {
    var ps = pieces(e), length = ps.reduce(function (s, p) { return s + p.getTotalLength(); }, 0), run = 0, longest = 0, k = 0, before = 0;
    for (var s = 3; s <= length - 3; s++) {
      while (k < ps.length - 1 && s > before + ps[k].getTotalLength()) before += ps[k++].getTotalLength();
      var q = ps[k].getPointAtLength(s - before);
      run = inside(new DOMPoint(q.x, q.y)) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
  function id(p) { return p.getAttribute('data-edge'); }
  function byEnds(from, to) { return edges.filter(function (p) { return p.getAttribute('data-from') === from && p.getAttribute('data-to') === to; })[0]; }
  var a = byEnds('mobile-bank', 'card-system'), b = byEnds('onboarding', 'account-acl');
  var longestInsideAnother = {}, longestCovered = {};
  edges.forEach(function (p, i) {
    var others = edges.filter(function (o) { return o !== p; });
    longestInsideAnother[id(p)] = longestRun(p, function (pt) { return others.some(function (o) { return inStroke(o, pt); }); });
    if (p.classList.contains('async')) {
      var above = edges.slice(i + 1);
      longestCovered[id(p)] = longestRun(p, function (pt) { return above.some(function (o) { return inStroke(o, pt); }); });
    }
  });
  return {
    errors: {
      classes: [a.getAttribute('class'), b.getAttribute('class')],
      samePath: route(a) === route(b),
      longestInside: Math.max(longestRun(a, function (pt) { return inStroke(b, pt); }), longestRun(b, function (pt) { return inStroke(a, pt); })),
    },
    longestInsideAnother: longestInsideAnother,
    longestCovered: longestCovered,
  };
})()`;

function overlapsIn(page: Page): Promise<Overlaps> {
  return page.evaluate<Overlaps>(OVERLAPS);
}

const over = (runs: Record<string, number>): string[] => Object.entries(runs).filter(([, px]) => px > CROSSING).map(([edge, px]) => `${edge}: ${px} px`);

describe('edges in the webview (Chromium): distinct lines, none hidden under another', function () {
  this.timeout(120_000);
  let browser: Browser;
  let diagram: Diagram;
  let dir: string;

  before(async () => {
    ensureBuilt();
    const json = landscape(['render', path.join(ROOT, 'examples/fjordbank/landscape.yaml'), '--format', 'json'], ROOT);
    assert.equal(json.code, 0, json.stderr);
    diagram = JSON.parse(json.stdout) as Diagram;
    dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-edges-'));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  async function measured(d: Diagram): Promise<Overlaps> {
    const file = path.join(dir, 'diagram.html');
    writeFileSync(file, webviewHtml(d));
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await page.addInitScript(VSCODE_API_STUB);
      await page.goto(`file://${file}`);
      await page.waitForSelector('.ls-edges > .ls-edge');
      return await overlapsIn(page);
    } finally {
      await page.close();
    }
  }

  it('the example: the edges with findings are two lines, no edge runs along another, no async edge is covered', async () => {
    const m = await measured(diagram);
    assert.deepEqual(m.errors.classes.map((c) => c.split(' ').filter((k) => k === 'error' || k === 'warn')), [['error'], ['warn']], m.errors.classes.join(' | '));
    assert.equal(m.errors.samePath, false);
    assert.ok(m.errors.longestInside <= CROSSING, `the edges with findings overlap for ${m.errors.longestInside} px`);
    assert.deepEqual(over(m.longestInsideAnother), []);
    assert.ok(Object.keys(m.longestCovered).length >= 2, 'the example has async edges');
    assert.deepEqual(over(m.longestCovered), []);
  });

  it('the previous routes of the same boxes fail these checks', async () => {
    const m = await measured(withLegacyRoutes(diagram));
    assert.ok(over(m.longestInsideAnother).length > 0 || m.errors.longestInside > CROSSING, JSON.stringify(m));
  });
});
