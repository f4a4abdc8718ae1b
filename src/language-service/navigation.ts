/**
 * What is at a position, and where it is defined and referenced: definition, references, and
 * the reference sites rename and CodeLens read, across every file of the landscape.
 */
import { idAt, referenceSites, type Entity, type LintResult, type ReferenceSite } from '../core/index';
import type { Location, Position } from 'vscode-languageserver-types';
import type { Context } from './context';
import { lineIndexOf, rangeOf } from './positions';

/** What idAt finds: the id, its span, definition or reference, the kind it must have. */
type IdAt = NonNullable<ReturnType<typeof idAt>>;

export interface Hit {
  result: LintResult;
  path: string;
  hit: IdAt;
}

/** The id (definition or reference) at a position of a document, with the result it was found in. */
export async function idAtPosition(ctx: Context, uri: string, pos: Position): Promise<Hit | undefined> {
  const path = ctx.uris.pathOf(uri);
  const result = path === undefined ? undefined : await ctx.results.resultFor(path);
  if (!result?.landscape || path === undefined) return undefined;
  const hit = idAt(result.landscape, path, lineIndexOf(result, path).offsetAt(pos));
  return hit ? { result, path, hit } : undefined;
}

export function locationOf(ctx: Context, result: LintResult, e: Entity): Location {
  return { uri: ctx.uris.uriOf(e.file), range: rangeOf(result, e.file, e.idSpan) };
}

/** Reference sites by the id they name, once per lint result: CodeLens asks for every system. */
const sitesById = new WeakMap<LintResult, Map<string, ReferenceSite[]>>();

export function sitesOf(result: LintResult, id: string): ReferenceSite[] {
  let byId = sitesById.get(result);
  if (!byId) {
    byId = new Map();
    for (const s of referenceSites(result.landscape.entities)) {
      const list = byId.get(s.ref.id);
      if (list) list.push(s);
      else byId.set(s.ref.id, [s]);
    }
    sitesById.set(result, byId);
  }
  return byId.get(id) ?? [];
}

export function referenceLocations(ctx: Context, result: LintResult, id: string): Location[] {
  return sitesOf(result, id).map((s) => ({ uri: ctx.uris.uriOf(s.holder.file), range: rangeOf(result, s.holder.file, s.ref.span) }));
}

export async function definition(ctx: Context, uri: string, pos: Position): Promise<Location | null> {
  const a = await idAtPosition(ctx, uri, pos);
  const target = a && a.result.landscape.byId.get(a.hit.id);
  return a && target ? locationOf(ctx, a.result, target) : null;
}

export async function references(ctx: Context, uri: string, pos: Position, includeDeclaration: boolean): Promise<Location[] | null> {
  const a = await idAtPosition(ctx, uri, pos);
  if (!a) return null;
  const refs = referenceLocations(ctx, a.result, a.hit.id);
  const def = a.result.landscape.byId.get(a.hit.id);
  return includeDeclaration && def ? [locationOf(ctx, a.result, def), ...refs] : refs;
}
