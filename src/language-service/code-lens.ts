/**
 * A CodeLens per system with its consumers, dependencies and instability, made when the client
 * resolves a lens it shows (with the references to show on a click). The editor asks for every
 * lens of the file after each keystroke, 10,000 in a 10,000-system file: so a lens is small (its
 * range, its file's number and the system's id), the answer is made once per lint result, and a
 * system the lint kept keeps its lens, moved by lines where the edit moved it (entity-answers.ts).
 */
import { coupling, sourceText, type LintResult } from '../core/index';
import type { CodeLens, Range } from 'vscode-languageserver-types';
import { COMMANDS } from './commands';
import type { Context } from './context';
import { referenceLocations } from './navigation';
import { lineIndexOf, rangeOf } from './positions';
import { perResult } from './result-memo';

/** What a lens carries to its resolve: its file's number (`LensFiles`) and the system's id. */
type LensData = [file: number, id: string];

const lensesOf = perResult<CodeLens[]>();

export async function codeLenses(ctx: Context, uri: string): Promise<CodeLens[]> {
  const path = ctx.uris.pathOf(uri);
  const result = path === undefined ? undefined : await ctx.results.resultFor(path);
  if (!result?.landscape || path === undefined) return [];
  const file = ctx.lensFiles.numberOf(uri);
  return lensesOf(result, uri, () => {
    const { moves, kept, next } = ctx.keptLenses.begin(uri, sourceText(result, path) ?? '', lineIndexOf(result, path));
    return result.landscape.systems.filter((s) => s.file === path).map((s) => {
      const before = kept.get(s);
      const range = before && moves.rangeOf(s.idSpan, before.range);
      const data: unknown = before?.data ?? ([file, s.id] satisfies LensData);
      const lens: CodeLens = before && range === before.range ? before : { range: range ?? rangeOf(result, path, s.idSpan), data };
      next.set(s, lens);
      return lens;
    });
  });
}

/** The lenses of `uri` whose line is in one of `ranges` (their start and end lines, inclusive). */
export async function codeLensesIn(ctx: Context, uri: string, ranges: readonly Range[]): Promise<CodeLens[]> {
  const all = await codeLenses(ctx, uri);
  return all.filter((l) => ranges.some((r) => l.range.start.line >= r.start.line && l.range.start.line <= r.end.line));
}

function titleOf(result: LintResult, id: string): string {
  const c = coupling(result.landscape.graph, id);
  return `${c.ca} consumer${c.ca === 1 ? '' : 's'} · ${c.ce} dependenc${c.ce === 1 ? 'y' : 'ies'}${c.instability === undefined ? '' : ` · instability ${c.instability.toFixed(2)}`}`;
}

/** The lens's title and command: show the system's references (a client command; VS Code's references view). */
export async function resolveCodeLens(ctx: Context, lens: CodeLens): Promise<CodeLens> {
  const [file, id] = Array.isArray(lens.data) ? (lens.data as LensData) : [];
  const uri = ctx.lensFiles.uriOf(file);
  const path = uri === undefined ? undefined : ctx.uris.pathOf(uri);
  const result = path === undefined ? undefined : await ctx.results.resultFor(path);
  // A lens of an earlier server, or of a system gone since: nothing to show.
  if (uri === undefined || typeof id !== 'string' || !result?.landscape?.byId.has(id)) return lens;
  return { ...lens, command: { title: titleOf(result, id), command: COMMANDS.showReferences, arguments: [uri, lens.range.start, referenceLocations(ctx, result, id)] } };
}
