/**
 * The did-you-mean index (src/core/util/did-you-mean.ts) answers "every word within
 * Levenshtein distance 2, nearest first, then in string order" without scanning the words.
 * Checked here on chosen cases and, with fast-check, against the plain scan on random word
 * lists: through the index, through the plain scans it starts with, and with a tiny long-word
 * limit so the long-word path is exercised too. The banded `levenshtein` it verifies with is
 * checked against the textbook table.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { DidYouMean, didYouMeanFor, LONG_WORD, MAX_SUGGESTIONS } from '../../../src/core/util/did-you-mean';
import { fixesOf } from '../../../src/core/index';
import { levenshtein } from '../../../src/core/util/levenshtein';
import { countWork } from '../../../src/core/util/work-counter';
import { lintSnippet } from '../../helpers/lint-snippet';

/** Levenshtein distance as the textbook defines it: the whole table, UTF-16 code units. */
function plainDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** The oracle: scan every distinct word, keep distance ≤ 2, sort by (distance, word as `<`). */
function plainNear(words: string[], q: string): string[] {
  return [...new Set(words)]
    .map((w) => ({ w, d: plainDistance(q, w) }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d || (a.w < b.w ? -1 : a.w > b.w ? 1 : 0))
    .map((x) => x.w);
}

/** Both ways of answering: the plain scans a fresh index starts with, and the index itself. */
function both(words: string[], longWord?: number): [string, DidYouMean][] {
  return [
    ['scan', new DidYouMean(words, { longWord, scanBudget: Infinity })],
    ['index', new DidYouMean(words, { longWord, scanBudget: 0 })],
  ];
}

describe('did-you-mean index', () => {
  it('answers every word within distance 2, nearest first, then in string order', () => {
    const words = ['order-events', 'order-event', 'orders-events', 'order-evnts', 'Order-events', 'payments', 'order-evets', 'ordr-evnts'];
    for (const [how, idx] of both(words)) {
      assert.deepEqual(idx.near('order-events'), ['order-events', 'Order-events', 'order-event', 'order-evets', 'order-evnts', 'orders-events', 'ordr-evnts'], how);
      assert.deepEqual(idx.suggest('order-events'), ['Order-events', 'order-event', 'order-evets', 'order-evnts', 'orders-events', 'ordr-evnts'], how);
      assert.equal(idx.nearest('order-evnts'), 'order-events', how); // distance 1, like 'order-evets' and 'ordr-evnts', and first in string order
      assert.deepEqual(idx.near('payment'), ['payments'], how);
      assert.deepEqual(idx.near('xyz'), [], how);
      assert.equal(idx.nearest('xyz'), undefined, how);
    }
  });

  it('keeps string order as `<` (code units: upper case, digits and accents)', () => {
    const words = ['ab', 'aB', 'Ab', 'a1', 'aé', 'a_'];
    for (const [how, idx] of both(words)) assert.deepEqual(idx.suggest('aa'), ['a1', 'aB', 'a_', 'ab', 'aé', 'Ab'], how);
  });

  it('duplicates in the word list are answered once', () => {
    for (const [how, idx] of both(['api-1', 'api-2', 'api-1', 'api-1', 'api-2'])) assert.deepEqual(idx.near('api-3'), ['api-1', 'api-2'], how);
  });

  it('empty words and empty queries', () => {
    for (const [how, idx] of both(['', 'a', 'ab', 'abc'])) {
      assert.deepEqual(idx.near(''), ['', 'a', 'ab'], how);
      assert.deepEqual(idx.suggest(''), ['a', 'ab'], how);
      assert.deepEqual(idx.near('xy'), ['', 'a', 'ab'], how);
      assert.deepEqual(idx.near('abcd'), ['abc', 'ab'], how);
    }
    for (const [how, idx] of both([])) assert.deepEqual(idx.near('a'), [], how);
  });

  it('unicode: distances in UTF-16 code units, as the plain scan counts them', () => {
    const words = ['café', 'cafe', 'naïve', 'smile-😀', 'smile-😃', '日本語'];
    for (const [how, idx] of both(words)) {
      assert.deepEqual(idx.near('cafè'), ['cafe', 'café'], how);
      assert.deepEqual(idx.suggest('smile-😀'), ['smile-😃'], how); // one code unit apart
      assert.deepEqual(idx.near('日本'), ['日本語'], how);
      assert.deepEqual(idx.near('naive'), ['naïve'], how);
    }
  });

  it('caps suggestions at MAX_SUGGESTIONS, the nearest ones', () => {
    const words = Array.from({ length: 1000 }, (_, i) => `sys-${i}`);
    for (const [how, idx] of both(words)) {
      const all = idx.near('sys-12');
      assert.ok(all.length > 100, how);
      assert.deepEqual(idx.suggest('sys-12'), all.filter((w) => w !== 'sys-12').slice(0, MAX_SUGGESTIONS), how);
      assert.deepEqual(idx.suggest('sys-12', 3), ['sys-1', 'sys-10', 'sys-102'], how);
    }
  });

  it('long words: exact answers past the hashing limit, and a 10 MB id is neither slow nor an error', () => {
    const long = 'x'.repeat(LONG_WORD - 1);
    const words = [`${long}a`, `${long}ab`, `${long}abc`, `${long}abcd`, `${long}abcde`, 'short'];
    for (const [how, idx] of both(words)) {
      assert.deepEqual(idx.near(`${long}abc`), [`${long}abc`, `${long}ab`, `${long}abcd`, `${long}a`, `${long}abcde`], how);
      assert.deepEqual(idx.near(`${long}`), [`${long}a`, `${long}ab`], how);
      assert.deepEqual(idx.near('shrt'), ['short'], how);
    }
    const huge = 'y'.repeat(10_000_000);
    const hugeTypo = `${huge.slice(0, 5_000_000)}z${huge.slice(5_000_001)}`;
    const words2 = [huge, 'short', `${huge}y`, `${huge}yyy`];
    for (const [how, idx] of both(words2)) {
      const t = Date.now();
      assert.deepEqual(idx.near(hugeTypo), [huge, `${huge}y`], how);
      assert.deepEqual(idx.near('shorts'), ['short'], how);
      assert.deepEqual(idx.near(huge.slice(1)), [huge, `${huge}y`], how);
      // Generous: a quadratic path would take hours; the banded check takes well under a second.
      assert.ok(Date.now() - t < 15_000, `${how}: ${Date.now() - t} ms`);
    }
  });

  it('a query meets only the words sharing a deletion with it, not all words', async () => {
    const words = Array.from({ length: 5000 }, (_, i) => `service-${(i * 7919) % 100_000}`);
    const idx = new DidYouMean(words, { scanBudget: 0 });
    const { counts } = await countWork(() => idx.suggest('servcie-4242'));
    assert.ok((counts.get('did-you-mean:verify') ?? 0) < 200, `verified ${counts.get('did-you-mean:verify')}`);
    assert.ok((counts.get('did-you-mean:probe') ?? 0) > 0);
    assert.equal(counts.get('did-you-mean:scan'), undefined);
  });

  it('scans first, and builds the index once scanning would have cost as much', async () => {
    const words = Array.from({ length: 200 }, (_, i) => `inventory-${i}`);
    const idx = new DidYouMean(words);
    const first = await countWork(() => idx.suggest('inventory-7x'));
    assert.equal(first.counts.get('did-you-mean:scan'), 200);
    assert.equal(first.counts.get('did-you-mean:probe'), undefined);
    const many = await countWork(() => {
      for (let i = 0; i < 100; i++) idx.suggest(`inventory-${i}x`);
    });
    // Words of 11–13 characters: at most 79 pairs each, 15,800 in all; scans may cost a quarter
    // of that at 8 pairs a word scanned (~494 words), so at most two more scans of 200 words.
    assert.ok((many.counts.get('did-you-mean:scan') ?? 0) <= 2 * 200, `scanned ${many.counts.get('did-you-mean:scan')}`);
    assert.ok((many.counts.get('did-you-mean:probe') ?? 0) > 0);
  });

  describe('property: the same answers as the plain scan', () => {
    const alphabet = ['a', 'b', 's', 'y', '-', '1', '2', 'é', '😀'];
    const wordArb = fc.oneof(
      fc.array(fc.constantFrom(...alphabet), { maxLength: 3 }).map((cs) => cs.join('')),
      fc.array(fc.constantFrom(...alphabet), { maxLength: 9 }).map((cs) => cs.join('')),
      fc.nat(150).map((i) => `sys-${i}`),
      fc.nat(150).map((i) => `sys-12${i}`),
    );
    /** A query: a random word, or a word of the list with a few random edits. */
    const queryArb = (words: string[]): fc.Arbitrary<string> =>
      fc.oneof(
        wordArb,
        fc
          .record({
            base: words.length ? fc.constantFrom(...words) : fc.constant(''),
            edits: fc.array(fc.record({ at: fc.nat(), op: fc.nat(2), c: fc.constantFrom(...alphabet, 'x') }), { maxLength: 3 }),
          })
          .map(({ base, edits }) => {
            let s = base;
            for (const e of edits) {
              const i = s.length ? e.at % (s.length + (e.op === 0 ? 1 : 0)) : 0;
              s = e.op === 0 ? s.slice(0, i) + e.c + s.slice(i) : e.op === 1 ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + e.c + s.slice(i + 1);
            }
            return s;
          }),
      );
    const caseArb = fc
      .array(wordArb, { maxLength: 60 })
      .chain((words) => fc.record({ words: fc.constant(words), queries: fc.array(queryArb(words), { minLength: 1, maxLength: 8 }), longWord: fc.constantFrom(LONG_WORD, 3, 6) }));

    it('near and suggest, through the index and through scans, with long-word limits 3, 6 and 64', () => {
      fc.assert(
        fc.property(caseArb, ({ words, queries, longWord }) => {
          for (const [how, idx] of both(words, longWord)) {
            for (const q of queries) {
              const want = plainNear(words, q);
              assert.deepEqual(idx.near(q), want, `${how} near(${JSON.stringify(q)})`);
              assert.deepEqual(idx.suggest(q), want.filter((w) => w !== q).slice(0, MAX_SUGGESTIONS), `${how} suggest(${JSON.stringify(q)})`);
            }
          }
        }),
        { numRuns: 400 },
      );
    });

    it('suggest among hundreds of near words (numbered ids): the first ten, whichever probe met them', () => {
      // Dense word lists, where most queries have more than MAX_SUGGESTIONS words within 2 and
      // the index checks the far ones in string order, stopping once none can rank higher.
      const numbered = fc.array(fc.tuple(fc.nat(60), fc.nat(3)).map(([i, j]) => `api-${i}-${j}`), { minLength: 30, maxLength: 300 });
      fc.assert(
        fc.property(numbered.chain((words) => fc.record({ words: fc.constant(words), queries: fc.array(queryArb(words), { minLength: 1, maxLength: 8 }) })), ({ words, queries }) => {
          for (const [how, idx] of both(words)) {
            for (const q of queries) {
              const want = plainNear(words, q).filter((w) => w !== q);
              assert.deepEqual(idx.suggest(q), want.slice(0, MAX_SUGGESTIONS), `${how} suggest(${JSON.stringify(q)})`);
              assert.deepEqual(idx.suggest(q, 3), want.slice(0, 3), `${how} suggest(${JSON.stringify(q)}, 3)`);
            }
          }
        }),
        { numRuns: 300 },
      );
    });

    it('suggestAll: the answers of suggest, whichever way it takes (words streamed past the queries, or one by one)', () => {
      const numbered = fc.array(fc.tuple(fc.nat(60), fc.nat(3)).map(([i, j]) => `api-${i}-${j}`), { minLength: 30, maxLength: 300 });
      const cases = fc.oneof(caseArb, numbered.chain((words) => fc.record({ words: fc.constant(words), queries: fc.array(queryArb(words), { minLength: 1, maxLength: 8 }), longWord: fc.constant(LONG_WORD) })));
      fc.assert(
        fc.property(cases, fc.constantFrom(1, 3, MAX_SUGGESTIONS), ({ words, queries, longWord }, limit) => {
          const want = new Map(queries.map((q) => [q, plainNear(words, q).filter((w) => w !== q).slice(0, limit)]));
          for (const scanBudget of [0, Infinity]) {
            const idx = new DidYouMean(words, { longWord, scanBudget });
            assert.deepEqual(idx.suggestAll(queries, limit), want, `scanBudget ${scanBudget}`);
            // Answered again from what it remembers, and the same as one by one.
            assert.deepEqual(idx.suggestAll([...queries].reverse(), limit), new Map([...want].reverse()));
            for (const q of queries) assert.deepEqual(idx.suggest(q, limit), want.get(q));
          }
        }),
        { numRuns: 400 },
      );
    });

    it('suggestAll of 200 typos among 13,333 numbered ids streams the ids once and builds no index of them', async () => {
      const words = Array.from({ length: 13_333 }, (_, i) => `api-${i % 1000}-${Math.floor(i / 1000)}`);
      const queries = Array.from({ length: 200 }, (_, i) => `ap-${(i * 37) % 1000}-${i % 13}`);
      const idx = new DidYouMean(words);
      const { result, counts } = await countWork(() => idx.suggestAll(queries));
      for (const q of queries.slice(0, 5)) assert.deepEqual(result.get(q), plainNear(words, q).slice(0, MAX_SUGGESTIONS));
      assert.equal(counts.get('did-you-mean:stream'), words.length);
      // No probe of a words' index: that index (~730,000 pairs) is never made.
      assert.equal(counts.get('did-you-mean:probe'), undefined);
      // Checked in string order and passed over once a query's ten are better: ~66 a query (all the ~280 met, checked, were ~56,000).
      assert.ok((counts.get('did-you-mean:verify') ?? 0) <= 200 * 100, `verified ${counts.get('did-you-mean:verify')}`);
    });

    it('a query among hundreds of near ids checks a few dozen, not all of them', async () => {
      const words = Array.from({ length: 13_333 }, (_, i) => `api-${i % 1000}-${Math.floor(i / 1000)}`);
      const idx = new DidYouMean(words, { scanBudget: 0 });
      // 'api-9311-0' has 269 candidates from the index's probes, most of them within distance 2.
      const { result, counts } = await countWork(() => idx.suggest('api-9311-0'));
      assert.deepEqual(result, plainNear(words, 'api-9311-0').slice(0, MAX_SUGGESTIONS));
      assert.ok((counts.get('did-you-mean:verify') ?? 0) <= 80, `verified ${counts.get('did-you-mean:verify')}`);
    });

    it('bounded levenshtein is min(distance, max) for every bound', () => {
      const s = fc.array(fc.constantFrom('a', 'b', 'c', '😀'), { maxLength: 12 }).map((cs) => cs.join(''));
      fc.assert(
        fc.property(s, s, fc.constantFrom(0, 1, 2, 3, 4, 5, 8, Infinity), (a, b, max) => {
          assert.equal(levenshtein(a, b, max), Math.min(plainDistance(a, b), max));
        }),
        { numRuns: 3000 },
      );
    });
  });

  describe('one policy for every suggestion in the product', () => {
    it('schema keys: the nearest allowed key within distance 2', async () => {
      const r = await lintSnippet('owners: [{ id: t, type: team }]\nsystems:\n  - { id: a, mode: mode1, ownr: t, lifecyle: active, xyzzy: 1 }\n');
      assert.deepEqual(
        r.findings.filter((f) => f.rule === 'core/unknown-property').map((f) => f.message),
        ["Unknown property 'ownr' on system 'a'; did you mean 'owner'?", "Unknown property 'lifecyle' on system 'a'; did you mean 'lifecycle'?", "Unknown property 'xyzzy' on system 'a'; it is ignored."],
      );
    });

    it('rule names: the nearest rule id within distance 2 (three edits away is no suggestion)', async () => {
      const r = await lintSnippet('lint:\n  rules:\n    no-dangling-refrence: warn\n    no-orphan-sys: warn\n    max-fan-ot: warn\n');
      assert.deepEqual(
        r.findings.filter((f) => f.rule === 'core/invalid-config').map((f) => f.message),
        ["lint: unknown rule 'no-dangling-refrence'; did you mean 'no-dangling-reference'?", "lint: unknown rule 'no-orphan-sys'.", "lint: unknown rule 'max-fan-ot'; did you mean 'max-fan-out'?"],
      );
    });

    it('presets, rule options and suppressed rules: the nearest within distance 2, none further', async () => {
      const config = async (lint: string): Promise<string[]> => (await lintSnippet(lint)).findings.filter((f) => f.rule === 'core/invalid-config').map((f) => f.message);
      assert.deepEqual(await config('lint: { extends: recomended }\n'), ["Unknown preset 'recomended': use recommended, strict, none or a path to a ruleset file (.yaml); did you mean 'recommended'?"]);
      assert.deepEqual(await config('lint: { extends: lenient }\n'), ["Unknown preset 'lenient': use recommended, strict, none or a path to a ruleset file (.yaml)."]);
      assert.deepEqual(await config('lint: { rules: { max-fan-out: [warn, { mx: 3 }] } }\n'), ["lint: max-fan-out: unknown option 'mx' (allowed: max, ignoreModes); did you mean 'max'?"]);
      assert.deepEqual(await config('lint: { rules: { max-fan-out: [warn, { limit: 3 }] } }\n'), ["lint: max-fan-out: unknown option 'limit' (allowed: max, ignoreModes)."]);
      const r = await lintSnippet('owners: [{ id: t, type: team }]\nsystems:\n  - { id: a, mode: mode2, owner: t, suppress: [{ rule: no-shadw-it, reason: x }, { rule: no-such-thing, reason: y }] }\n');
      assert.deepEqual(r.findings.filter((f) => f.rule === 'core/unused-suppression').map((f) => f.message), [
        "Suppression of unknown rule 'no-shadw-it' on 'a' has no effect; did you mean 'no-shadow-it'?",
        "Suppression of unknown rule 'no-such-thing' on 'a' has no effect.",
      ]);
    });

    it('references: the nearest in the message, at most MAX_SUGGESTIONS candidates and fixes', async () => {
      const systems = Array.from({ length: 200 }, (_, i) => `  - { id: sys-${i}, mode: mode1, owner: t }\n`).join('');
      const r = await lintSnippet(`owners: [{ id: t, type: team }]\nsystems:\n${systems}  - { id: app, mode: mode2, owner: t, dependsOn: [sys-1x] }\n`);
      const [f] = r.findings.filter((x) => x.rule === 'no-dangling-reference');
      assert.equal(f.message, "dependsOn of system 'app' refers to unknown system 'sys-1x'. Did you mean 'sys-1'?");
      const all = new DidYouMean(Array.from({ length: 200 }, (_, i) => `sys-${i}`)).near('sys-1x');
      assert.ok(all.length > MAX_SUGGESTIONS);
      assert.deepEqual((f.data as { candidates: string[] }).candidates, all.slice(0, MAX_SUGGESTIONS));
      assert.deepEqual(fixesOf(r, f).map((x) => x.title), all.slice(0, MAX_SUGGESTIONS).map((c) => `Change to '${c}'`));
    });
  });
});

describe('did-you-mean index kept across lints', () => {
  it('is reused while a slot asks for an equal list, and made again when the list changes', () => {
    const a = didYouMeanFor('test:kept', ['order-api', 'order-events']);
    assert.equal(didYouMeanFor('test:kept', ['order-api', 'order-events']), a, 'an equal list (another array) reuses the index');
    const b = didYouMeanFor('test:kept', ['order-api', 'order-events', 'order-apis']);
    assert.notEqual(b, a);
    assert.deepEqual(b.suggest('order-ap'), ['order-api', 'order-apis']);
    assert.notEqual(didYouMeanFor('test:other', ['order-api', 'order-events', 'order-apis']), b, 'slots are separate');
  });
});
