// What a person sees: the Problems view lists the findings, the quick-fix menu offers the fix.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, retry, runCommand, tidy } from './ui-helpers.mjs';

export default async function ({ page, root }) {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  await tidy(page);
  await openFile(page, 'landscape.yaml');
  await runCommand(page, 'View: Focus Problems');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await page.waitForFunction(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')].some((r) => r.textContent.includes('no-direct-mode2-to-mode1')), null, { timeout: 30_000 });
  const texts = await rows.allTextContents();
  for (const expected of ["Mode-2 system 'shop' consumes 'core-api' of Mode-1 system 'core' directly", 'rollout-requires-monitoring']) {
    if (!texts.some((t) => t.includes(expected))) throw new Error(`Problems view lacks "${expected}": ${texts.join(' | ')}`);
  }
  await page.screenshot({ path: join(root, 'test-results', 'vscode-problems.png') });

  // The quick-fix menu on the finding in the fragment.
  await page.locator('.explorer-item', { hasText: 'fragment.yaml' }).first().click();
  await page.locator('.tab[aria-label^="fragment.yaml"]').first().waitFor({ timeout: 15_000 });
  const line = page.locator('.view-lines .view-line', { hasText: 'id: ro-shop' }).first();
  await line.click();
  const menuRow = page.locator('.action-widget .monaco-list-row', { hasText: "Add monitoring to 'ro-shop'" });
  await retry(
    async () => {
      await page.keyboard.press('Escape');
      await line.click();
      await page.keyboard.press('Control+.');
    },
    () => menuRow.first().waitFor({ state: 'visible', timeout: 1500 }),
    'the quick-fix menu to offer the fix',
  );
  await page.screenshot({ path: join(root, 'test-results', 'vscode-quickfix.png') });
  await menuRow.first().click();
  await page.locator('.view-lines .view-line', { hasText: 'monitoring: { dashboards: [], alerting: true }' }).first().waitFor({ timeout: 10_000 });
  // A snippet: the cursor waits between the brackets, Tab goes on to alerting's value.
  await page.keyboard.type('orders');
  await page.keyboard.press('Tab');
  await page.keyboard.type('false');
  await page.locator('.view-lines .view-line', { hasText: 'monitoring: { dashboards: [orders], alerting: false }' }).first().waitFor({ timeout: 10_000 });

  // Source Action… offers fix-all (a reference broken by typing, not yet linted when asked).
  await openFile(page, 'landscape.yaml');
  const consumes = page.locator('.view-lines .view-line', { hasText: 'consumes: [core-api, order-events]' }).first();
  await consumes.click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await page.locator('.view-lines .view-line', { hasText: 'consumes: [core-api, order-event]' }).first().waitFor({ timeout: 10_000 });
  const fixAllRow = page.locator('.action-widget .monaco-list-row', { hasText: 'Fix all safe landscape problems' });
  await retry(
    async () => {
      await page.keyboard.press('Escape');
      await runCommand(page, 'Source Action...');
    },
    () => fixAllRow.first().waitFor({ state: 'visible', timeout: 1500 }),
    'Source Action… to offer fix-all',
  );
  await page.screenshot({ path: join(root, 'test-results', 'vscode-source-action.png') });
  await fixAllRow.first().click();
  await page.locator('.view-lines .view-line', { hasText: 'consumes: [core-api, order-events]' }).first().waitFor({ timeout: 10_000 });
}
