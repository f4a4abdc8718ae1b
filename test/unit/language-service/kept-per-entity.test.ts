/**
 * What the language service keeps per entity from one lint to the next (semantic tokens,
 * file-tokens.ts; code lenses and document symbols, entity-answers.ts) gives after random
 * edits of a generated landscape exactly what a fresh service gives for a fresh lint of the
 * same text: ids typed, comments, spacing, modes (also quoted), lifecycles, references, blank
 * lines, duplicates, CRLF, lines that break the YAML. And it is kept: an edit walks only the
 * entities it changed (counted: 'tokens:entity-walk'), and the lenses and symbols of the
 * entities before the edit are the objects answered before.
 */
import { strict as assert } from 'node:assert';
import { lintLandscape, memoryHost, ParseCache, type LintResult } from '../../../src/core/index';
import { countWork } from '../../../src/core/util/work-counter';
import { LanguageService } from '../../../src/language-service/index';
import type { CodeLens, DocumentSymbol, SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver-types';
import { EDITS, ENTRY, FRAGMENT, prng, randomEdit, twoFiles } from '../../helpers/random-edits';

const TODAY = '2025-10-01';
const uri = (path: string): string => `file://${path}`;

function serviceOf(current: () => LintResult | undefined): LanguageService {
  return new LanguageService({ results: { resultFor: () => Promise.resolve(current()), results: () => (current() ? [current()!] : []), current: () => Promise.resolve(current()) } });
}

/** Applies a delta answer to the numbers it was made from. */
function applied(before: number[], answer: SemanticTokens | SemanticTokensDelta): number[] {
  if ('data' in answer) return answer.data;
  const data = [...before];
  for (const e of [...answer.edits].reverse()) data.splice(e.start, e.deleteCount, ...(e.data ?? []));
  return data;
}

interface Answers {
  tokens: number[];
  lenses: CodeLens[];
  symbols: DocumentSymbol[];
}

async function answersOf(service: LanguageService, path: string): Promise<Answers> {
  return { tokens: (await service.semanticTokens(uri(path))).data, lenses: await service.codeLenses(uri(path)), symbols: await service.documentSymbols(uri(path)) };
}

async function fresh(files: Record<string, string>): Promise<Record<string, Answers>> {
  const result = await lintLandscape(ENTRY, memoryHost(files), { today: TODAY });
  const service = serviceOf(() => result);
  return { [ENTRY]: await answersOf(service, ENTRY), [FRAGMENT]: await answersOf(service, FRAGMENT) };
}

describe('answers kept per entity across edits', () => {
  it('random edits of a generated landscape: tokens (full and delta), lenses and symbols equal a fresh service\'s', async function () {
    this.timeout(240_000);
    const rnd = prng(14);
    const files = twoFiles(45);
    const cache = new ParseCache();
    let current: LintResult | undefined = await lintLandscape(ENTRY, memoryHost(files), { cache, today: TODAY });
    const service = serviceOf(() => current);
    const last = new Map<string, { resultId: string; data: number[] }>();
    for (const path of [ENTRY, FRAGMENT]) {
      const t = await service.semanticTokens(uri(path));
      last.set(path, { resultId: t.resultId!, data: t.data });
    }
    const done = new Map<string, number>();
    for (let step = 0; step < 400; step++) {
      const edit = randomEdit(files, rnd);
      if (!edit) continue;
      const { name } = edit;
      done.set(name, (done.get(name) ?? 0) + 1);
      current = await lintLandscape(ENTRY, memoryHost(files), { cache, today: TODAY });
      const expected = await fresh(files);
      for (const p of [ENTRY, FRAGMENT]) {
        const what = `step ${step} (${name} in ${p})`;
        // Every other step a delta from the last answer, else a full answer.
        const before = last.get(p)!;
        const answer = step % 2 ? await service.semanticTokensDelta(uri(p), before.resultId) : await service.semanticTokens(uri(p));
        const tokens = applied(before.data, answer);
        last.set(p, { resultId: answer.resultId!, data: tokens });
        assert.deepEqual(tokens, expected[p].tokens, `${what}: tokens`);
        assert.deepEqual(await service.codeLenses(uri(p)), expected[p].lenses, `${what}: lenses`);
        assert.deepEqual(await service.documentSymbols(uri(p)), expected[p].symbols, `${what}: symbols`);
      }
    }
    // Every kind of edit was tried, several times.
    for (const name of Object.keys(EDITS)) assert.ok((done.get(name) ?? 0) >= 2, `${name}: ${done.get(name) ?? 0} times`);
  });

  it('an id typed walks that entity only; a comment line walks none; the lenses and symbols before the edit are those answered before', async () => {
    const files = twoFiles(60);
    const cache = new ParseCache();
    let current: LintResult | undefined = await lintLandscape(ENTRY, memoryHost(files), { cache, today: TODAY });
    const service = serviceOf(() => current);
    // The entry's lenses first, as fresh() asks: lenses name their files by number in the order asked.
    await service.codeLenses(uri(ENTRY));
    const first = await countWork(() => answersOf(service, FRAGMENT));
    const systems = first.result.lenses.length;
    assert.equal(systems, 60);
    assert.ok(first.counts.get('tokens:entity-walk')! >= systems, 'every entity walked once at first');
    // Each edit on top of the one before.
    const typed = files[FRAGMENT].replace('  - id: sys-30\n', '  - id: sys-30x\n');
    const at = typed.indexOf('  - id: sys-30x\n');
    assert.ok(at > 0);
    const commented = `${typed.slice(0, at)}  # a new line\n${typed.slice(at)}`;
    const trailing = commented.replace('  - id: sys-30x\n', '  - id: sys-30x # the one\n');
    // The same mode, quoted: the entity reads the same and is kept, but its `mode:` node is another one.
    const quoted = trailing.replace(/(id: sys-30x # the one\n(?: {4}.*\n)*? {4}mode: )mode1\n/, '$1"mode1"\n');
    assert.notEqual(quoted, trailing);
    const edits: [string, string, number][] = [
      ['id typed', typed, 1],
      ['comment line', commented, 0],
      ['trailing comment', trailing, 0],
      ['mode quoted', quoted, 1],
    ];
    let before = first.result;
    for (const [name, text, walks] of edits) {
      current = await lintLandscape(ENTRY, memoryHost({ ...files, [FRAGMENT]: text }), { cache, today: TODAY });
      const now = await countWork(() => answersOf(service, FRAGMENT));
      assert.equal(now.counts.get('tokens:entity-walk') ?? 0, walks, `${name}: entities walked`);
      assert.deepEqual(now.result, (await fresh({ ...files, [FRAGMENT]: text }))[FRAGMENT], `${name}: the answers of a fresh service`);
      // sys-0 … sys-29 come before the edit: their lens and symbol objects are kept.
      for (let k = 0; k < 30; k++) assert.equal(now.result.lenses[k], before.lenses[k], `${name}: lens ${k} kept`);
      const systemsOf = (a: Answers): DocumentSymbol[] => a.symbols.find((s) => s.name === 'systems')!.children!;
      for (let k = 0; k < 30; k++) assert.equal(systemsOf(now.result)[k], systemsOf(before)[k], `${name}: symbol ${k} kept`);
      before = now.result;
    }
  });
});
