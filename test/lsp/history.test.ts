/**
 * `landscape/history` (issue 12, the editor's *Show history*): the server walks the git history
 * of a landscape as `landscape history` does. On a real git repository made here
 * (test/cli/history-repo.ts: a direct Mode-2 → Mode-1 dependency, a removed system, a changed
 * mode, a renamed id, a moved system, a commit that does not parse and its repair, a README, a
 * YAML file not imported, a fragment deleted): the exact figures at each commit, the commit that
 * does not parse as a gap, the progress per commit read, the errors a client shows.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { HistoryRequest } from '../../src/server/protocol';
import { HISTORY_COMMITS, historyPoints } from '../cli/history-repo';
import { makeReviewRepo, type ReviewRepo } from '../cli/review-repo';
import { copyOf, startInProcess, uriOf, type TestClient } from './lsp-client';

describe('language server: landscape/history over a git repository', function () {
  this.timeout(60_000);
  let repo: ReviewRepo;
  let client: TestClient;
  let entry: string;

  before(async () => {
    repo = makeReviewRepo(HISTORY_COMMITS);
    ({ client } = await startInProcess(repo.dir, { settings: { lint: { debounceMs: 0 } } }));
    await client.firstLint();
    entry = uriOf(path.join(repo.dir, 'landscape.yaml'));
  });
  after(() => {
    client.dispose();
    rmSync(repo.dir, { recursive: true, force: true });
  });

  const progressOf = (token: string): unknown[] => client.received.filter((r) => r.method === '$/progress' && (r.params as { token: unknown }).token === token).map((r) => (r.params as { value: unknown }).value);

  it('the figures at each commit that changed the landscape, oldest first; the commit that does not parse is a gap (null), not zeros', async () => {
    const status = repo.git('status', '--porcelain');
    const result = await client.conn.sendRequest(HistoryRequest, { uri: entry, workDoneToken: 'history-1' });
    assert.deepEqual(result, {
      entry,
      files: [entry, uriOf(path.join(repo.dir, 'systems/digital.yaml'))],
      repository: uriOf(repo.dir),
      history: { version: 1, title: 'review', entry: 'landscape.yaml', points: historyPoints(repo) },
    });
    assert.equal(result.history.points.find((p) => p.commit === repo.sha.get('broken'))!.figures, null);
    // Read through git only: nothing checked out, nothing written.
    assert.equal(repo.git('status', '--porcelain'), status);
  });

  it('reports each commit read through the request’s work-done token: 10 candidates (the README is none; the YAML file not imported is one, then left out)', async () => {
    const values = await client.waitFor(() => {
      const v = progressOf('history-1');
      return (v.at(-1) as { kind?: string } | undefined)?.kind === 'end' && v;
    }, 'the end of the progress');
    assert.deepEqual(values, [
      { kind: 'begin', title: 'Landscape history', percentage: 0, message: '10 commits to read', cancellable: true },
      ...Array.from({ length: 10 }, (_, i) => ({ kind: 'report', percentage: (i + 1) * 10, message: `${i + 1} of 10 commits read` })),
      { kind: 'end' },
    ]);
  });

  it('a fragment’s history is its landscape’s; maxCount keeps the newest commits', async () => {
    const fragment = uriOf(path.join(repo.dir, 'systems/digital.yaml'));
    const result = (await client.conn.sendRequest(HistoryRequest, { uri: fragment, maxCount: 3 }))!;
    assert.equal(result.entry, entry);
    assert.deepEqual(result.history.points, historyPoints(repo, ['broken', 'repaired', 'drop']));
  });

  it('only commits: an unsaved edit of the open entry changes nothing', async () => {
    const text = readFileSync(path.join(repo.dir, 'landscape.yaml'), 'utf8');
    const uri = client.open(path.join(repo.dir, 'landscape.yaml'), text.replace('id: core-api, provider: core', 'id: core-api, provider: nobody'));
    await client.waitFor(() => client.diagnostics(uri)?.version === 1, 'the edit linted');
    const result = (await client.conn.sendRequest(HistoryRequest, { uri }))!;
    assert.deepEqual(result.history.points, historyPoints(repo));
    client.close(uri);
  });

  it('cancelled: answered with RequestCancelled (the walk checks the token before each commit)', async () => {
    const source = new CancellationTokenSource();
    const asked = client.conn.sendRequest(HistoryRequest, { uri: entry }, source.token);
    source.cancel();
    await assert.rejects(asked, (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled);
  });

  it('errors a client shows: outside a git repository, a bad maxCount; a file no landscape holds is null', async () => {
    await assert.rejects(client.conn.sendRequest(HistoryRequest, { uri: entry, maxCount: 0 }), (e: Error) => e.message === 'maxCount takes a whole number (1 or more), not 0.');
    const outside = path.join(mkdtempSync(path.join(os.tmpdir(), 'landscape-none-')), 'x.yaml');
    assert.equal(await client.conn.sendRequest(HistoryRequest, { uri: uriOf(outside) }), null);
    const plain = copyOf('examples/fjordbank');
    const other = await startInProcess(plain, { settings: { lint: { debounceMs: 0 } } });
    try {
      await other.client.firstLint();
      const fjordbank = path.join(plain, 'landscape.yaml');
      await assert.rejects(other.client.conn.sendRequest(HistoryRequest, { uri: uriOf(fjordbank) }), (e: Error) => e.message === `${fjordbank} is not in a git repository: its history is the commits that changed it.`);
    } finally {
      other.client.dispose();
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
