/**
 * Rename of an id across every file of the landscape: its definition and every reference. The
 * new id is checked against the format's id pattern and the ids already in use.
 */
import { ID_PATTERN } from '../core/index';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Context } from './context';
import { UserError } from './errors';
import { idAtPosition, sitesOf } from './navigation';
import { rangeOf } from './positions';

const ID = new RegExp(ID_PATTERN);

export async function prepareRename(ctx: Context, uri: string, pos: Position): Promise<{ range: Range; placeholder: string }> {
  const a = await idAtPosition(ctx, uri, pos);
  if (!a || !a.result.landscape.byId.has(a.hit.id)) throw new UserError('Place the cursor on the id of an entity or on a reference to one.');
  return { range: rangeOf(a.result, a.path, a.hit.span), placeholder: a.hit.id };
}

export async function rename(ctx: Context, uri: string, pos: Position, newName: string): Promise<WorkspaceEdit | null> {
  const a = await idAtPosition(ctx, uri, pos);
  if (!a) return null;
  if (!ID.test(newName) || newName.length > 63) throw new UserError(`'${newName}' is not a valid id: use kebab-case (lowercase letters, digits, single hyphens), at most 63 characters.`);
  if (newName !== a.hit.id && a.result.landscape.byId.has(newName)) throw new UserError(`'${newName}' is already used by another entity.`);
  const def = a.result.landscape.byId.get(a.hit.id);
  const spans = [...(def ? [{ file: def.file, span: def.idSpan }] : []), ...sitesOf(a.result, a.hit.id).map((s) => ({ file: s.holder.file, span: s.ref.span }))];
  const changes: Record<string, TextEdit[]> = {};
  for (const s of spans) (changes[ctx.uris.uriOf(s.file)] ??= []).push({ range: rangeOf(a.result, s.file, s.span), newText: newName });
  return { changes };
}
