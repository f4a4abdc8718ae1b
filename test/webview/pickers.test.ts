/**
 * The focus, impact and saved-view pickers in real headless Chromium, on the standalone page
 * `landscape render --format html` writes for the SPEC's example (with two saved views added):
 * what each draws is exactly what the command line draws for the same question
 * (`render --focus`, `impact --format json`, `render --view`), with the same distances;
 * "Show whole landscape" returns; an unknown system is said, not asked for.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { ensureBuilt, landscape, ROOT, workspace } from '../cli/cli-helpers';
import { pagePerTest } from '../helpers/chromium-page';

const SPEC = readFileSync(path.join(ROOT, 'test/fixtures/spec-examples/nordhem-retail/landscape.yaml'), 'utf8');
const VIEWS = `
views:
  - { name: commerce, title: Commerce <only>, include: { domains: [commerce] } }
  - { name: around-checkout, focus: { system: checkout-svc, depth: 2 } }
`;

interface Drawn {
  title: string;
  nodes: { id: string; distance?: number }[];
}

describe('diagram pickers: focus, impact, saved views (standalone page, headless Chromium)', function () {
  this.timeout(180_000);
  let page: Page;
  let dir: string;
  const current = pagePerTest({ width: 1400, height: 900 }, { errors: [] });

  before(() => {
    ensureBuilt();
    dir = workspace({ 'landscape.yaml': `${SPEC.trimEnd()}\n${VIEWS}` });
    const run = landscape(['render', 'landscape.yaml', '--format', 'html', '-o', 'diagram.html'], dir);
    assert.equal(run.code, 0, run.stderr);
  });

  beforeEach(async () => {
    page = current();
    await page.goto(`file://${path.join(dir, 'diagram.html')}`);
    await page.waitForSelector('.ls-node[data-id="checkout-svc"]');
    // The host has answered `ready` with what the pickers offer.
    await page.waitForSelector('#ls-pick-systems option[value="checkout-svc"]', { state: 'attached' });
  });

  /** What the CLI prints as JSON for these arguments. */
  const cli = <T>(...args: string[]): T => {
    const r = landscape(args, dir);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout) as T;
  };
  const asDrawn = (d: Drawn): string[] => d.nodes.map((n) => `${n.id}@${n.distance ?? '-'}`).sort();
  /** The systems on screen, each with its distance. */
  const onScreen = (): Promise<string[]> => page.locator('.ls-nodes .ls-node').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-id')}@${e.getAttribute('data-distance') ?? '-'}`).sort());
  const shown = (): Promise<string | null> => page.locator('.ls-pick-shown').textContent();
  /** Waits until the host's update is drawn: the pickers say what is shown. */
  const drawnAs = async (text: string): Promise<void> => {
    await page.waitForFunction((t) => document.querySelector('.ls-pick-shown')?.textContent === t, text);
  };

  it('Focus: a system typed by name, depth 2, either way, draws what render --focus draws', async () => {
    await page.getByRole('button', { name: 'Focus on a system' }).click();
    await page.getByRole('combobox', { name: 'System', exact: true }).fill('checkout service');
    await page.getByRole('combobox', { name: 'Depth' }).selectOption('2');
    await page.getByRole('button', { name: 'Show focus' }).click();
    const expected = cli<Drawn>('render', 'landscape.yaml', '--focus', 'checkout-svc', '--depth', '2', '--format', 'json');
    await drawnAs(expected.title);
    assert.deepEqual(await onScreen(), asDrawn(expected));
    assert.ok(expected.nodes.length > 3 && expected.nodes.length < 25, `a real neighbourhood: ${expected.nodes.length} systems`);
    assert.deepEqual((await page.evaluate(() => (window as unknown as { __landscapeMessages: { type: string }[] }).__landscapeMessages)).filter((m) => m.type === 'pick'),
      [{ type: 'pick', pick: { kind: 'focus', system: 'checkout-svc', depth: 2, direction: 'both' } }]);
    assert.match(await page.locator('.ls-status').textContent() ?? '', new RegExp(`^${expected.nodes.length} of ${expected.nodes.length} systems`));
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'webview-focus.png') });
    // Back to the whole landscape.
    await page.getByRole('button', { name: 'Show whole landscape' }).click();
    await drawnAs('');
    assert.equal(await page.locator('.ls-nodes .ls-node').count(), 25);
    assert.equal(await page.getByRole('button', { name: 'Show whole landscape' }).isVisible(), false);
  });

  it('Impact: the selected system, with asynchronous edges, draws what landscape impact reports, by mode', async () => {
    await page.locator('.ls-node[data-id="sap-s4"] .ls-box').click();
    await page.getByRole('button', { name: 'Impact of a system' }).click();
    assert.equal(await page.getByRole('combobox', { name: 'System', exact: true }).inputValue(), 'sap-s4', 'the selection is prefilled');
    await page.getByRole('checkbox', { name: 'Include asynchronous edges' }).check();
    await page.getByRole('button', { name: 'Show impact' }).click();
    const impact = cli<{ affected: { id: string; distance: number; mode: string }[]; byMode: { mode: string; systems: unknown[] }[] }>('impact', 'landscape.yaml', 'sap-s4', '--include-async', '--format', 'json');
    const titles: Record<string, string> = { mode1: 'Mode 1', gearbox: 'Gearbox', mode2: 'Mode 2' };
    const summary = `${impact.affected.length} systems affected: ${impact.byMode.map((g) => `${titles[g.mode]} ${g.systems.length}`).join(' · ')}`;
    await drawnAs(`Nordhem Retail AB – enterprise IT landscape: outage of sap-s4, down (its consumers), synchronous and asynchronous edges · ${summary}`);
    assert.deepEqual(await onScreen(), ['sap-s4@0', ...impact.affected.map((a) => `${a.id}@${a.distance}`)].sort());
    assert.ok(impact.affected.length >= 3, `${impact.affected.length} affected`);
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'webview-impact.png') });
  });

  it('Saved view: the list has the landscape\'s views by title; a view draws what render --view draws', async () => {
    const views = page.getByRole('combobox', { name: 'Saved view' });
    assert.deepEqual(await views.locator('option').allTextContents(), ['Saved views…', 'Commerce <only>', 'Nordhem Retail AB – enterprise IT landscape: around-checkout']);
    // Cut in the select, the full text is in the tooltips: each option's, and the select's for the one chosen.
    assert.deepEqual(await views.locator('option').evaluateAll((os) => os.map((o) => o.getAttribute('title'))), ['Saved views…', 'Commerce <only>', 'Nordhem Retail AB – enterprise IT landscape: around-checkout']);
    assert.equal(await views.getAttribute('title'), 'Saved views…');
    await views.selectOption('around-checkout');
    assert.equal(await views.getAttribute('title'), 'Nordhem Retail AB – enterprise IT landscape: around-checkout');
    await views.selectOption('commerce');
    const commerce = cli<Drawn>('render', 'landscape.yaml', '--view', 'commerce', '--format', 'json');
    await drawnAs('Commerce <only>');
    assert.deepEqual(await onScreen(), asDrawn(commerce));
    await views.selectOption('around-checkout');
    const around = cli<Drawn>('render', 'landscape.yaml', '--view', 'around-checkout', '--format', 'json');
    await drawnAs(around.title);
    assert.deepEqual(await onScreen(), asDrawn(around));
    assert.ok(around.nodes.some((n) => n.distance === 2), 'the view\'s focus distances are drawn');
  });

  it('Escape closes the form, as Cancel does, and the focus goes back to the button that opened it (keyboard only)', async () => {
    const form = page.locator('form.ls-pick-form');
    await page.getByRole('button', { name: 'Impact of a system' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'System');
    await page.keyboard.press('Escape');
    assert.equal(await form.isVisible(), false);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Impact of a system');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await form.isVisible(), false);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Impact of a system');
  });

  it('an unknown system, or a text that several systems hold, is said in the form and not asked for; one that one system holds is enough', async () => {
    await page.getByRole('button', { name: 'Focus on a system' }).click();
    const system = page.getByRole('combobox', { name: 'System', exact: true });
    await system.fill('checkot');
    await page.getByRole('button', { name: 'Show focus' }).click();
    assert.equal(await page.getByRole('alert').textContent(), "No system 'checkot' in the landscape.");
    await system.fill('sap');
    await page.getByRole('button', { name: 'Show focus' }).click();
    assert.equal(await page.getByRole('alert').textContent(), "'sap' names 2 systems: pick one from the list.");
    assert.equal(await shown(), '');
    assert.deepEqual((await page.evaluate(() => (window as unknown as { __landscapeMessages: { type: string }[] }).__landscapeMessages)).filter((m) => m.type === 'pick'), []);
    await system.fill('Checkout');
    await page.getByRole('button', { name: 'Show focus' }).click();
    await drawnAs('Nordhem Retail AB – enterprise IT landscape: checkout-svc and 1 step either way');
  });

  it('in a narrow panel a picked part opens on its chosen system at the readable zoom, not at the top-left of its first lane', async () => {
    await page.setViewportSize({ width: 520, height: 700 });
    await page.getByRole('button', { name: 'Impact of a system' }).click();
    await page.getByRole('combobox', { name: 'System', exact: true }).fill('checkout-svc');
    await page.getByRole('combobox', { name: 'Direction' }).selectOption('up');
    await page.getByRole('button', { name: 'Show impact' }).click();
    await page.waitForSelector('.ls-node[data-distance="0"][data-id="checkout-svc"]');
    const rect = (sel: string): Promise<{ left: number; right: number; top: number; bottom: number }> => page.locator(sel).evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    });
    const canvas = await rect('.ls-canvas');
    const chosen = await rect('.ls-node[data-distance="0"] .ls-box');
    const picture = await rect('.ls-bg');
    assert.ok(picture.right - picture.left > canvas.right - canvas.left, 'the part is wider than the panel at the readable zoom');
    assert.ok(chosen.left >= canvas.left && chosen.right <= canvas.right && chosen.top >= canvas.top && chosen.bottom <= canvas.bottom, `the chosen system on screen: ${JSON.stringify(chosen)} in ${JSON.stringify(canvas)}`);
    // Centred across, unless the picture's edge stops it 8 px in from the panel's.
    const centred = Math.abs((chosen.left + chosen.right) / 2 - (canvas.left + canvas.right) / 2) < 1;
    assert.ok(centred || Math.abs(canvas.right - picture.right - 8) < 1 || Math.abs(picture.left - canvas.left - 8) < 1, JSON.stringify({ chosen, canvas, picture }));
  });

  /** The selection as drawn: whether the rest is faded, the selected and framed systems, and how many systems are faded. */
  const selection = async (): Promise<{ selecting: boolean; selected: string[]; neighbours: string[]; faded: number }> => {
    // Queried from here: a helper function inside page.evaluate would get the test runner's helpers, which the page lacks.
    const ids = (sel: string): Promise<string[]> => page.locator(sel).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!).sort());
    return {
      selecting: await page.locator('svg.ls-diagram').evaluate((e) => e.classList.contains('ls-selecting')),
      selected: await ids('.ls-node.selected'),
      neighbours: await ids('.ls-node.ls-neighbour'),
      faded: await page.locator('.ls-nodes > .ls-node').evaluateAll((els) => els.filter((n) => getComputedStyle(n).opacity !== '1').length),
    };
  };

  it('a pick that does not draw the selected system clears the selection: nothing stays faded, and the whole landscape comes back unselected', async () => {
    await page.locator('.ls-node[data-id="sap-s4"] .ls-box').click();
    assert.equal((await selection()).selecting, true);
    await page.getByRole('combobox', { name: 'Saved view' }).selectOption('commerce');
    await drawnAs('Commerce <only>');
    assert.equal(await page.locator('.ls-node[data-id="sap-s4"]').count(), 0);
    assert.deepEqual(await selection(), { selecting: false, selected: [], neighbours: [], faded: 0 });
    await page.getByRole('button', { name: 'Show whole landscape' }).click();
    await drawnAs('');
    assert.deepEqual(await selection(), { selecting: false, selected: [], neighbours: [], faded: 0 });
  });

  it('a focus or impact on another system than the selected one drops the selection: its chosen system is not drawn faded', async () => {
    // web-shop selected, then the impact of checkout-svc (which reaches web-shop): the selection once stayed on
    // web-shop, so the chosen checkout-svc and most of the picture were faded.
    await page.locator('.ls-node[data-id="web-shop"] .ls-box').click();
    await page.getByRole('button', { name: 'Impact of a system' }).click();
    await page.getByRole('combobox', { name: 'System', exact: true }).fill('checkout-svc');
    await page.getByRole('combobox', { name: 'Direction' }).selectOption('both');
    await page.getByRole('button', { name: 'Show impact' }).click();
    await page.waitForSelector('.ls-node[data-id="checkout-svc"][data-distance="0"]');
    assert.equal(await page.locator('.ls-node[data-id="web-shop"]').count(), 1);
    assert.deepEqual(await selection(), { selecting: false, selected: [], neighbours: [], faded: 0 });
  });

  it('a pick that draws the selected system keeps it selected, with its edges and neighbours in the new picture', async () => {
    await page.locator('.ls-node[data-id="checkout-svc"] .ls-box').click();
    await page.getByRole('button', { name: 'Focus on a system' }).click();
    await page.getByRole('combobox', { name: 'Depth' }).selectOption('2');
    await page.getByRole('button', { name: 'Show focus' }).click();
    await drawnAs('Nordhem Retail AB – enterprise IT landscape: checkout-svc and 2 steps either way');
    const drawn = await page.locator('.ls-nodes > .ls-node').evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-id')!, distance: Number(e.getAttribute('data-distance')) })));
    const ring1 = drawn.filter((n) => n.distance === 1).map((n) => n.id).sort();
    assert.deepEqual(await selection(), { selecting: true, selected: ['checkout-svc'], neighbours: ring1, faded: drawn.length - 1 - ring1.length });
  });
});
