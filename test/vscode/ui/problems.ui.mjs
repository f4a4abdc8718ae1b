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
}
