/**
 * Semantic tokens: entity ids where they are defined (modifier `declaration`), references to
 * them, and system modes. The token type says the entity's kind; a system's mode is a modifier
 * on its id, its references and its `mode:` value, so a theme can colour the two speeds apart;
 * retiring systems and APIs (phaseOut, endOfLife) carry `deprecated`.
 */
import { findPair, referenceSites, type Entity, type EntityKind, type LintResult } from '../core/index';
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { Context } from './context';
import { isRetiring } from './id-card';
import { lineIndexOf } from './positions';
import { perResult } from './result-memo';

const TYPE_OF_KIND: Record<EntityKind, string> = { owner: 'namespace', domain: 'type', system: 'class', api: 'interface', dataStore: 'struct', rollout: 'event' };
const TOKEN_TYPES = [...new Set(Object.values(TYPE_OF_KIND)), 'enumMember'];
const TOKEN_MODIFIERS = ['declaration', 'deprecated', 'mode1', 'mode2', 'gearbox'];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: TOKEN_TYPES, tokenModifiers: TOKEN_MODIFIERS };

interface Token {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

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

function tokensOf(result: LintResult, path: string): Token[] {
  const l = result.landscape;
  const tokens: Token[] = [];
  const declare = (e: Entity): void => {
    if (e.file !== path) return;
    const modifiers = modifiersOf(e);
    tokens.push({ start: e.idSpan.start, end: e.idSpan.end, type: TYPE_INDEX[e.kind], modifiers: DECLARATION | modifiers });
    const mode = e.kind === 'system' ? findPair(e.node, 'mode')?.value : undefined;
    if (mode?.kind === 'scalar') tokens.push({ start: mode.start, end: mode.end, type: ENUM_MEMBER, modifiers: modifiers & ~DEPRECATED });
  };
  for (const e of l.entities) declare(e);
  for (const e of l.duplicates) declare(e);
  for (const { holder, ref, expected } of referenceSites(l.entities)) {
    if (holder.file === path) tokens.push({ start: ref.span.start, end: ref.span.end, type: TYPE_INDEX[expected], modifiers: modifiersOf(l.byId.get(ref.id)) });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** The file's tokens in LSP's encoding (made once per lint result and file). */
const encoded = perResult<number[]>();

function tokenData(result: LintResult, path: string): number[] {
  return encoded(result, path, () => {
    const index = lineIndexOf(result, path);
    const data: number[] = [];
    let line = 0;
    let character = 0;
    for (const t of tokensOf(result, path)) {
      const start = index.positionAt(t.start);
      const end = index.positionAt(t.end);
      // A token is one line (a quoted id cannot span two, but the text may be odd).
      if (end.line !== start.line || end.character <= start.character) continue;
      data.push(start.line - line, start.line === line ? start.character - character : start.character, end.character - start.character, t.type, t.modifiers);
      line = start.line;
      character = start.character;
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
