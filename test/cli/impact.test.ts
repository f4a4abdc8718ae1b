/** `landscape impact` and `landscape render --focus` (built CLI): exact text and JSON, the pictures checked structurally, in real Chromium for the page. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium-page';
import { ensureBuilt, landscape, workspace } from './cli-helpers';

const LANDSCAPE = `apiVersion: landscape/v1
metadata: { name: bank, title: Bank, asOf: 2025-10-01 }
owners: [{ id: t, type: team }]
systems:
  - { id: core, name: Core <ledger> & "co", mode: mode1, owner: t }
  - { id: acl, mode: gearbox, owner: t, consumes: [core-api] }
  - { id: web, name: Web shop, mode: mode2, owner: t, exposure: internet, dependsOn: [acl] }
  - { id: batch, mode: mode2, owner: t, consumes: [core-events] }
  - { id: far, mode: mode2, owner: t, dependsOn: [web] }
  - { id: lonely, mode: mode2, owner: t }
apis:
  - { id: core-api, provider: core, type: openapi }
  - { id: core-events, provider: core, type: asyncapi }
`;

describe('landscape impact and render --focus (built CLI)', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = workspace({ 'landscape.yaml': LANDSCAPE });
  });
  after(async () => browser?.close());

  it('lists the systems an outage reaches, by mode with their distance (text)', () => {
    const r = landscape(['impact', 'landscape.yaml', 'core'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, `Outage of 'core', down (its consumers), synchronous edges only: 3 systems affected.

Gearbox (1)
   1  acl

Mode 2 (2)
   2  web  Web shop
   3  far
`);
    const both = landscape(['impact', 'landscape.yaml', 'acl', '--direction', 'both', '--include-async'], dir);
    assert.equal(both.stdout, `Outage of 'acl', both (its consumers and what it depends on), synchronous and asynchronous edges: 4 systems affected.

Mode 1 (1)
   1  core   Core <ledger> & "co"

Mode 2 (3)
   1  web    Web shop
   2  batch
   2  far
`);
    assert.equal(landscape(['impact', 'landscape.yaml', 'lonely'], dir).stdout, "Outage of 'lonely', down (its consumers), synchronous edges only: no system affected.\n");
  });

  it('writes the impact as JSON, to stdout or a file', () => {
    const expected = {
      system: 'web', direction: 'up', includeAsync: false,
      affected: [{ id: 'acl', distance: 1, mode: 'gearbox' }, { id: 'core', name: 'Core <ledger> & "co"', distance: 2, mode: 'mode1' }],
      byMode: [{ mode: 'mode1', systems: [{ id: 'core', name: 'Core <ledger> & "co"', distance: 2 }] }, { mode: 'gearbox', systems: [{ id: 'acl', distance: 1 }] }],
    };
    const r = landscape(['impact', 'landscape.yaml', 'web', '--direction', 'up', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), expected);
    const f = landscape(['impact', 'landscape.yaml', 'web', '--direction=up', '-f', 'json', '-o', 'impact.json'], dir);
    assert.deepEqual([f.code, f.stdout, f.stderr], [0, '', 'Wrote impact.json (2 affected systems).\n']);
    assert.deepEqual(JSON.parse(readFileSync(path.join(dir, 'impact.json'), 'utf8')), expected);
  });

  it('refuses an unknown id with a did-you-mean, and bad usage, with exit 2', () => {
    assert.deepEqual(landscape(['impact', 'landscape.yaml', 'cor'], dir), { code: 2, stdout: '', stderr: "landscape impact: no system 'cor' in the landscape; did you mean 'core'?\n" });
    assert.deepEqual(landscape(['impact', 'landscape.yaml', 'core-api'], dir), { code: 2, stdout: '', stderr: "landscape impact: no system 'core-api' in the landscape\n" });
    const usage = landscape(['impact', 'landscape.yaml'], dir);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /give one entry file and one system id/);
    const direction = landscape(['impact', 'landscape.yaml', 'core', '--direction', 'sideways'], dir);
    assert.equal(direction.code, 2);
    assert.equal(direction.stderr, "landscape impact: unknown direction 'sideways' (use up, down or both)\nRun 'landscape impact --help' for usage.\n");
    const help = landscape(['impact', '--help'], dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--include-async/);
    assert.match(landscape(['--help'], dir).stdout, /impact \[options\] <entry\.yaml> <id>/);
  });

  it('draws the affected systems highlighted by distance (svg), escaped', () => {
    const r = landscape(['impact', 'landscape.yaml', 'core', '--format', 'svg'], dir);
    assert.equal(r.code, 0, r.stderr);
    const nodes = [...r.stdout.matchAll(/<g class="([^"]*)" data-id="([^"]+)"[^>]*data-distance="(\d+)"/g)].map((m) => `${m[2]}@${m[3]}:${/ls-distance-\d/.exec(m[1])![0]}`);
    assert.deepEqual(nodes.sort(), ['acl@1:ls-distance-1', 'core@0:ls-distance-0', 'far@3:ls-distance-3', 'web@2:ls-distance-2']);
    assert.ok(!r.stdout.includes('data-id="batch"') && !r.stdout.includes('data-id="lonely"'), 'only the failing system and the affected ones');
    assert.ok(r.stdout.includes('Core &lt;ledger&gt; &amp; &quot;co&quot;') || r.stdout.includes('Core &lt;ledger&gt; &amp; "co"'));
    assert.match(r.stdout, /Bank: outage of core, down \(its consumers\), synchronous edges only/);
  });

  it('draws the impact as a page that shows the highlighted systems in Chromium (html)', async () => {
    const out = path.join(dir, 'impact.html');
    const r = landscape(['impact', 'landscape.yaml', 'core', '--format', 'html', '-o', out], dir);
    assert.equal(r.code, 0, r.stderr);
    browser ??= await launchChromium();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${out}`);
    await page.waitForSelector('.ls-node[data-id="core"]');
    const drawn = await page.$$eval('.ls-node[data-distance]', (els) => els.map((e) => `${e.getAttribute('data-id')}@${e.getAttribute('data-distance')}`).sort());
    assert.deepEqual(drawn, ['acl@1', 'core@0', 'far@3', 'web@2']);
    // Each distance has its own fill on the page (the diagram's CSS, tinted from the theme's box
    // colour: red, orange, yellow by distance), the farthest the palest.
    const fills = await page.$$eval('.ls-node[data-distance] .ls-box', (els) => els.map((e) => [Number(e.parentElement!.getAttribute('data-distance')), getComputedStyle(e).fill] as const));
    const tint = new Map(fills.map(([d, fill]) => [d, strength(fill)]));
    assert.deepEqual([...tint.keys()].sort(), [0, 1, 2, 3]);
    assert.equal(new Set(fills.map(([, fill]) => fill)).size, 4, `four fills: ${JSON.stringify(fills)}`);
    assert.ok([0, 1, 2].every((d) => tint.get(3)! < tint.get(d)!), `the farthest the palest: ${JSON.stringify(fills)}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('render --focus draws one system and its neighbours up to --depth', () => {
    const one = landscape(['render', 'landscape.yaml', '--focus', 'acl', '--format', 'json'], dir);
    assert.equal(one.code, 0, one.stderr);
    const d1 = JSON.parse(one.stdout) as { title: string; nodes: { id: string; distance: number }[]; edges: { from: string; to: string }[] };
    assert.deepEqual(d1.nodes.map((n) => `${n.id}@${n.distance}`).sort(), ['acl@0', 'core@1', 'web@1']);
    assert.deepEqual(d1.edges.map((e) => `${e.from}>${e.to}`).sort(), ['acl>core', 'web>acl']);
    assert.equal(d1.title, 'Bank: acl and 1 step either way');
    const two = JSON.parse(landscape(['render', 'landscape.yaml', '--focus', 'acl', '--depth', '2', '--direction', 'down', '--format', 'json'], dir).stdout) as typeof d1;
    assert.deepEqual(two.nodes.map((n) => `${n.id}@${n.distance}`).sort(), ['acl@0', 'far@2', 'web@1']);
    const async = JSON.parse(landscape(['render', 'landscape.yaml', '--focus', 'core', '--direction', 'down', '--format', 'json'], dir).stdout) as typeof d1;
    assert.deepEqual(async.nodes.map((n) => n.id).sort(), ['acl', 'batch', 'core'], 'a focus shows async neighbours too');
    assert.deepEqual(landscape(['render', 'landscape.yaml', '--focus', 'acll'], dir), { code: 2, stdout: '', stderr: "landscape render: no system 'acll' in the landscape; did you mean 'acl'?\n" });
    const depth = landscape(['render', 'landscape.yaml', '--focus', 'acl', '--depth', '4'], dir);
    assert.equal(depth.code, 2);
    assert.match(depth.stderr, /--depth takes 1, 2 or 3, not '4'/);
    const alone = landscape(['render', 'landscape.yaml', '--depth', '2'], dir);
    assert.equal(alone.code, 2);
    assert.match(alone.stderr, /--depth goes with --focus <id>/);
  });
});

/** How far a computed colour (`rgb(r, g, b)` or `color(srgb r g b)`) is from white: the sum of what each channel lacks, 0–3. */
function strength(css: string): number {
  const rgb = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)/.exec(css);
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(css);
  const channels = rgb ? rgb.slice(1, 4).map((c) => Number(c) / 255) : srgb ? srgb.slice(1, 4).map(Number) : undefined;
  assert.ok(channels, `a colour: ${css}`);
  return channels.reduce((sum, c) => sum + (1 - c), 0);
}
