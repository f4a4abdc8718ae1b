/**
 * The diagram's toolbar at the panel widths it meets beside an editor (Chromium, the built
 * webview): it wraps between clusters of controls that belong together, never inside one
 * (seen in code-server at 1600×1000: "no groups" and "Mode 2" alone on rows of their own).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diagramOf, lintLandscape } from '../../src/core/index';
import { nodeHost, toCorePath } from '../../src/cli/node-host';
import { ensureBuilt, ROOT } from '../cli/cli-helpers';
import { pagePerTest, webviewHtml } from '../helpers/chromium-page';

/** The controls that must share a row, by their accessible names. */
const CLUSTERS = [
  ['Search systems', 'Zoom in', 'Zoom out', 'Fit to window'],
  ['Show mode1', 'Show gearbox', 'Show mode2'],
  ['Filter by domain', 'Filter by owner'],
  ['Only with findings', 'Dim instead of hiding'],
];

describe('diagram webview: the toolbar wraps between clusters (Chromium)', function () {
  this.timeout(120_000);
  const page = pagePerTest({ width: 900, height: 600 });
  let file: string;

  before(async () => {
    ensureBuilt();
    const d = diagramOf(await lintLandscape(toCorePath(path.join(ROOT, 'examples/fjordbank/landscape.yaml')), nodeHost, { today: '2026-01-01' }));
    file = path.join(mkdtempSync(path.join(os.tmpdir(), 'landscape-toolbar-')), 'page.html');
    writeFileSync(file, webviewHtml(d));
  });

  it('from 360 to 900 px wide, each cluster on one row', async () => {
    await page().goto(`file://${file}`);
    await page().waitForSelector('.ls-node');
    const split: string[] = [];
    for (let width = 360; width <= 900; width += 20) {
      await page().setViewportSize({ width, height: 600 });
      const tops = await page().evaluate((clusters) => clusters.map((names) => names.map((n) => {
        const box = document.querySelector(`.ls-toolbar [aria-label="${n}"]`)!;
        // A checkbox's row is its label's.
        const el = box.closest('label') ?? box;
        return Math.round(el.getBoundingClientRect().top);
      })), CLUSTERS);
      tops.forEach((t, i) => {
        if (new Set(t).size > 1) split.push(`${width} px: ${CLUSTERS[i].join(', ')} on rows ${t.join(', ')}`);
      });
    }
    assert.deepEqual(split, []);
  });
});
