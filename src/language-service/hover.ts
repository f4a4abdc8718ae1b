/**
 * Hover: the id card on an id (definition or reference); on a key, the schema's description,
 * values and default with a link to the format reference, unless a YAML extension shows it.
 */
import { describeKey } from '../core/index';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Context } from './context';
import { idCard } from './id-card';
import { idAtPosition } from './navigation';
import { rangeOf } from './positions';

export async function hover(ctx: Context, doc: TextDocument, pos: Position): Promise<Hover | null> {
  const a = await idAtPosition(ctx, doc.uri, pos);
  const e = a && a.result.landscape.byId.get(a.hit.id);
  if (a && e) return { contents: { kind: MarkupKind.Markdown, value: idCard(a.result, e, { file: a.path, start: a.hit.span.start, end: a.hit.span.end }) }, range: rangeOf(a.result, a.path, a.hit.span) };
  if (ctx.schemaByYamlExtension()) return null;
  const path = ctx.uris.pathOf(doc.uri);
  const result = path === undefined ? undefined : await ctx.results.resultFor(path);
  const file = result?.files.find((f) => f.path === path);
  // Keys are looked up in the tree of the text the client shows, never an older one.
  if (!result || !file || file.text !== doc.getText()) return null;
  const key = describeKey(file.parsed.root, doc.offsetAt(pos));
  if (!key) return null;
  // One click from any key to the whole format reference.
  return { contents: { kind: MarkupKind.Markdown, value: `${key.markdown}\n\n[Format reference](${ctx.formatReferenceHref()})` }, range: rangeOf(result, file.path, key.span) };
}
