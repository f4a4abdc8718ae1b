/**
 * `landscape diff --format github|sarif|html` (issue 12) on the review repository: annotations
 * for the new findings only, SARIF with baselineState validated by Microsoft's SARIF
 * multitool, and the overlay page in real Chromium (colours on the right systems and
 * dependencies, the legend, hostile names shown as text and never run).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type * as Sarif from 'sarif';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { launchChromium, pageRecordingErrors } from '../helpers/chromium-page';
import { ensureBuilt, ROOT } from './cli-helpers';
import { makeReviewRepo, type ReviewRepo } from './review-repo';

let repo: ReviewRepo;

async function diff(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  const io: Io = { cwd: repo.dir, isTty: false, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), now: () => Date.UTC(2026, 1, 1) };
  const code = await main(['diff', ...argv], io);
  return { code, stdout, stderr };
}

const MESSAGE = "Mode-2 system 'app' consumes 'core-api' of Mode-1 system 'core' directly; route it through the gearbox (e.g. gearbox API 'acl-api').";

describe('landscape diff --format github and sarif', function () {
  this.timeout(180_000);
  before(() => {
    repo = makeReviewRepo();
  });
  after(() => rmSync(repo.dir, { recursive: true, force: true }));

  it('github: one annotation per new finding, none for fixed or unchanged ones', async () => {
    const added = await diff('landscape.yaml', '--base', 'base', '--head', 'direct', '--format', 'github');
    assert.equal(added.code, 1);
    assert.equal(added.stdout, `::error file=systems/digital.yaml,line=7,col=66,endLine=7,endColumn=74,title=no-direct-mode2-to-mode1::${MESSAGE}\n`);
    // 'remove' keeps that finding (unchanged), 'mode' fixes it: nothing to annotate either way.
    assert.deepEqual(await diff('landscape.yaml', '--base', 'direct', '--head', 'remove', '--format', 'github'), { code: 0, stdout: '', stderr: '' });
    assert.deepEqual(await diff('landscape.yaml', '--base', 'remove', '--head', 'mode', '--format', 'github'), { code: 0, stdout: '', stderr: '' });
  });

  it('sarif: new findings as baselineState new, fixed ones as absent at their base position, unchanged left out; valid by the SARIF multitool', async () => {
    // A copy of 'direct' as the base, with web's consumes changed: web's finding is fixed, app's added is new.
    const base = path.join(repo.dir, 'old');
    mkdirSync(path.join(base, 'systems'), { recursive: true });
    writeFileSync(path.join(base, 'landscape.yaml'), repo.git('show', 'base:landscape.yaml'));
    writeFileSync(path.join(base, 'systems/digital.yaml'), repo.git('show', 'base:systems/digital.yaml').replace('id: web, mode: mode2, owner: team-app, consumes: [acl-api]', 'id: web, mode: mode2, owner: team-app, consumes: [core-api]'));
    try {
      const r = await diff('landscape.yaml', '--base', 'old/landscape.yaml', '--head', 'remove', '--format', 'sarif', '-o', 'review.sarif');
      assert.equal(r.code, 1, r.stderr);
      const log = JSON.parse(readFileSync(path.join(repo.dir, 'review.sarif'), 'utf8')) as Sarif.Log;
      const results = log.runs[0].results!.map((x) => ({
        ruleId: x.ruleId, baselineState: x.baselineState, level: x.level, message: x.message.text, subject: (x.properties as { subject: string }).subject,
        file: x.locations![0].physicalLocation!.artifactLocation!.uri, region: x.locations![0].physicalLocation!.region,
        related: x.relatedLocations!.map((l) => l.message!.text),
      }));
      assert.deepEqual(results, [
        {
          ruleId: 'no-direct-mode2-to-mode1', baselineState: 'new', level: 'error', message: MESSAGE, subject: 'app', file: 'systems/digital.yaml',
          region: { startLine: 7, startColumn: 66, endLine: 7, endColumn: 74 }, related: ["'app' is defined here", "'core-api' is defined here", "'core' is defined here"],
        },
        {
          ruleId: 'no-direct-mode2-to-mode1', baselineState: 'absent', level: 'error', message: MESSAGE.replaceAll("'app'", "'web'"), subject: 'web', file: 'old/systems/digital.yaml',
          region: { startLine: 8, startColumn: 57, endLine: 8, endColumn: 65 }, related: ["'web' is defined here", "'core-api' is defined here", "'core' is defined here"],
        },
      ]);
      const tool = path.join(ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
      assert.ok(existsSync(tool), 'the SARIF multitool is installed');
      const v = spawnSync(tool, ['validate', path.join(repo.dir, 'review.sarif'), '-o', path.join(repo.dir, 'report.sarif')], { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } });
      assert.equal(v.status, 0, v.stdout + v.stderr);
      const report = JSON.parse(readFileSync(path.join(repo.dir, 'report.sarif'), 'utf8')) as Sarif.Log;
      assert.deepEqual(report.runs.flatMap((run) => run.results ?? []).filter((x) => x.level === 'error'), []);
    } finally {
      rmSync(base, { recursive: true });
      rmSync(path.join(repo.dir, 'review.sarif'), { force: true });
      rmSync(path.join(repo.dir, 'report.sarif'), { force: true });
    }
  });
});

const HOSTILE = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> "Q" & 'co'`;

describe('landscape diff --format html in Chromium', function () {
  this.timeout(180_000);
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    ensureBuilt();
    repo = makeReviewRepo();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    rmSync(repo.dir, { recursive: true, force: true });
  });
  afterEach(async () => page?.close());

  const open = async (file: string): Promise<void> => {
    page = await pageRecordingErrors(browser, { width: 1400, height: 900 }, errors);
    await page.goto(`file://${file}`);
    await page.waitForSelector('.ls-nodes .ls-node');
  };
  const classes = (selector: string): Promise<string> => page.locator(selector).first().getAttribute('class').then((c) => c ?? '');
  const style = (selector: string, props: string[]): Promise<string[]> =>
    page.locator(selector).first().evaluate((e, ps) => ps.map((p) => getComputedStyle(e).getPropertyValue(p)), props);

  it('both revisions overlaid: added green, removed red dashed, changed amber, a legend; the page is self-contained', async () => {
    // remove → rename: app changes mode, acl is renamed bridge (removed and added) with its dependencies.
    const r = await diff('landscape.yaml', '--base', 'remove', '--head', 'rename', '--format', 'html', '-o', 'review.html');
    assert.equal(r.code, 0, r.stderr);
    const file = path.join(repo.dir, 'review.html');
    const html = readFileSync(file, 'utf8');
    assert.doesNotMatch(html, /\b(src|href)="(https?:)?\/\//, 'nothing remote');
    await open(file);
    assert.deepEqual(await page.locator('.ls-nodes .ls-node').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-id')} ${e.getAttribute('class')}`).sort()), [
      'acl ls-node ls-removed',
      'app ls-node ls-changed',
      'bridge ls-node ls-added',
      'core ls-node',
    ]);
    assert.deepEqual(await page.locator('.ls-edges .ls-edge').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-edge')} ${e.getAttribute('class')} ${(e.tagName === 'g' ? e.querySelector(':scope > path:last-of-type')! : e).getAttribute('marker-end')}`).sort()), [
      'acl->core:core-api ls-edge async ls-removed url(#ls-arrow-removed)',
      'app->acl:acl-api ls-edge sync ls-removed url(#ls-arrow-removed)',
      'app->bridge:acl-api ls-edge sync ls-added url(#ls-arrow-added)',
      'app->core:core-api ls-edge sync ls-changed url(#ls-arrow-changed)',
      'bridge->core:core-api ls-edge async ls-added url(#ls-arrow-added)',
    ]);
    // The colours as drawn (CSS applied), not only the classes.
    assert.deepEqual(await style('.ls-node[data-id="bridge"] .ls-box', ['stroke', 'stroke-width']), ['rgb(26, 127, 55)', '3px']);
    assert.deepEqual(await style('.ls-node[data-id="acl"] .ls-box', ['stroke', 'stroke-dasharray']), ['rgb(207, 34, 46)', '6px, 4px']);
    assert.deepEqual(await style('.ls-node[data-id="app"] .ls-box', ['stroke']), ['rgb(217, 119, 6)']);
    assert.deepEqual(await style('.ls-node[data-id="core"] .ls-box', ['stroke']), ['rgb(140, 149, 159)']);
    assert.deepEqual(await style('.ls-edge[data-edge="app->acl:acl-api"]', ['stroke', 'stroke-dasharray']), ['rgb(207, 34, 46)', '6px, 4px']);
    assert.deepEqual(await style('.ls-edge[data-edge="app->bridge:acl-api"]', ['stroke']), ['rgb(26, 127, 55)']);
    assert.deepEqual(await style('.ls-edge[data-edge="app->core:core-api"]', ['stroke']), ['rgb(217, 119, 6)']);
    assert.equal(await page.locator('.ls-node[data-id="app"] title').textContent(), 'app (app)\nmode: gearbox\nowner: team-app\nlifecycle: active\nchanged by this change: mode');
    assert.equal(await page.locator('.ls-edge[data-edge="app->core:core-api"] title').textContent(), 'app → core via core-api (sync)\nchanged by this change: was sync, mode2→mode1');
    assert.deepEqual(await page.locator('.ls-legend [data-legend]').evaluateAll((els) => els.map((e) => e.getAttribute('class'))), ['ls-node ls-added', 'ls-node ls-removed', 'ls-node ls-changed']);
    assert.equal(await page.title(), 'review: remove → rename');
    // The status line counts the head's systems and dependencies: the removed ones are drawn, not counted.
    assert.equal(await page.locator('.ls-status').textContent(), '3 of 3 systems · 3 dependencies');
    assert.deepEqual(errors, []);
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'diff-overlay.png') });
  });

  it('hostile names are escaped: shown as text, never run', async () => {
    const ws = path.join(repo.dir, 'hostile');
    mkdirSync(ws, { recursive: true });
    const landscape = (systems: string): string => `apiVersion: landscape/v1\nkind: Landscape\nmetadata: { name: hostile, title: ${JSON.stringify(HOSTILE)}, asOf: 2026-02-01 }\nowners: [{ id: team, type: team }]\nsystems:\n${systems}`;
    writeFileSync(path.join(ws, 'base.yaml'), landscape(`  - { id: old, name: ${JSON.stringify(HOSTILE)}, mode: mode1, owner: team }\n  - { id: kept, mode: mode2, owner: team }\n`));
    writeFileSync(path.join(ws, 'head.yaml'), landscape(`  - { id: new, name: ${JSON.stringify(`${HOSTILE} new`)}, mode: mode1, owner: team }\n  - { id: kept, mode: mode2, owner: team, dependsOn: [new] }\n`));
    const r = await diff('hostile/head.yaml', '--base', 'hostile/base.yaml', '--head', 'hostile/head.yaml', '--format', 'html', '-o', 'hostile/review.html', '--fail-on', 'never');
    assert.equal(r.code, 0, r.stderr);
    await open(path.join(ws, 'review.html'));
    assert.equal(await classes('.ls-node[data-id="old"]'), 'ls-node ls-removed');
    assert.equal(await classes('.ls-node[data-id="new"]'), 'ls-node has-warn ls-added');
    assert.equal(await page.locator('.ls-node[data-id="old"] title').textContent(), `${HOSTILE} (old)\nmode: mode1\nowner: team\nlifecycle: active\nremoved by this change`);
    assert.equal(await page.title(), `${HOSTILE}: hostile/base.yaml → hostile/head.yaml`);
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.locator('body script').count(), 2, 'only the page host and the webview');
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.deepEqual(errors, []);
  });
});
