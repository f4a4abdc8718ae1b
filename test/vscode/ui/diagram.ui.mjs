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
  // Badge digits are white in the workbench's theme too (the node's text colour once won).
  const digits = await frame.locator('.ls-badge-text').evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
  if (!digits.length || digits.some((f) => f !== 'rgb(255, 255, 255)')) throw new Error(`badge digits: ${digits.join(', ') || 'none'}`);
  // Clicking a node moves the editor's cursor to its definition.
  await frame.locator('.ls-node[data-id="hub"] .ls-box').click();
  // The status bar shows the new cursor: line 13 holds `id: hub`, 3 characters selected.
  await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /Ln 13, Col \d+ \(3 selected\)/.test(e.textContent ?? '')), null, { timeout: 10_000 });
  await page.screenshot({ path: join(root, 'test-results', 'vscode-diagram.png') });

  // Typing lengthens core's line: while the lint lags behind, the cursor's offset would fall
  // in a later system of the older text; the diagram must end up highlighting core, alone.
  // Typed at a person's pace (100 ms a key), so lints of half-typed texts come in between.
  const coreLine = page.locator('.view-lines .view-line', { hasText: '{ id: core, mode: mode1, owner: team-core }' }).first();
  await coreLine.click();
  await frame.locator('.ls-node.highlighted[data-id="core"]').waitFor({ timeout: 20_000 });
  // Every highlight the diagram shows from here on, in order (a node's class changes, or a new picture).
  await frame.locator('svg.ls-diagram').evaluate((svg) => {
    const seen = [];
    const note = () => {
      const now = [...svg.querySelectorAll('.ls-node.highlighted')].map((e) => e.getAttribute('data-id')).join();
      if (seen[seen.length - 1] !== now) seen.push(now);
    };
    new MutationObserver(note).observe(svg, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    window.highlightsSeen = seen;
  });
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  // A person pauses after `name: `: the half-typed `{ …, name: }` is linted and drawn too.
  await page.keyboard.type(', name: ', { delay: 100 });
  await page.waitForTimeout(1500);
  await page.keyboard.type('Core banking platform of the retail and the corporate bank', { delay: 100 });
  // The picture of the whole edit: core is drawn with its new name (it was highlighted before the edit, so that alone proves nothing).
  await frame.locator('.ls-node[data-id="core"]', { hasText: 'Core banking' }).waitFor({ timeout: 20_000 });
  await frame.locator('.ls-node.highlighted[data-id="core"]').waitFor({ timeout: 20_000 });
  const seen = await frame.locator('svg.ls-diagram').evaluate(() => window.highlightsSeen);
  const highlighted = await frame.locator('.ls-node.highlighted').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  // Core throughout: never the next system while the lint lags behind, never none while a half-typed
  // `name: }` is linted (its mapping once ended at `name`, leaving the cursor in no system).
  if (highlighted.join() !== 'core' || seen.some((ids) => ids !== 'core')) throw new Error(`highlighted while typing: ${seen.map((ids) => `[${ids}]`).join(' → ')}; at the end: ${highlighted.join()}`);
  await page.screenshot({ path: join(root, 'test-results', 'vscode-diagram-typing.png') });

  // The impact picker in the panel's toolbar: the server draws what an outage of core reaches.
  await frame.getByRole('button', { name: 'Impact of a system' }).click();
  await frame.getByRole('combobox', { name: 'System', exact: true }).fill('core');
  await frame.getByRole('button', { name: 'Show impact' }).click();
  await frame.locator('.ls-pick-shown', { hasText: 'test-bank: outage of core, down (its consumers), synchronous edges only · 1 system affected: Mode 2 1' }).waitFor({ timeout: 20_000 });
  const drawn = await frame.locator('.ls-nodes .ls-node').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-id')}@${e.getAttribute('data-distance')}`).sort());
  if (drawn.join() !== 'core@0,shop@1') throw new Error(`the impact of core drew ${drawn.join()}`);
  await page.screenshot({ path: join(root, 'test-results', 'vscode-diagram-impact.png') });
  await frame.getByRole('button', { name: 'Show whole landscape' }).click();
  await frame.locator('.ls-node[data-id="hub"]').waitFor({ timeout: 20_000 });

  // The editor's cursor in a narrow panel (issue 15): its system comes on screen, and the view
  // stays the fitted one, so a wider window fits it again (it used to stay scrolled off the Mode 1 lane).
  const wide = page.viewportSize();
  /** The systems whose boxes are whole inside the diagram's canvas. */
  const onScreen = () => frame.locator('.ls-canvas').evaluate((canvas) => {
    const c = canvas.getBoundingClientRect();
    return [...document.querySelectorAll('.ls-nodes > .ls-node')].filter((n) => {
      const b = n.querySelector('.ls-box').getBoundingClientRect();
      return b.left >= c.left - 0.5 && b.right <= c.right + 0.5 && b.top >= c.top - 0.5 && b.bottom <= c.bottom + 0.5;
    }).map((n) => n.getAttribute('data-id')).sort();
  });
  await page.setViewportSize({ width: 900, height: wide.height });
  await page.locator('.view-lines .view-line', { hasText: '- id: shop' }).first().click();
  await frame.locator('.ls-node.highlighted[data-id="shop"]').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(500);
  const narrow = await onScreen();
  await page.screenshot({ path: join(root, 'test-results', 'vscode-diagram-narrow.png') });
  if (!narrow.includes('shop') || narrow.includes('core')) throw new Error(`a narrow panel should show the cursor's shop without core, showed ${narrow.join()}`);
  await page.setViewportSize(wide);
  // Widened, the view fits again by itself: it is what Fit shows (the fitted view, moved just enough to show the cursor's shop).
  const viewBox = () => frame.locator('svg.ls-diagram').getAttribute('viewBox');
  await page.waitForTimeout(1000);
  const refitted = await viewBox();
  await frame.getByRole('button', { name: 'Fit to window' }).click();
  await page.waitForTimeout(300);
  if (await viewBox() !== refitted) throw new Error(`widened, the view was ${refitted}, not the fitted ${await viewBox()}`);
  if (!(await onScreen()).includes('shop')) throw new Error('widened, the cursor\'s shop went off screen');
}
