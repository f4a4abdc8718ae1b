/**
 * Diagnostics that follow the edits (`diagnosticsFollowEdits`, issue 14: no extension-host stall
 * over 10 ms of ours, also for an Enter). The client moves the diagnostics it shows with each
 * change it sends (the rule in src/server/protocol.ts); the server sends only the shards
 * whose diagnostics differ from the moved ones. Checked here with a client that does just that:
 * after Enters, deleted lines, edits inside a finding and several changes in one notification,
 * what it shows is exactly what a fresh server publishes for the text; and a line inserted above
 * every finding of 1,000 systems sends nothing (it sent every shard, 324 diagnostics).
 */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol';
import { movedPosition, moveOf, type Move, type PublishDiagnosticShardsParams } from '../../src/server/protocol';
import { copyOf, generatedWorkspace, startInProcess, type TestClient } from './lsp-client';

const pos = (line: number, character: number) => ({ line, character });
const range = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: pos(l1, c1), end: pos(l2, c2) });
const byPosition = (a: Diagnostic, b: Diagnostic): number =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || String(a.code).localeCompare(String(b.code)) || a.message.localeCompare(b.message);

/** A position moved by the changes one after the other, as a following client does. */
function moved(p: { line: number; character: number }, moves: readonly Move[]): { line: number; character: number } {
  for (const m of moves) p = movedPosition(p.line, p.character, m) ?? p;
  return p;
}
const movedRange = (r: Range, moves: readonly Move[]): Range => ({ start: moved(r.start, moves), end: moved(r.end, moves) });

/** A client that keeps the shards it was sent and moves them with the changes it sends. */
class FollowingClient {
  /** Per URI: each shard's diagnostics as shown. */
  readonly shown = new Map<string, Map<number, Diagnostic[]>>();
  readonly notes: PublishDiagnosticShardsParams[] = [];
  private readonly changes = new Map<string, { version: number; moves: Move[] }[]>();
  private readonly docs = new Map<string, TextDocument>();

  constructor(readonly client: TestClient) {
    client.conn.onNotification('landscape/publishDiagnosticShards', (p: PublishDiagnosticShardsParams) => {
      this.notes.push(p);
      const later = (this.changes.get(p.uri) ?? []).filter((c) => p.version !== undefined && c.version > p.version).flatMap((c) => c.moves);
      if (!this.shown.has(p.uri)) this.shown.set(p.uri, new Map());
      for (const s of p.shards) this.shown.get(p.uri)!.set(s.shard, s.diagnostics.map((d) => this.move(d, p.uri, later)));
    });
  }

  private move(d: Diagnostic, uri: string, moves: readonly Move[]): Diagnostic {
    if (!moves.length) return d;
    const out: Diagnostic = { ...d, range: movedRange(d.range, moves) };
    if (d.relatedInformation) out.relatedInformation = d.relatedInformation.map((r) => (r.location.uri === uri ? { ...r, location: { uri, range: movedRange(r.location.range, moves) } } : r));
    return out;
  }

  open(file: string): string {
    const uri = this.client.open(file);
    this.docs.set(uri, TextDocument.create(uri, 'yaml', 1, readFileSync(file, 'utf8')));
    return uri;
  }

  /** Changes in one notification (applied one after the other, as LSP says); the new version. */
  edit(uri: string, changes: { range: Range; text: string }[]): number {
    const doc = this.docs.get(uri)!;
    const version = doc.version + 1;
    TextDocument.update(doc, changes, version);
    const moves = changes.map(moveOf);
    if (!this.changes.has(uri)) this.changes.set(uri, []);
    this.changes.get(uri)!.push({ version, moves });
    for (const [shard, ds] of this.shown.get(uri) ?? []) this.shown.get(uri)!.set(shard, ds.map((d) => this.move(d, uri, moves)));
    void this.client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  /** Every file's diagnostics as shown, by path relative to `dir`, sorted. */
  all(dir: string): Record<string, Diagnostic[]> {
    const out: Record<string, Diagnostic[]> = {};
    for (const [uri, shards] of [...this.shown].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const ds = [...shards.values()].flat().sort(byPosition);
      if (ds.length) out[path.relative(dir, new URL(uri).pathname)] = ds;
    }
    return out;
  }
}

describe('language server: diagnostics that follow the edits (diagnosticsFollowEdits)', function () {
  this.timeout(120_000);
  const clients: TestClient[] = [];
  afterEach(() => {
    for (const c of clients.splice(0)) c.dispose();
  });

  async function following(dir: string, settings: unknown = { lint: { debounceMs: 0 } }): Promise<FollowingClient> {
    const { client } = await startInProcess(dir, { settings, initializationOptions: { diagnostics: 'shards', diagnosticsFollowEdits: true } });
    clients.push(client);
    const f = new FollowingClient(client);
    await client.firstLint();
    return f;
  }

  /** What a fresh server publishes for the files as they are on disk, sorted. */
  async function fresh(dir: string): Promise<Record<string, Diagnostic[]>> {
    const { client } = await startInProcess(dir, { settings: { lint: { debounceMs: 0 } } });
    await client.firstLint();
    const out: Record<string, Diagnostic[]> = {};
    for (const p of client.published) out[path.relative(dir, new URL(p.uri).pathname)] = [...p.diagnostics].sort(byPosition);
    client.dispose();
    return Object.fromEntries(Object.entries(out).filter(([, d]) => d.length).sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  it('shows exactly what a fresh server publishes after Enters, deleted lines, edits inside findings and several changes at once', async () => {
    const dir = copyOf('examples/fjordbank');
    const f = await following(dir);
    const mode2 = path.join(dir, 'systems/mode2.yaml');
    const uri = f.open(mode2);
    await f.client.conn.sendRequest('landscape/lint', { uri });
    const before = f.all(dir);
    assert.ok(before['systems/mode2.yaml'].length >= 5, 'mode2.yaml has findings to move');
    const steps: { what: string; changes: { range: Range; text: string }[] }[] = [
      { what: 'an Enter above every finding', changes: [{ range: range(2, 0, 2, 0), text: '\n' }] },
      { what: 'a comment line inside mobile-bank', changes: [{ range: range(7, 0, 7, 0), text: '    # its owner:\n' }] },
      { what: 'a typo (a dangling reference appears) with a line added above it', changes: [{ range: range(19, 15, 19, 31), text: 'account-opn-api' }, { range: range(14, 0, 14, 0), text: '\n' }] },
      { what: 'that line deleted again', changes: [{ range: range(14, 0, 15, 0), text: '' }] },
      { what: 'an Enter inside the flagged reference', changes: [{ range: range(19, 20, 19, 20), text: '\n      ' }] },
      { what: 'the Enter undone', changes: [{ range: range(19, 20, 20, 6), text: '' }] },
      { what: 'the comment line deleted', changes: [{ range: range(7, 0, 8, 0), text: '' }] },
      { what: 'two lines inserted at once, the lower first (as VS Code orders a multi-cursor edit)', changes: [{ range: range(12, 0, 12, 0), text: '\n' }, { range: range(3, 0, 3, 0), text: '\n\n' }] },
    ];
    for (const s of steps) {
      f.edit(uri, s.changes);
      await f.client.conn.sendRequest('landscape/lint', { uri }); // answered after every notification of that lint
      writeFileSync(mode2, f.text(uri));
      assert.deepEqual(f.all(dir), await fresh(dir), `after ${s.what}`);
    }
  });

  it('sends no shard for a line inserted or deleted above every finding of 1,000 systems, and only the changed ones for an edit that also adds a finding', async () => {
    const { dir, file } = generatedWorkspace(1000);
    const f = await following(dir);
    const uri = f.open(file);
    await f.client.conn.sendRequest('landscape/lint', { uri });
    const sentSince = (n: number): number[] => f.notes.slice(n).flatMap((p) => p.shards.map((s) => s.diagnostics.length));

    let before = f.notes.length;
    f.edit(uri, [{ range: range(1, 0, 1, 0), text: '# every finding below moves one line down\n' }]);
    await f.client.conn.sendRequest('landscape/lint', { uri });
    assert.deepEqual(sentSince(before), [], 'no shard sent for a line inserted (every one, 324 diagnostics, without following)');

    before = f.notes.length;
    f.edit(uri, [{ range: range(1, 0, 2, 0), text: '' }]);
    await f.client.conn.sendRequest('landscape/lint', { uri });
    assert.deepEqual(sentSince(before), [], 'nor for it deleted');

    // As bench:editor's `line` edits: an owner line commented out with a line added above it.
    const text = f.text(uri);
    const at = text.indexOf('\n    owner: ', text.length / 3) + 1;
    const doc = TextDocument.create(uri, 'yaml', 1, text);
    const line = doc.positionAt(at).line;
    before = f.notes.length;
    f.edit(uri, [{ range: range(line, 4, line, 4), text: '#\n    # ' }]);
    await f.client.conn.sendRequest('landscape/lint', { uri });
    const sent = f.notes.slice(before).flatMap((p) => p.shards);
    assert.ok(sent.length >= 1 && sent.length <= 2, `the require-owner shard (and one more at most), not ${sent.length}`);
    assert.ok(sent.some((s) => s.diagnostics.some((d) => d.code === 'require-owner' && d.range.start.line < line)), "the new finding, at the system's id");

    writeFileSync(file, f.text(uri));
    assert.deepEqual(f.all(dir), await fresh(dir));
  });

  it('places a lint of an older version for the version the server has (an edit that came in while it ran), as the client moved it', async () => {
    const dir = copyOf('examples/fjordbank');
    // The lint waits for the ruleset (read from disk after mode2.yaml) while it is held.
    let held: Promise<void> | undefined;
    let release = (): void => undefined;
    let reached = (): void => undefined;
    const readFile = async (p: string): Promise<Uint8Array | undefined> => {
      if (held && p.endsWith('ruleset.yaml')) {
        reached();
        await held;
      }
      try {
        return readFileSync(p);
      } catch {
        return undefined;
      }
    };
    // Linted on request only: an edit during a lint does not supersede it.
    const { client } = await startInProcess(dir, { readFile, settings: { lint: { run: 'onSave', debounceMs: 0 } }, initializationOptions: { diagnostics: 'shards', diagnosticsFollowEdits: true } });
    clients.push(client);
    const f = new FollowingClient(client);
    await client.firstLint();
    const mode2 = path.join(dir, 'systems/mode2.yaml');
    const uri = f.open(mode2);
    await client.conn.sendRequest('landscape/lint', { uri });
    // A typo (a dangling reference appears) linted; two lines inserted above every finding while that lint waits.
    f.edit(uri, [{ range: range(17, 15, 17, 31), text: 'account-opn-api' }]);
    held = new Promise((resolve) => (release = resolve));
    const waiting = new Promise<void>((resolve) => (reached = resolve));
    const lint = client.conn.sendRequest('landscape/lint', { uri });
    await waiting;
    f.edit(uri, [{ range: range(2, 0, 2, 0), text: '\n\n' }]);
    await client.status(); // answered after the change was taken
    held = undefined;
    release();
    await lint;
    const typo = f.notes.find((n) => n.shards.some((s) => s.diagnostics.some((d) => d.code === 'no-dangling-reference')));
    assert.equal(typo?.version, 3, 'the lint of version 2, placed for version 3 (two lines further down)');
    assert.ok(typo.shards.some((s) => s.diagnostics.some((d) => d.code === 'no-dangling-reference' && d.range.start.line === 19)));
    await client.conn.sendRequest('landscape/lint', { uri });
    writeFileSync(mode2, f.text(uri));
    assert.deepEqual(f.all(dir), await fresh(dir));
  });
});
