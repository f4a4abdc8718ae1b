// Helpers for the Playwright UI tests against code-server: commands, quick open, waits.
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

export async function openFile(page, name) {
  // Focus the editor area first: quick open is not bound while a panel has focus.
  await page.locator('.monaco-workbench .part.editor').first().click({ position: { x: 5, y: 5 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator(`.tab[aria-label^="${name}"]`).first().waitFor({ timeout: 15_000 });
}

/** Retries an action until `check` holds (bounded), for UI that reacts asynchronously. */
export async function retry(action, check, what, attempts = 20) {
  for (let i = 0; i < attempts; i++) {
    await action();
    try {
      await check();
      return;
    } catch {
      // not yet
    }
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** A tidy workbench for screenshots: no secondary side bar (Chat). */
export async function tidy(page) {
  await runCommand(page, 'View: Hide Secondary Side Bar').catch(() => {});
  await page.keyboard.press('Escape');
}
