/**
 * The outline as changes to the last one the client has (`landscape/documentSymbols` with
 * `previousResultId`, issue 14): at 10,000 systems the whole outline is ~290 KB for the
 * extension host to parse after each keystroke. After any sequence of edits the outline the
 * client rebuilds from the answers is the one a full answer gives, and a keystroke that changes
 * no symbol, or a line inserted above most of them, is answered in a few hundred bytes.
 */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { symbolsDelta, symbolsOfCompact } from '../../src/server/compact-symbols';
import { applySymbolsDelta, DocumentSymbolsRequest, type CompactSymbols, type CompactSymbolsDelta, type CompactSymbolsResult } from '../../src/server/protocol';
import { generatedWorkspace, startInProcess, type TestClient } from './lsp-client';

describe('language server: the outline relative to the last one (landscape/documentSymbols with previousResultId)', function () {
  this.timeout(120_000);
  const clients: TestClient[] = [];
  afterEach(() => {
    for (const c of clients.splice(0)) c.dispose();
  });

  async function start(dir: string): Promise<TestClient> {
    const { client } = await startInProcess(dir, { settings: { lint: { debounceMs: 0 } } });
    clients.push(client);
    await client.firstLint();
    return client;
  }

  it('rebuilds after each edit exactly the outline a full answer gives, in a small answer', async () => {
    const { dir, file, text: generated } = generatedWorkspace(1000);
    const client = await start(dir);
    const uri = client.open(file);
    const doc = TextDocument.create(uri, 'yaml', 1, generated);

    // As the VS Code extension: the last outline received, named in the next ask.
    let outline: CompactSymbolsResult | undefined;
    const ask = async (): Promise<{ answer: CompactSymbols | CompactSymbolsDelta; bytes: number }> => {
      const answer = await client.conn.sendRequest(DocumentSymbolsRequest, { textDocument: { uri }, previousResultId: outline?.resultId ?? null });
      if ('edits' in answer) {
        assert.ok(outline, 'a delta only against an outline the client has');
        assert.equal(answer.previousResultId, outline.resultId);
        const c = applySymbolsDelta(outline, answer);
        outline = { resultId: answer.resultId, names: c.names, details: c.details, numbers: c.numbers };
      } else {
        assert.equal(typeof (answer as CompactSymbolsResult).resultId, 'string', 'a full answer names its result');
        outline = answer as CompactSymbolsResult;
      }
      return { answer, bytes: JSON.stringify(answer).length };
    };
    const full = async (): Promise<DocumentSymbol[]> => client.conn.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });

    const first = await ask();
    assert.ok(!('edits' in first.answer), 'no outline yet: the full answer');
    assert.ok(first.bytes > 50_000, `the whole outline: ${first.bytes} bytes`);
    assert.deepEqual(symbolsOfCompact(outline!), await full());

    /** One change to the text at the first occurrence of `at` (shifted by `skip` characters), then the next outline. */
    const edit = async (what: string, at: string, skip: number, length: number, text: string): Promise<{ answer: CompactSymbols | CompactSymbolsDelta; bytes: number }> => {
      const offset = doc.getText().indexOf(at);
      assert.ok(offset >= 0, `${what}: ${at} in the text`);
      const range = { start: doc.positionAt(offset + skip), end: doc.positionAt(offset + skip + length) };
      const version = client.edit(uri, range, text);
      TextDocument.update(doc, [{ range, text }], version);
      const got = await ask();
      assert.deepEqual(symbolsOfCompact(outline!), await full(), `${what}: the outline rebuilt is the full answer's`);
      return got;
    };

    const unchanged = (what: string, got: { answer: CompactSymbols | CompactSymbolsDelta; bytes: number }): void => {
      assert.ok('edits' in got.answer, `${what}: a delta`);
      assert.deepEqual(got.answer.edits, [], `${what}: no symbol changed`);
      assert.equal(got.answer.shift, undefined, `${what}: no line moved`);
      assert.ok(got.bytes < 200, `${what}: ${got.bytes} bytes`);
    };

    unchanged('a keystroke in a description', await edit('description', 'description: Generated mode1 system number 0', 13, 0, 'x'));
    const inserted = await edit('a comment line inserted', '    mode: mode1\n', 0, 0, '    # why this system is mode 1\n');
    assert.ok('edits' in inserted.answer && inserted.answer.shift, 'a line inserted: a shift');
    assert.ok(inserted.bytes < 1_000, `a line inserted above 2,700 symbols: ${inserted.bytes} bytes`);
    unchanged('a keystroke in the comment', await edit('comment typed', '# why this system', 5, 0, 's'));
    const id = await edit('an id typed', '  - id: sys-1\n', 13, 0, 'x');
    assert.ok('edits' in id.answer && id.answer.edits.length === 1 && id.answer.edits[0].names.join() === 'sys-1x', `an id typed: that symbol only (${JSON.stringify(id.answer).slice(0, 300)})`);
    const text = doc.getText();
    const sys1 = text.indexOf('  - id: sys-1x\n');
    const deleted = await edit('an entity deleted', '  - id: sys-1x\n', 0, text.indexOf('  - id: sys-2\n') - sys1, '');
    assert.ok(deleted.bytes < 1_000, `an entity deleted: ${deleted.bytes} bytes`);
    const top = await edit('a line inserted at the top', 'owners:\n', 0, 0, '# every symbol below moves\n');
    assert.ok(top.bytes < 1_000, `a line inserted above every symbol: ${top.bytes} bytes`);
    await edit('lines removed and an id changed in one change', 'domains:\n', 0, 'domains:\n  - { id: domain-0, owner: cio }\n'.length, 'domains:\n  - { id: domain-zero, owner: cio }\n  - { id: domain-extra, owner: cto }\n');

    // A fresh server for the final text: the same outline.
    writeFileSync(file, doc.getText());
    const fresh = await start(dir);
    const freshUri = fresh.open(file);
    const freshOutline = (await fresh.conn.sendRequest(DocumentSymbolsRequest, { textDocument: { uri: freshUri } })) as CompactSymbols;
    assert.deepEqual({ names: outline!.names, details: outline!.details, numbers: outline!.numbers }, freshOutline);

    // An id the server no longer has (or never had): the full answer.
    const stale = await client.conn.sendRequest(DocumentSymbolsRequest, { textDocument: { uri }, previousResultId: 'not-one-of-ours' });
    assert.ok(!('edits' in stale) && stale.names.length === outline!.names.length);
  });

  it('the delta applied gives the new outline for random changes (symbols added, removed, renamed, moved, reparented)', () => {
    let seed = 14;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    /** Sections of entities, depth-first, one line each from `line`. */
    const outlineOf = (entities: { name: string; section: number }[]): CompactSymbols => {
      const out: CompactSymbols = { names: [], details: [], numbers: [] };
      let line = 0;
      for (let section = 0; section < 3; section++) {
        const children = entities.filter((e) => e.section === section);
        const index = out.names.length;
        out.names.push(`section-${section}`);
        out.details.push('');
        out.numbers.push(3, -1, line, 0, line + children.length, 9, line, 0, line, 9);
        line++;
        for (const c of children) {
          out.names.push(c.name);
          out.details.push(c.name.length % 2 ? 'mode1' : '');
          out.numbers.push(5, index, line, 4, line, 20, line, 8, line, 8 + c.name.length);
          line++;
        }
      }
      return out;
    };
    let deltas = 0;
    for (let round = 0; round < 300; round++) {
      const entities = Array.from({ length: 5 + random(60) }, (_, k) => ({ name: `e${k}`, section: random(3) }));
      const before = outlineOf(entities);
      for (let n = 1 + random(4); n > 0; n--) {
        const k = random(entities.length);
        const change = random(4);
        if (change === 0) entities.splice(k, 1);
        else if (change === 1) entities.splice(k, 0, { name: `new${random(1000)}`, section: random(3) });
        else if (change === 2) entities[k] = { ...entities[k], name: `${entities[k].name}x` };
        else entities[k] = { ...entities[k], section: random(3) };
      }
      const after = outlineOf(entities);
      for (const shift of [undefined, { from: random(20), by: random(5) - 2 }]) {
        const edits = symbolsDelta(before, after, shift);
        if (!edits) continue;
        deltas++;
        assert.deepEqual(applySymbolsDelta(before, { shift, edits }), after, `round ${round}`);
      }
    }
    assert.ok(deltas > 150, `${deltas} deltas checked`);
  });
});
