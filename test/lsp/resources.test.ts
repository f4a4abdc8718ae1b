/**
 * What the server holds is bounded and given back: the parser's spare event storage is dropped
 * after 30 s without a lint (the clock injected: the test fires it), and a later lint still
 * works; the parses kept are those of the landscapes' files only (a file no landscape imports
 * any more, or a closed folder's, goes); landscape/serverStatus reports it with the memory.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Timers } from '../../src/server/idle';
import { copyOf, startInProcess, uriOf, type TestClient } from './lsp-client';

/** A clock the test runs: each pending timer with its delay, fired on request. */
class TestTimers implements Timers {
  readonly pending = new Map<number, { run: () => void; ms: number }>();
  private next = 1;
  setTimeout(run: () => void, ms: number): number {
    this.pending.set(this.next, { run, ms });
    return this.next++;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  fireAll(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const t of due) t.run();
  }
}

describe('language server: resources held and given back', function () {
  this.timeout(60_000);
  const clients: TestClient[] = [];
  afterEach(() => {
    for (const c of clients.splice(0)) c.dispose();
  });

  it("drops the parser's spare storage after 30 s without a lint; a later edit is linted as before", async () => {
    const timers = new TestTimers();
    const dir = copyOf('examples/fjordbank');
    const { client } = await startInProcess(dir, { settings: { lint: { debounceMs: 0 } }, idleTimers: timers });
    clients.push(client);
    await client.firstLint();
    assert.deepEqual([...timers.pending.values()].map((t) => t.ms), [30_000], 'one release due, 30 s after the last lint');
    assert.ok((await client.status()).spareParseBufferBytes > 0, 'the last parse left its storage for the next');

    timers.fireAll();
    assert.equal((await client.status()).spareParseBufferBytes, 0);

    const mode2 = path.join(dir, 'systems/mode2.yaml');
    const uri = client.open(mode2);
    const version = client.edit(uri, { start: { line: 17, character: 15 }, end: { line: 17, character: 31 } }, 'account-opn-api');
    const published = await client.waitFor(() => (client.diagnostics(uri)?.version === version ? client.diagnostics(uri) : undefined), 'the edit linted');
    assert.deepEqual(published.diagnostics.filter((d) => d.code === 'no-dangling-reference').map((d) => d.message), ["consumes of system 'onboarding' refers to unknown API 'account-opn-api'. Did you mean 'account-open-api'?"]);
    assert.ok((await client.status()).spareParseBufferBytes > 0, 'the parse after the drop has storage again');
    assert.deepEqual([...timers.pending.values()].map((t) => t.ms), [30_000], 'and its release is due again');
  });

  it('keeps the parses of the landscapes\' files only: an import removed, or a folder closed, lets its files go', async () => {
    const dir = copyOf('examples/fjordbank');
    const { client } = await startInProcess(dir, { settings: { lint: { debounceMs: 0 } } });
    clients.push(client);
    await client.firstLint();
    const entry = path.join(dir, 'landscape.yaml');
    const before = await client.status();
    assert.deepEqual(before.landscapes.map((l) => [l.entry, l.files]), [[uriOf(entry), 6]]);
    assert.equal(before.parsedFiles, 6);
    assert.ok(before.memory.rss > before.memory.heapUsed && before.memory.heapUsed > 0);

    // `  - ./rollouts.yaml` (line 16) removed from the entry's imports.
    const text = readFileSync(entry, 'utf8');
    const lines = text.split('\n');
    assert.equal(lines[15], '  - ./rollouts.yaml');
    const uri = client.open(entry, text);
    client.edit(uri, { start: { line: 15, character: 0 }, end: { line: 16, character: 0 } }, '');
    const rolloutsUri = uriOf(path.join(dir, 'rollouts.yaml'));
    assert.ok(client.diagnostics(rolloutsUri)?.diagnostics.length);
    await client.waitFor(() => client.diagnostics(rolloutsUri)?.diagnostics.length === 0, "rollouts.yaml's findings withdrawn");
    const after = await client.status();
    assert.deepEqual(after.landscapes.map((l) => [l.entry, l.files]), [[uriOf(entry), 5]]);
    assert.equal(after.parsedFiles, 5);

    client.close(uri);
    void client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uriOf(dir), name: 'fjordbank' }] } });
    const mode2Uri = uriOf(path.join(dir, 'systems/mode2.yaml'));
    await client.waitFor(() => client.diagnostics(mode2Uri)?.diagnostics.length === 0, "the closed folder's diagnostics withdrawn");
    const closed = await client.status();
    assert.deepEqual(closed.landscapes, []);
    assert.equal(closed.parsedFiles, 0);
  });
});
