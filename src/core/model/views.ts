/**
 * Saved views (the top-level `views:` section): which systems a picture of the diagram shows.
 * Read from every file of the landscape in load order, the first view of a name winning (as
 * entities do); tolerant of wrong types like every reader here (the schema reports them).
 * Views are for pictures only: no rule reads them, so they never change what the rules report.
 */
import { asMap, asScalar, asSeq, getValue, scalarString, type YMap, type YScalar } from '../parse/yaml-tree';
import type { Landscape } from './landscape';
import { neighbourhoodOf } from './impact';
import type { Direction } from './propagation';

/** The kinds of entity a view names, and the filter keys that name each. */
export type ViewRefKind = 'system' | 'domain' | 'owner';

export interface ViewFilter {
  modes?: string[];
  domains?: string[];
  owners?: string[];
  governance?: string[];
  tags?: string[];
  systems?: string[];
}

export type ViewGrouping = 'auto' | 'domains' | 'owners' | 'none';

export interface SavedView {
  name: string;
  title?: string;
  include?: ViewFilter;
  exclude?: ViewFilter;
  focus?: { system: string; depth: number; direction: Direction };
  grouping: ViewGrouping;
  file: string;
  /** The view's mapping and its name's scalar (where findings about it go). */
  node: YMap;
  nameNode: YScalar;
  /** Every id the view names, with its node, for the check that they exist. */
  refs: { kind: ViewRefKind; id: string; node: YScalar }[];
}

const FILTER_REFS: [keyof ViewFilter, ViewRefKind][] = [['domains', 'domain'], ['owners', 'owner'], ['systems', 'system']];
const FILTER_KEYS: (keyof ViewFilter)[] = ['modes', 'domains', 'owners', 'governance', 'tags', 'systems'];

function readFilter(node: YMap | null, refs: SavedView['refs']): ViewFilter | undefined {
  if (!node) return undefined;
  const filter: ViewFilter = {};
  for (const key of FILTER_KEYS) {
    const items = asSeq(getValue(node, key))?.items;
    if (!items) continue;
    const kind = FILTER_REFS.find(([k]) => k === key)?.[1];
    const values: string[] = [];
    for (const item of items) {
      const s = asScalar(item);
      if (!s || s.value === null) continue;
      values.push(s.text);
      if (kind) refs.push({ kind, id: s.text, node: s });
    }
    filter[key] = values;
  }
  return filter;
}

function readView(node: YMap, file: string): SavedView | undefined {
  const nameNode = asScalar(getValue(node, 'name'));
  if (!nameNode || nameNode.value === null || nameNode.text === '') return undefined;
  const refs: SavedView['refs'] = [];
  const view: SavedView = { name: nameNode.text, grouping: 'auto', file, node, nameNode, refs };
  const title = scalarString(getValue(node, 'title'));
  if (title !== undefined) view.title = title;
  const include = readFilter(asMap(getValue(node, 'include')), refs);
  if (include) view.include = include;
  const exclude = readFilter(asMap(getValue(node, 'exclude')), refs);
  if (exclude) view.exclude = exclude;
  const focus = asMap(getValue(node, 'focus'));
  const system = asScalar(getValue(focus, 'system'));
  if (system && system.value !== null) {
    refs.push({ kind: 'system', id: system.text, node: system });
    const depth = Number(scalarString(getValue(focus, 'depth')) ?? 1);
    const direction = scalarString(getValue(focus, 'direction'));
    view.focus = {
      system: system.text,
      depth: Number.isInteger(depth) && depth >= 1 && depth <= 3 ? depth : 1,
      direction: direction === 'up' || direction === 'down' ? direction : 'both',
    };
  }
  const grouping = scalarString(getValue(node, 'grouping'));
  if (grouping === 'domains' || grouping === 'owners' || grouping === 'none') view.grouping = grouping;
  return view;
}

/** The views of the landscape, first of each name, and the later ones that repeat a name. */
export function readViews(l: Landscape): { views: SavedView[]; repeated: SavedView[] } {
  const views: SavedView[] = [];
  const repeated: SavedView[] = [];
  const names = new Set<string>();
  for (const f of l.files) {
    for (const item of asSeq(getValue(f.root, 'views'))?.items ?? []) {
      const map = asMap(item);
      const view = map && readView(map, f.path);
      if (!view) continue;
      if (names.has(view.name)) repeated.push(view);
      else {
        names.add(view.name);
        views.push(view);
      }
    }
  }
  return { views, repeated };
}

/** Whether a system matches a filter: every criterion given (include), or any (exclude). */
function matches(l: Landscape, index: number, f: ViewFilter, every: boolean): boolean {
  const s = l.systems[index];
  const tests: boolean[] = [];
  if (f.modes) tests.push(s.mode !== undefined && f.modes.includes(s.mode));
  if (f.domains) tests.push(s.domain !== undefined && f.domains.includes(s.domain.id));
  if (f.owners) tests.push(s.owner !== undefined && f.owners.includes(s.owner.id));
  if (f.governance) tests.push(f.governance.includes(s.governance));
  if (f.tags) {
    const tags = asSeq(getValue(s.node, 'tags'))?.items.map((t) => scalarString(t)) ?? [];
    tests.push(tags.some((t) => t !== undefined && f.tags!.includes(t)));
  }
  if (f.systems) tests.push(f.systems.includes(s.id));
  return every ? tests.every(Boolean) : tests.some(Boolean);
}

/**
 * The systems a view shows: the focus's neighbourhood (or every system), then `include` and
 * `exclude`; the focus itself always stays. With a focus, each id maps to its distance.
 */
export function viewSystems(l: Landscape, view: SavedView): Set<string> | Map<string, number> {
  const near = view.focus ? neighbourhoodOf(l, view.focus.system, view.focus.depth, view.focus.direction) : undefined;
  const kept = (i: number): boolean => {
    const id = l.systems[i].id;
    if (near && !near.has(id)) return false;
    if (near && id === view.focus!.system) return true;
    if (view.include && !matches(l, i, view.include, true)) return false;
    return !(view.exclude && matches(l, i, view.exclude, false));
  };
  const ids: string[] = [];
  for (let i = 0; i < l.systems.length; i++) if (kept(i)) ids.push(l.systems[i].id);
  return near ? new Map(ids.map((id) => [id, near.get(id)!])) : new Set(ids);
}
