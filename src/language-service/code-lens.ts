/**
 * A CodeLens per system with its consumers, dependencies and instability; its references are
 * looked up only when the client resolves the lens it shows.
 */
import { coupling } from '../core/index';
import type { CodeLens } from 'vscode-languageserver-types';
import { COMMANDS } from './commands';
import type { Context } from './context';
import { referenceLocations } from './navigation';
import { rangeOf } from './positions';

interface LensData {
  uri: string;
  id: string;
  title: string;
}

export async function codeLenses(ctx: Context, uri: string): Promise<CodeLens[]> {
  const path = ctx.uris.pathOf(uri);
  const result = path === undefined ? undefined : await ctx.results.resultFor(path);
  if (!result?.landscape || path === undefined) return [];
  return result.landscape.systems.filter((s) => s.file === path).map((s) => {
    const c = coupling(result.landscape.graph, s.id);
    const title = `${c.ca} consumer${c.ca === 1 ? '' : 's'} · ${c.ce} dependenc${c.ce === 1 ? 'y' : 'ies'}${c.instability === undefined ? '' : ` · I ${c.instability.toFixed(2)}`}`;
    const data: LensData = { uri, id: s.id, title };
    return { range: rangeOf(result, path, s.idSpan), data };
  });
}

/** The lens's command: show the system's references (a client command; VS Code's references view). */
export async function resolveCodeLens(ctx: Context, lens: CodeLens): Promise<CodeLens> {
  const data = lens.data as LensData;
  const path = ctx.uris.pathOf(data.uri);
  const result = path === undefined ? undefined : await ctx.results.resultFor(path);
  const locations = result ? referenceLocations(ctx, result, data.id) : [];
  return { ...lens, command: { title: data.title, command: COMMANDS.showReferences, arguments: [data.uri, lens.range.start, locations] } };
}
