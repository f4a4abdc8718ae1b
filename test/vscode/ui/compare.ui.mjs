// What a person sees of *Landscape: Compare with…* (issue 12): the workspace made a git
// repository here (the review fixture committed), then an edit on disk; the command (the
// revision asked in a quick pick or an input box, HEAD by default) overlays the diagram: added
// green, removed red dashed, changed amber in the editor theme's chart colours, with a legend row
// and a toggle; the Explorer's review view lists the new and the fixed finding.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, retry, runCommand, tidy } from './ui-helpers.mjs';

const fail = (what, got) => {
  throw new Error(`${what}: ${JSON.stringify(got)}`);
};

export default async function ({ page, workspace, root }) {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  const fixture = (name) => readFileSync(join(root, 'test/vscode/fixtures/review', name), 'utf8');
  const git = (...args) => execFileSync('git', args, { cwd: workspace, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T12:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T12:00:00Z' } });
  writeFileSync(join(workspace, 'landscape.yaml'), fixture('base.yaml'));
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.email=dev@example.com', '-c', 'user.name=Dev', 'commit', '-q', '-m', 'the review bank');
  writeFileSync(join(workspace, 'landscape.yaml'), fixture('edit.yaml'));

  await tidy(page);
  // Quick open may find nothing while the workbench takes in the new repository: try again.
  await retry(() => openFile(page, 'landscape.yaml').catch(() => page.keyboard.press('Escape')), () => page.locator('.tab[aria-label^="landscape.yaml"]').first().waitFor({ timeout: 2_000 }), 'landscape.yaml open', 5);
  await runCommand(page, 'Landscape: Compare with…');
  // The git extension's quick pick (HEAD first) or, without it, an input box holding HEAD: Enter takes HEAD.
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('.quick-input-widget .monaco-list-row')].map((r) => r.textContent ?? '');
    const input = document.querySelector('.quick-input-widget input');
    return rows.some((t) => t.startsWith('HEAD')) || input?.value === 'HEAD';
  }, null, { timeout: 15_000 });
  await page.keyboard.press('Enter');

  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await frame.locator('.ls-node.ls-removed[data-id="legacy"]').waitFor({ timeout: 30_000 });
  const marks = await frame.locator('.ls-nodes > .ls-node, .ls-edges > .ls-edge').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-id') ?? e.getAttribute('data-edge')} ${[...e.classList].filter((c) => /^ls-(added|removed|changed)$/.test(c)).join(' ')}`.trim()).sort());
  const expected = ['app ls-added', 'app->core:core-api ls-added', 'core', 'hub ls-changed', 'hub->legacy:legacy-api ls-removed', 'legacy ls-removed', 'shop ls-changed', 'shop->core:core-api ls-removed', 'shop->hub:order-events'];
  if (marks.join('\n') !== expected.join('\n')) fail('overlay classes', marks);

  // The colours are the editor theme's chart colours (green, red, orange); removed ones dashed.
  const looks = await frame.locator('body').evaluate(() => {
    const css = getComputedStyle(document.documentElement);
    const colour = (v) => {
      const probe = document.createElement('div');
      probe.style.color = css.getPropertyValue(v).trim();
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    };
    const box = (id) => getComputedStyle(document.querySelector(`.ls-node[data-id="${id}"] .ls-box`));
    const edge = (id) => getComputedStyle(document.querySelector(`.ls-edge[data-edge="${id}"]`));
    return {
      theme: { added: colour('--vscode-charts-green'), removed: colour('--vscode-charts-red'), changed: colour('--vscode-charts-orange') },
      nodes: { app: box('app').stroke, legacy: box('legacy').stroke, hub: box('hub').stroke, core: box('core').stroke, legacyDash: box('legacy').strokeDasharray, appDash: box('app').strokeDasharray },
      edges: { added: edge('app->core:core-api').stroke, removed: edge('shop->core:core-api').stroke, removedDash: edge('shop->core:core-api').strokeDasharray },
      legend: [...document.querySelectorAll('.ls-legend [data-legend]')].map((g) => g.getAttribute('data-legend')),
    };
  });
  const { theme, nodes, edges } = looks;
  if (!theme.added || theme.added === theme.removed || theme.added === theme.changed) fail('the theme has three chart colours', theme);
  if (nodes.app !== theme.added || nodes.legacy !== theme.removed || nodes.hub !== theme.changed || [theme.added, theme.removed, theme.changed].includes(nodes.core)) fail('node colours', looks);
  if (edges.added !== theme.added || edges.removed !== theme.removed) fail('edge colours', looks);
  if (nodes.legacyDash === 'none' || nodes.appDash !== 'none' || edges.removedDash === 'none') fail('removed ones dashed, others solid', looks);
  if (looks.legend.join() !== 'added,removed,changed') fail('the legend row', looks.legend);
  // The status line counts what the edit has: legacy and its dependency are drawn, not counted.
  const counted = await frame.locator('.ls-status').textContent();
  if (counted !== '4 of 4 systems · 2 dependencies') fail('the status line', counted);

  // The Explorer lists what the change adds and fixes (its view shows while comparing).
  await runCommand(page, 'Focus on Landscape review View');
  const review = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Landscape review' }) });
  await review.locator('.monaco-list-row', { hasText: 'New findings (1)' }).waitFor({ timeout: 15_000 });
  await review.locator('.monaco-list-row', { hasText: 'Fixed findings (1)' }).waitFor({ timeout: 15_000 });
  await review.locator('.monaco-list-row', { hasText: "Mode-2 system 'app' consumes 'core-api'" }).waitFor({ timeout: 15_000 });
  await page.screenshot({ path: join(root, 'test-results', 'vscode-compare.png') });

  // The toggle shows the landscape as it is: the removed ones gone, nothing coloured; and back.
  await frame.locator('.ls-changes-toggle input').click();
  await frame.locator('.ls-node[data-id="legacy"]').waitFor({ state: 'detached', timeout: 10_000 });
  if (await frame.locator('.ls-added, .ls-removed, .ls-changed').count()) fail('marks with the changes off', await frame.locator('.ls-added, .ls-removed, .ls-changed').count());
  await frame.locator('.ls-changes-toggle input').click();
  await frame.locator('.ls-node.ls-removed[data-id="legacy"]').waitFor({ timeout: 10_000 });
}
