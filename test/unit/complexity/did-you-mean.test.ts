/**
 * Complexity of did-you-mean (issue "scale without cliffs"): no-dangling-reference compared
 * every unresolved reference with every id of the expected kind (Levenshtein), so a landscape
 * with many typos was quadratic (> 60 s at 10,000 systems). It now asks one did-you-mean index
 * per kind, with all of a lint's unknown ids at once (fewer than the ids: an index of them, the
 * ids streamed past it): the candidates it verifies ('did-you-mean:verify') and the ids streamed
 * ('did-you-mean:stream') must grow at most n log n (the scans' and the word index's own bounds
 * are unit tests in test/unit/core/did-you-mean.test.ts). (Checked to fail on the old scan with a 'did-you-mean:verify'
 * tally per Levenshtein call: 109,800 → 1,317,870, 12× where n log n allows 7.3×.)
 */
import * as assert from 'node:assert/strict';
import { shape, shapeUnder } from '../../../bench/shapes';
import { fixesOf, lintLandscape, memoryHost } from '../../../src/core/index';
import { assertNearLinear } from '../../helpers/complexity';

/** bench/shapes.ts 'typos': n systems and n APIs; every third system consumes a typo of an API id. */
async function lintTypos(n: number): Promise<void> {
  const { entry, files } = shapeUnder('/ws', shape('typos').build(n));
  const r = await lintLandscape(entry, memoryHost(files), { today: '2026-02-01' });
  const dangling = r.findings.filter((f) => f.rule === 'no-dangling-reference');
  // The shape is what it says: n/3 typos (some happen to be another API id), nearly all with a suggestion, each with at most 10.
  assert.ok(dangling.length >= n / 5, `${dangling.length} dangling references at ${n}`);
  assert.ok(dangling.filter((f) => f.message.includes('Did you mean')).length >= dangling.length * 0.9);
  assert.ok(dangling.every((f) => (f.data as { candidates: string[] }).candidates.length <= 10 && fixesOf(r, f).length <= 10));
}

describe('complexity: did-you-mean', () => {
  it('n/3 references that are typos of existing API ids: the suggestion work grows near-linearly', async () => {
    await assertNearLinear(['did-you-mean:verify', 'did-you-mean:stream'], lintTypos, [600, 2400]);
  });
});
