/**
 * The README's picture of the small example's diagram as a first-time user sees it: the
 * example (examples/fjordbank) as the built CLI lays it out (`render --format json`), drawn by
 * the built webview (dist/) in a 760×560 panel (the diagram beside the editor in a 1,600 px
 * window) in Chromium, at the zoom it opens with, 'Mobile bank backend' clicked (a click
 * selects without moving the view). Run from a checkout with a build: `node scripts/build.mjs
 * && node --import tsx scripts/diagram-screenshots.ts [file.png]` (default
 * media/diagram-after.png); run in an older checkout, it shows what the diagram looked like then
 * (media/diagram-before.png is the build of 3 December 2026 before issue 15's readability work).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagram } from '../src/core/index';
import { launchChromium, VSCODE_API_STUB, webviewHtml } from '../test/helpers/chromium-page';

const ROOT = path.resolve(__dirname, '..');
const PANEL = { width: 760, height: 560 };

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'media', 'diagram-after.png'));
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'render', 'examples/fjordbank/landscape.yaml', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status === 2 || !run.stdout) throw new Error(`landscape render failed: ${run.stderr}`);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'landscape-shots-')), 'diagram.html');
  writeFileSync(file, webviewHtml(JSON.parse(run.stdout) as Diagram));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: PANEL, deviceScaleFactor: 1 });
    await page.addInitScript(VSCODE_API_STUB);
    await page.goto(`file://${file}`);
    await page.waitForSelector('.ls-node[data-id="mobile-bank"]');
    await page.locator('.ls-node[data-id="mobile-bank"] .ls-box').click();
    await page.screenshot({ path: out });
  } finally {
    await browser.close();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
