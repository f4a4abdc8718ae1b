/**
 * `landscape history` (issue 12) on a real git repository made here (history-repo.ts: the
 * review commits, then a README, a YAML file the landscape does not import, and a fragment
 * deleted with a hostile message). Exact JSON and CSV, --max-count, --since as a day and as a revision, the
 * working tree untouched; the SVG and HTML charts in real Chromium.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { launchChromium, pageRecordingErrors } from '../helpers/chromium-page';
import { ROOT } from './cli-helpers';
import { FORMULA_SUBJECT as FORMULA, HISTORY_COMMITS, HISTORY_NAMES, HOSTILE_SUBJECT as HOSTILE, historyPoints } from './history-repo';
import { makeReviewRepo, type ReviewRepo } from './review-repo';

let repo: ReviewRepo;

async function history(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  const io: Io = { cwd: repo.dir, isTty: false, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), now: () => Date.UTC(2026, 1, 1) };
  const code = await main(['history', ...argv], io);
  return { code, stdout, stderr };
}

const points = (names: string[]): Record<string, unknown>[] => historyPoints(repo, names);

describe('landscape history on a git repository', function () {
  this.timeout(120_000);
  before(() => {
    repo = makeReviewRepo(HISTORY_COMMITS);
  });
  after(() => rmSync(repo.dir, { recursive: true, force: true }));

  it('json: each commit that touched a landscape file, oldest first, a commit that does not parse as a gap (null, not zeros)', async () => {
    const status = repo.git('status', '--porcelain');
    const head = repo.git('rev-parse', 'HEAD');
    const r = await history('landscape.yaml');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.deepEqual(JSON.parse(r.stdout), { version: 1, title: 'review', entry: 'landscape.yaml', points: points(HISTORY_NAMES) });
    // Read through git only: nothing checked out, nothing written.
    assert.equal(repo.git('status', '--porcelain'), status);
    assert.equal(repo.git('rev-parse', 'HEAD'), head);
  });

  it('--max-count: the newest n of them', async () => {
    const r = await history('landscape.yaml', '--max-count', '3');
    assert.deepEqual((JSON.parse(r.stdout) as { points: unknown[] }).points, points(['broken', 'repaired', 'drop']));
  });

  it('--since: a day (from its midnight UTC on), or a revision (the commits after it)', async () => {
    const byDay = JSON.parse((await history('landscape.yaml', '--since', '2026-01-05')).stdout) as { points: unknown[] };
    assert.deepEqual(byDay.points, points(['rename', 'move', 'broken', 'repaired', 'drop']));
    const byRev = JSON.parse((await history('landscape.yaml', '--since', 'mode')).stdout) as { points: unknown[] };
    assert.deepEqual(byRev.points, points(['rename', 'move', 'broken', 'repaired', 'drop']));
    assert.deepEqual(await history('landscape.yaml', '--since', 'last week'), {
      code: 2,
      stdout: '',
      stderr: "landscape history: --since takes a date (YYYY-MM-DD) or a git revision, not 'last week'\nRun 'landscape history --help' for usage.\n",
    });
  });

  it('csv: RFC 4180 (CRLF, quoted fields with doubled quotes), empty cells for a gap, formulas defused', async () => {
    const r = await history('landscape.yaml', '--format', 'csv', '--since', 'move');
    assert.equal(r.stdout, [
      'commit,date,author,subject,parsed,errors,warnings,infos,acrossSpeeds,mode1,gearbox,mode2,noMode',
      `${repo.sha.get('broken')},2026-01-07T12:00:00+00:00,Test,"'=HYPERLINK(""http://x.test"",""fix""), broke it",false,,,,,,,,`,
      `${repo.sha.get('repaired')},2026-01-08T12:00:00+00:00,Test,repaired,true,0,0,0,2,1,2,0,0`,
      `${repo.sha.get('drop')},2026-01-11T12:00:00+00:00,Test,"<script>window.__pwned=1</script><img src=x onerror=""window.__pwned=2""> ""quoted"" & 'co'",true,1,0,0,0,0,2,0,0`,
      '',
    ].join('\r\n'));
  });

  it('fatal: outside a git repository (exit 2, one line); a bad --max-count is bad usage', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-nogit-'));
    try {
      let stderr = '';
      const code = await main(['history', 'landscape.yaml'], { cwd: dir, isTty: false, stdout: () => undefined, stderr: (s) => (stderr += s) });
      assert.equal(code, 2);
      assert.equal(stderr, 'landscape history: landscape.yaml is not in a git repository (history reads its commits)\n');
    } finally {
      rmSync(dir, { recursive: true });
    }
    assert.deepEqual(await history('landscape.yaml', '--max-count', '0'), {
      code: 2,
      stdout: '',
      stderr: "landscape history: --max-count takes a whole number (1 or more), not '0'\nRun 'landscape history --help' for usage.\n",
    });
  });
});

describe('landscape history charts in Chromium', function () {
  this.timeout(120_000);
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    repo = makeReviewRepo(HISTORY_COMMITS);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    rmSync(repo.dir, { recursive: true, force: true });
  });
  afterEach(async () => page?.close());

  const open = async (file: string): Promise<void> => {
    page = await pageRecordingErrors(browser, { width: 1100, height: 820 }, errors);
    await page.goto(`file://${file}`);
  };

  it('svg: three panels over time, a legend, each series a line broken at the gap, a shaded band where the commit does not parse', async () => {
    const r = await history('landscape.yaml', '--format', 'svg', '-o', 'history.svg');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, 'Wrote history.svg (9 commits, 1 not parsing).\n');
    await open(path.join(repo.dir, 'history.svg'));
    assert.deepEqual(await page.locator('.ls-h-panel').allTextContents(), ['Findings', 'Dependencies across speeds', 'Systems per mode']);
    assert.deepEqual(await page.locator('.ls-h-legend').allTextContents(), ['errors', 'warnings', 'infos', 'across speeds', 'Mode 1', 'Gearbox', 'Mode 2']);
    assert.equal(await page.locator('.ls-h-title').textContent(), 'Landscape history: review');
    assert.equal(await page.locator('.ls-h-sub').textContent(), '9 commits that changed the landscape, 2026-01-01 – 2026-01-11 · 1 did not parse (shaded)');
    // Each line: one run before the gap (6 commits), one after (2): two moves of the pen.
    const runs = await page.locator('.ls-h-line').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-series')}: ${(e.getAttribute('d') ?? '').split('M').length - 1} runs, ${(e.getAttribute('d') ?? '').split(/[ML]/).length - 1} points`));
    assert.deepEqual(runs, ['errors: 2 runs, 8 points', 'warnings: 2 runs, 8 points', 'infos: 2 runs, 8 points', 'across speeds: 2 runs, 8 points', 'Mode 1: 2 runs, 8 points', 'Gearbox: 2 runs, 8 points', 'Mode 2: 2 runs, 8 points']);
    // The gap: a band in each panel (and the legend's sample of each), at broken's x, between move's and repaired's.
    const xs = await page.locator('.ls-h-hit').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-x'))));
    const bands = await page.locator('.ls-h-panel-g rect.ls-h-gap:not(.ls-h-gap-sample)').evaluateAll((els) => els.map((e) => (e as SVGRectElement).getBBox()).map((b) => [b.x, b.x + b.width]));
    assert.equal(bands.length, 3);
    assert.equal(await page.locator('.ls-h-gap-sample').count(), 3);
    for (const [a, b] of bands) assert.ok(a > xs[5] && b < xs[7] && a < xs[6] && b > xs[6], `band ${a}–${b} around ${xs[6]}`);
    // The y axis of the findings panel: 0 and 1 (the most errors at any commit).
    assert.deepEqual(await page.locator('[data-panel="Findings"] .ls-h-tick').allTextContents(), ['0', '1']);
    assert.deepEqual(await page.locator('svg > .ls-h-tick').allTextContents(), ['2026-01-01', '2026-01-03', '2026-01-05', '2026-01-07', '2026-01-09', '2026-01-11']);
    // The hostile commit message is a title's text, nothing else.
    assert.equal(await page.locator('.ls-h-hit').last().locator('title').textContent(),
      `${repo.sha.get('drop')!.slice(0, 8)} · 2026-01-11 · Test\n${HOSTILE}\nfindings: 1 error, 0 warnings, 0 infos\ndependencies across speeds: 0\nsystems: Mode 1 0, Gearbox 2, Mode 2 0, no mode 0`);
    assert.equal(await page.locator('img, script').count(), 0);
    assert.deepEqual(errors, []);
  });

  it('html: the chart with the commit on hover and on focus, a strict CSP, nothing run from a commit message', async () => {
    const r = await history('landscape.yaml', '--format', 'html', '-o', 'history.html');
    assert.equal(r.code, 0, r.stderr);
    const html = readFileSync(path.join(repo.dir, 'history.html'), 'utf8');
    assert.doesNotMatch(html, /<[a-z][^>]*\s(src|href)=/i, 'nothing linked, nothing remote');
    await open(path.join(repo.dir, 'history.html'));
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp!, /^default-src 'none'; style-src 'nonce-[A-Za-z0-9+/=]+'; script-src 'nonce-[A-Za-z0-9+/=]+'$/);
    const tip = page.locator('#ls-h-tip');
    assert.equal(await tip.isHidden(), true);
    await page.locator('.ls-h-hit').nth(1).hover();
    assert.equal(await tip.isVisible(), true);
    assert.equal(await tip.textContent(), `${repo.sha.get('direct')!.slice(0, 8)} · 2026-01-02 · Test\ndirect\nfindings: 1 error, 0 warnings, 0 infos\ndependencies across speeds: 4\nsystems: Mode 1 1, Gearbox 1, Mode 2 2, no mode 0`);
    assert.equal(await page.locator('#ls-h-guide').getAttribute('visibility'), 'visible');
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'history-chart.png') });
    await page.locator('.ls-h-hit').nth(6).hover();
    assert.equal(await tip.textContent(), `${repo.sha.get('broken')!.slice(0, 8)} · 2026-01-07 · Test\n${FORMULA}\nthe landscape does not parse at this commit`);
    await page.locator('.ls-h-hit').last().focus();
    assert.equal(await tip.textContent(), `${repo.sha.get('drop')!.slice(0, 8)} · 2026-01-11 · Test\n${HOSTILE}\nfindings: 1 error, 0 warnings, 0 infos\ndependencies across speeds: 0\nsystems: Mode 1 0, Gearbox 2, Mode 2 0, no mode 0`);
    assert.equal(await page.locator('.ls-h-hit title').count(), 0, 'no second, native tooltip');
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    await page.mouse.move(2, 2);
    assert.equal(await tip.isHidden(), true);
    assert.deepEqual(errors, []);
  });
});
