// What a person sees of *Landscape: Show history* (issue 12): the workspace made a git
// repository here (the review bank, an edit with a direct Mode-2 → Mode-1 call, a commit that
// does not parse with a hostile message, its repair); the command opens the chart in a panel:
// the three panels with a point per commit, the shaded gap, the commit under the pointer and
// under the keyboard focus in a tooltip, the message shown as text; then a new commit and the
// panel's Refresh reads it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, retry, runCommand, tidy } from './ui-helpers.mjs';

const fail = (what, got) => {
  throw new Error(`${what}: ${JSON.stringify(got)}`);
};
const HOSTILE = '<img src=x onerror="window.__pwned=1"> broke it';

export default async function ({ page, workspace, root }) {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  const fixture = (name) => readFileSync(join(root, 'test/vscode/fixtures/review', name), 'utf8');
  const entry = join(workspace, 'landscape.yaml');
  const shas = [];
  const commit = (day, message, text) => {
    writeFileSync(entry, text);
    const when = `2026-01-0${day}T12:00:00Z`;
    const git = (...args) => execFileSync('git', args, { cwd: workspace, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } }).trim();
    if (day === 1) git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('-c', 'user.email=dev@example.com', '-c', 'user.name=Dev', 'commit', '-q', '-m', message);
    shas.push(git('rev-parse', 'HEAD'));
  };
  const edit = fixture('edit.yaml');
  const repaired = edit.replace('consumes: [core-api] }', 'consumes: [order-events] }');
  commit(1, 'the review bank', fixture('base.yaml'));
  commit(2, 'app calls core directly', edit);
  commit(3, HOSTILE, `${edit}systems: [ { id: app\n`);
  commit(4, 'app through the gearbox', repaired);

  await tidy(page);
  // Quick open may find nothing while the workbench takes in the new repository: try again.
  await retry(() => openFile(page, 'landscape.yaml').catch(() => page.keyboard.press('Escape')), () => page.locator('.tab[aria-label^="landscape.yaml"]').first().waitFor({ timeout: 2_000 }), 'landscape.yaml open', 5);
  await runCommand(page, 'Landscape: Show history');

  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const hits = frame.locator('.ls-h-hit');
  // The server's first lint and the walk of the commits: slow on a busy machine.
  await frame.locator('.ls-h-hit').nth(3).waitFor({ timeout: 60_000 });
  if ((await hits.count()) !== 4) fail('a point per commit that changed the landscape', await hits.count());
  const texts = async (selector) => frame.locator(selector).allTextContents();
  const expect = async (what, selector, expected) => {
    const got = await texts(selector);
    if (JSON.stringify(got) !== JSON.stringify(expected)) fail(what, got);
  };
  await expect('the heading', 'h1', ['History of landscape.yaml']);
  // The time axis over four days: each day once.
  await expect('the time axis', 'svg > .ls-h-tick', ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
  await expect('the chart title', '.ls-h-title', ['Landscape history: review-bank']);
  await expect('the subtitle', '.ls-h-sub', ['4 commits that changed the landscape, 2026-01-01 – 2026-01-04 · 1 did not parse (shaded)']);
  await expect('the panels', '.ls-h-panel', ['Findings', 'Dependencies across speeds', 'Systems per mode']);
  const status = (await texts('#ls-hp-status'))[0];
  if (!/^Read at \d\d:\d\d:\d\d from HEAD's first-parent history \(uncommitted edits are not in it\)\. Point at a commit, or Tab to it, for its details\.$/.test(status)) fail('the status line', status);
  // Each line broken at the gap: one run before it (2 commits), one after (1).
  const runs = await frame.locator('.ls-h-line').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-series')} ${(e.getAttribute('d') ?? '').split('M').length - 1}`));
  if (runs.join() !== 'errors 2,warnings 2,infos 2,across speeds 2,Mode 1 2,Gearbox 2,Mode 2 2') fail('lines broken at the gap', runs);
  if ((await frame.locator('.ls-h-panel-g rect.ls-h-gap:not(.ls-h-gap-sample)').count()) !== 3) fail('a shaded band per panel', await frame.locator('rect.ls-h-gap').count());
  const csp = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  if (!/^default-src 'none'; style-src 'nonce-[A-Za-z0-9+/=]+'; script-src 'nonce-[A-Za-z0-9+/=]+'$/.test(csp ?? '')) fail('a strict CSP', csp);

  // The commit under the pointer, and under the keyboard focus, in the tooltip.
  const tip = frame.locator('#ls-h-tip');
  const sha = (i) => shas[i].slice(0, 8);
  await hits.nth(1).hover();
  await tip.waitFor({ state: 'visible', timeout: 5_000 });
  const direct = `${sha(1)} · 2026-01-02 · Dev\napp calls core directly\nfindings: 1 error, 0 warnings, 0 infos\ndependencies across speeds: 2\nsystems: Mode 1 1, Gearbox 1, Mode 2 2, no mode 0`;
  if ((await tip.textContent()) !== direct) fail('the hovered commit', await tip.textContent());
  await page.screenshot({ path: join(root, 'test-results', 'vscode-history.png') });
  await hits.nth(2).hover();
  const broken = `${sha(2)} · 2026-01-03 · Dev\n${HOSTILE}\nthe landscape does not parse at this commit`;
  if ((await tip.textContent()) !== broken) fail('the commit that does not parse, its message as text', await tip.textContent());
  await hits.nth(0).focus();
  const base = `${sha(0)} · 2026-01-01 · Dev\nthe review bank\nfindings: 1 error, 0 warnings, 0 infos\ndependencies across speeds: 3\nsystems: Mode 1 2, Gearbox 1, Mode 2 1, no mode 0`;
  if ((await tip.textContent()) !== base) fail('the focused commit', await tip.textContent());
  const pwned = await frame.locator('body').evaluate(() => ({ img: document.querySelectorAll('img').length, pwned: window.__pwned }));
  if (pwned.img !== 0 || pwned.pwned !== undefined) fail('nothing of a commit message runs', pwned);

  // A new commit; the panel's Refresh reads it (nothing else does: the history is read on demand).
  commit(5, 'ledger', repaired.replace('apis:\n', '  - { id: ledger, mode: mode1, owner: team-core, consumes: [order-events] }\napis:\n'));
  await frame.locator('#ls-hp-refresh').click();
  await frame.locator('.ls-h-hit').nth(4).waitFor({ timeout: 30_000 });
  await expect('the subtitle after Refresh', '.ls-h-sub', ['5 commits that changed the landscape, 2026-01-01 – 2026-01-05 · 1 did not parse (shaded)']);
  await frame.locator('.ls-h-hit').nth(4).hover();
  const ledger = `${sha(4)} · 2026-01-05 · Dev\nledger\nfindings: 0 errors, 1 warning, 0 infos\ndependencies across speeds: 3\nsystems: Mode 1 2, Gearbox 1, Mode 2 2, no mode 0`;
  await frame.locator('#ls-h-tip').waitFor({ state: 'visible', timeout: 5_000 });
  if ((await frame.locator('#ls-h-tip').textContent()) !== ledger) fail('the new commit after Refresh', await frame.locator('#ls-h-tip').textContent());
  if (await frame.locator('#ls-hp-refresh').isDisabled()) fail('Refresh enabled again once read', true);
  await page.screenshot({ path: join(root, 'test-results', 'vscode-history-refreshed.png') });
}
