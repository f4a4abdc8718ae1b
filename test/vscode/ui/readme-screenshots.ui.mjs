// The README's screenshots, taken from the real extension in code-server on the bundled
// example (`npm run screenshots`): the diagram beside the editor with the Problems view, and
// the quick-fix menu. Not a test: it fails only when the UI it photographs is missing.
import { join } from 'node:path';
import { openFile, retry, runCommand, tidy } from './ui-helpers.mjs';

export default async function ({ page, root }) {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await tidy(page);
  await openFile(page, 'mode2.yaml');
  await runCommand(page, 'View: Focus Problems');
  await page.waitForFunction(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')].some((r) => r.textContent.includes('ro-core-upgrade')), null, { timeout: 60_000 });
  await openFile(page, 'mode2.yaml');
  await runCommand(page, 'Landscape: Show diagram');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await frame.locator('.ls-node[data-id="mobile-bank"]').waitFor({ timeout: 60_000 });
  // The cursor on mobile-bank's definition selects it in the diagram, scrolled into view (at the
  // readable zoom the Mode 2 lane may start beyond the panel's right edge, out of a click's reach).
  await page.locator('.view-lines .view-line', { hasText: 'id: mobile-bank' }).first().click();
  await frame.locator('.ls-node.selected[data-id="mobile-bank"]').waitFor({ timeout: 20_000 });
  // Without the side bar, and with a narrower editor, the panel is wide enough for the whole example at a readable size:
  // fitted again, the picture shows all three lanes with the selection, not the part scrolled to.
  await runCommand(page, 'View: Close Primary Side Bar');
  // The editor (focused: its line was clicked) gives the diagram some of its width.
  for (let i = 0; i < 3; i++) await runCommand(page, 'Decrease Editor Width');
  await page.waitForTimeout(500);
  await frame.locator('button[aria-label="Fit to window"]').click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(root, 'media', 'screenshot-diagram.png') });

  // The quick-fix menu on the direct Mode 2 → Mode 1 call, with the editor as wide as before.
  await page.locator('.view-lines .view-line', { hasText: 'id: mobile-bank' }).first().click();
  for (let i = 0; i < 3; i++) await runCommand(page, 'Increase Editor Width');
  const line = page.locator('.view-lines .view-line', { hasText: 'card-limits-api' }).first();
  const menu = page.locator('.action-widget .monaco-list-row').first();
  await retry(
    async () => {
      await page.keyboard.press('Escape');
      await line.click();
      await page.keyboard.press('Control+.');
    },
    () => menu.waitFor({ state: 'visible', timeout: 1500 }),
    'the quick-fix menu',
  );
  await page.screenshot({ path: join(root, 'media', 'screenshot-quickfix.png') });
}
