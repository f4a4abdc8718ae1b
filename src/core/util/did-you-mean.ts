/**
 * "Did you mean …?" for the whole product: one policy and one index. Its users: unknown
 * references (`no-dangling-reference`: the message, `data.candidates`, the quick fixes), unknown
 * keys (schema), unknown rule ids (`lint.rules`, rulesets, `landscape.rules`), presets
 * (`extends`), rule options and suppressed rules (config, suppressions), and the CLI's
 * commands, options and option values (src/cli/args.ts, through the core's index).
 *
 * Policy (SPEC §3.3.2 states it for references; everything else follows it): a suggestion is a
 * word within Levenshtein distance 2 (UTF-16 code units, case-sensitive), nearest first, ties
 * in string order (`<`, code units); at most MAX_SUGGESTIONS are kept, so an id like `sys-12`
 * with hundreds of near ids does not make hundreds of quick fixes. A message names only the
 * first (`nearest`), as "; did you mean 'x'?" (a reference's message: " Did you mean 'x'?");
 * with none near, the message says nothing more. The CLI leaves its one-letter options out of
 * the words (every letter is one edit from every other).
 *
 * Index (symmetric deletion): two words are within distance 2 exactly when deleting at most
 * 2 characters from each can make them equal. So every word is stored under the hashes of
 * itself with 0, 1 and 2 characters deleted, and a query probes the hashes of its own
 * deletions: it only meets words that share a deletion with it, never scans the list. The
 * hashes are 32-bit polynomial hashes computed from prefix hashes and powers (no substring is
 * allocated), kept with the word's number in a hash table of typed arrays (16 bytes per pair
 * with its chain and bucket). A collision only adds a candidate: every candidate is verified
 * with the bounded `levenshtein`, so answers are exact.
 *
 * Cost: build O(Σ len²) time and O(Σ len²) memory (a 20-character id has ≤ 211
 * deletions, 3.4 kB of keys; a 64-character one ≤ 2,081, 33 kB); query O(len²) probes plus
 * the candidates met, each verified in O(len). Built lazily, and only once plain scans would have cost a quarter of the
 * build (ski rental): a lint with a handful of unknown ids scans, one with hundreds indexes,
 * and the scans before the build together cost at most a quarter of the build.
 *
 * Many queries at once (a lint's unknown references: `suggestAll`), before any index, index the
 * queries instead and stream the words past them: see there.
 *
 * Long words: a word longer than LONG_WORD (64) characters would cost O(len²) pairs (a 10 MB
 * id: 5·10¹³), so it is not hashed. Long words are kept sorted by length instead, and a query
 * compares itself with the long words whose length is within 2 of its own (the only ones that
 * can be near), each with the banded, early-exiting `levenshtein`. Answers stay exact; the cost
 * of that path is linear in the number of long words of nearly the same length, which real
 * landscapes do not have in numbers. A long query (over LONG_WORD + 2) probes no hashes at
 * all: no short word can be within 2 of it.
 *
 * Work is counted for the complexity tests: 'did-you-mean:probe' per hash looked up,
 * 'did-you-mean:verify' per candidate compared with the query, 'did-you-mean:scan' per word a
 * plain scan looks at.
 */
import { levenshtein } from './levenshtein';
import { tally } from './work-counter';

/** The largest edit distance a suggestion may have. */
const SUGGESTION_DISTANCE = 2;
/** The most suggestions kept for one word (a finding's candidates and its quick fixes). */
export const MAX_SUGGESTIONS = 10;
/** Answers an index remembers before it starts over (see `suggest`). */
const MAX_ANSWERS = 50_000;
/** Words longer than this are not hashed (see above). */
export const LONG_WORD = 64;

/**
 * A word looked at by a plain scan costs about as much as this many pairs of the index
 * built (measured in a cold process, as the CLI runs, on 13,333 ids like 'api-931-0': ~1.4–2.3
 * µs a word scanned, its Levenshtein check included; ~0.2 µs a pair hashed into the table).
 */
const SCAN_COST = 8;
/**
 * Scans may cost this fraction of the build before it is made: a quarter keeps the worst case
 * (many queries) at 1.25 builds instead of 2, and a handful of queries still never build.
 */
const SCAN_SHARE = 4;

const BASE = 0x01000193; // odd, so multiplying by it is a bijection mod 2³²

export class DidYouMean {
  /** The distinct words, in first-occurrence order; a word's number is its index here. */
  private readonly words: string[] = [];
  /** Numbers of the long words, by length. */
  private readonly long: number[] = [];
  /** (hash, word) pairs the index holds: its build cost. */
  private readonly pairs: number = 0;
  /** Words the plain scans may still look at before building the index pays. */
  private scanBudget: number;
  private index?: DeletionIndex;
  /** The words in string order (made with the index: only queries through it need it). */
  private order?: WordOrder;
  /** Suggestions already answered, by limit and query. */
  private readonly answers = new Map<string, string[]>();

  private readonly longWord: number;

  /**
   * `options` are for tests: `longWord` moves the long-word limit, `scanBudget: 0` builds the
   * index on the first query.
   */
  constructor(words: Iterable<string>, options: { longWord?: number; scanBudget?: number } = {}) {
    const longWord = (this.longWord = options.longWord ?? LONG_WORD);
    const seen = new Set<string>();
    for (const w of words) {
      if (seen.has(w)) continue;
      seen.add(w);
      const number = this.words.push(w) - 1;
      if (w.length > longWord) this.long.push(number);
      else this.pairs += 1 + w.length + (w.length * (w.length - 1)) / 2;
    }
    this.long.sort((a, b) => this.words[a].length - this.words[b].length);
    this.scanBudget = options.scanBudget ?? this.pairs / SCAN_COST / SCAN_SHARE;
  }

  /** Every word within distance 2 of `q` (itself included when it is one), nearest first, then by word. */
  near(q: string): string[] {
    return this.within(q, new AllNear()).map((c) => c.word);
  }

  /**
   * The suggestions for `q`, a word that did not match: the words within distance 1–2 in the
   * product's order, at most `limit` of them.
   */
  suggest(q: string, limit = MAX_SUGGESTIONS): string[] {
    // The same unknown ids come back on every lint of an edited file (the index is kept across
    // lints by didYouMeanFor): answered once. Bounded, so a stream of distinct typos cannot grow it.
    const key = `${limit}\0${q}`;
    const known = this.answers.get(key);
    if (known) return known.slice();
    const out = this.within(q, new BestNear(limit)).map((c) => c.word);
    if (this.answers.size >= MAX_ANSWERS) this.answers.clear();
    this.answers.set(key, out);
    return out.slice();
  }

  /** The nearest suggestion for `q`, if any. */
  nearest(q: string): string | undefined {
    return this.suggest(q, 1)[0];
  }

  /**
   * The words within distance 2 of `q` that `out` keeps, in order. When `out` keeps at most
   * `limit` words, the words at distance 1 are looked for first (through the 0/1-deletion keys
   * only, a few dozen candidates): when there are `limit` of them, no word at distance 2 can
   * rank among the first `limit`, and the 2-deletion keys — which meet hundreds of candidates
   * among ids like 'api-931-0' — are skipped.
   */
  private within(q: string, out: NearWords): Near[] {
    const words = this.words;
    // Ski rental: a few queries (most lints have none, many have a handful) are cheaper as
    // plain scans than the index, whose build costs one step per pair. Scans stop once they
    // have cost a quarter of what the build would (a word scanned ≈ SCAN_COST pairs built), so
    // all of them together cost at most that: linear in the words, however many queries come.
    if (!this.index && this.scanBudget >= words.length) {
      this.scanBudget -= words.length;
      tally('did-you-mean:scan', words.length);
      for (const word of words) if (Math.abs(word.length - q.length) <= SUGGESTION_DISTANCE) verify(q, word, out);
      return out.result();
    }
    const index = (this.index ??= buildIndex(words, this.longWord));
    if (q.length <= this.longWord + SUGGESTION_DISTANCE) {
      const search = index.search(q);
      for (const number of search.candidates(1)) verify(q, words[number], out);
      if (out.fullAtOne() && this.long.length === 0) return out.result();
      const far = search.candidates(2);
      if (out.limit === undefined) for (const number of far) verify(q, words[number], out);
      else {
        // Every word within distance 1 is in `out` now, so the rest rank by word alone: met in
        // word order, they stop mattering once `out` is full of better ones (ids like
        // 'api-931-0' meet hundreds within distance 2, of which ten are kept: a few dozen are
        // checked instead of all).
        const order = (this.order ??= wordOrder(words));
        const ranks = new Int32Array(far.length);
        for (let i = 0; i < far.length; i++) ranks[i] = order.rank[far[i]];
        ranks.sort();
        for (let i = 0; i < ranks.length; i++) {
          const word = words[order.byRank[ranks[i]]];
          // Kept ones from the first probes may rank anywhere; no later word can beat the last.
          if (!out.mightKeep(word, SUGGESTION_DISTANCE)) break;
          verify(q, word, out);
        }
      }
    }
    this.nearLong(q, out);
    return out.result();
  }

  /** The long words (not hashed) within distance 2 of `q`, into `out`: those of nearly its length. */
  private nearLong(q: string, out: NearWords): void {
    if (this.long.length === 0 || q.length + SUGGESTION_DISTANCE <= this.longWord) return;
    const { words, long } = this;
    let lo = 0;
    let hi = long.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[long[mid]].length < q.length - SUGGESTION_DISTANCE) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < long.length && words[long[i]].length <= q.length + SUGGESTION_DISTANCE; i++) verify(q, words[long[i]], out);
  }

  /**
   * `suggest` for many words at once (a lint's unknown references), with the same answers.
   * Few, or with the index already built, they are answered one by one. Many, before any
   * index, the index is made of the queries instead of the words, and the words are streamed
   * past it in string order (`streamNear`): the queries' deletions are a small table, and each
   * word's deletions are hashed and looked up, never stored. That is the same O(Σ len²) hashing
   * as building the words' index, without writing its megabytes of fresh memory (a cold lint of
   * 10,000 systems with 227 unknown references, CPU profile: ~115 ms for its suggestions through
   * the words' index, ~45 ms this way).
   */
  suggestAll(queries: Iterable<string>, limit = MAX_SUGGESTIONS): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const todo: string[] = [];
    for (const q of queries) {
      if (out.has(q)) continue;
      const known = this.answers.get(`${limit}\0${q}`);
      out.set(q, known ? known.slice() : []);
      if (!known) todo.push(q);
    }
    let queryPairs = 0;
    for (const q of todo) if (q.length <= this.longWord + SUGGESTION_DISTANCE) queryPairs += 1 + q.length + (q.length * (q.length - 1)) / 2;
    const oneByOne = this.index !== undefined || this.scanBudget >= todo.length * this.words.length || queryPairs >= this.pairs;
    if (oneByOne) {
      for (const q of todo) out.set(q, this.suggest(q, limit));
      return out;
    }
    const found = todo.map(() => new BestNear(limit));
    streamNear(this.words, (this.order ??= wordOrder(this.words)), todo, found, this.longWord);
    todo.forEach((q, i) => {
      this.nearLong(q, found[i]);
      const answer = found[i].result().map((c) => c.word);
      if (this.answers.size >= MAX_ANSWERS) this.answers.clear();
      this.answers.set(`${limit}\0${q}`, answer);
      out.set(q, answer.slice());
    });
    return out;
  }
}

interface Near {
  word: string;
  distance: number;
}

function verify(q: string, word: string, out: NearWords): void {
  tally('did-you-mean:verify');
  const distance = levenshtein(q, word, SUGGESTION_DISTANCE + 1);
  if (distance <= SUGGESTION_DISTANCE) out.add(word, distance);
}

/** Whether (word a at distance da) comes before (b at db) in the product's order: nearest first, then by word (`<`, code units). */
function before(a: string, da: number, b: string, db: number): boolean {
  return da < db || (da === db && a < b);
}

/** Where `within` puts the words it finds near the query. */
interface NearWords {
  /** How many words it keeps (undefined: all). */
  readonly limit: number | undefined;
  add(word: string, distance: number): void;
  /** Enough words at distance 1 that none at distance 2 can be kept. */
  fullAtOne(): boolean;
  /** Whether a word at `distance` would be kept now (false: neither it nor a later word in string order at that distance or more). */
  mightKeep(word: string, distance: number): boolean;
  result(): Near[];
}

interface WordOrder {
  /** A word's place in string order (`<`, code units), by its number. */
  rank: Int32Array;
  /** The word number at each place. */
  byRank: Int32Array;
}

/** The words' string order: the default sort compares code units, as `<` does. */
function wordOrder(words: readonly string[]): WordOrder {
  const place = new Map<string, number>();
  words.slice().sort().forEach((w, i) => place.set(w, i));
  const rank = new Int32Array(words.length);
  const byRank = new Int32Array(words.length);
  for (let number = 0; number < words.length; number++) {
    const r = place.get(words[number])!;
    rank[number] = r;
    byRank[r] = number;
  }
  return { rank, byRank };
}

/** Every word found, sorted at the end (`near`). */
class AllNear implements NearWords {
  readonly limit = undefined;
  private readonly out: Near[] = [];
  mightKeep(): boolean {
    return true;
  }

  add(word: string, distance: number): void {
    this.out.push({ word, distance });
  }

  fullAtOne(): boolean {
    return false;
  }

  result(): Near[] {
    return this.out.sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  }
}

/**
 * The first `limit` words at distance 1–2 (a suggestion is never the word itself), kept sorted
 * as they come: a query like 'sys-1234' meets hundreds of words within distance 2 and keeps
 * ten, so sorting all of them was most of a cold lint's did-you-mean time.
 */
class BestNear implements NearWords {
  private readonly out: Near[] = [];
  private atOne = 0;
  constructor(readonly limit: number) {}

  mightKeep(word: string, distance: number): boolean {
    const last = this.out[this.out.length - 1];
    return this.out.length < this.limit || before(word, distance, last.word, last.distance);
  }

  add(word: string, distance: number): void {
    if (distance === 0 || this.limit <= 0) return;
    if (distance === 1) this.atOne++;
    const out = this.out;
    const last = out[out.length - 1];
    if (out.length === this.limit && !before(word, distance, last.word, last.distance)) return;
    let at = out.length;
    while (at > 0 && !before(out[at - 1].word, out[at - 1].distance, word, distance)) at--;
    out.splice(at, 0, { word, distance });
    if (out.length > this.limit) out.pop();
  }

  fullAtOne(): boolean {
    return this.atOne >= this.limit;
  }

  result(): Near[] {
    return this.out;
  }
}

interface DeletionIndex {
  /** One query's probes: each word is met once per query, over both calls. */
  search(q: string): {
    /**
     * Numbers of the words not met before that share a deletion hash with `q`, using deletions
     * of at most `deletions` characters on both sides: with 1, a superset of the words within
     * distance 1; with 2, of those within distance 2.
     */
    candidates(deletions: 1 | 2): number[];
  };
}

/**
 * The deletion index over the words no longer than `longWord`: the keys of words with 0 or 1
 * characters deleted apart from those with 2 deleted, so a search for distance 1 probes few.
 */
function buildIndex(words: string[], longWord: number): DeletionIndex {
  let near = 0;
  let far = 0;
  for (const w of words) {
    if (w.length > longWord) continue;
    near += 1 + w.length;
    far += (w.length * (w.length - 1)) / 2;
  }
  const nearKeys = new Keys(near);
  const farKeys = new Keys(far);
  for (let number = 0; number < words.length; number++) {
    if (words[number].length <= longWord) deletionHashes(words[number], nearKeys, farKeys, number);
  }
  const stamp = new Int32Array(words.length);
  let query = 0;
  return {
    search(q) {
      if (++query === 0x7fffffff) {
        stamp.fill(0);
        query = 1;
      }
      const mine = query;
      let probedNear: Uint32Array | undefined;
      const collect = (hashes: Uint32Array, sets: Keys[], out: number[]): void => {
        const meet = (number: number): void => {
          if (stamp[number] === mine) return;
          stamp[number] = mine;
          out.push(number);
        };
        for (const h of hashes) {
          tally('did-you-mean:probe');
          for (const set of sets) set.forEachWord(h, meet);
        }
      };
      return {
        candidates(deletions) {
          const out: number[] = [];
          if (deletions === 1) {
            probedNear = distinctDeletionHashes(q, 'upToOne');
            collect(probedNear, [nearKeys], out);
          } else {
            // What distance 1 probed meets new words only through the 2-deletion keys.
            collect(probedNear ?? distinctDeletionHashes(q, 'upToOne'), probedNear ? [farKeys] : [nearKeys, farKeys], out);
            collect(distinctDeletionHashes(q, 'two'), [nearKeys, farKeys], out);
          }
          return out;
        },
      };
    },
  };
}

/**
 * (hash, word number) pairs in a hash table: each pair is chained to the last pair whose hash
 * falls in the same bucket, so adding one is one scattered write and a lookup walks one short
 * chain. A radix sort of the pairs (four passes, each scattering every pair) took ~250 ms for
 * the ~1.5 million pairs of 27,000 ids in a cold CLI process: memory-bound, and a cold lint
 * with a few hundred unknown ids builds this once.
 */
class Keys implements HashSink {
  readonly hash: Uint32Array;
  readonly word: Int32Array;
  /** The pair chained before each pair (−1: none). */
  readonly next: Int32Array;
  /** The last pair added to each bucket (−1: none). */
  readonly head: Int32Array;
  readonly mask: number;
  private length = 0;

  /** `spread`: buckets per pair at least (more: a lookup of a hash not held finds an empty bucket more often). */
  constructor(capacity: number, spread = 1) {
    this.hash = new Uint32Array(capacity);
    this.word = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    let buckets = 16;
    while (buckets < capacity * spread) buckets *= 2;
    this.head = new Int32Array(buckets).fill(-1);
    this.mask = buckets - 1;
  }

  add(hash: number, word: number): void {
    const at = this.length++;
    const bucket = hash & this.mask;
    this.hash[at] = hash;
    this.word[at] = word;
    this.next[at] = this.head[bucket];
    this.head[bucket] = at;
  }

  /**
   * Calls `visit` with the word of every pair with hash `h` (a word with repeated letters has
   * equal deletions, "ss" less either 's', so it may come more than once).
   */
  forEachWord(h: number, visit: (word: number) => void): void {
    for (let at = this.head[h & this.mask]; at >= 0; at = this.next[at]) if (this.hash[at] === h) visit(this.word[at]);
  }
}

// Prefix hashes and powers, reused: words hashed here are at most LONG_WORD + 2 long in
// production, but a test may index with a larger limit, so they grow on demand.
let prefix = new Int32Array(128);
let power = new Int32Array(128);

/** Where `deletionHashes` puts the hashes of a word's deletions. */
interface HashSink {
  add(hash: number, word: number): void;
}

/**
 * Puts the hashes of `w` with 0 and 1 characters deleted into `upToOne`, and with 2 deleted
 * (every choice of positions) into `two`, each with `word`; a sink left out gets nothing.
 * Equal strings give equal hashes. O(len²), no allocation per deletion, no call per hash but
 * the sink's (building the index of 13,000 ids hashes ~600,000 deletions, in a cold process).
 */
function deletionHashes(w: string, upToOne: HashSink | undefined, two: HashSink | undefined, word: number): void {
  const L = w.length;
  if (prefix.length <= L) {
    prefix = new Int32Array(2 * L + 2);
    power = new Int32Array(2 * L + 2);
  }
  const H = prefix;
  const P = power;
  H[0] = 0;
  P[0] = 1;
  for (let i = 0; i < L; i++) {
    H[i + 1] = (Math.imul(H[i], BASE) + w.charCodeAt(i) + 1) | 0;
    P[i + 1] = Math.imul(P[i], BASE);
  }
  // hash(w[a..b)) = H[b] − H[a]·P[b − a]; hash(x + y) = hash(x)·P[|y|] + hash(y).
  if (upToOne) {
    upToOne.add(finish(H[L], L), word);
    for (let i = 0; i < L; i++) {
      const tail = (H[L] - Math.imul(H[i + 1], P[L - 1 - i])) | 0; // w[i+1..L)
      upToOne.add(finish((Math.imul(H[i], P[L - 1 - i]) + tail) | 0, L - 1), word);
    }
  }
  if (!two) return;
  for (let i = 0; i < L - 1; i++) {
    const head = Math.imul(H[i], P[L - 2 - i]); // w[0..i), shifted past everything after it
    for (let j = i + 1; j < L; j++) {
      const middle = (H[j] - Math.imul(H[i + 1], P[j - i - 1])) | 0; // w[i+1..j)
      const tail = (H[L] - Math.imul(H[j + 1], P[L - 1 - j])) | 0; // w[j+1..L)
      two.add(finish((head + Math.imul(middle, P[L - 1 - j]) + tail) | 0, L - 2), word);
    }
  }
}

/** Mixes the length in and spreads the bits (murmur3's finaliser), as an unsigned 32-bit value. */
function finish(h: number, length: number): number {
  h ^= Math.imul(length, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The distinct hashes of a query with 0–1 characters deleted (`which` 'upToOne') or with
 * exactly 2 deleted ('two'), so each is probed once.
 */
function distinctDeletionHashes(q: string, which: 'upToOne' | 'two'): Uint32Array {
  const L = q.length;
  const all = new HashBuffer().sized(which === 'upToOne' ? 1 + L : (L * (L - 1)) / 2);
  if (which === 'upToOne') deletionHashes(q, all, undefined, 0);
  else deletionHashes(q, undefined, all, 0);
  const used = all.hashes.subarray(0, all.length).sort();
  let out = 0;
  for (let i = 0; i < used.length; i++) if (i === 0 || used[i] !== used[out - 1]) used[out++] = used[i];
  return used.subarray(0, out);
}

/**
 * The words within distance 2 of each query, into `found` (one per query): the queries'
 * deletion hashes in two small tables (0–1 deletions, 2 deletions), and every hashed word's
 * deletions looked up in them, the words in string order. A word meeting a query through
 * 0–1 deletions on both sides may be within distance 1 and is checked; one meeting it only
 * otherwise is at distance 2 or more, and, coming after every word already kept in string
 * order, is not checked once the query's list is full of better ones.
 */
function streamNear(words: readonly string[], order: WordOrder, queries: readonly string[], found: BestNear[], longWord: number): void {
  let pairs = 0;
  for (const q of queries) if (q.length <= longWord + SUGGESTION_DISTANCE) pairs += 1 + q.length + (q.length * (q.length - 1)) / 2;
  // One table: a pair's word is the query's number times 2, plus 1 for a 2-deletion key. Four
  // buckets a pair: nearly every lookup (a word's deletions are mostly no query's) is one empty bucket.
  const keys = new Keys(pairs, 4);
  queries.forEach((q, i) => {
    if (q.length <= longWord + SUGGESTION_DISTANCE) deletionHashes(q, new Tagged(keys, 0), new Tagged(keys, 1), i);
  });
  const { hash, word: tagged, next, head, mask } = keys;
  // By the word's turn: the queries it was checked against, and those it met only through
  // keys that cannot make distance 1 (then passed over if it cannot rank).
  const checked = new Int32Array(queries.length).fill(-1);
  const metFar = new Int32Array(queries.length).fill(-1);
  const upToOne = new HashBuffer();
  const two = new HashBuffer();
  for (let turn = 0; turn < words.length; turn++) {
    const word = words[order.byRank[turn]];
    if (word.length > longWord) continue;
    tally('did-you-mean:stream');
    upToOne.length = 0;
    two.length = 0;
    deletionHashes(word, upToOne.sized(1 + word.length), two.sized((word.length * (word.length - 1)) / 2), 0);
    for (let pass = 0; pass < 2; pass++) {
      const { hashes, length } = pass === 0 ? upToOne : two;
      for (let i = 0; i < length; i++) {
        const h = hashes[i];
        for (let at = head[h & mask]; at >= 0; at = next[at]) {
          if (hash[at] !== h) continue;
          const qi = tagged[at] >> 1;
          if (checked[qi] === turn) continue;
          if (pass === 0 && (tagged[at] & 1) === 0) {
            // 0–1 deletions on both sides: perhaps distance 1, always checked.
            checked[qi] = turn;
            verify(queries[qi], word, found[qi]);
          } else if (metFar[qi] !== turn) {
            metFar[qi] = turn;
            if (found[qi].mightKeep(word, SUGGESTION_DISTANCE)) {
              checked[qi] = turn;
              verify(queries[qi], word, found[qi]);
            }
          }
        }
      }
    }
  }
}

/** Adds a query's deletion hashes to one table, its number tagged with the kind of key. */
class Tagged implements HashSink {
  constructor(private readonly keys: Keys, private readonly tag: 0 | 1) {}
  add(hash: number, query: number): void {
    this.keys.add(hash, query * 2 + this.tag);
  }
}

/** A list of a word's deletion hashes, as they come (reused from word to word). */
class HashBuffer implements HashSink {
  hashes = new Uint32Array(64);
  length = 0;
  /** Itself, with room for `n` hashes. */
  sized(n: number): this {
    if (this.hashes.length < n) this.hashes = new Uint32Array(2 * n);
    return this;
  }

  add(hash: number): void {
    this.hashes[this.length++] = hash;
  }
}

/** The index last made for each slot, with the words it was made of. */
const recent = new Map<string, { words: readonly string[]; index: DidYouMean }>();

/**
 * The index of `words`, reused while a slot (e.g. 'reference:api') is asked for the same
 * list again: the editor lints on every keystroke and the ids rarely change between two, so
 * comparing the lists (O(words)) replaces a rebuild. One list is kept per slot.
 */
export function didYouMeanFor(slot: string, words: readonly string[]): DidYouMean {
  const last = recent.get(slot);
  if (last && sameWords(last.words, words)) return last.index;
  const index = new DidYouMean(words);
  recent.set(slot, { words, index });
  return index;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
