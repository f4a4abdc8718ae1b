// Not a test: records what VS Code gives the diagram webview in each of its default themes
// (the body's classes and every --vscode-* variable the diagram's CSS reads, as the real
// webview has them) into test/fixtures/vscode-themes.json, which the contrast test
// (test/webview/contrast.test.ts) applies to the page in Chromium. Run again when the
// diagram's CSS reads a new variable or VS Code's themes change:
//   node scripts/build.mjs && node test/vscode/run-in-code-server.mjs --ui test/vscode/ui/theme-colors.ui.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, runCommand, tidy } from './ui-helpers.mjs';

/** The themes VS Code ships, by the label its theme picker shows. */
const THEMES = ['Light Modern', 'Dark Modern', 'Light 2026', 'Dark 2026', 'Light High Contrast', 'Dark High Contrast'];

export default async function ({ page, root }) {
  const css = readFileSync(join(root, 'src/webview/style.css'), 'utf8') + readFileSync(join(root, 'src/core/diagram/svg.ts'), 'utf8');
  const names = [...new Set(css.match(/--vscode-[A-Za-z0-9-]+/g))].sort();
  await tidy(page);
  await openFile(page, 'landscape.yaml');
  await runCommand(page, 'Landscape: Show diagram');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await frame.locator('.ls-node').first().waitFor({ timeout: 60_000 });
  const themes = {};
  for (const theme of THEMES) {
    // The theme picker (Ctrl+K Ctrl+T), with the focus in the editor rather than the webview.
    await page.locator('.view-lines').first().click();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(theme);
    await page.waitForFunction((t) => document.querySelector('.quick-input-widget .monaco-list-row')?.textContent?.startsWith(t), theme, { timeout: 10_000 });
    await page.keyboard.press('Enter');
    // The webview's body names the theme once VS Code has passed its colours on.
    await frame.locator(`body[data-vscode-theme-name="${theme}"]`).waitFor({ timeout: 20_000 });
    themes[theme] = await frame.locator('body').evaluate((body, vars) => ({
      bodyClass: [...body.classList].filter((c) => c.startsWith('vscode-')).join(' '),
      variables: Object.fromEntries(vars.map((v) => [v, getComputedStyle(document.documentElement).getPropertyValue(v).trim()]).filter(([, value]) => value)),
    }), names);
  }
  const file = join(root, 'test/fixtures/vscode-themes.json');
  writeFileSync(file, `${JSON.stringify({ source: 'VS Code 1.139.1 (code-server 4.139.1), the diagram webview in each default theme; made by test/vscode/ui/theme-colors.ui.mjs', themes }, null, 2)}\n`);
  console.log(`Wrote ${file}: ${Object.keys(themes).length} themes, ${names.length} variables`);
}
