/**
 * Semantic tokens kept across keystrokes (src/language-service/file-tokens.ts): a lint that
 * keeps every entity (a comment, a description, spacing) gives the tokens again from the nodes'
 * new offsets without walking any entity's references (counted: 'tokens:entity-walk'), and they
 * are exactly the tokens a fresh service gives for the edited text; an edit that changes an
 * entity walks that entity again (random edits: kept-per-entity.test.ts).
 */
import { strict as assert } from 'node:assert';
import { lintLandscape, memoryHost, ParseCache, type LintResult } from '../../../src/core/index';
import { countWork } from '../../../src/core/util/work-counter';
import { LanguageService } from '../../../src/language-service/index';
import { generateLandscape } from '../../../bench/generate';

const PATH = '/ws/landscape.yaml';
const URI = `file://${PATH}`;

function serviceOf(current: () => LintResult | undefined): LanguageService {
  return new LanguageService({ results: { resultFor: () => Promise.resolve(current()), results: () => (current() ? [current()!] : []), current: () => Promise.resolve(current()) } });
}

async function freshTokens(text: string): Promise<number[]> {
  const result = await lintLandscape(PATH, memoryHost({ [PATH]: text }), { today: '2025-10-01' });
  return (await serviceOf(() => result).semanticTokens(URI)).data;
}

describe('semantic tokens kept while the entities are', () => {
  const text = generateLandscape(60);
  const at = text.indexOf('  - id: sys-30\n');

  it('a comment line or a comment after a value: the same tokens at the new offsets, with no walk over the references', async () => {
    assert.ok(at > 0);
    const cache = new ParseCache();
    let current: LintResult | undefined = await lintLandscape(PATH, memoryHost({ [PATH]: text }), { cache, today: '2025-10-01' });
    const service = serviceOf(() => current);
    const first = await countWork(() => service.semanticTokens(URI));
    assert.ok(first.counts.get('tokens:entity-walk')! > 60, 'every entity walked at first');
    assert.ok(first.result.data.length > 500, `${first.result.data.length / 5} tokens`);
    const edits = [
      `${text.slice(0, at)}  # a new line that moves every token below by one line\n${text.slice(at)}`,
      text.replace('  - id: sys-30\n', '  - id: sys-30 # commented\n'),
      text.replace('  - id: sys-30\n', '  - id:    sys-30\n'),
    ];
    for (const edited of edits) {
      current = await lintLandscape(PATH, memoryHost({ [PATH]: edited }), { cache, today: '2025-10-01' });
      const { result, counts } = await countWork(() => service.semanticTokens(URI));
      assert.equal(counts.get('tokens:entity-walk'), undefined, 'no walk');
      assert.deepEqual(result.data, await freshTokens(edited));
    }
  });

  it('an id typed: that entity\'s tokens are found again, and all are those of a fresh service', async () => {
    const cache = new ParseCache();
    let current: LintResult | undefined = await lintLandscape(PATH, memoryHost({ [PATH]: text }), { cache, today: '2025-10-01' });
    const service = serviceOf(() => current);
    await service.semanticTokens(URI);
    const edited = text.replace('  - id: sys-30\n', '  - id: sys-30x\n');
    current = await lintLandscape(PATH, memoryHost({ [PATH]: edited }), { cache, today: '2025-10-01' });
    const { result, counts } = await countWork(() => service.semanticTokens(URI));
    assert.equal(counts.get('tokens:entity-walk'), 1);
    assert.deepEqual(result.data, await freshTokens(edited));
  });
});
