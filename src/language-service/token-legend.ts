/**
 * What a semantic token says: the token type is the entity's kind (`enumMember` for a system's
 * `mode:` value); a system's mode is a modifier on its id, its references and its `mode:` value,
 * so a theme can colour the two speeds apart; retiring systems and APIs (phaseOut, endOfLife)
 * carry `deprecated`; where an entity is defined, `declaration`.
 */
import type { Entity, EntityKind } from '../core/index';
import type { SemanticTokensLegend } from 'vscode-languageserver-types';
import { isRetiring } from './id-card';

const TYPE_OF_KIND: Record<EntityKind, string> = { owner: 'namespace', domain: 'type', system: 'class', api: 'interface', dataStore: 'struct', rollout: 'event' };
const TOKEN_TYPES = [...new Set(Object.values(TYPE_OF_KIND)), 'enumMember'];
const TOKEN_MODIFIERS = ['declaration', 'deprecated', 'mode1', 'mode2', 'gearbox'];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: TOKEN_TYPES, tokenModifiers: TOKEN_MODIFIERS };

export const TYPE_INDEX = Object.fromEntries(Object.entries(TYPE_OF_KIND).map(([kind, type]) => [kind, TOKEN_TYPES.indexOf(type)])) as Record<EntityKind, number>;
export const ENUM_MEMBER = TOKEN_TYPES.indexOf('enumMember');
const bit = (m: string): number => 1 << TOKEN_MODIFIERS.indexOf(m);
export const DECLARATION = bit('declaration');
export const DEPRECATED = bit('deprecated');

/** The modifiers an entity gives the tokens that name it: its mode (systems), retiring. */
export function modifiersOf(e: Entity | undefined): number {
  let bits = 0;
  if (e?.kind === 'system' && e.mode && TOKEN_MODIFIERS.includes(e.mode)) bits |= bit(e.mode);
  if (e && isRetiring(e)) bits |= DEPRECATED;
  return bits;
}
