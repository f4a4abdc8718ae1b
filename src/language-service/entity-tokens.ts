/**
 * One entity's semantic tokens: its id where it is defined, a system's `mode:` value, and (for
 * an entity that is not a later duplicate) its references. Walked once while the entity stays
 * the same object with the same pairs (parse/incremental.ts moves a kept entry's nodes in
 * place and read-entities.ts keeps its entity, so the nodes held here are the live ones), and
 * encoded in LSP's relative numbers from its first token, which stay right while the entity's
 * text does (file-tokens.ts decides when).
 */
import { findPair, forEachReference, isNode, tally, type Entity, type LineIndex, type Span, type YPair } from '../core/index';
import { DECLARATION, DEPRECATED, ENUM_MEMBER, modifiersOf, TYPE_INDEX } from './token-legend';

/** The LSP numbers of an entity's tokens, the first one's line and character left to the file. */
export interface EncodedTokens {
  /** Five numbers per token; the first token's first two (line and character deltas) are unused. */
  data: number[];
  /** Which token is the first encoded (a token over two lines is not encoded). */
  first: number;
  /** How many lines the last encoded token is below the first. */
  lastLineAfterFirst: number;
  /** The last encoded token's character. */
  lastCharacter: number;
}

export class EntityTokens {
  /** The tokens in text order (ties in the order found: the id, the mode, the references). */
  readonly span: Span[] = [];
  readonly type: number[] = [];
  /** The token's modifiers when they are the entity's own (its id, its mode). */
  readonly modifiers: number[] = [];
  /** For a reference, the id it names: it carries the modifiers of that id's entity. */
  readonly target: (string | undefined)[] = [];
  /** The entity's pairs when walked: a kept entity with other pairs may hold another `mode:` node. */
  readonly pairs: readonly YPair[];
  /** Every span is a node (which moves with the text), none a copied offset: only then is this kept. */
  readonly movesWithText: boolean;
  /** The last encoding made (file-tokens.ts keeps it while this entity's text and targets are unchanged). */
  encoded: EncodedTokens | undefined;

  constructor(readonly entity: Entity, readonly duplicate: boolean) {
    tally('tokens:entity-walk');
    this.pairs = entity.node.pairs;
    const spans: Span[] = [];
    const types: number[] = [];
    const modifiers: number[] = [];
    const targets: (string | undefined)[] = [];
    const add = (span: Span, type: number, bits: number, target?: string): void => {
      spans.push(span);
      types.push(type);
      modifiers.push(bits);
      targets.push(target);
    };
    const own = modifiersOf(entity);
    add(entity.idSpan, TYPE_INDEX[entity.kind], DECLARATION | own);
    const mode = entity.kind === 'system' ? findPair(entity.node, 'mode')?.value : undefined;
    if (mode?.kind === 'scalar') add(mode, ENUM_MEMBER, own & ~DEPRECATED);
    // A later duplicate is ignored by everything but no-duplicate-id: its references are not read.
    if (!duplicate) forEachReference([entity], (_holder, ref, expected) => add(ref.span, TYPE_INDEX[expected], 0, ref.id));
    // In text order, ties in the order found (a handful of tokens: an insertion sort).
    const order = spans.map((_, i) => i);
    for (let i = 1; i < order.length; i++) {
      const k = order[i];
      let j = i - 1;
      for (; j >= 0 && spans[order[j]].start > spans[k].start; j--) order[j + 1] = order[j];
      order[j + 1] = k;
    }
    for (const i of order) {
      this.span.push(spans[i]);
      this.type.push(types[i]);
      this.modifiers.push(modifiers[i]);
      this.target.push(targets[i]);
    }
    this.movesWithText = spans.every(isNode);
  }

  get firstStart(): number {
    return this.span[0].start;
  }

  get lastStart(): number {
    return this.span[this.span.length - 1].start;
  }

  /**
   * Where the encoding's inputs end: the character after the last token (a CR's LF decides
   * whether the token ends its line). Tokens are scalars, which never hold one another: the last
   * to start is the last to end.
   */
  get textEnd(): number {
    return this.span[this.span.length - 1].end + 1;
  }

  /** Whether a reference here names one of these ids. */
  names(ids: ReadonlySet<string>): boolean {
    for (const t of this.target) if (t !== undefined && ids.has(t)) return true;
    return false;
  }

  /** Encodes the tokens at their offsets now, with `index` (of the text they are in) and the referenced entities' modifiers. */
  encode(index: LineIndex, targetModifiers: (id: string) => number): EncodedTokens {
    const data: number[] = [];
    let first = -1;
    let firstLine = 0;
    let line = index.positionAt(this.firstStart).line;
    let previousLine = 0;
    let previousCharacter = 0;
    for (let i = 0; i < this.span.length; i++) {
      const { start, end } = this.span[i];
      while (line + 1 < index.lineCount && index.lineStart(line + 1) <= start) line++;
      const next = line + 1 < index.lineCount ? index.lineStart(line + 1) : Infinity;
      // A token is one line (a quoted id cannot span two, but the text may be odd).
      if (end <= start || end >= next) continue;
      const character = start - index.lineStart(line);
      const target = this.target[i];
      const modifiers = target === undefined ? this.modifiers[i] : targetModifiers(target);
      if (first < 0) {
        first = i;
        firstLine = line;
        data.push(0, 0, end - start, this.type[i], modifiers);
      } else data.push(line - previousLine, line === previousLine ? character - previousCharacter : character, end - start, this.type[i], modifiers);
      previousLine = line;
      previousCharacter = character;
    }
    this.encoded = { data, first, lastLineAfterFirst: previousLine - firstLine, lastCharacter: previousCharacter };
    return this.encoded;
  }
}
