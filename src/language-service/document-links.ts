/** Links from a file's imports to the files they name (literal paths that were loaded; globs name many). */
import type { DocumentLink } from 'vscode-languageserver-types';
import { URI, Utils } from 'vscode-uri';
import type { Context } from './context';
import { rangeOf } from './positions';

const GLOB_CHARS = /[*?[\]{}!]/;

export async function documentLinks(ctx: Context, uri: string): Promise<DocumentLink[]> {
  const path = ctx.uris.pathOf(uri);
  const result = path === undefined ? undefined : await ctx.results.resultFor(path);
  const file = result?.files.find((f) => f.path === path);
  if (!result || !file) return [];
  const loaded = new Set(result.files.map((f) => f.path));
  const links: DocumentLink[] = [];
  for (const imp of file.model.imports) {
    if (GLOB_CHARS.test(imp.pattern)) continue;
    const target = ctx.uris.pathOf(Utils.joinPath(Utils.dirname(URI.file(file.path)), imp.pattern).toString());
    if (target === undefined || !loaded.has(target)) continue;
    links.push({ range: rangeOf(result, file.path, imp.span), target: ctx.uris.uriOf(target), tooltip: `Open ${imp.pattern}` });
  }
  return links;
}
