/**
 * Multi-root and many landscapes: one server for a window of two workspace folders, each folder's
 * landscapes found and linted; a fragment imported by two entries is linted in the context of
 * each (its diagnostics are those of both lints, a finding both give shown once), and an edit of
 * it re-lints both landscapes.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { copyOf, startInProcess, uriOf, type TestClient } from './lsp-client';

const line = (d: Diagnostic): string => `${d.range.start.line}:${d.range.start.character} ${String(d.code)} ${d.message}`;

describe('language server: two workspace folders, a fragment imported by two landscapes', function () {
  this.timeout(60_000);
  let client: TestClient;
  let shared: string;
  let retail: string;
  let wholesale: string;
  let fjordbank: string;

  before(async () => {
    const dir = copyOf('test/lsp/fixtures/shared-fragment');
    fjordbank = copyOf('examples/fjordbank');
    ({ client } = await startInProcess(dir, { moreFolders: [fjordbank], settings: { lint: { debounceMs: 0 } } }));
    shared = path.join(dir, 'shared.yaml');
    retail = path.join(dir, 'landscape.yaml');
    wholesale = path.join(dir, 'wholesale.landscape.yaml');
    await client.firstLint();
  });
  after(() => client.dispose());

  it('lints the landscapes of both folders at start, with one progress for all three', async () => {
    const status = await client.status();
    assert.deepEqual(status.landscapes.map((l) => [l.entry, l.files, l.lints]).sort(), [
      [uriOf(path.join(fjordbank, 'landscape.yaml')), 6, 1],
      [uriOf(retail), 2, 1],
      [uriOf(wholesale), 2, 1],
    ].sort());
    const begin = client.received.find((r) => r.method === '$/progress' && (r.params as { value: { kind: string } }).value.kind === 'begin');
    assert.equal((begin?.params as { value: { message: string } }).value.message, 'Linting 3 landscapes');
    assert.ok(client.diagnostics(uriOf(path.join(fjordbank, 'rollouts.yaml')))?.diagnostics.some((d) => d.code === 'rollout-requires-monitoring'));
  });

  it("publishes the fragment's findings from both contexts: what only the wholesale landscape lacks is reported", () => {
    // Retail defines ledger-api, wholesale does not: both findings come from the wholesale lint.
    assert.deepEqual(client.diagnostics(uriOf(shared))?.diagnostics.map(line), [
      "4:10 no-orphan-system System 'portal' has no dependencies, no consumers and no data links; document how it is integrated (consumes, dependsOn, dataAccess) or retire it.",
      "4:57 no-dangling-reference consumes of system 'portal' refers to unknown API 'ledger-api'.",
    ]);
    assert.equal(client.diagnostics(uriOf(retail)), undefined, 'retail has no findings: nothing was published for it');
  });

  it('an edit of the fragment re-lints both landscapes; a finding both now give is shown once', async () => {
    const uri = client.open(shared);
    const version = client.edit(uri, { start: { line: 4, character: 57 }, end: { line: 4, character: 67 } }, '');
    const published = await client.waitFor(() => (client.diagnostics(uri)?.version === version ? client.diagnostics(uri) : undefined), 'the edit linted');
    // Without its dependency, portal is an orphan in retail too: the same finding twice, shown once.
    assert.deepEqual(published.diagnostics.map(line), [
      "4:10 no-orphan-system System 'portal' has no dependencies, no consumers and no data links; document how it is integrated (consumes, dependsOn, dataAccess) or retire it.",
    ]);
    const status = await client.status();
    assert.deepEqual(status.landscapes.filter((l) => l.entry !== uriOf(path.join(fjordbank, 'landscape.yaml'))).map((l) => [l.entry, l.lints]).sort(), [
      [uriOf(retail), 2],
      [uriOf(wholesale), 2],
    ].sort());
  });
});
