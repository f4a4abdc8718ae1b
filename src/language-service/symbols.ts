/** The outline of a file (entities grouped by section) and the workspace's entities by id or name. */
import { KIND_LABEL, sourceText, type Entity, type EntityKind } from '../core/index';
import { SymbolKind, type DocumentSymbol, type Range, type SymbolInformation } from 'vscode-languageserver-types';
import type { Context } from './context';
import { locationOf } from './navigation';
import { lineIndexOf, rangeOf } from './positions';
import { perResult } from './result-memo';

const KIND_SECTION: Record<EntityKind, [string, SymbolKind]> = {
  owner: ['owners', SymbolKind.Object],
  domain: ['domains', SymbolKind.Package],
  system: ['systems', SymbolKind.Class],
  api: ['apis', SymbolKind.Interface],
  dataStore: ['dataStores', SymbolKind.Struct],
  rollout: ['rollouts', SymbolKind.Event],
};

const before = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);

function union(a: Range, b: Range): Range {
  return { start: before(b.start, a.start) ? b.start : a.start, end: before(a.end, b.end) ? b.end : a.end };
}

const symbolsOf = perResult<DocumentSymbol[]>();

/**
 * The file's entities grouped by section, the first `maxItemsComputed` of them (made once per
 * lint result: breadcrumbs and sticky scroll each ask after every keystroke; an entity the
 * lint kept keeps its symbol, entity-answers.ts).
 */
export async function documentSymbols(ctx: Context, uri: string): Promise<DocumentSymbol[]> {
  const path = ctx.uris.pathOf(uri);
  const result = path === undefined ? undefined : await ctx.results.resultFor(path);
  if (!result?.landscape || path === undefined) return [];
  const max = ctx.maxItemsComputed();
  return symbolsOf(result, `${path}\0${max}`, () => {
    const { moves, kept, next } = ctx.keptSymbols.begin(`${path}\0${max}`, sourceText(result, path) ?? '', lineIndexOf(result, path));
    /** An entity's symbol: the one made before while the edit left its text (moved by lines where it moved lines). */
    const symbolOf = (e: Entity, kind: SymbolKind, before: DocumentSymbol | undefined): DocumentSymbol => {
      if (before) {
        const range = moves.rangeOf(e.node, before.range);
        const selectionRange = moves.rangeOf(e.idSpan, before.selectionRange);
        if (range === before.range && selectionRange === before.selectionRange) return before;
        if (range && selectionRange) return { ...before, range, selectionRange };
      }
      return { name: e.id, detail: e.kind === 'system' ? e.mode ?? '' : e.name ?? '', kind, range: rangeOf(result, path, e.node), selectionRange: rangeOf(result, path, e.idSpan) };
    };
    const sections = new Map<string, DocumentSymbol>();
    let count = 0;
    for (const e of [...result.landscape.entities, ...result.landscape.duplicates]) {
      if (e.file !== path) continue;
      const [section, kind] = KIND_SECTION[e.kind];
      if (count + (sections.has(section) ? 1 : 2) > max) break;
      const sym = symbolOf(e, kind, kept.get(e));
      next.set(e, sym);
      const full = sym.range;
      let parent = sections.get(section);
      if (!parent) {
        sections.set(section, (parent = { name: section, detail: '', kind: SymbolKind.Namespace, range: full, selectionRange: full, children: [] }));
        count++;
      }
      parent.children!.push(sym);
      count++;
      parent.range = union(parent.range, full);
    }
    return [...sections.values()];
  });
}

/** Entities whose id or name contains the query (case-insensitive), each id once. */
export function workspaceSymbols(ctx: Context, query: string): SymbolInformation[] {
  const q = query.toLowerCase();
  const out: SymbolInformation[] = [];
  const seen = new Set<string>();
  for (const result of ctx.results.results()) {
    for (const e of result.landscape?.entities ?? []) {
      if (seen.has(e.id) || (q && !e.id.includes(q) && !(e.name ?? '').toLowerCase().includes(q))) continue;
      seen.add(e.id);
      out.push({ name: e.id, kind: SymbolKind.Class, containerName: KIND_LABEL[e.kind], location: locationOf(ctx, result, e) });
    }
  }
  return out;
}
