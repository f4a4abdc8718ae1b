/**
 * `landscape/lintStatus`: a client that asks for it (`initializationOptions.lintStatus`) hears
 * each lint begin and end, with the landscape's title, its findings by severity, the lint's time
 * and its configuration in words; the files only when they changed; nothing without asking.
 * `landscape/outline`: the landscape of a file as sections → entities with their findings.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ALL_RULES, starterLandscape } from '../../src/core/index';
import { OutlineRequest, type LintStatus } from '../../src/server/protocol';
import { startInProcess, uriOf, type TestClient } from './lsp-client';

function folder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-status-'));
  writeFileSync(path.join(dir, 'landscape.yaml'), starterLandscape('2026-01-01').replace('# imports: [./org.yaml, ./systems/*.yaml]', 'imports: [./more.yaml]'));
  // A fragment with a dangling reference (an error); the test counts what the server published by severity.
  writeFileSync(path.join(dir, 'more.yaml'), 'systems:\n  - { id: shop-api, name: Shop API, mode: mode2, owner: team-web, consumes: [no-such-api] }\n');
  return dir;
}

const statuses = (client: TestClient): LintStatus[] => client.received.filter((r) => r.method === 'landscape/lintStatus').map((r) => r.params as LintStatus);

describe('language server: landscape/lintStatus', function () {
  this.timeout(60_000);

  it('tells the start and the outcome of each lint: title, findings by severity, time, configuration, files when they change', async () => {
    const dir = folder();
    const entry = path.join(dir, 'landscape.yaml');
    const { client } = await startInProcess(dir, { initializationOptions: { lintStatus: true }, settings: { rules: { 'max-fan-out': 'off' }, lint: { debounceMs: 0 } } });
    try {
      await client.firstLint();
      const first = await client.waitFor(() => statuses(client).find((s) => s.state === 'linted'), 'the first lint status');
      assert.deepEqual(statuses(client).map((s) => s.state), ['linting', 'linted']);
      const published = [uriOf(entry), uriOf(path.join(dir, 'more.yaml'))].map((u) => client.diagnostics(u)?.diagnostics ?? []).flat();
      const count = (severity: number): number => published.filter((d) => d.severity === severity).length;
      assert.ok(count(1) >= 1, 'the dangling reference is an error');
      const on = { error: 0, warn: 0, info: 0 };
      for (const r of ALL_RULES) if (r.meta.id !== 'max-fan-out' && r.meta.defaultSeverity !== 'off') on[r.meta.defaultSeverity]++;
      const { ms, ...rest } = first.summary!;
      assert.ok(Number.isInteger(ms) && ms >= 0);
      assert.deepEqual({ entry: first.entry, ...rest }, {
        entry: uriOf(entry),
        title: "My company's IT landscape",
        files: [uriOf(entry), uriOf(path.join(dir, 'more.yaml'))],
        errors: count(1),
        warnings: count(2),
        infos: count(3),
        config: `extends recommended · ${on.error + on.warn + on.info} rules on (${on.error} error, ${on.warn} warn, ${on.info} info) · 1 rule from the landscape.rules setting`,
      });

      // An edit that changes no file of the landscape: the summary leaves the files out.
      const uri = client.open(entry);
      client.edit(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '# edited\n');
      const second = await client.waitFor(() => statuses(client).filter((s) => s.state === 'linted')[1], 'the lint of the edit');
      assert.equal(second.summary!.files, undefined);
      assert.equal(second.summary!.title, "My company's IT landscape");
    } finally {
      client.dispose();
    }
  });

  it('says nothing to a client that did not ask', async () => {
    const { client } = await startInProcess(folder());
    try {
      await client.firstLint();
      assert.deepEqual(statuses(client), []);
    } finally {
      client.dispose();
    }
  });
});

describe('language server: landscape/outline', function () {
  this.timeout(60_000);

  it('gives the landscape of a fragment as sections → entities with where each id is and the findings about it', async () => {
    const dir = folder();
    const { client } = await startInProcess(dir);
    try {
      await client.firstLint();
      const outline = await client.conn.sendRequest(OutlineRequest, { uri: uriOf(path.join(dir, 'more.yaml')) });
      assert.ok(outline);
      assert.equal(outline.entry, uriOf(path.join(dir, 'landscape.yaml')));
      assert.equal(outline.title, "My company's IT landscape");
      assert.deepEqual(outline.sections.map((s) => [s.section, s.entities.map((e) => e.id)]), [
        ['owners', ['cio', 'cto', 'team-core', 'team-integration', 'team-web']],
        ['systems', ['erp', 'event-hub', 'web-shop', 'shop-api']],
        ['apis', ['erp-order-idoc', 'order-events']],
      ]);
      // About shop-api: the dangling reference (error) and the orphan (warning); the file's missing apiVersion is about no entity.
      assert.deepEqual(outline.sections[1].entities[3], {
        id: 'shop-api',
        name: 'Shop API',
        uri: uriOf(path.join(dir, 'more.yaml')),
        range: { start: { line: 1, character: 10 }, end: { line: 1, character: 18 } },
        errors: 1,
        warnings: 1,
        infos: 0,
      });
      assert.deepEqual(outline.sections[1].entities[0], { id: 'erp', name: 'ERP', uri: uriOf(path.join(dir, 'landscape.yaml')), range: outline.sections[1].entities[0].range, errors: 0, warnings: 0, infos: 0 });
      assert.equal(await client.conn.sendRequest(OutlineRequest, { uri: uriOf(path.join(os.tmpdir(), 'no-landscape.yaml')) }), null);
    } finally {
      client.dispose();
    }
  });
});
