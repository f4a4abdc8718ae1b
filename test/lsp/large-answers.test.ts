/**
 * What keeps a keystroke cheap in a large file (issue 14, speed): diagnostics reused while
 * unchanged and never re-sent for a file whose diagnostics did not change, yet exactly those a
 * fresh server publishes for the same text (also when every line below an edit moved), and in
 * shards for a client that asks for them, only the shards an edit changed;
 * semantic tokens as deltas (`semanticTokens/full/delta`) that give the tokens a full request
 * gives; code lenses that carry a file number and an id, resolved to their title and
 * references, and those on some lines only (`landscape/codeLensesIn`); document symbols and
 * folding ranges limited by `landscape.maxItemsComputed`.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import fc from 'fast-check';
import type { CodeLens, Diagnostic, DocumentSymbol, FoldingRange, PublishDiagnosticsParams, SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver-protocol';
import { symbolsOfCompact } from '../../src/server/compact-symbols';
import { CodeLensesInRequest, DocumentSymbolsRequest, FoldingLinesRequest, PackedSemanticTokensRequest, packTokenNumbers, unpackTokenNumbers, type CompactSymbols, type PackedSemanticTokens, type PackedSemanticTokensDelta, type PublishDiagnosticShardsParams } from '../../src/server/protocol';
import { copyOf, generatedWorkspace, startInProcess, uriOf, type TestClient } from './lsp-client';

const pos = (line: number, character: number) => ({ line, character });
const range = (l1: number, c1: number, l2: number, c2: number) => ({ start: pos(l1, c1), end: pos(l2, c2) });
const byPosition = (a: Diagnostic, b: Diagnostic): number => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || String(a.code).localeCompare(String(b.code));

describe('language server: large answers stay small and correct', function () {
  this.timeout(60_000);
  const clients: TestClient[] = [];
  afterEach(() => {
    for (const c of clients.splice(0)) c.dispose();
  });

  async function start(dir: string, settings: unknown = { lint: { debounceMs: 0 } }): Promise<TestClient> {
    const { client } = await startInProcess(dir, { settings });
    clients.push(client);
    await client.firstLint();
    return client;
  }

  /** Every file's latest published diagnostics, by file name relative to `dir`. */
  function latest(client: TestClient, dir: string): Record<string, Diagnostic[]> {
    const out: Record<string, Diagnostic[]> = {};
    for (const p of client.published) out[path.relative(dir, new URL(p.uri).pathname)] = p.diagnostics;
    return Object.fromEntries(Object.entries(out).filter(([, d]) => d.length).sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  it('after edits that move findings (a typo, a line inserted above them) publishes exactly what a fresh server publishes for that text', async () => {
    const dir = copyOf('examples/fjordbank');
    const client = await start(dir);
    const mode2 = path.join(dir, 'systems/mode2.yaml');
    const uri = client.open(mode2);
    const doc = TextDocument.create(uri, 'yaml', 1, readFileSync(mode2, 'utf8'));
    const edits = [
      { range: range(17, 15, 17, 31), text: 'account-opn-api' }, // a dangling reference appears
      { range: range(1, 0, 1, 0), text: '# a comment line: every finding below moves one line down\n' },
      { range: range(11, 0, 11, 0), text: '    # and another one, inside mobile-bank\n' },
    ];
    let version = 1;
    for (const e of edits) {
      version = client.edit(uri, e.range, e.text);
      TextDocument.update(doc, [e], version);
      await client.waitFor(() => client.diagnostics(uri)?.version === version || undefined, `version ${version} published`);
    }
    const edited = latest(client, dir);
    assert.ok(edited['systems/mode2.yaml'].some((d) => d.code === 'no-dangling-reference' && d.range.start.line === 19), 'the typo, two lines further down');

    writeFileSync(mode2, doc.getText());
    const fresh = await start(dir);
    assert.deepEqual(edited, latest(fresh, dir));
  });

  it('an edit that changes no diagnostic of a file publishes nothing for it', async () => {
    const dir = copyOf('examples/fjordbank');
    const client = await start(dir);
    const mode2 = path.join(dir, 'systems/mode2.yaml');
    const uri = client.open(mode2);
    await client.waitFor(() => client.diagnostics(uri), 'the diagnostics of mode2.yaml');
    const lines = readFileSync(mode2, 'utf8').split('\n');
    const before = client.published.length;
    const lintsBefore = (await client.status()).landscapes[0].lints;
    // A comment at the end of the last line: nothing moves, nothing is found or fixed.
    const last = lines.length - 2;
    client.edit(uri, range(last, lines[last].length, last, lines[last].length), ' # unchanged');
    await client.conn.sendRequest('landscape/lint', { uri });
    assert.ok((await client.status()).landscapes[0].lints > lintsBefore, 'the edit was linted');
    assert.deepEqual(client.published.slice(before).map((p: PublishDiagnosticsParams) => p.uri), []);
  });

  it("diagnostics in shards (diagnostics: 'shards'): together what publishDiagnostics gives; an edit sends only the shards it changed", async () => {
    const dir = copyOf('examples/fjordbank');
    const { client } = await startInProcess(dir, { settings: { lint: { debounceMs: 0 } }, initializationOptions: { diagnostics: 'shards' } });
    clients.push(client);
    const notes: PublishDiagnosticShardsParams[] = [];
    let heard = (): void => undefined;
    client.conn.onNotification('landscape/publishDiagnosticShards', (p: PublishDiagnosticShardsParams) => {
      notes.push(p);
      heard();
    });
    const hear = (check: () => boolean): Promise<void> => new Promise((resolve) => {
      heard = () => check() && resolve();
      heard();
    });
    await client.firstLint();
    assert.deepEqual(client.published, [], 'no publishDiagnostics');
    /** Every file's diagnostics as the notifications so far leave them: each shard as last sent. */
    const shown = (): Record<string, Diagnostic[]> => {
      const byFile = new Map<string, Map<number, Diagnostic[]>>();
      for (const n of notes) {
        const file = path.relative(dir, new URL(n.uri).pathname);
        if (!byFile.has(file)) byFile.set(file, new Map());
        for (const s of n.shards) byFile.get(file)!.set(s.shard, s.diagnostics);
      }
      const out: Record<string, Diagnostic[]> = {};
      for (const [file, shards] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const all = [...shards.values()].flat().sort(byPosition);
        if (all.length) out[file] = all;
      }
      return out;
    };
    const pushed = await start(dir);
    const sorted = (byFile: Record<string, Diagnostic[]>): Record<string, Diagnostic[]> => Object.fromEntries(Object.entries(byFile).map(([f, ds]) => [f, [...ds].sort(byPosition)]));
    assert.deepEqual(shown(), sorted(latest(pushed, dir)));
    const used = notes.find((n) => n.uri.endsWith('/systems/mode2.yaml'))!.shards.filter((s) => s.diagnostics.length).length;
    assert.ok(used > 2, `mode2.yaml's 7 diagnostics fall into ${used} shards`);

    const mode2 = path.join(dir, 'systems/mode2.yaml');
    const uri = client.open(mode2);
    const before = notes.length;
    const version = client.edit(uri, range(17, 15, 17, 31), 'account-opn-api');
    await hear(() => notes.slice(before).some((n) => n.uri === uri && n.version === version));
    await client.conn.sendRequest('landscape/lint', { uri }); // answered after every notification of that lint
    // The typo adds a dangling reference in mode2.yaml (its shard filled) and ends a finding
    // there (its shard emptied), and ends the synchronous chain that made rollout-zero-downtime
    // report in rollouts.yaml: those shards, and no others.
    const sent = notes.slice(before).map((n) => `${path.basename(n.uri)} ${n.shards.map((s) => s.diagnostics.map((d) => d.code).join('+') || '-').join(' ')}`);
    assert.deepEqual(sent, ['mode2.yaml no-dangling-reference -', 'rollouts.yaml -']);
    assert.ok(2 < used);

    writeFileSync(mode2, readFileSync(mode2, 'utf8').replace('account-open-api]', 'account-opn-api]'));
    assert.deepEqual(shown(), sorted(latest(await start(dir), dir)));
  });

  it('sends the shards an edit changed in notifications of at most 100 diagnostics or one shard: a line inserted above every finding of 1,000 systems', async () => {
    const { dir, file } = generatedWorkspace(1000);
    const { client } = await startInProcess(dir, { settings: { lint: { debounceMs: 0 } }, initializationOptions: { diagnostics: 'shards' } });
    clients.push(client);
    const notes: PublishDiagnosticShardsParams[] = [];
    client.conn.onNotification('landscape/publishDiagnosticShards', (p: PublishDiagnosticShardsParams) => notes.push(p));
    await client.firstLint();
    const uri = client.open(file);
    await client.conn.sendRequest('landscape/lint', { uri });
    const before = notes.length;
    const version = client.edit(uri, range(1, 0, 1, 0), '# every finding below moves one line down\n');
    await client.conn.sendRequest('landscape/lint', { uri }); // answered after every notification of the edit's lint
    const sent = notes.slice(before);
    const sizes = sent.map((n) => n.shards.map((s) => s.diagnostics.length));
    assert.deepEqual(sizes.filter((s) => s.length > 1 && s.reduce((a, b) => a + b) > 100), [], 'no notification over 100 diagnostics but a single shard');
    assert.deepEqual(sent.flatMap((n) => n.shards.map((s) => s.shard)).sort((a, b) => a - b), Array.from({ length: 64 }, (_, i) => i), 'every shard once');
    assert.equal(sizes.flat().reduce((a, b) => a + b), 324);
    // 324 diagnostics in 4 notifications (97, 100, 98 and 29), where one used to carry them all.
    assert.deepEqual(sizes.map((s) => s.reduce((a, b) => a + b)), [97, 100, 98, 29]);
    assert.ok(sent.every((n) => n.uri === uri && n.version === version));
  });

  it('answers semantic tokens with a result id, and a delta from it that gives the tokens a full request gives (all of them for an unknown id)', async () => {
    const dir = copyOf('examples/fjordbank');
    const client = await start(dir);
    const mode2 = path.join(dir, 'systems/mode2.yaml');
    const uri = client.open(mode2);
    const full = await client.conn.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.equal(typeof full.resultId, 'string');
    assert.equal(full.data.length, 26 * 5);
    // `consumes: [balance-api, …]` of mobile-bank: a reference renamed to an unknown id (still a reference, 8 characters shorter).
    const version = client.edit(uri, range(10, 15, 10, 26), 'bal');
    await client.waitFor(() => client.diagnostics(uri)?.version === version || undefined, 'the edit linted');
    const delta = await client.conn.sendRequest<SemanticTokensDelta>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: full.resultId });
    assert.ok(delta.edits, 'a delta');
    assert.notEqual(delta.resultId, full.resultId);
    // Small: the changed token's length and where the next one on its line starts, not the file's 130 numbers.
    assert.ok(delta.edits.length === 1 && delta.edits[0].data!.length <= 10, JSON.stringify(delta.edits));
    const patched = [...full.data];
    for (const e of [...delta.edits].reverse()) patched.splice(e.start, e.deleteCount, ...(e.data ?? []));
    const now = await client.conn.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(patched, now.data);
    assert.equal(now.data.length, 26 * 5);
    // From an answer the server no longer has: everything.
    const again = await client.conn.sendRequest<SemanticTokens>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: 'gone' });
    assert.deepEqual(again.data, now.data);
    // Nothing changed since the last answer: no edit.
    assert.deepEqual((await client.conn.sendRequest<SemanticTokensDelta>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: again.resultId })).edits, []);
  });

  it('packs semantic tokens (landscape/semanticTokens): the numbers of the full answer, and edits that give the new full answer', async () => {
    const dir = copyOf('examples/fjordbank');
    const client = await start(dir);
    const uri = client.open(path.join(dir, 'systems/mode2.yaml'));
    const full = await client.conn.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const packed = (await client.conn.sendRequest(PackedSemanticTokensRequest, { textDocument: { uri } })) as PackedSemanticTokens;
    assert.deepEqual([...unpackTokenNumbers(packed.data)], full.data);
    // Four bytes a number, in base64.
    assert.equal(packed.data.length, Math.ceil((full.data.length * 4) / 3) * 4);
    const version = client.edit(uri, range(10, 15, 10, 26), 'bal');
    await client.waitFor(() => client.diagnostics(uri)?.version === version || undefined, 'the edit linted');
    const delta = (await client.conn.sendRequest(PackedSemanticTokensRequest, { textDocument: { uri }, previousResultId: packed.resultId })) as PackedSemanticTokensDelta;
    assert.equal(delta.edits.length, 1);
    // The answer before the last one is kept too: a second asker (a whole answer) does not make the first one's next ask whole.
    await client.conn.sendRequest(PackedSemanticTokensRequest, { textDocument: { uri } });
    assert.deepEqual(await client.conn.sendRequest(PackedSemanticTokensRequest, { textDocument: { uri }, previousResultId: delta.resultId }), { resultId: String(Number(delta.resultId) + 2), edits: [] });
    const patched = [...full.data];
    for (const e of [...delta.edits].reverse()) patched.splice(e.start, e.deleteCount, ...unpackTokenNumbers(e.data));
    assert.deepEqual(patched, (await client.conn.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).data);
    // An unknown result: every number, packed.
    const whole = (await client.conn.sendRequest(PackedSemanticTokensRequest, { textDocument: { uri }, previousResultId: 'gone' })) as PackedSemanticTokens;
    assert.deepEqual([...unpackTokenNumbers(whole.data)], patched);
  });

  it('packTokenNumbers and unpackTokenNumbers: any unsigned 32-bit numbers come back as they were', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.nat(300), fc.nat(), fc.constantFrom(0, 127, 128, 16_383, 16_384, 2 ** 31, 2 ** 32 - 1))), (numbers) => {
      assert.deepEqual([...unpackTokenNumbers(packTokenNumbers(numbers))], numbers);
    }), { numRuns: 500 });
  });

  it('gives code lenses with a file number and a system id only; resolving one gives its title and the references to show', async () => {
    const dir = copyOf('examples/fjordbank');
    const client = await start(dir);
    const mode2 = path.join(dir, 'systems/mode2.yaml');
    const uri = client.open(mode2);
    const lenses = await client.conn.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.data as unknown, l.command]), [
      [3, [0, 'mobile-bank'], undefined],
      [12, [0, 'onboarding'], undefined],
      [19, [0, 'offers'], undefined],
      [26, [0, 'newsletter-tool'], undefined],
    ]);
    const resolved = await Promise.all(lenses.map((l) => client.conn.sendRequest<CodeLens>('codeLens/resolve', l)));
    assert.deepEqual(resolved.map((l) => l.command?.title), ['0 consumers · 4 dependencies · instability 1.00', '1 consumer · 1 dependency · instability 0.50', '1 consumer · 1 dependency · instability 0.50', '0 consumers · 0 dependencies']);
    assert.deepEqual(resolved[1].command, { title: '1 consumer · 1 dependency · instability 0.50', command: 'landscape.showReferences', arguments: [uri, pos(12, 8), [{ uri, range: range(36, 36, 36, 46) }]] });
    // Another file gets another number; a lens the server cannot place stays as it was.
    const mode1 = await client.conn.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uriOf(path.join(dir, 'systems/mode1.yaml')) } });
    assert.deepEqual(mode1[0].data, [1, 'core-banking']);
    const stranger = { range: range(0, 0, 0, 1), data: [7, 'mobile-bank'] };
    assert.deepEqual(await client.conn.sendRequest<CodeLens>('codeLens/resolve', stranger), stranger);
  });

  it('gives the lenses on some lines only (landscape/codeLensesIn), the same lenses as textDocument/codeLens, resolved the same way', async () => {
    const dir = copyOf('examples/fjordbank');
    const client = await start(dir);
    const uri = client.open(path.join(dir, 'systems/mode2.yaml'));
    const all = await client.conn.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const lensesIn = (...ranges: ReturnType<typeof range>[]) => client.conn.sendRequest(CodeLensesInRequest, { textDocument: { uri }, ranges });
    // Lines 3 and 19 are ids' lines (mobile-bank, offers); a range takes its start and end lines whole.
    assert.deepEqual(await lensesIn(range(3, 40, 12, 0)), [all[0], all[1]]);
    assert.deepEqual(await lensesIn(range(4, 0, 11, 99), range(19, 0, 30, 0)), [all[2], all[3]]);
    assert.deepEqual(await lensesIn(range(0, 0, 2, 0)), []);
    assert.deepEqual(await lensesIn(), []);
    const resolved = await client.conn.sendRequest<CodeLens>('codeLens/resolve', (await lensesIn(range(12, 0, 12, 0)))[0]);
    assert.equal(resolved.command?.title, '1 consumer · 1 dependency · instability 0.50');
  });

  it('gives the same document symbols in the compact form (landscape/documentSymbols), in under half the JSON', async () => {
    const { dir, file } = generatedWorkspace(1000);
    const client = await start(dir);
    const uri = client.open(file);
    const symbols = await client.conn.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const compact = (await client.conn.sendRequest(DocumentSymbolsRequest, { textDocument: { uri } })) as CompactSymbols;
    assert.deepEqual(symbolsOfCompact(compact), symbols);
    assert.deepEqual(symbols.map((s) => [s.name, s.children?.length]), [['owners', 8], ['domains', 25], ['systems', 1000], ['apis', 1333], ['dataStores', 334], ['rollouts', 20]]);
    assert.equal(compact.names.length, 6 + 2720);
    assert.ok(JSON.stringify(compact).length < JSON.stringify(symbols).length / 2, `${JSON.stringify(compact).length} against ${JSON.stringify(symbols).length}`);
    // fjordbank's mode2.yaml, and a file without a landscape: nothing.
    const mode2 = client.open(path.join(copyOf('examples/fjordbank'), 'systems/mode2.yaml'));
    assert.deepEqual(await client.conn.sendRequest(DocumentSymbolsRequest, { textDocument: { uri: mode2 } }), { names: [], details: [], numbers: [] });
  });

  it('limits document symbols and folding ranges to landscape.maxItemsComputed (default 5,000), in document order', async () => {
    const { dir, file } = generatedWorkspace(3000);
    const client = await start(dir);
    const uri = client.open(file);
    const count = (symbols: DocumentSymbol[]): number => symbols.reduce((n, s) => n + 1 + (s.children?.length ?? 0), 0);
    const symbols = await client.conn.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const folding = await client.conn.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.equal(count(symbols), 5000);
    assert.equal(folding.length, 5000);
    // The same ranges as line pairs (landscape/foldingLines, how the VS Code extension asks).
    const lines = await client.conn.sendRequest(FoldingLinesRequest, { textDocument: { uri } });
    assert.deepEqual(lines, folding.flatMap((r) => [r.startLine, r.endLine]));
    assert.ok(folding.every((r) => Object.keys(r).join() === 'startLine,endLine'), 'no kind or characters that the pairs would lose');

    client.settings = { lint: { debounceMs: 0 }, maxItemsComputed: 12 };
    const asked = client.received.filter((r) => r.method === 'workspace/configuration').length;
    void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.waitFor(() => client.received.filter((r) => r.method === 'workspace/configuration').length > asked || undefined, 'the settings read again');
    await client.status(); // the answer is in and its re-lint under way: the requests below wait for it
    const few = await client.conn.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(few.map((s) => [s.name, s.children!.map((c) => c.name)]), [
      ['owners', ['ceo', 'cio', 'cto', 'ciso', 'team-core', 'team-int', 'team-web', 'bu-sales']],
      ['domains', ['domain-0', 'domain-1']],
    ]);
    const fewFolds = await client.conn.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(fewFolds, folding.slice(0, 12));
    assert.deepEqual(await client.conn.sendRequest(FoldingLinesRequest, { textDocument: { uri } }), folding.slice(0, 12).flatMap((r) => [r.startLine, r.endLine]));
    // A YAML file of no landscape: null, as textDocument/foldingRange (the client's own folding stays).
    const other = path.join(dir, 'other.yaml');
    writeFileSync(other, 'a:\n  b: 1\n');
    const otherUri = client.open(other);
    assert.equal(await client.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri: otherUri } }), null);
    assert.equal(await client.conn.sendRequest(FoldingLinesRequest, { textDocument: { uri: otherUri } }), null);
  });
});
