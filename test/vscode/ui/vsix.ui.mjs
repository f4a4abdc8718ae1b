// The packaged extension, installed from dist/landscape.vsix with code-server's CLI (no
// development folder): it activates, the Problems view lists the landscape findings of the
// entry file and its fragment, and `Landscape: Show diagram` opens a webview that draws the
// systems, and `Landscape: Show format reference` renders the docs/format.md the .vsix ships.
// Run by `node test/vscode/run-in-code-server.mjs --vsix dist/landscape.vsix`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, runCommand, tidy } from './ui-helpers.mjs';

const EXPECTED_PROBLEMS = [
  "Mode-2 system 'shop' consumes 'core-api' of Mode-1 system 'core' directly", // landscape.yaml
  'rollout-requires-monitoring', // fragment.yaml, imported
];

export default async function ({ page, root, vsix }) {
  if (!vsix) throw new Error('vsix.ui.mjs tests an installed .vsix: run it with --vsix <file>');
  mkdirSync(join(root, 'test-results'), { recursive: true });
  await tidy(page);
  await openFile(page, 'landscape.yaml');

  await runCommand(page, 'View: Focus Problems');
  await page
    .waitForFunction(
      (expected) => {
        const texts = [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((r) => r.textContent ?? '');
        return expected.every((e) => texts.some((t) => t.includes(e)));
      },
      EXPECTED_PROBLEMS,
      { timeout: 60_000 },
    )
    .catch(async () => {
      const texts = await page.locator('.markers-panel .monaco-list-row').allTextContents();
      throw new Error(`Problems view lacks the landscape findings ${JSON.stringify(EXPECTED_PROBLEMS)}: ${texts.join(' | ') || '(empty)'}`);
    });
  await page.screenshot({ path: join(root, 'test-results', 'vsix-problems.png') });

  // The diagram webview runs the packaged (minified) dist/webview.js from the installed folder.
  await openFile(page, 'landscape.yaml');
  await runCommand(page, 'Landscape: Show diagram');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  for (const id of ['core', 'hub', 'shop']) await frame.locator(`.ls-node[data-id="${id}"]`).waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(root, 'test-results', 'vsix-diagram.png') });

  // The format reference ships inside the .vsix and opens offline in the Markdown preview.
  await runCommand(page, 'View: Close All Editors');
  await runCommand(page, 'Landscape: Show format reference');
  const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await preview.locator('h1', { hasText: 'The landscape.yaml format' }).waitFor({ timeout: 30_000 });
  await preview.locator('td', { hasText: 'Speed: mode1 = system of record' }).first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(root, 'test-results', 'vsix-format-reference.png') });
}
