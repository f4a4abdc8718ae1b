/**
 * A small YAML tree with exact source offsets on every node.
 *
 * Why our own tree: `yaml`'s Document is ~10x slower than js-yaml's event parser on
 * large landscapes (3 s vs 0.25 s for 10,000 systems), and linting runs on every
 * keystroke. The tree is built from js-yaml's event stream (see parse-yaml.ts) and keeps
 * only what the linter, the schema check and the editor need: kinds, values, spans.
 * Offsets are UTF-16 code unit offsets into the file text, end-exclusive.
 */
export interface Span {
  start: number;
  end: number;
}

/**
 * A plain copy of a span (of a node: only its two offsets), or the file start when there is
 * none. Entities use YAML nodes themselves as spans (read-entities.ts); what leaves the model
 * (findings, the diagram model) carries only the offsets.
 */
export function spanOf(span: Span | null | undefined): Span {
  return span ? { start: span.start, end: span.end } : { start: 0, end: 0 };
}

export type ScalarValue = string | number | boolean | null;

export interface YScalar extends Span {
  kind: 'scalar';
  value: ScalarValue;
  /** The raw (decoded) string before type resolution: dates and ids keep their spelling. */
  text: string;
  /** true for 'single', "double", | and > scalars: never resolved to numbers or booleans. */
  quoted: boolean;
}

/**
 * The scalar nodes the parser makes. `kind` and `quoted` live on the prototype: a file of
 * 10,000 systems has ~300,000 scalars, and two fields fewer per node is 5 MB less to allocate
 * (fresh memory is most of what a large lint pays for). `toJSON` keeps them in serialisations.
 */
export class PlainScalar implements YScalar {
  declare readonly kind: 'scalar';
  declare readonly quoted: boolean;
  constructor(public value: ScalarValue, public text: string, public start: number, public end: number) {}
  toJSON(): YScalar {
    return { kind: 'scalar', value: this.value, text: this.text, quoted: this.quoted, start: this.start, end: this.end };
  }
}
Object.defineProperties(PlainScalar.prototype, { kind: { value: 'scalar' }, quoted: { value: false } });

/** A 'single', "double", | or > scalar (see PlainScalar). */
export class QuotedScalar extends PlainScalar {}
Object.defineProperty(QuotedScalar.prototype, 'quoted', { value: true });

/** A scalar node like `node` with other offsets. */
export function movedScalar(node: YScalar, start: number, end: number): YScalar {
  return node.quoted ? new QuotedScalar(node.value, node.text, start, end) : new PlainScalar(node.value, node.text, start, end);
}

/**
 * The span is a node of a tree (or a pair of one), not a copy of offsets: the editor's
 * incremental re-parse moves nodes with the text, so it stays right after edits elsewhere.
 */
export function isNode(span: Span): boolean {
  return span instanceof Pair || 'kind' in span;
}

export interface YPair extends Span {
  key: YNode;
  /** null when the key has no value node at all (`? key` without `:`). */
  value: YNode | null;
}

/** A mapping entry whose span is derived from its key and value (two fields fewer per pair; see PlainScalar). */
export class Pair implements YPair {
  constructor(public key: YNode, public value: YNode | null) {}
  get start(): number {
    return this.key.start;
  }
  get end(): number {
    return this.value && this.value.end > this.key.end ? this.value.end : this.key.end;
  }
  toJSON(): YPair {
    return { key: this.key, value: this.value, start: this.start, end: this.end };
  }
}

export interface YMap extends Span {
  kind: 'map';
  flow: boolean;
  pairs: YPair[];
}

export interface YSeq extends Span {
  kind: 'seq';
  flow: boolean;
  items: YNode[];
}

/** An alias keeps its own span (`*name`) and points at the anchored node, never copied. */
export interface YAlias extends Span {
  kind: 'alias';
  name: string;
  target: YNode | null;
}

export type YNode = YScalar | YMap | YSeq | YAlias;

/** Follows aliases (bounded: an alias can only point at an earlier, already built node). */
export function deref(node: YNode | null | undefined): Exclude<YNode, YAlias> | null {
  let n: YNode | null | undefined = node;
  for (let i = 0; n && n.kind === 'alias' && i < 100; i++) n = n.target;
  return n && n.kind !== 'alias' ? n : null;
}

export function keyText(pair: YPair): string | null {
  const k = deref(pair.key);
  return k && k.kind === 'scalar' ? k.text : null;
}

export function findPair(map: YMap, key: string): YPair | undefined {
  const pairs = map.pairs;
  for (let i = 0; i < pairs.length; i++) {
    // Keys are scalars but for an alias now and then: no deref for the usual key (the readers
    // look up ~20 fields in every entity of a file).
    const k = pairs[i].key;
    if (k.kind === 'scalar' ? k.text === key : keyText(pairs[i]) === key) return pairs[i];
  }
  return undefined;
}

export function getValue(map: YMap | null | undefined, key: string): YNode | null {
  if (!map) return null;
  const p = findPair(map, key);
  return p ? deref(p.value) : null;
}

export function asMap(node: YNode | null | undefined): YMap | null {
  const n = deref(node);
  return n && n.kind === 'map' ? n : null;
}

export function asSeq(node: YNode | null | undefined): YSeq | null {
  const n = deref(node);
  return n && n.kind === 'seq' ? n : null;
}

export function asScalar(node: YNode | null | undefined): YScalar | null {
  const n = deref(node);
  return n && n.kind === 'scalar' ? n : null;
}

/** A scalar's value as a string (numbers and booleans keep their source spelling). */
export function scalarString(node: YNode | null | undefined): string | undefined {
  const s = asScalar(node);
  if (!s || s.value === null) return undefined;
  return s.text;
}

/**
 * Converts a subtree to plain JSON data for schema validation. Aliases are expanded, but
 * never more than `budget` nodes reached through aliases in total: an alias bomb ("billion
 * laughs") stops at the budget and the rest becomes null, with `exceeded` set so the caller
 * can report it. Nodes written out in the file cost nothing (a 17 MB file of 143,000 systems
 * has millions and is no bomb): only expansion can make the data larger than the text.
 */

export function toPlain(node: YNode | null, budget = { left: 1_000_000, exceeded: false }, expanding = false): unknown {
  const throughAlias = expanding || node?.kind === 'alias';
  if (throughAlias && budget.left-- <= 0) {
    budget.exceeded = true;
    return null;
  }
  const n = deref(node);
  if (!n) return null;
  switch (n.kind) {
    case 'scalar':
      return n.value;
    case 'seq':
      return n.items.map((i) => toPlain(i, budget, throughAlias));
    case 'map': {
      // An ordinary object, not Object.create(null): V8 keeps prototype-less objects as hash
      // tables (slow mode), which made the schema check allocate and look up far more. Keys are
      // defined as own data properties, so `__proto__` or `constructor` are plain keys here too.
      const o: Record<string, unknown> = {};
      for (const p of n.pairs) {
        const k = deref(p.key);
        const key = k && k.kind === 'scalar' ? k.text : '';
        // The parser keeps one pair per scalar key (a repeated one is reported and left out):
        // only a key through an alias or of another kind may repeat one here.
        if ((p.key.kind !== 'scalar' || key === '') && Object.hasOwn(o, key)) continue;
        const value = toPlain(p.value, budget, throughAlias);
        if (key === '__proto__') Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
        else o[key] = value;
      }
      return o;
    }
  }
}

/**
 * The node at a JSON-pointer-like path of keys and indexes (as ajv reports), or the
 * deepest node reached. Used to place schema findings on the offending node.
 */
export function nodeAtPath(root: YNode | null, path: (string | number)[]): { node: YNode | null; pair?: YPair; depth: number } {
  let node = deref(root);
  let pair: YPair | undefined;
  let depth = 0;
  for (const seg of path) {
    if (!node) break;
    if (node.kind === 'map') {
      const p = findPair(node, String(seg));
      if (!p) break;
      pair = p;
      node = deref(p.value) ?? node;
      if (!p.value) break;
    } else if (node.kind === 'seq' && typeof seg === 'number' || (node.kind === 'seq' && /^\d+$/.test(String(seg)))) {
      const item = node.items[Number(seg)];
      if (!item) break;
      pair = undefined;
      node = deref(item);
    } else break;
    depth++;
  }
  return { node, pair, depth };
}
