/**
 * The server follows the client and the disk: edits (debounced, versioned), a newer edit that
 * overtakes a running lint (the older result is never published), lint on save, configuration
 * changes, files changed, created and deleted on disk, workspace folders added and removed,
 * cancellation, pull diagnostics, and the diagram's change notification.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { CancellationTokenSource, DocumentDiagnosticRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { copyOf, FULL_CAPABILITIES, startInProcess, uriOf, type TestClient } from './lsp-client';

const range = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
const codes = (ds: Diagnostic[] | undefined): string[] => (ds ?? []).map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)}`);
/** `consumes: [account-open-api]` of onboarding (systems/mode2.yaml, line 18): a typo makes a dangling reference. */
const TYPO = { range: range(17, 15, 17, 31), text: 'account-opn-api' };

describe('language server: edits, the disk, configuration, cancellation, pull', function () {
  this.timeout(60_000);
  const clients: TestClient[] = [];
  afterEach(() => {
    for (const c of clients.splice(0)) c.dispose();
  });

  async function start(o: Parameters<typeof startInProcess>[1] = {}): Promise<{ client: TestClient; dir: string; mode2: string; uri: string }> {
    const dir = copyOf('examples/fjordbank');
    const { client } = await startInProcess(dir, { settings: { lint: { debounceMs: 0 } }, ...o });
    clients.push(client);
    await client.firstLint();
    const mode2 = path.join(dir, 'systems/mode2.yaml');
    return { client, dir, mode2, uri: uriOf(mode2) };
  }

  it('a request sent right after initialized waits for the first lint instead of answering from nothing', async () => {
    const dir = copyOf('examples/fjordbank');
    const { client } = await startInProcess(dir);
    clients.push(client);
    const symbols = await client.conn.sendRequest<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(path.join(dir, 'systems/mode2.yaml')) } });
    assert.deepEqual(symbols.map((s) => s.name), ['systems', 'apis']);
  });

  it('an edit is linted and published with its document version, in the file that holds the node', async () => {
    const { client, uri } = await start();
    client.open(path.join(path.dirname(new URL(uri).pathname), 'mode2.yaml'));
    const version = client.edit(uri, TYPO.range, TYPO.text);
    const published = await client.waitFor(() => (client.diagnostics(uri)?.version === version ? client.diagnostics(uri) : undefined), 'the edit linted');
    const dangling = published.diagnostics.find((d) => d.code === 'no-dangling-reference')!;
    assert.deepEqual(dangling.range, range(17, 15, 17, 30));
    assert.equal(dangling.message, "consumes of system 'onboarding' refers to unknown API 'account-opn-api'. Did you mean 'account-open-api'?");
  });

  it('a newer edit overtakes a running lint: the older lint is dropped, only the newer version is published', async () => {
    let hold: Promise<void> | undefined;
    let release!: () => void;
    let reached!: () => void;
    const reachedHold = new Promise<void>((r) => (reached = r));
    const { client, uri, mode2 } = await start({
      async readFile(p) {
        if (hold && p.endsWith('/org.yaml')) {
          reached();
          await hold;
        }
        return new Uint8Array(await readFile(p));
      },
    });
    client.open(mode2);
    const before = client.published.length;
    hold = new Promise<void>((r) => (release = r));
    const older = client.edit(uri, TYPO.range, TYPO.text);
    await reachedHold; // the lint of `older` is running, waiting for org.yaml
    hold = undefined;
    const newer = client.edit(uri, range(17, 15, 17, 30), 'account-op-api');
    release();
    const published = await client.waitFor(() => client.published.slice(before).find((p) => p.uri === uri && p.version === newer), 'the newer version');
    assert.deepEqual(client.published.slice(before).filter((p) => p.version === older), [], 'nothing of the older lint');
    assert.deepEqual(published.diagnostics.filter((d) => d.code === 'no-dangling-reference').map((d) => d.message), ["consumes of system 'onboarding' refers to unknown API 'account-op-api'. Did you mean 'account-open-api'?"]);
  });

  it('a newer edit cancels the lint it overtakes: from then on that lint reads no file (its result would be dropped)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-lsp-'));
    writeFileSync(path.join(dir, 'landscape.yaml'), 'apiVersion: landscape/v1\nkind: Landscape\nmetadata: { name: chain, asOf: 2026-02-01 }\nimports: [./a.yaml]\nsystems:\n  - { id: s1, mode: mode2 }\n');
    writeFileSync(path.join(dir, 'a.yaml'), 'apiVersion: landscape/v1\nkind: LandscapeFragment\nimports: [./b.yaml]\nsystems:\n  - { id: s2, mode: mode2 }\n');
    writeFileSync(path.join(dir, 'b.yaml'), 'apiVersion: landscape/v1\nkind: LandscapeFragment\nsystems:\n  - { id: s3, mode: mode2 }\n');
    const reads: string[] = [];
    let hold: Promise<void> | undefined;
    let release!: () => void;
    let reached!: () => void;
    const reachedHold = new Promise<void>((r) => (reached = r));
    const { client } = await startInProcess(dir, {
      settings: { lint: { debounceMs: 0 } },
      async readFile(p) {
        reads.push(path.basename(p));
        if (hold && p.endsWith('/a.yaml')) {
          reached();
          await hold;
        }
        return new Uint8Array(await readFile(p));
      },
    });
    clients.push(client);
    await client.firstLint();
    const uri = client.open(path.join(dir, 'landscape.yaml'));
    reads.length = 0;
    hold = new Promise<void>((r) => (release = r));
    client.edit(uri, range(5, 12, 5, 12), '0');
    await reachedHold; // the older lint waits for a.yaml
    hold = undefined;
    const newer = client.edit(uri, range(5, 13, 5, 13), '1');
    release();
    const published = await client.waitFor(() => (client.diagnostics(uri)?.version === newer ? client.diagnostics(uri) : undefined), 'the newer version');
    // The older lint got a.yaml after the newer edit and read no further (b.yaml); the newer read both.
    assert.deepEqual(reads, ['a.yaml', 'a.yaml', 'b.yaml']);
    assert.deepEqual(codes(published.diagnostics), ['5:10 no-orphan-system', '5:10 require-owner']);
    assert.match(published.diagnostics[1].message, /^System 's101' has no owner/);
  });

  it('with lint.run onSave an edit waits for the save', async () => {
    const { client, uri, mode2 } = await start({ settings: { lint: { run: 'onSave', debounceMs: 0 } } });
    client.open(mode2);
    const before = client.published.length;
    const version = client.edit(uri, TYPO.range, TYPO.text);
    // A request answers from what is linted (nothing is due), and nothing was published for the edit.
    await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 10 } });
    assert.deepEqual(client.published.slice(before), []);
    client.save(uri);
    const saved = await client.waitFor(() => client.published.slice(before).find((p) => p.uri === uri), 'the lint on save');
    assert.equal(saved.version, version);
    assert.ok(saved.diagnostics.some((d) => d.code === 'no-dangling-reference'));
  });

  it('a configuration change (workspace/configuration) re-lints with the new rule settings', async () => {
    const { client, uri } = await start();
    const severity = () => client.diagnostics(uri)?.diagnostics.find((d) => d.code === 'no-direct-mode2-to-mode1')?.severity;
    assert.equal(severity(), 1);
    client.settings = { rules: { 'no-direct-mode2-to-mode1': 'info' }, lint: { debounceMs: 0 } };
    void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => severity() === 3, 'the rule as info');
  });

  it('a client without workspace/configuration passes settings at initialize and in didChangeConfiguration', async () => {
    const capabilities = { ...FULL_CAPABILITIES, workspace: { ...FULL_CAPABILITIES.workspace, configuration: false } };
    const { client, uri } = await start({ capabilities, initializationOptions: { settings: { landscape: { rules: { 'no-direct-mode2-to-mode1': 'off' } } } } });
    assert.ok(!client.received.some((r) => r.method === 'workspace/configuration'));
    assert.deepEqual(codes(client.diagnostics(uri)?.diagnostics).filter((c) => c.endsWith('no-direct-mode2-to-mode1')), []);
    void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { landscape: { rules: {} } } });
    await client.waitFor(() => client.diagnostics(uri)?.diagnostics.some((d) => d.code === 'no-direct-mode2-to-mode1'), 'the rule back');
  });

  it('a fragment changed, created or deleted on disk (workspace/didChangeWatchedFiles) re-lints its landscapes', async () => {
    const { client, dir } = await start();
    const rollouts = path.join(dir, 'rollouts.yaml');
    const rolloutsUri = uriOf(rollouts);
    assert.ok(codes(client.diagnostics(rolloutsUri)?.diagnostics).includes('16:8 rollout-requires-monitoring'));
    writeFileSync(rollouts, `${readFileSync(rollouts, 'utf8')}    monitoring: { dashboards: [core], alerting: true }\n`);
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: rolloutsUri, type: 2 }] });
    await client.waitFor(() => !codes(client.diagnostics(rolloutsUri)?.diagnostics).includes('16:8 rollout-requires-monitoring'), 'the monitoring finding gone');

    // A new entry file in the folder: linted.
    const other = path.join(dir, 'other', 'landscape.yaml');
    mkdirSync(path.dirname(other));
    writeFileSync(other, 'apiVersion: landscape/v1\nkind: Landscape\nsystems:\n  - { id: lonely, mode: mode2 }\n');
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(other), type: 1 }] });
    const lonely = await client.waitFor(() => client.diagnostics(uriOf(other)), 'the new landscape');
    assert.deepEqual(codes(lonely.diagnostics), ['3:10 no-orphan-system', '3:10 require-owner']);

    // An imported fragment deleted: the import is reported where it is written.
    rmSync(path.join(dir, 'org.yaml'));
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.join(dir, 'org.yaml')), type: 3 }] });
    const entry = await client.waitFor(() => client.diagnostics(uriOf(path.join(dir, 'landscape.yaml')))?.diagnostics.find((d) => d.code === 'core/import-not-found'), 'the missing import');
    assert.deepEqual(entry.range, range(13, 4, 13, 14));
  });

  it('opens a document with unsaved text: what it shows is linted, not the disk', async () => {
    const { client, dir } = await start();
    const rollouts = path.join(dir, 'rollouts.yaml');
    const text = readFileSync(rollouts, 'utf8').replace('strategy: big-bang', 'strategy: phased');
    const uri = client.open(rollouts, text);
    const published = await client.waitFor(() => (client.diagnostics(uri)?.version === 1 ? client.diagnostics(uri) : undefined), 'the open text linted');
    assert.ok(!published.diagnostics.some((d) => d.code === 'rollout-requires-pilot'), codes(published.diagnostics).join(', '));
  });

  it('workspace folders come and go (multi-root): a folder added is linted, a folder removed is cleared', async () => {
    const { client } = await start();
    const second = copyOf('test/vscode/workspace');
    const entryUri = uriOf(path.join(second, 'landscape.yaml'));
    void client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(second), name: 'second' }], removed: [] } });
    await client.waitFor(() => client.diagnostics(entryUri)?.diagnostics.some((d) => d.code === 'no-direct-mode2-to-mode1'), 'the second folder linted');
    void client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uriOf(second), name: 'second' }] } });
    await client.waitFor(() => client.diagnostics(entryUri)?.diagnostics.length === 0, 'its diagnostics cleared');
  });

  it('cancels a request waiting for a pending lint ($/cancelRequest → RequestCancelled)', async () => {
    const { client, uri, mode2 } = await start({ capabilities: { ...FULL_CAPABILITIES, textDocument: { ...FULL_CAPABILITIES.textDocument, diagnostic: {} } } });
    client.open(mode2);
    client.settings = { lint: { debounceMs: 10_000 } };
    void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => client.received.filter((r) => r.method === 'workspace/configuration').length === 2, 'the new settings read');
    client.edit(uri, TYPO.range, TYPO.text);
    const cancel = new CancellationTokenSource();
    const pull = client.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }, cancel.token);
    cancel.cancel();
    await assert.rejects(pull, { code: -32800 });
  });

  it('pull diagnostics: an open document is pulled (and no longer pushed), unchanged results say so, a lint asks for a refresh, a closed one is pushed again', async () => {
    const capabilities = { ...FULL_CAPABILITIES, workspace: { ...FULL_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } }, textDocument: { ...FULL_CAPABILITIES.textDocument, diagnostic: {} } };
    const dir = copyOf('examples/fjordbank');
    const { client, initialize } = await startInProcess(dir, { capabilities, settings: { lint: { debounceMs: 0 } } });
    clients.push(client);
    assert.deepEqual(initialize.capabilities.diagnosticProvider, { identifier: 'landscape', interFileDependencies: true, workspaceDiagnostics: false });
    await client.firstLint();
    const mode2 = path.join(dir, 'systems/mode2.yaml');
    const uri = uriOf(mode2);
    const pushed = codes(client.diagnostics(uri)?.diagnostics);
    assert.equal(pushed.length, 7);
    client.open(mode2);
    await client.waitFor(() => client.diagnostics(uri)?.diagnostics.length === 0, 'the pushed diagnostics withdrawn');
    const first = await client.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    assert.equal(first.kind, 'full');
    assert.deepEqual(first.kind === 'full' && codes(first.items), pushed);
    assert.deepEqual(await client.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: first.resultId }), { kind: 'unchanged', resultId: first.resultId });
    const refreshes = client.received.filter((r) => r.method === 'workspace/diagnostic/refresh').length;
    client.edit(uri, TYPO.range, TYPO.text);
    // Pulled at once (as VS Code does on a change): answered after the edit's lint.
    const after = await client.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: first.resultId });
    assert.ok(after.kind === 'full' && codes(after.items).includes('17:15 no-dangling-reference'));
    await client.waitFor(() => client.received.filter((r) => r.method === 'workspace/diagnostic/refresh').length > refreshes, 'a refresh request');
    client.close(uri);
    await client.waitFor(() => codes(client.diagnostics(uri)?.diagnostics).length === 7, 'pushed again after close (the disk text)');
  });

  it('asks the client to refresh lenses and tokens only when an open file it did not just edit may show stale ones; a failed refresh changes nothing', async () => {
    const capabilities = { ...FULL_CAPABILITIES, workspace: { ...FULL_CAPABILITIES.workspace, codeLens: { refreshSupport: true }, semanticTokens: { refreshSupport: true } } };
    const { client, uri, mode2, dir } = await start({ capabilities });
    client.failRefresh = true;
    const refreshes = (): string[] => client.received.filter((r) => r.method.endsWith('/refresh')).map((r) => r.method);
    client.open(mode2);
    const before = refreshes().length;
    // The only open file, edited: the client asks for its lenses and tokens again by itself.
    const version = client.edit(uri, TYPO.range, TYPO.text);
    await client.waitFor(() => client.diagnostics(uri)?.version === version || undefined, 'the edit linted');
    assert.deepEqual(refreshes().slice(before), []);
    // A fragment changed on disk: the open mode2.yaml may show stale ones.
    const rollouts = path.join(dir, 'rollouts.yaml');
    writeFileSync(rollouts, `${readFileSync(rollouts, 'utf8')}    monitoring: { dashboards: [core], alerting: true }\n`);
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rollouts), type: 2 }] });
    await client.waitFor(() => refreshes().length === before + 2 || undefined, 'the refresh requests');
    assert.deepEqual(refreshes().slice(before).sort(), ['workspace/codeLens/refresh', 'workspace/semanticTokens/refresh']);
    // Both were answered with an error, and the server goes on answering.
    const lenses = await client.conn.sendRequest<unknown[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 4);
  });

  it('tells a client that shows diagrams when one changed (landscape/didChangeDiagram)', async () => {
    const { client, uri, mode2, dir } = await start({ initializationOptions: { diagramUpdates: true } });
    client.open(mode2);
    const before = client.received.length;
    client.edit(uri, TYPO.range, TYPO.text);
    const n = await client.waitFor(() => client.received.slice(before).find((r) => r.method === 'landscape/didChangeDiagram'), 'the notification');
    assert.deepEqual(n.params, { entry: uriOf(path.join(dir, 'landscape.yaml')) });
  });
});
