/**
 * Semantic tokens: entity ids where they are defined (modifier `declaration`), references to
 * them, and system modes. The token type says the entity's kind; a system's mode is a modifier
 * on its id, its references and its `mode:` value, so a theme can colour the two speeds apart;
 * retiring systems and APIs (phaseOut, endOfLife) carry `deprecated`.
 */
import { findPair, forEachReference, isNode, tally, type Entity, type EntityKind, type LintResult, type Span } from '../core/index';
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { Context } from './context';
import { isRetiring } from './id-card';
import { lineIndexOf } from './positions';
import { perResult } from './result-memo';

const TYPE_OF_KIND: Record<EntityKind, string> = { owner: 'namespace', domain: 'type', system: 'class', api: 'interface', dataStore: 'struct', rollout: 'event' };
const TOKEN_TYPES = [...new Set(Object.values(TYPE_OF_KIND)), 'enumMember'];
const TOKEN_MODIFIERS = ['declaration', 'deprecated', 'mode1', 'mode2', 'gearbox'];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: TOKEN_TYPES, tokenModifiers: TOKEN_MODIFIERS };

const TYPE_INDEX = Object.fromEntries(Object.entries(TYPE_OF_KIND).map(([kind, type]) => [kind, TOKEN_TYPES.indexOf(type)])) as Record<EntityKind, number>;
const ENUM_MEMBER = TOKEN_TYPES.indexOf('enumMember');
const bit = (m: string): number => 1 << TOKEN_MODIFIERS.indexOf(m);
const DECLARATION = bit('declaration');
const DEPRECATED = bit('deprecated');

/** The modifiers an entity gives the tokens that name it: its mode (systems), retiring. */
function modifiersOf(e: Entity | undefined): number {
  let bits = 0;
  if (e?.kind === 'system' && e.mode && TOKEN_MODIFIERS.includes(e.mode)) bits |= bit(e.mode);
  if (e && isRetiring(e)) bits |= DEPRECATED;
  return bits;
}

/** The file's tokens, unordered, in parallel arrays (a 10,000-system file has ~100,000). */
class Tokens {
  /** Where each token is: the node itself, so tokens kept for a later lint read its offsets then. */
  readonly span: Span[] = [];
  readonly type: number[] = [];
  readonly modifiers: number[] = [];
  /** Every span is a node (which the incremental re-parse moves with the text), none a copied offset. */
  movesWithText = true;

  add(span: Span, type: number, modifiers: number): void {
    this.span.push(span);
    this.type.push(type);
    this.modifiers.push(modifiers);
    if (!isNode(span)) this.movesWithText = false;
  }

  /** Indexes in text order (ties in the order added): one numeric sort of start · 2²⁰ + index, no comparator. */
  ordered(): number[] {
    const keys = new Float64Array(this.span.length);
    for (let i = 0; i < keys.length; i++) keys[i] = this.span[i].start * ORDER + i;
    keys.sort();
    return Array.from(keys, (k) => k % ORDER);
  }
}

const ORDER = 2 ** 20;

function tokensOf(result: LintResult, path: string): Tokens {
  tally('tokens:walk');
  const l = result.landscape;
  const tokens = new Tokens();
  const declare = (e: Entity): void => {
    if (e.file !== path) return;
    const modifiers = modifiersOf(e);
    tokens.add(e.idSpan, TYPE_INDEX[e.kind], DECLARATION | modifiers);
    const mode = e.kind === 'system' ? findPair(e.node, 'mode')?.value : undefined;
    if (mode?.kind === 'scalar') tokens.add(mode, ENUM_MEMBER, modifiers & ~DEPRECATED);
  };
  for (const e of l.entities) declare(e);
  for (const e of l.duplicates) declare(e);
  forEachReference(l.entities, (holder, ref, expected) => {
    if (holder.file === path) tokens.add(ref.span, TYPE_INDEX[expected], modifiersOf(l.byId.get(ref.id)));
  });
  return tokens;
}

/**
 * A file's tokens in text order, kept with the entities they were found in. Tokens depend only
 * on the entities (their nodes, kinds, modes, lifecycles and references): a lint that keeps
 * every entity (a keystroke in a comment, a description, spacing; the engine then keeps the
 * entity list itself) has the same tokens at the nodes' new offsets, and only the encoding is
 * made again — no walk over every reference, no sort.
 */
interface KeptTokens {
  duplicates: readonly Entity[];
  tokens: Tokens;
  order: number[];
}
const keptTokens = new WeakMap<readonly Entity[], Map<string, KeptTokens>>();

function orderedTokens(result: LintResult, path: string): KeptTokens {
  const l = result.landscape;
  let byPath = keptTokens.get(l.entities);
  const kept = byPath?.get(path);
  if (kept && kept.duplicates === l.duplicates) return kept;
  const tokens = tokensOf(result, path);
  const made = { duplicates: l.duplicates, tokens, order: tokens.ordered() };
  if (tokens.movesWithText) {
    if (!byPath) keptTokens.set(l.entities, (byPath = new Map<string, KeptTokens>()));
    byPath.set(path, made);
  }
  return made;
}

/** The file's tokens in LSP's encoding (made once per lint result and file). */
const encoded = perResult<number[]>();

function tokenData(result: LintResult, path: string): number[] {
  return encoded(result, path, () => {
    const { tokens, order } = orderedTokens(result, path);
    // More than 2²⁰ tokens would not sort apart: none then (a file of millions of ids).
    if (order.length >= ORDER) return [];
    const index = lineIndexOf(result, path);
    const data: number[] = [];
    // Tokens come in text order: the line is found by walking forward, not searched for each.
    let line = 0;
    let previousLine = 0;
    let previousCharacter = 0;
    for (const i of order) {
      const start = tokens.span[i].start;
      const end = tokens.span[i].end;
      while (line + 1 < index.lineCount && index.lineStart(line + 1) <= start) line++;
      const next = line + 1 < index.lineCount ? index.lineStart(line + 1) : Infinity;
      // A token is one line (a quoted id cannot span two, but the text may be odd).
      if (end <= start || end >= next) continue;
      const character = start - index.lineStart(line);
      data.push(line - previousLine, line === previousLine ? character - previousCharacter : character, end - start, tokens.type[i], tokens.modifiers[i]);
      previousLine = line;
      previousCharacter = character;
    }
    return data;
  });
}

async function currentData(ctx: Context, uri: string): Promise<number[]> {
  const path = ctx.uris.pathOf(uri);
  const result = path === undefined ? undefined : await ctx.results.resultFor(path);
  return result?.landscape && path !== undefined ? tokenData(result, path) : [];
}

export async function semanticTokens(ctx: Context, uri: string): Promise<SemanticTokens> {
  return ctx.tokenResults.answer(uri, await currentData(ctx, uri));
}

/** The change since the answer `previousResultId` (one edit: the numbers between the common start and end); all tokens when that answer is gone. */
export async function semanticTokensDelta(ctx: Context, uri: string, previousResultId: string): Promise<SemanticTokens | SemanticTokensDelta> {
  const data = await currentData(ctx, uri);
  const before = ctx.tokenResults.previous(uri, previousResultId);
  const { resultId } = ctx.tokenResults.answer(uri, data);
  if (!before) return { resultId, data };
  let start = 0;
  while (start < before.length && start < data.length && before[start] === data[start]) start++;
  let endBefore = before.length;
  let end = data.length;
  while (endBefore > start && end > start && before[endBefore - 1] === data[end - 1]) {
    endBefore--;
    end--;
  }
  const edits = endBefore === start && end === start ? [] : [{ start, deleteCount: endBefore - start, data: data.slice(start, end) }];
  return { resultId, edits };
}
