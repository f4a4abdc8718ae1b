// The README's picture of a large landscape (`npm run screenshots`): a generated landscape of
// 1,000 systems (bench/generate.ts, as `npm run bench` draws it) opened in the real extension,
// the diagram as it opens (collapsed by domain, fitted), beside the editor in a 1,600 px window.
// Not a test: it fails only when the UI it photographs is missing.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, runCommand, tidy } from './ui-helpers.mjs';

const SYSTEMS = 1000;
const FILE = 'overview-1000.landscape.yaml';

export default async function ({ page, workspace, root }) {
  // tsx loads the TypeScript module as CommonJS: its exports are under `default`.
  const script = `import('./bench/generate.ts').then((m) => process.stdout.write((m.generateLandscape ?? m.default.generateLandscape)(${SYSTEMS})))`;
  const generated = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (generated.status !== 0) throw new Error(`generating the landscape failed: ${generated.stderr}`);
  // A name of its own (quick open finds it by name), one the extension takes for a landscape.
  writeFileSync(join(workspace, FILE), generated.stdout);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await tidy(page);
  await runCommand(page, 'View: Close Primary Side Bar');
  await openFile(page, FILE);
  await runCommand(page, 'Landscape: Show diagram');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await frame.locator('.ls-group').first().waitFor({ timeout: 120_000 });
  // The editor (focused by a click on its text) gives the diagram more of the window, as one looks at an overview.
  await page.locator('.view-lines').first().click();
  for (let i = 0; i < 3; i++) await runCommand(page, 'Decrease Editor Width');
  await frame.locator('button[aria-label="Fit to window"]').click();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: join(root, 'media', 'diagram-overview-1000.png') });
}
