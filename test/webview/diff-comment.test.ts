/**
 * The pull-request comment of `landscape diff --format markdown` as GitHub would show it, in real
 * Chromium: the Markdown rendered by markdown-it (raw HTML on, so a missed escape becomes
 * markup), the Mermaid block parsed and drawn by Mermaid's own bundle (no network). Hostile
 * names stay text in the tables and in the diagram; a 1,000-system change still gives a block
 * Mermaid parses.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { generateLandscape } from '../../bench/generate';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { ROOT } from '../cli/cli-helpers';
import { pagePerTest } from '../helpers/chromium-page';
import { commentHtml, drawMermaidBlocks } from '../helpers/pr-comment';

const HOSTILE = '<script>window.__pwned=1</script> | **bold** [x](javascript:alert(1)) & `tick` #1 "q" <img src=x onerror="window.__pwned=2">';

const landscape = (systems: string): string => `apiVersion: landscape/v1
kind: Landscape
metadata: { name: review, asOf: 2026-02-01 }
owners:
  - { id: cio, type: executive, role: CIO }
  - { id: cto, type: executive, role: CTO }
  - { id: team-core, type: team, parent: cio }
  - { id: team-app, type: team, parent: cto }
apis:
  - { id: core-api, provider: core, type: openapi }
  - { id: acl-api, provider: acl, type: openapi }
systems:
${systems}`;

const BASE = landscape(`  - { id: core, name: ${JSON.stringify(`${HOSTILE} old`)}, mode: mode1, owner: team-core }
  - { id: acl, mode: gearbox, owner: team-core, consumes: [{ api: core-api, interaction: async }] }
  - { id: app, mode: mode2, owner: team-app, consumes: [acl-api] }
  - { id: legacy, mode: mode2, owner: team-app, consumes: [acl-api] }
`);
const HEAD = landscape(`  - { id: core, name: ${JSON.stringify(HOSTILE)}, mode: mode1, owner: team-core }
  - { id: acl, mode: gearbox, owner: team-core, consumes: [{ api: core-api, interaction: async }] }
  - { id: app, mode: mode2, owner: team-app, consumes: [acl-api, core-api] }
  - { id: fresh, name: ${JSON.stringify(`${HOSTILE} new`)}, mode: mode2, owner: team-app, consumes: [acl-api] }
`);

async function markdown(dir: string, base: string, head: string): Promise<string> {
  let stdout = '', stderr = '';
  const io: Io = { cwd: dir, isTty: false, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), now: () => Date.UTC(2026, 1, 1) };
  const code = await main(['diff', head, '--base', base, '--head', head, '--format', 'markdown', '--fail-on', 'never'], io);
  assert.equal(code, 0, stderr);
  return stdout;
}

describe('the diff comment rendered as GitHub would, in Chromium', function () {
  this.timeout(180_000);
  let page: Page;
  let dir: string;
  const errors: string[] = [];
  const current = pagePerTest({ width: 1000, height: 900 }, { errors });

  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-comment-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const open = async (md: string): Promise<void> => {
    page = current();
    // No network: any request but the page itself fails the test.
    await page.route('**/*', (route) => {
      errors.push(`request ${route.request().url()}`);
      return route.abort();
    });
    await page.setContent(commentHtml(md));
  };

  it('Mermaid parses and draws the changed neighbourhood; hostile names are text in the tables and in the diagram', async () => {
    writeFileSync(path.join(dir, 'base.yaml'), BASE);
    writeFileSync(path.join(dir, 'head.yaml'), HEAD);
    const md = await markdown(dir, 'base.yaml', 'head.yaml');
    await open(md);
    assert.deepEqual(await drawMermaidBlocks(page), [true]);
    // The diagram: each system by its name and id, the added one marked, the removed one struck through in words.
    const labels = await page.locator('.mermaid-diagram .node').evaluateAll((els) => els.map((e) => e.textContent?.trim()).sort());
    assert.deepEqual(labels, [`+ ${HOSTILE} new (fresh)`, `${HOSTILE} (core)`, 'acl', 'app', '− legacy (removed)']);
    // The entities table: the changed name is one cell of a row of four, the added system a row of its own.
    const rows = await page.locator('.markdown-body tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    const entity = (id: string): (string | null)[][] => rows.filter((r) => r[1] === 'system' && r[2] === id);
    assert.deepEqual(entity('core'), [['changed', 'system', 'core', `name: ${HOSTILE} old → ${HOSTILE}`]]);
    assert.deepEqual(entity('fresh'), [['added', 'system', 'fresh', '']]);
    assert.equal(await page.locator('.markdown-body script, .markdown-body img, a[href^="javascript"]').count(), 0, 'neither the Markdown nor Mermaid made markup of a name');
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.deepEqual(errors, []);
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'diff-comment.png'), fullPage: true });
  });

  it('a 1,000-system change: the summarised comment\'s Mermaid block parses too', async () => {
    writeFileSync(path.join(dir, 'big-base.yaml'), generateLandscape(1000, 1));
    writeFileSync(path.join(dir, 'big-head.yaml'), generateLandscape(1000, 2));
    const md = await markdown(dir, 'big-base.yaml', 'big-head.yaml');
    assert.ok(md.length < 65_536, `${md.length} characters`);
    await open(md);
    assert.deepEqual(await drawMermaidBlocks(page), [true]);
    assert.equal(await page.locator('.mermaid-diagram .node').count(), 60);
    assert.deepEqual(errors, []);
  });
});
