// What a person sees of the extension's work: the status bar item (the landscape's name, its
// errors and warnings), its menu, the log it opens, Show diagram in a fragment's title bar, and
// the Landscape tree view, and New landscape's picker in a workspace that has a landscape.yaml.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, retry, runCommand, tidy } from './ui-helpers.mjs';

export default async function ({ page, root }) {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  await tidy(page);
  // Quick open can miss its first rows on a busy machine (its file search is still indexing): try again.
  await retry(() => openFile(page, 'fragment.yaml').catch(() => page.keyboard.press('Escape')), () => page.locator('.tab[aria-label^="fragment.yaml"]').first().waitFor({ timeout: 2_000 }), 'fragment.yaml open', 5);
  // The item of the fragment's landscape: its metadata.name, then its errors and warnings.
  const item = page.locator('.statusbar-item', { hasText: 'test-bank' }).first();
  await item.waitFor({ timeout: 30_000 });
  const text = (await item.innerText()).replace(/\s+/g, ' ').trim();
  if (!/^test-bank \d+ \d+$/.test(text)) throw new Error(`status bar item: "${text}"`);
  // Show diagram is in the fragment's title bar, not only an entry file's.
  await page.locator('.editor-actions .action-label[aria-label^="Show diagram"]').first().waitFor({ timeout: 15_000 });

  // The Landscape tree view in the Explorer: sections → entities (its lower rows are scrolled out of the short pane).
  await runCommand(page, 'Focus on Landscape View');
  const section = page.locator('.pane-body .monaco-list-row', { hasText: 'owners' }).first();
  await section.waitFor({ timeout: 15_000 });
  const sectionText = [await section.locator('.label-name').innerText(), await section.locator('.label-description').innerText()].join(' ');
  if (sectionText !== 'owners 4') throw new Error(`tree row: "${sectionText}"`);
  await page.locator('.pane-body .monaco-list-row', { hasText: 'team-web' }).first().waitFor({ timeout: 15_000 });

  await item.click();
  const rows = page.locator('.quick-input-widget .monaco-list-row');
  await rows.nth(4).waitFor({ timeout: 15_000 });
  const labels = (await rows.locator('.label-name').allInnerTexts()).map((t) => t.trim());
  const expected = ['Show diagram', 'Show problems', 'Open rule documentation…', 'Restart the language server', 'Show log'];
  if (labels.join('|') !== expected.join('|')) throw new Error(`menu: ${labels.join('|')}`);
  await page.screenshot({ path: join(root, 'test-results', 'vscode-status-menu.png') });

  await page.keyboard.type('Show log');
  await page.keyboard.press('Enter');
  // The log: one line per lint, with the landscape, its files, the time and the configuration.
  const logLine = page.locator('.part.panel .view-line', { hasText: 'Linted landscape.yaml ("test-bank", 2 files)' }).first();
  await logLine.waitFor({ timeout: 15_000 });
  // The panel wraps a long line into several view lines: read them in order and join them.
  const shown = (await page.locator('.part.panel .view-lines').first().evaluate((el) => [...el.querySelectorAll('.view-line')].sort((x, y) => parseFloat(x.style.top) - parseFloat(y.style.top)).map((l) => l.textContent).join(''))).replace(/\u00a0/g, ' ');
  const line = /\[\d\d:\d\d:\d\d\] Linted landscape\.yaml \("test-bank", 2 files\) in \d+ ms: \d+ errors?, \d+ warnings?, \d+ infos?\. Configuration: extends recommended \(default\) · \d+ rules on \(\d+ error, \d+ warn, \d+ info\)\./;
  if (!line.test(shown)) throw new Error(`no log line in: ${shown}`);
  await page.screenshot({ path: join(root, 'test-results', 'vscode-status-log.png') });

  // New landscape in a workspace that has one: the picker says so before the choice, and the choice opens it.
  await runCommand(page, 'Landscape: New landscape');
  const folderRow = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'already has landscape.yaml — opens it' }).first();
  await folderRow.waitFor({ timeout: 15_000 });
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Choose another folder…' }).first().waitFor({ timeout: 5_000 });
  await page.screenshot({ path: join(root, 'test-results', 'vscode-new-landscape-picker.png') });
  await folderRow.click();
  await page.locator('.tab.active[aria-label^="landscape.yaml"]').first().waitFor({ timeout: 15_000 });
}
