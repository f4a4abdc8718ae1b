/**
 * Semantic tokens: entity ids where they are defined (modifier `declaration`), references to
 * them, and system modes. The token type says the entity's kind; a system's mode is a modifier
 * on its id, its references and its `mode:` value, so a theme can colour the two speeds apart;
 * retiring systems and APIs (phaseOut, endOfLife) carry `deprecated`.
 */
import { findPair, referenceSites, type Entity, type EntityKind, type LintResult } from '../core/index';
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { Context } from './context';
import { isRetiring } from './id-card';
import { lineIndexOf } from './positions';

const TYPE_OF_KIND: Record<EntityKind, string> = { owner: 'namespace', domain: 'type', system: 'class', api: 'interface', dataStore: 'struct', rollout: 'event' };
const TOKEN_TYPES = [...new Set(Object.values(TYPE_OF_KIND)), 'enumMember'];
const TOKEN_MODIFIERS = ['declaration', 'deprecated', 'mode1', 'mode2', 'gearbox'];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: TOKEN_TYPES, tokenModifiers: TOKEN_MODIFIERS };

interface Token {
  start: number;
  end: number;
  type: string;
  modifiers: string[];
}

/** The modifiers an entity gives the tokens that name it: its mode (systems), retiring. */
function modifiersOf(e: Entity | undefined): string[] {
  const out: string[] = [];
  if (e?.kind === 'system' && e.mode && TOKEN_MODIFIERS.includes(e.mode)) out.push(e.mode);
  if (e && isRetiring(e)) out.push('deprecated');
  return out;
}

function tokensOf(result: LintResult, path: string): Token[] {
  const l = result.landscape;
  const tokens: Token[] = [];
  for (const e of [...l.entities, ...l.duplicates]) {
    if (e.file !== path) continue;
    tokens.push({ start: e.idSpan.start, end: e.idSpan.end, type: TYPE_OF_KIND[e.kind], modifiers: ['declaration', ...modifiersOf(e)] });
    const mode = e.kind === 'system' ? findPair(e.node, 'mode')?.value : undefined;
    if (mode?.kind === 'scalar') tokens.push({ start: mode.start, end: mode.end, type: 'enumMember', modifiers: modifiersOf(e).filter((m) => m !== 'deprecated') });
  }
  for (const { holder, ref, expected } of referenceSites(l.entities)) {
    if (holder.file === path) tokens.push({ start: ref.span.start, end: ref.span.end, type: TYPE_OF_KIND[expected], modifiers: modifiersOf(l.byId.get(ref.id)) });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

export async function semanticTokens(ctx: Context, uri: string): Promise<SemanticTokens> {
  const path = ctx.uris.pathOf(uri);
  const result = path === undefined ? undefined : await ctx.results.resultFor(path);
  if (!result?.landscape || path === undefined) return { data: [] };
  const index = lineIndexOf(result, path);
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const t of tokensOf(result, path)) {
    const start = index.positionAt(t.start);
    const end = index.positionAt(t.end);
    // A token is one line (a quoted id cannot span two, but the text may be odd).
    if (end.line !== start.line || end.character <= start.character) continue;
    const modifiers = t.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
    data.push(start.line - line, start.line === line ? start.character - character : start.character, end.character - start.character, TOKEN_TYPES.indexOf(t.type), modifiers);
    line = start.line;
    character = start.character;
  }
  return { data };
}
