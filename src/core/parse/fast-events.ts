/**
 * A fast path for the YAML that landscape files are made of: the same event records as
 * js-yaml's parser (vendor/yaml-events.js), from one pass over the text, or `undefined` where
 * the text holds anything else, and the caller runs js-yaml.
 *
 * Why: js-yaml's parser reads every node through a dozen general functions (properties, block
 * scalars, explicit keys, backtracking), and was the largest part of a cold CLI lint (~120 ms
 * of ~750 for 10,000 systems). Landscape files use a small part of YAML: block mappings and
 * sequences, one-line plain and quoted scalars, one-line flow collections and comments.
 *
 * What is read here: a document without markers or directives whose root is a block mapping
 * or sequence; keys that are one-line plain scalars; values and sequence items that are
 * one-line plain scalars, single-quoted scalars, double-quoted scalars without escapes, flow
 * mappings and sequences on one line (plain or quoted entries, nested), nested block
 * collections, compact mappings in sequence items (`- id: x`) and sequences at their key's
 * indentation; comments and blank lines anywhere. Anything else ends the fast path: tabs,
 * carriage returns, a byte order mark, anchors, aliases, tags, block scalars, multi-line
 * scalars, escapes, explicit keys, flow collections over several lines, control characters or
 * lone surrogates, and every syntax error (js-yaml then reports it, in its words). So the
 * events are js-yaml's or none: a differential test compares the two on generated landscapes
 * and random token soups.
 */
import { EventBuffer } from './vendor/yaml-events';

const DOCUMENT = 1, SEQUENCE = 2, MAPPING = 3, SCALAR = 4, POP = 6;
const PLAIN = 1, SINGLE_QUOTED = 2, DOUBLE_QUOTED = 3, LITERAL = 4, FOLDED = 5;
const BLOCK = 1, FLOW = 2;
const CLIP = 1, STRIP = 2, KEEP = 3;
const NONE = -1;

const LF = 10, SPACE = 32, HASH = 35, QUOTE = 34, APOSTROPHE = 39, COLON = 58, DASH = 45, DOT = 46;
const PIPE = 124, GREATER = 62;
const COMMA = 44, OPEN_BRACKET = 91, CLOSE_BRACKET = 93, OPEN_BRACE = 123, CLOSE_BRACE = 125;

/** Nesting beyond this is left to js-yaml, which counts it against `maxDepth` in its own way. */
const MAX_NESTING = 40;
/** The fast path runs only where js-yaml's depth limit cannot be reached within MAX_NESTING. */
const MIN_MAX_DEPTH = 4 * MAX_NESTING;

/**
 * Thrown inside the scanner where the text leaves the fast path; never escapes `fastEvents`.
 * One object made once: throwing it captures no stack.
 */
const LEAVE = new Error('the text leaves the fast path');

/** Characters that never start a plain scalar (YAML's indicators), or start something else here. */
const NOT_PLAIN_START: boolean[] = Array.from({ length: 128 }, (_, c) => '#&*!|>\'"%@`,[]{} \n'.includes(String.fromCharCode(c)) || c < 32);

/**
 * js-yaml's events for `text`, or undefined where the text is not of the shape read here.
 * Whole texts go to js-yaml for tabs (it tracks them in indentation), carriage returns, a null
 * character (refused anywhere, comments too) and byte order marks (skipped at line starts).
 */
export function fastEvents(text: string, maxDepth: number): EventBuffer | undefined {
  // indexOf per character: a tenth of a regular expression's time on a large file.
  if (maxDepth < MIN_MAX_DEPTH || text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\0') >= 0 || text.indexOf('\uFEFF') >= 0) return undefined;
  const events = new EventBuffer(text.length);
  try {
    new Scanner(text, events).stream();
    return events;
  } catch (e) {
    if (e !== LEAVE) throw e;
    events.release();
    return undefined;
  }
}

class Scanner {
  private readonly n: number;
  /** Where the line of the last content found by `contentFrom` starts. */
  private lineStart = 0;
  private depth = 0;

  constructor(private readonly t: string, private readonly out: EventBuffer) {
    this.n = t.length;
  }

  stream(): void {
    const at = this.contentFrom(0);
    if (at >= this.n) return; // only blank lines and comments: no document
    this.out.push(DOCUMENT, 0, 0, NONE, NONE, NONE, NONE, 0, 0, 0, 0);
    const indent = at - this.lineStart;
    const after = this.isEntry(at) ? this.sequence(at, indent) : this.mapping(at, indent);
    // js-yaml reads one root node: content after it is an error (or another document).
    if (after < this.n) throw LEAVE;
    this.out.push(POP, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * A block mapping at column `indent` whose first key starts at `at`: its events, and the
   * position of the content after it (a line indented less, or the end of the text).
   */
  private mapping(at: number, indent: number): number {
    this.enter();
    this.out.push(MAPPING, at, NONE, NONE, NONE, NONE, NONE, BLOCK, 0, 0, 0);
    let key = at;
    for (;;) {
      // The key: a one-line plain scalar ended by ': ' (or ':' at the end of the line).
      if (!this.plainStarts(key, false)) throw LEAVE;
      const t = this.t;
      let end = key;
      let i = key;
      for (;;) {
        const c = t.charCodeAt(i);
        if (c === COLON && this.separates(i + 1)) break;
        if (c !== SPACE) {
          if (!(c > SPACE && c < 0x7f)) this.printable(c); // also a line break or the end (NaN)
          else if (c === HASH && t.charCodeAt(i - 1) === SPACE) throw LEAVE;
          end = i + 1;
        }
        i++;
      }
      this.scalar(key, end, PLAIN, 1);
      const next = this.value(i + 1, indent);
      if (next >= this.n) break;
      const nextIndent = next - this.lineStart;
      if (nextIndent < indent) {
        this.close();
        return next;
      }
      if (nextIndent > indent) throw LEAVE; // js-yaml: bad indentation of a mapping entry
      key = next;
    }
    this.close();
    return this.n;
  }

  /**
   * The value of a block mapping's key at column `indent`, from just after its ':': its events,
   * and the position of the content after it.
   */
  private value(from: number, indent: number): number {
    const at = this.skipSpaces(from);
    const c = this.t.charCodeAt(at);
    if (at >= this.n || c === LF || (c === HASH && at > from)) {
      // Nothing on the key's line: a nested collection below it, or an empty value.
      const next = this.nextContent(this.endOfLine(at));
      const nextIndent = next - this.lineStart;
      if (next < this.n && nextIndent > indent) return this.isEntry(next) ? this.sequence(next, nextIndent) : this.mapping(next, nextIndent);
      if (next < this.n && nextIndent === indent && this.isEntry(next)) return this.sequence(next, indent);
      this.out.push(SCALAR, NONE, NONE, NONE, NONE, NONE, NONE, PLAIN, CLIP, NONE, 0);
      return next;
    }
    if (c === PIPE || c === GREATER) return this.blockScalar(at, indent + 1);
    return this.nextContent(this.restOfLine(this.inlineNode(at, indent + 1, false)));
  }

  /**
   * A block sequence at column `indent` whose first entry's dash is at `at`: its events, and the
   * position of the content after it.
   */
  private sequence(at: number, indent: number): number {
    this.enter();
    this.out.push(SEQUENCE, at, NONE, NONE, NONE, NONE, NONE, BLOCK, 0, 0, 0);
    let dash = at;
    for (;;) {
      const item = this.skipSpaces(dash + 1);
      const c = this.t.charCodeAt(item);
      // An item on the lines below its dash, an empty item, or a sequence in a sequence: not read here.
      if (item >= this.n || c === LF || c === HASH || this.isEntry(item)) throw LEAVE;
      let next: number;
      if (this.plainStarts(item, false)) {
        const stop = this.plainInBlock(item, indent + 1, true);
        // `- key: value`: a mapping whose column is its first key's.
        next = stop < 0 ? this.mapping(item, item - this.lineStart) : this.nextContent(this.restOfLine(stop));
      } else if (c === PIPE || c === GREATER) next = this.blockScalar(item, indent + 1);
      else next = this.nextContent(this.restOfLine(this.inlineNode(item, indent + 1, false)));
      if (next >= this.n) break;
      const nextIndent = next - this.lineStart;
      if (nextIndent > indent) throw LEAVE; // js-yaml: bad indentation of a sequence entry
      if (nextIndent < indent || !this.isEntry(next)) {
        this.close();
        return next;
      }
      dash = next;
    }
    this.close();
    return this.n;
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar whose indicator is at `at`, in a node whose
   * parent requires `parentIndent` columns (js-yaml's readBlockScalar, for headers without an
   * explicit indentation): its record, whose range runs from the line after the header to the
   * line break of its last line (blank lines after it included), and the position of the
   * content after it. Its text is made later from the range (getBlockValue).
   */
  private blockScalar(at: number, parentIndent: number): number {
    const style = this.t.charCodeAt(at) === PIPE ? LITERAL : FOLDED;
    let i = at + 1;
    let chomping = CLIP;
    const sign = this.t.charCodeAt(i);
    if (sign === 43 || sign === DASH) {
      chomping = sign === 43 ? KEEP : STRIP;
      i++;
    }
    const h = this.t.charCodeAt(i);
    if (h === 43 || h === DASH || (h >= 48 && h <= 57)) throw LEAVE; // an explicit indentation, or a repeat
    let eol = this.skipSpaces(i);
    if (this.t.charCodeAt(eol) === HASH && eol > i) eol = this.endOfLine(eol);
    if (eol >= this.n || this.t.charCodeAt(eol) !== LF) throw LEAVE;
    const start = eol + 1;
    let end = start;
    let contentIndent = -1;
    let leading = 0;
    let line = start;
    let next = -1;
    while (line < this.n) {
      const k = this.skipSpaces(line);
      const column = k - line;
      if (k >= this.n) {
        if (contentIndent >= 0 ? column > contentIndent : column > 0) end = k;
        break;
      }
      const empty = this.t.charCodeAt(k) === LF;
      if (contentIndent === -1 && !empty) {
        if (column >= parentIndent && column < leading) throw LEAVE; // js-yaml: bad indentation
        if (column < parentIndent) {
          next = line;
          break;
        }
        contentIndent = column;
      } else if (contentIndent === -1) leading = Math.max(leading, column);
      if (!empty && column < contentIndent) {
        next = line;
        break;
      }
      const lf = this.endOfLine(k);
      for (let j = k; j < lf; j++) this.printable(this.t.charCodeAt(j));
      end = lf;
      if (lf >= this.n) break;
      line = end = lf + 1;
    }
    this.out.push(SCALAR, start, end, NONE, NONE, NONE, NONE, style, chomping, contentIndent, 0);
    return next < 0 ? this.n : this.contentFrom(next);
  }

  /**
   * A node that starts at `at` and ends on its line (a value after its key, a sequence item
   * that is no mapping): a flow collection, a quoted or a plain scalar. Its events, and where it ends.
   * `continuation`: the column from which a following line would continue a plain scalar.
   */
  private inlineNode(at: number, continuation: number, inFlow: boolean): number {
    const c = this.t.charCodeAt(at);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) return this.flow(at);
    if (c === QUOTE || c === APOSTROPHE) return this.quoted(at);
    if (!this.plainStarts(at, inFlow)) throw LEAVE;
    const stop = inFlow ? this.plainInFlow(at) : this.plainInBlock(at, continuation, false);
    if (stop < 0) throw LEAVE;
    return stop;
  }

  /**
   * A plain scalar in block context from `at`, as js-yaml's readPlainScalar reads it: up to
   * ': ', ' #' or the end of the line. A following line indented at least `continuation` would
   * continue it (not read here) unless it is a comment, which only marks the scalar as not
   * single-line (js-yaml's `fast` flag). Records the scalar and returns where it stopped;
   * returns -1 without recording where a ': ' ended it and `mayBeKey` (a sequence item that is
   * a mapping's first key).
   */
  private plainInBlock(at: number, continuation: number, mayBeKey: boolean): number {
    const t = this.t;
    let end = at;
    let i = at;
    let oneLine = 1;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c > SPACE && c < 0x7f && c !== COLON && c !== HASH) {
        // The usual character: one test.
        end = ++i;
        continue;
      }
      if (i >= this.n) break;
      if (c === LF) {
        // The first line below with anything but spaces on it.
        let lineStart = i + 1;
        let k = lineStart;
        for (;;) {
          while (t.charCodeAt(k) === SPACE) k++;
          if (k < this.n && t.charCodeAt(k) === LF) {
            lineStart = k + 1;
            k = lineStart;
          } else break;
        }
        if (k - lineStart >= continuation) {
          if (k < this.n && t.charCodeAt(k) !== HASH) throw LEAVE; // a multi-line scalar
          oneLine = 0;
        }
        break;
      }
      if (c === COLON && this.separates(i + 1)) {
        if (mayBeKey) return -1;
        break;
      }
      if (c === HASH && t.charCodeAt(i - 1) === SPACE) break;
      this.printable(c);
      if (c !== SPACE) end = i + 1;
      i++;
    }
    this.scalar(at, end, PLAIN, oneLine);
    return end;
  }

  /** A plain scalar inside a flow collection from `at`: up to a flow indicator or ': '. Records it; returns where it ends. */
  private plainInFlow(at: number): number {
    const t = this.t;
    let end = at;
    let i = at;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c >= 0x2d && c < 0x7b && c !== COLON) {
        // The usual character (no indicator, space or control in this range but ':' and '[', ']').
        if (c === OPEN_BRACKET || c === CLOSE_BRACKET) break;
        end = ++i;
        continue;
      }
      if (i >= this.n || c === LF) throw LEAVE; // a flow collection over several lines
      if (c === COLON) {
        const d = t.charCodeAt(i + 1);
        if (this.separates(i + 1) || isFlowIndicator(d)) break;
      } else if (c === HASH && t.charCodeAt(i - 1) === SPACE) throw LEAVE; // a comment inside a flow collection
      else if (isFlowIndicator(c)) break;
      this.printable(c);
      if (c !== SPACE) end = i + 1;
      i++;
    }
    this.scalar(at, end, PLAIN, 1);
    return end;
  }

  /** A one-line single- or double-quoted scalar at `at` (its quote); returns the position after the closing quote. */
  private quoted(at: number): number {
    const quote = this.t.charCodeAt(at);
    let simple = 1;
    for (let i = at + 1; i < this.n; i++) {
      const c = this.t.charCodeAt(i);
      if (c === quote) {
        if (quote === APOSTROPHE && this.t.charCodeAt(i + 1) === APOSTROPHE) {
          simple = 0;
          i++;
          continue;
        }
        this.scalar(at + 1, i, quote === QUOTE ? DOUBLE_QUOTED : SINGLE_QUOTED, simple);
        return i + 1;
      }
      // An escape, a line break or a control character: js-yaml's to read.
      if (c < SPACE || (c === 92 && quote === QUOTE)) throw LEAVE;
    }
    throw LEAVE;
  }

  /** A flow mapping or sequence at `at` (its bracket), on one line; returns the position after its closing bracket. */
  private flow(at: number): number {
    this.enter();
    const isMapping = this.t.charCodeAt(at) === OPEN_BRACE;
    const close = isMapping ? CLOSE_BRACE : CLOSE_BRACKET;
    this.out.push(isMapping ? MAPPING : SEQUENCE, at, NONE, NONE, NONE, NONE, NONE, FLOW, 0, 0, 0);
    let i = this.flowSpace(at + 1);
    let readNext = true;
    for (;;) {
      const c = this.t.charCodeAt(i);
      if (c === close) {
        this.close();
        return i + 1;
      }
      if (!readNext || c === COMMA || c === COLON || ((c === 63 || c === DASH) && this.flowSeparates(i + 1))) throw LEAVE;
      if (isMapping) {
        // key: value, with a plain key on this line (a key without value or of another kind is left to js-yaml).
        if (!this.plainStarts(i, true)) throw LEAVE;
        i = this.flowSpace(this.plainInFlow(i));
        if (this.t.charCodeAt(i) !== COLON) throw LEAVE;
        i = this.flowSpace(i + 1);
        const v = this.t.charCodeAt(i);
        if (v === COMMA || v === close) this.out.push(SCALAR, NONE, NONE, NONE, NONE, NONE, NONE, PLAIN, CLIP, NONE, 0);
        else i = this.flowSpace(this.inlineNode(i, 0, true));
      } else {
        i = this.flowSpace(this.inlineNode(i, 0, true));
        if (this.t.charCodeAt(i) === COLON) throw LEAVE; // a single-pair mapping in a sequence
      }
      if (this.t.charCodeAt(i) === COMMA) {
        readNext = true;
        i = this.flowSpace(i + 1);
      } else readNext = false;
    }
  }

  /** Past the spaces from `i` inside a flow collection; a line break or the end of the text there is not read here. */
  private flowSpace(i: number): number {
    while (this.t.charCodeAt(i) === SPACE) i++;
    if (i >= this.n || this.t.charCodeAt(i) === LF) throw LEAVE;
    return i;
  }

  /** Whether ':' or '?' or '-' before `i` separates in a flow collection (a space, a flow indicator, the end). */
  private flowSeparates(i: number): boolean {
    return this.separates(i) || isFlowIndicator(this.t.charCodeAt(i));
  }

  /** Records a scalar of the given style, as js-yaml's addScalarEvent does. */
  private scalar(start: number, end: number, style: number, oneLine: number): void {
    this.out.push(SCALAR, start, end, NONE, NONE, NONE, NONE, style, CLIP, NONE, oneLine);
  }

  /** Whether a plain scalar may start at `i` (js-yaml's canStartPlainScalar), and is of the kind read here. */
  private plainStarts(i: number, inFlow: boolean): boolean {
    const c = this.t.charCodeAt(i);
    if (i >= this.n || (c < 128 && NOT_PLAIN_START[c])) return false;
    if (c === DASH || c === 63 || c === COLON) return !(inFlow ? this.flowSeparates(i + 1) : this.separates(i + 1));
    return true;
  }

  /** Whether `i` is a sequence entry's dash ('-' and then a space, a line break or the end). */
  private isEntry(i: number): boolean {
    return this.t.charCodeAt(i) === DASH && this.separates(i + 1);
  }

  /** A space, a line break or the end of the text at `i`. */
  private separates(i: number): boolean {
    const c = this.t.charCodeAt(i);
    return i >= this.n || c === SPACE || c === LF;
  }

  /**
   * What js-yaml refuses in a plain scalar (its checkPrintable: C0 and C1 controls, lone
   * surrogates, U+FFFE, U+FFFF), left to it; surrogate pairs and U+FEFF too, to keep this simple.
   */
  private printable(c: number): void {
    // Written so that NaN (past the end of the text) fails too.
    if (!(c >= SPACE) || (c >= 0x7f && c <= 0x9f && c !== 0x85) || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfeff) throw LEAVE;
  }

  private skipSpaces(i: number): number {
    const t = this.t;
    while (t.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** After a node that ends at `i`: only spaces and a comment may follow on its line. Returns the line's end. */
  private restOfLine(i: number): number {
    const at = this.skipSpaces(i);
    const c = this.t.charCodeAt(at);
    if (at >= this.n || c === LF) return at;
    if (c === HASH && at > i) return this.endOfLine(at);
    throw LEAVE;
  }

  private endOfLine(i: number): number {
    const lf = this.t.indexOf('\n', i);
    return lf < 0 ? this.n : lf;
  }

  /** The first content after the line break at `i`: see `contentFrom`. */
  private nextContent(i: number): number {
    return this.contentFrom(i + 1);
  }

  /**
   * The first content from the line that starts at `lineStart`, past blank lines and comments;
   * sets `lineStart` to its line. The end of the text where there is none. A document marker
   * (`---`, `...`) or a directive at a line's start is left to js-yaml.
   */
  private contentFrom(lineStart: number): number {
    for (;;) {
      if (lineStart > this.n) return this.n;
      const k = this.skipSpaces(lineStart);
      const c = this.t.charCodeAt(k);
      if (k >= this.n) return this.n;
      if (c === LF) {
        lineStart = k + 1;
        continue;
      }
      if (c === HASH) {
        lineStart = this.endOfLine(k) + 1;
        continue;
      }
      if (k === lineStart && (c === 37 || this.marker(k))) throw LEAVE;
      this.lineStart = lineStart;
      return k;
    }
  }

  /** `---` or `...` at `i` (a document marker where a line starts with it; left to js-yaml wherever it is). */
  private marker(i: number): boolean {
    const c = this.t.charCodeAt(i);
    return (c === DASH || c === DOT) && this.t.charCodeAt(i + 1) === c && this.t.charCodeAt(i + 2) === c;
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING) throw LEAVE;
  }

  /** The end of the innermost collection. */
  private close(): void {
    this.depth--;
    this.out.push(POP, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE;
}
