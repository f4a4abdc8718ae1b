// What a person sees: the diagram beside the editor, for the README's screenshot.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, runCommand, tidy } from './ui-helpers.mjs';

export default async function ({ page, root }) {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  await tidy(page);
  await openFile(page, 'landscape.yaml');
  await runCommand(page, 'Landscape: Show diagram');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await frame.locator('.ls-node[data-id="shop"]').waitFor({ timeout: 30_000 });
  // Clicking a node moves the editor's cursor to its definition.
  await frame.locator('.ls-node[data-id="hub"] .ls-box').click();
  // The status bar shows the new cursor: line 13 holds `id: hub`, 3 characters selected.
  await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /Ln 13, Col \d+ \(3 selected\)/.test(e.textContent ?? '')), null, { timeout: 10_000 });
  await page.screenshot({ path: join(root, 'test-results', 'vscode-diagram.png') });
}
