// Helpers for the Playwright UI tests against code-server: commands, quick open, waits.
export async function runCommand(page, title) {
  // Enter runs the first row: wait until the list is filtered down to the command. The palette
  // evaluates the commands' when and enablement clauses as it opens: opened while the workbench
  // is still taking in a change (an editor, the workspace trust) it may lack the command, so it
  // is opened again (never Enter on another command).
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(`>${title}`);
    try {
      await page.waitForFunction((t) => document.querySelector('.quick-input-widget .monaco-list-row')?.textContent?.includes(t), title, { timeout: 5_000 });
      break;
    } catch (e) {
      await page.keyboard.press('Escape');
      if (attempt === 4) throw new Error(`the command palette does not offer '${title}'`, { cause: e });
    }
  }
  await page.keyboard.press('Enter');
}

export async function openFile(page, name) {
  // Quick open lists files once the workbench's file search has read the folder: on a busy
  // machine (a CI runner, several jobs) that can take longer than one wait, and a quick open
  // opened before it may stay empty, so it is opened again (never Enter on an empty list).
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; ; attempt++) {
    // Focus the editor area first: quick open is not bound while a panel has focus.
    await page.locator('.monaco-workbench .part.editor').first().click({ position: { x: 5, y: 5 } }).catch(() => {});
    await page.keyboard.press('Control+P');
    try {
      // The quick input can close again before it is typed into (focus taken by a view the
      // workbench restores, seen once in CI after a .vsix install): then it is opened again.
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill(name, { timeout: 10_000 });
      await page.waitForFunction((n) => document.querySelector('.quick-input-widget .monaco-list-row')?.textContent?.includes(n), name, { timeout: 20_000 });
      break;
    } catch (e) {
      await page.keyboard.press('Escape');
      if (attempt === 4) throw new Error(`quick open did not open, or does not list '${name}'`, { cause: e });
    }
  }
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
