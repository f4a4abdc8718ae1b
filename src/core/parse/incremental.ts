/**
 * Incremental re-parse for the editor: a keystroke usually changes one entry of one section
 * (`systems:`, `apis:`, …), so only that entry is parsed again and spliced into the previous
 * tree; everything after it is shifted by the length change. On a 1,000-system file this
 * turns a ~45 ms parse into well under 5 ms.
 *
 * It is an optimisation only, never a second opinion: whenever the edit is not provably
 * local — it touches a top-level key, a flow section, an anchor or alias, the previous or the
 * new text has any problem, an entry would be empty — it returns undefined and the caller
 * parses the whole text. A property test checks that the result always equals a full parse.
 */
import { MAX_DEPTH, parseYaml, type ParsedYaml } from './parse-yaml';
import { movedScalar, Pair, type YMap, type YNode, type YPair, type YSeq } from './yaml-tree';

/**
 * `inPlace`: move the nodes after the edit by changing their offsets instead of copying them,
 * so they stay the same objects and everything keyed by node identity survives the edit (the
 * entities read from them, their schema results): a keystroke then re-reads one entry, not
 * every entry after it. Only for the caller that owns `prev` exclusively: the previous tree is
 * changed (ParseCache decides; see load-landscape.ts).
 */
export function reparseIncrementally(prevText: string, prev: ParsedYaml, text: string, inPlace = false): ParsedYaml | undefined {
  const root = prev.root;
  if (prev.fatal || prev.problems.length || prev.hasAnchors || !root || root.kind !== 'map' || root.flow) return undefined;
  const { prefix, oldEnd, delta } = changedRange(prevText, text);
  if (delta === 0 && oldEnd === prefix) return prev;

  const p = root.pairs.findIndex((pair) => pair.start <= prefix && prefix <= pairRegionEnd(prevText, root, root.pairs.indexOf(pair)));
  if (p < 0) return undefined;
  const pair = root.pairs[p];
  const seq = pair.value;
  if (!seq || seq.kind !== 'seq' || seq.flow || seq.items.length === 0 || prefix <= seq.start) return undefined;
  const sectionEnd = pairRegionEnd(prevText, root, p);
  if (oldEnd > sectionEnd) return undefined;

  // The entries whose regions (an entry's dash line up to the next entry's dash line) hold the change.
  const starts = seq.items.map((item, k) => (k === 0 ? lineStart(prevText, seq.start) : dashLineStart(prevText, item.start)));
  if (starts.some((s) => s < 0)) return undefined;
  const regionEndOf = (k: number): number => (k + 1 < starts.length ? starts[k + 1] : sectionEnd);
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1] <= prefix) i++;
  let j = i;
  while (j < starts.length && regionEndOf(j) < oldEnd) j++;
  if (starts[i] > prefix || j >= starts.length) return undefined;
  const regionStart = starts[i];
  const regionEnd = regionEndOf(j);
  if (regionStart <= pair.key.end) return undefined;
  // The region must still end a line: an edit that joins its last line with the next one is not local.
  const newEnd = regionEnd + delta;
  if (newEnd < text.length && text[newEnd - 1] !== '\n') return undefined;

  // Parse the entry's new text alone: a block sequence at the same indentation.
  const sub = parseYaml(text.slice(regionStart, newEnd), MAX_DEPTH - 2);
  if (sub.fatal || sub.problems.length || sub.hasAnchors) return undefined;
  const subSeq = sub.root;
  // Nothing but blank lines and comments left: the entries were deleted (not the first: the
  // sequence would then start at a dash we have not recorded).
  const deleted = subSeq === null && i > 0;
  if (!deleted && (!subSeq || subSeq.kind !== 'seq' || subSeq.flow || subSeq.items.length === 0)) return undefined;
  const subItems = subSeq?.kind === 'seq' ? subSeq.items : [];
  // An entry without any content gets its position from the node before it: not local.
  if (subItems.some((n) => n.kind === 'scalar' && n.start === n.end)) return undefined;
  if (subSeq && column(text, subSeq.start + regionStart) !== column(prevText, seq.start)) return undefined;

  const move = inPlace ? moveInPlace : shift;
  const movePair = inPlace ? movePairInPlace : shiftPair;
  const fresh = subItems.map((n) => shift(n, regionStart));
  // An entry whose new text means the same (a comment, blank lines or spacing changed) keeps
  // its nodes, given the new offsets: its entity, its schema result and the rule results that
  // point at it then survive the keystroke (lint/rule-reuse.ts). One with the same keys keeps
  // its mapping node and the pairs whose values are the same; only the pairs that changed are
  // new (a description typed into: the entity reads it again, finds it unchanged, and keeps
  // the old entity, read-entities.ts).
  if (inPlace && fresh.length === j - i + 1) {
    for (let k = 0; k < fresh.length; k++) {
      const old = seq.items[i + k];
      if (sameTree(old, fresh[k])) fresh[k] = takeOffsets(old, fresh[k]);
      else if (old.kind === 'map' && sameKeys(old, fresh[k])) fresh[k] = takeSamePairs(old, fresh[k] as YMap);
    }
  }
  const after = seq.items.slice(j + 1).map((n) => move(n, delta));
  const items = seq.items.slice(0, i).concat(fresh, after);
  const newSeq: YSeq = { kind: 'seq', flow: false, items, start: i === 0 && subSeq ? subSeq.start + regionStart : seq.start, end: items[items.length - 1].end };
  const newPair: YPair = new Pair(pair.key, newSeq);
  const pairs = root.pairs.slice(0, p).concat(newPair, root.pairs.slice(p + 1).map((x) => movePair(x, delta)));
  const newRoot: YMap = { kind: 'map', flow: false, pairs, start: root.start, end: pairs[pairs.length - 1].end };
  return { root: newRoot, problems: [], fatal: false, hasAnchors: false };
}

/** The common prefix, and where the changed part ends in the old text (also the editor's: which kept answers an edit leaves as they were). */
export function changedRange(a: string, b: string): { prefix: number; oldEnd: number; delta: number } {
  const max = Math.min(a.length, b.length);
  // Whole chunks compared natively first (a 4 MB file compared a character at a time cost
  // ~45 ms a keystroke), then the characters of the first chunk that differs.
  let prefix = 0;
  while (prefix + CHUNK <= max && a.slice(prefix, prefix + CHUNK) === b.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix + CHUNK <= max - prefix && a.slice(a.length - suffix - CHUNK, a.length - suffix) === b.slice(b.length - suffix - CHUNK, b.length - suffix)) suffix += CHUNK;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, oldEnd: a.length - suffix, delta: b.length - a.length };
}

const CHUNK = 2048;

/** Where a top-level pair's text ends: the start of the next top-level key's line, or the end. */
function pairRegionEnd(text: string, root: YMap, p: number): number {
  return p + 1 < root.pairs.length ? lineStart(text, root.pairs[p + 1].start) : text.length;
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

function column(text: string, pos: number): number {
  return pos - lineStart(text, pos);
}

/** The start of the line holding an entry's dash, or -1 when it is not a plain `- ` entry. */
function dashLineStart(text: string, itemStart: number): number {
  let k = itemStart - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\n' || text[k] === '\r')) k--;
  if (k < 0 || text[k] !== '-') return -1;
  const ls = lineStart(text, k);
  return /^[ ]*$/.test(text.slice(ls, k)) ? ls : -1;
}

/** A copy of the node with every offset moved by `d` (no aliases: the caller made sure). */
function shift<T extends YNode>(n: T, d: number): T {
  if (d === 0) return n;
  switch (n.kind) {
    case 'scalar':
      return movedScalar(n, n.start + d, n.end + d) as T;
    case 'seq':
      return { ...n, items: n.items.map((x) => shift(x, d)), start: n.start + d, end: n.end + d };
    case 'map':
      return { ...n, pairs: n.pairs.map((x) => shiftPair(x, d)), start: n.start + d, end: n.end + d };
    default:
      return n;
  }
}

function shiftPair(x: YPair, d: number): YPair {
  return d === 0 ? x : new Pair(shift(x.key, d), x.value && shift(x.value, d));
}

/**
 * The node itself with every offset moved by `d`. Every node of a tree without aliases is
 * reachable once (the caller made sure), so nothing is moved twice. A pair's span is derived
 * from its key and value (yaml-tree.ts), so pairs need no offsets of their own.
 */
function moveInPlace<T extends YNode>(n: T, d: number): T {
  if (d === 0) return n;
  n.start += d;
  n.end += d;
  if (n.kind === 'seq') for (const x of n.items) moveInPlace(x, d);
  else if (n.kind === 'map') for (const x of n.pairs) movePairInPlace(x, d);
  return n;
}

function movePairInPlace(x: YPair, d: number): YPair {
  if (d === 0) return x;
  moveInPlace(x.key, d);
  if (x.value) moveInPlace(x.value, d);
  return x;
}

/** The same tree but for offsets: kinds, styles, keys, values and texts. */
function sameTree(a: YNode | null, b: YNode | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'scalar': {
      const y = b as typeof a;
      return a.text === y.text && a.value === y.value && a.quoted === y.quoted;
    }
    case 'seq': {
      const y = b as typeof a;
      return a.flow === y.flow && a.items.length === y.items.length && a.items.every((x, k) => sameTree(x, y.items[k]));
    }
    case 'map': {
      const y = b as typeof a;
      return a.flow === y.flow && a.pairs.length === y.pairs.length && a.pairs.every((x, k) => sameTree(x.key, y.pairs[k].key) && sameTree(x.value, y.pairs[k].value));
    }
    default:
      return false;
  }
}

function sameKeys(a: YMap, b: YNode): boolean {
  return b.kind === 'map' && a.flow === b.flow && a.pairs.length === b.pairs.length && a.pairs.every((x, k) => sameTree(x.key, b.pairs[k].key));
}

/**
 * `old` with the pairs of `fresh`: the old pair (moved) where its value is the same, else the
 * new one. The pair list is a new array: whoever remembered something of this node checks
 * that its pairs are still the ones it saw (read-entities.ts, validate-schema.ts).
 */
function takeSamePairs(old: YMap, fresh: YMap): YMap {
  old.pairs = old.pairs.map((x, k) => {
    const y = fresh.pairs[k];
    if (!sameTree(x.value, y.value)) return y;
    takeOffsets(x.key, y.key);
    if (x.value && y.value) takeOffsets(x.value, y.value);
    return x;
  });
  old.start = fresh.start;
  old.end = fresh.end;
  return old;
}

/** `old` with the offsets of `fresh`, node by node (the caller checked they are the same tree). */
function takeOffsets(old: YNode, fresh: YNode): YNode {
  old.start = fresh.start;
  old.end = fresh.end;
  if (old.kind === 'seq') old.items.forEach((x, k) => takeOffsets(x, (fresh as YSeq).items[k]));
  else if (old.kind === 'map') {
    old.pairs.forEach((x, k) => {
      const y = (fresh as YMap).pairs[k];
      takeOffsets(x.key, y.key);
      if (x.value && y.value) takeOffsets(x.value, y.value);
    });
  }
  return old;
}
