/**
 * Text → YAML tree with exact spans, from js-yaml's event stream (`parseEvents`), which
 * passes the YAML test suite and is ~10x faster than building a `yaml` Document. We run a
 * vendored copy whose events are records in a typed buffer rather than objects (./vendor:
 * ~3x faster on large files, same events; a differential test compares it with js-yaml).
 * Never throws: syntax errors, duplicate keys, unknown aliases and extra documents become
 * findings-to-be (`ParseProblem`), placed at the offending text.
 */
import { type EventBuffer, getBlockValue, getDoubleQuotedValue, getPlainValue, getSingleQuotedValue, parseEvents, REC } from './vendor/yaml-events';
import { fastEvents } from './fast-events';
import { resolvePlain } from './resolve-scalar';
import { explainSyntaxError, tokenAt } from './syntax-message';
import { Pair, PlainScalar, QuotedScalar, spanOf, type Span, type YAlias, type YMap, type YNode, type YPair, type YScalar, type YSeq } from './yaml-tree';
import { LineIndex } from '../util/line-index';
import { tally } from '../util/work-counter';

export interface ParseProblem {
  code: 'core/yaml-syntax' | 'core/schema';
  message: string;
  span: Span;
  /** Text the problem refers to elsewhere in the file (the first of two equal keys), named by `id`. */
  related?: { id: string; span: Span }[];
}

export interface ParsedYaml {
  root: YNode | null;
  problems: ParseProblem[];
  /** true when the text is not usable YAML; the file is then left out of the landscape. */
  fatal: boolean;
  /** true when the text defines an anchor or uses an alias (incremental re-parse then declines). */
  hasAnchors?: boolean;
}

/** Deeper nesting than this is refused with a finding (js-yaml stops at it, no stack overflow). */
/**
 * The event storage the parser keeps between parses (reusing it spares page faults on every
 * keystroke): how large it is, and dropping it, which a long-lived host does when idle.
 */
export { dropSpare as dropSpareParseBuffers, spareBytes as spareParseBufferBytes } from './vendor/yaml-events';

export const MAX_DEPTH = 1000;

const EV_DOCUMENT = 1;
const EV_SEQUENCE = 2;
const EV_MAPPING = 3;
const EV_SCALAR = 4;
const EV_ALIAS = 5;
const EV_POP = 6;

interface Frame {
  node: YMap | YSeq | null; // null: a document frame
  key: YNode | null;
  /** Where this collection's children begin on the shared child stack. */
  base: number;
  /** The keys of a large mapping, each with its first occurrence. */
  seen?: Map<string, YNode>;
}

export function parseYaml(text: string, maxDepth = MAX_DEPTH): ParsedYaml {
  let events: EventBuffer;
  try {
    events = fastEvents(text, maxDepth) ?? parseEvents(text, { maxDepth });
  } catch (e) {
    return { root: null, problems: [syntaxProblem(text, e)], fatal: true };
  }
  const parsed = buildTree(text, events, null);
  events.release();
  return parsed;
}

/**
 * Every document of a multi-document stream (a Backstage catalog file: one entity per
 * `---`), each root in order; a landscape file holds one (`parseYaml`).
 */
export function parseYamlDocuments(text: string): { documents: YNode[]; problems: ParseProblem[]; fatal: boolean } {
  let events: EventBuffer;
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch (e) {
    return { documents: [], problems: [syntaxProblem(text, e)], fatal: true };
  }
  const documents: YNode[] = [];
  const { problems, fatal } = buildTree(text, events, documents);
  events.release();
  return { documents, problems, fatal };
}

function syntaxProblem(text: string, e: unknown): ParseProblem {
  const err = e as { reason?: string; message?: string; mark?: { position?: number }; openQuote?: number; openFlow?: number };
  const pos = Math.max(0, Math.min(err?.mark?.position ?? 0, text.length));
  const reason = err?.reason ?? err?.message ?? String(e);
  if (e instanceof RangeError || /depth|nest/i.test(reason)) {
    const why = e instanceof RangeError ? 'the YAML is nested too deeply to read' : `${reason} (more than ${MAX_DEPTH} nested levels)`;
    return { code: 'core/yaml-syntax', message: `YAML syntax error: ${why}`, span: tokenAt(text, pos) };
  }
  const { message, span } = explainSyntaxError(text, { reason, position: pos, openQuote: err?.openQuote ?? -1, openFlow: err?.openFlow ?? -1 });
  return { code: 'core/yaml-syntax', message, span };
}

/** Record slots (see vendor/yaml-events.d.ts). */
const TYPE = 0, A = 1, B = 2, ANCHOR_START = 3, ANCHOR_END = 4, TAG_START = 5, TAG_END = 6, STYLE = 7, CHOMPING = 8, INDENT = 9, FAST = 10;

/** `documents`: where every document's root goes (null: one document is read, the others reported). */
function buildTree(text: string, events: EventBuffer, documents: YNode[] | null): ParsedYaml {
  const d = events.data;
  const problems: ParseProblem[] = [];
  const anchors = new Map<string, YNode>();
  const stack: Frame[] = [];
  let root: YNode | null = null;
  let documentCount = 0;
  let hasAnchors = false;
  // Where the last node ended: empty scalars without a position of their own go there.
  let lastPos = 0;
  // Lines of the text, for messages that name the line of an earlier key (made at the first).
  let lines: LineIndex | undefined;
  // A file has a few dozen distinct keys, written hundreds of thousands of times: keys share one string each.
  const keyStrings = new Array<string | undefined>(KEY_SLOTS);
  // Ids are written once where defined and again wherever referenced: one string each, so the
  // engine's many lookups by id find equal keys by identity instead of comparing characters
  // (which are scattered over the whole file text). About 20% of the graph's build.
  const valueStrings = new ValueStrings();

  const attach = (node: YNode): void => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.node === null) {
      if (documents) documents.push(node);
      else if (documentCount === 1) root = node;
      return;
    }
    const parent = top.node;
    if (parent.kind === 'seq') {
      kids[kidsTop++] = node;
      if (node.end > parent.end) parent.end = node.end;
      return;
    }
    if (top.key === null) {
      top.key = node;
      return;
    }
    const key = top.key;
    top.key = null;
    const pair: YPair = new Pair(key, node);
    const k = key.kind === 'scalar' ? key.text : null;
    if (k !== null) {
      const first = firstKey(top, kids as YPair[], kidsTop, k, key);
      if (first) {
        lines ??= new LineIndex(text);
        problems.push({
          code: 'core/schema',
          message: `Duplicate key '${k}' in this mapping, first defined on line ${lines.positionAt(first.start).line + 1}: YAML allows each key once, so this one is ignored. Remove one of them.`,
          span: spanOf(key),
          related: [{ id: k, span: spanOf(first) }],
        });
        // Ignored, but still text of this mapping: a flow mapping ends at its bracket after it.
        if (pair.end > parent.end) parent.end = pair.end;
        return;
      }
    }
    kids[kidsTop++] = pair;
    if (pair.end > parent.end) parent.end = pair.end;
  };
  /** The children of the open collections, innermost last; a collection takes its own when it closes. */
  const kids: (YNode | YPair)[] = [];
  let kidsTop = 0;

  for (let o = 0, n = events.length * REC; o < n; o += REC) {
    switch (d[o + TYPE]) {
      case EV_DOCUMENT:
        documentCount++;
        if (documentCount === 2 && !documents) {
          problems.push({
            code: 'core/schema',
            message: 'A landscape file holds one YAML document; the documents after the first are ignored.',
            span: secondDocumentSpan(text),
          });
        }
        stack.push({ node: null, key: null, base: kidsTop });
        break;
      case EV_MAPPING:
      case EV_SEQUENCE: {
        const flow = d[o + STYLE] === 2;
        const start = d[o + A];
        const node: YMap | YSeq =
          d[o + TYPE] === EV_MAPPING
            ? { kind: 'map', flow, pairs: [], start, end: start + (flow ? 1 : 0) }
            : { kind: 'seq', flow, items: [], start, end: start + (flow ? 1 : 0) };
        if (d[o + ANCHOR_START] >= 0) {
          anchors.set(text.slice(d[o + ANCHOR_START], d[o + ANCHOR_END]), node);
          hasAnchors = true;
        }
        lastPos = node.end;
        stack.push({ node, key: null, base: kidsTop });
        break;
      }
      case EV_SCALAR: {
        const top = stack[stack.length - 1];
        const isKey = top !== undefined && top.node !== null && top.node.kind === 'map' && top.key === null;
        const node = scalarNode(text, d, o, lastPos, isKey ? keyStrings : valueStrings);
        lastPos = node.end;
        if (d[o + ANCHOR_START] >= 0) {
          anchors.set(text.slice(d[o + ANCHOR_START], d[o + ANCHOR_END]), node);
          hasAnchors = true;
        }
        attach(node);
        break;
      }
      case EV_ALIAS: {
        const anchorStart = d[o + ANCHOR_START];
        const anchorEnd = d[o + ANCHOR_END];
        const name = text.slice(anchorStart, anchorEnd);
        hasAnchors = true;
        const target = anchors.get(name) ?? null;
        const node: YAlias = { kind: 'alias', name, target, start: Math.max(0, anchorStart - 1), end: anchorEnd };
        if (!target) problems.push({ code: 'core/yaml-syntax', message: `Unknown alias '*${name}': no anchor '&${name}' before it.`, span: spanOf(node) });
        attach(node);
        break;
      }
      case EV_POP: {
        const frame = stack.pop();
        if (!frame || frame.node === null) break;
        const node = frame.node;
        if (frame.key !== null && node.kind === 'map') {
          // A key without any value event: keep it with a null value.
          kids[kidsTop++] = new Pair(frame.key, null);
          node.end = Math.max(node.end, frame.key.end);
        }
        // An array of exactly the children's size: pushing onto an empty array reserves room
        // for 17, and most mappings have a handful of pairs (~5 MB of a 10,000-system tree).
        if (node.kind === 'map') node.pairs = kids.slice(frame.base, kidsTop) as YPair[];
        else node.items = kids.slice(frame.base, kidsTop) as YNode[];
        kidsTop = frame.base;
        if (node.flow) node.end = closingBracket(text, node.end, node.kind === 'map' ? '}' : ']');
        lastPos = Math.max(lastPos, node.end);
        attach(node);
        break;
      }
    }
  }
  const fatal = problems.some((p) => p.code === 'core/yaml-syntax');
  return { root, problems, fatal, hasAnchors };
}

/**
 * The key `k` already in the mapping, if it is there. Most mappings are small: a scan of their
 * pairs costs less than a Map per mapping (which was a tenth of the parse, in allocation and
 * GC); past SMALL_MAP pairs a Map takes over.
 */
function firstKey(frame: Frame, pairs: YPair[], top: number, k: string, key: YNode): YNode | undefined {
  if (frame.seen) {
    const known = frame.seen.get(k);
    if (known === undefined) frame.seen.set(k, key);
    return known;
  }
  for (let i = frame.base; i < top; i++) {
    const earlier = pairs[i].key;
    if (earlier.kind === 'scalar' && earlier.text === k) return earlier;
  }
  if (top - frame.base >= SMALL_MAP) {
    frame.seen = new Map();
    for (let i = frame.base; i < top; i++) {
      const earlier = pairs[i].key;
      if (earlier.kind === 'scalar') frame.seen.set(earlier.text, earlier);
    }
    frame.seen.set(k, key);
  }
  return undefined;
}

const SMALL_MAP = 16;

/** `keys`: the shared key strings (a key), or the interned values (a value). */
function scalarNode(text: string, d: Int32Array, o: number, fallback: number, keys: (string | undefined)[] | ValueStrings): YScalar {
  let start = d[o + A];
  let end = d[o + B];
  if (start < 0) return new PlainScalar(null, '', fallback, fallback);
  const style = d[o + STYLE];
  const raw = !d[o + FAST] ? scalarText(text, d, o) : Array.isArray(keys) ? sharedSlice(text, start, end, keys) : keys.slice(text, start, end);
  const quoted = style !== 1;
  if (style === 2 || style === 3) {
    start = Math.max(0, start - 1);
    end = Math.min(text.length, end + 1);
  } else if (style === 4 || style === 5) {
    // Block scalar: the span starts at its indicator (| or >) and ends at the last content character.
    start = blockIndicatorBefore(text, start);
    while (end > start && /\s/.test(text[end - 1])) end--;
  }
  const forcedString = d[o + TAG_START] >= 0 && /^!!str$|^!<tag:yaml\.org,2002:str>$/.test(text.slice(d[o + TAG_START], d[o + TAG_END]));
  const value = quoted || forcedString ? raw : resolvePlain(raw);
  return quoted ? new QuotedScalar(value, raw, start, end) : new PlainScalar(value, raw, start, end);
}

/** How far back from a block scalar's content its indicator may stand (header, comment, indentation). */
const INDICATOR_REACH = 200;

/**
 * The nearest `|` or `>` at most INDICATOR_REACH characters before `start` (or `start`).
 * Bounded on purpose: `lastIndexOf` scanned back to the top of the file for every block
 * scalar whose file has no other `>`, which made descriptions in block style O(n²).
 */
function blockIndicatorBefore(text: string, start: number): number {
  const stop = Math.max(0, start - INDICATOR_REACH + 1);
  for (let i = Math.min(start, text.length - 1); i >= stop; i--) {
    tally('parse:indicator-scan');
    const c = text.charCodeAt(i);
    if (c === 0x7c || c === 0x3e) return i;
  }
  return start;
}

const KEY_SLOTS = 512;

/**
 * `text.slice(start, end)`, or an equal string already made: a direct-mapped table keyed by a
 * hash of the characters (a miss just replaces the slot). Saves a string per key.
 */
function sharedSlice(text: string, start: number, end: number, table: (string | undefined)[]): string {
  const length = end - start;
  if (length > 32) return text.slice(start, end);
  let h = length;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  const slot = (h ^ (h >>> 9)) & (KEY_SLOTS - 1);
  const known = table[slot];
  if (known !== undefined && known.length === length && text.startsWith(known, start)) return known;
  return (table[slot] = internalized(text.slice(start, end)));
}

/**
 * V8's one copy of a string with these characters (property names are such copies), so that
 * a key compares with every literal of the same text ('mode' in the readers) by identity,
 * and with any other literal as unequal without reading a character. Made once per distinct key
 * and table slot.
 */
function internalized(s: string): string {
  const o: Record<string, number> = {};
  o[s] = 0;
  for (const k in o) return k;
  return s;
}

/** Values up to this length are interned: ids are at most 63 characters (SPEC §2.2). */
const INTERN_MAX = 64;

/**
 * The id-like values of one parse, each one string: found by their characters in the text, so
 * a value written before (a reference to an id, a date, an enum value) is neither cut out of
 * the text again nor hashed twice. Only values of lowercase letters, digits and hyphens are
 * kept: names and descriptions are unique, and keeping them was most of a Map's cost.
 * Open addressing, kept at most half full. Written by the parse only; single-line scalars
 * only (the others are made by unescaping or folding).
 */
class ValueStrings {
  private strings: (string | undefined)[] = new Array<string | undefined>(1024);
  private hashes = new Int32Array(1024);
  private size = 0;

  /** text.slice(start, end), or the equal string made before. */
  slice(text: string, start: number, end: number): string {
    const length = end - start;
    if (length > INTERN_MAX || length === 0) return text.slice(start, end);
    let h = length;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return text.slice(start, end);
      h = (Math.imul(h, 31) + c) | 0;
    }
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    h ^= h >>> 12;
    const mask = this.strings.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const known = this.strings[at];
      if (known === undefined) {
        const made = text.slice(start, end);
        this.strings[at] = made;
        this.hashes[at] = h;
        if (++this.size * 2 > this.strings.length) this.grow();
        return made;
      }
      if (this.hashes[at] === h && known.length === length && text.startsWith(known, start)) return known;
    }
  }

  private grow(): void {
    const strings = this.strings;
    const hashes = this.hashes;
    this.strings = new Array<string | undefined>(strings.length * 2);
    this.hashes = new Int32Array(strings.length * 2);
    const mask = this.strings.length - 1;
    for (let i = 0; i < strings.length; i++) {
      if (strings[i] === undefined) continue;
      let at = hashes[i] & mask;
      while (this.strings[at] !== undefined) at = (at + 1) & mask;
      this.strings[at] = strings[i];
      this.hashes[at] = hashes[i];
    }
  }
}

/** The scalar's value as written (quotes, escapes, folding and chomping resolved): js-yaml's getScalarValue on a record. */
function scalarText(text: string, d: Int32Array, o: number): string {
  const start = d[o + A];
  const end = d[o + B];
  if (d[o + FAST]) return text.slice(start, end);
  switch (d[o + STYLE]) {
    case 2: return getSingleQuotedValue(text, start, end);
    case 3: return getDoubleQuotedValue(text, start, end);
    case 4: return getBlockValue(text, start, end, d[o + INDENT], d[o + CHOMPING], false);
    case 5: return getBlockValue(text, start, end, d[o + INDENT], d[o + CHOMPING], true);
    default: return getPlainValue(text, start, end);
  }
}

/**
 * Finds the end of a flow collection: the closing bracket after its last child. A last key
 * without a value (`{ id: core, name: }`, as typed) ends at the key, so its `:` is skipped too.
 */
function closingBracket(text: string, from: number, bracket: '}' | ']'): number {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === bracket) return i + 1;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ',' || c === ':') i++;
    else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else break;
  }
  return from;
}

function secondDocumentSpan(text: string): Span {
  const m = /^(?:---|\.\.\.)/gm;
  let found: RegExpExecArray | null;
  let count = 0;
  let last: Span = { start: 0, end: Math.min(3, text.length) };
  while ((found = m.exec(text))) {
    count++;
    last = { start: found.index, end: found.index + 3 };
    if (count >= 2 || (found.index > 0 && !/\S/.test(text.slice(0, found.index)) === false)) break;
  }
  return last;
}
