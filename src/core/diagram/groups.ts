/**
 * Groups for large landscapes: one group per (lane, domain), or per (lane, owner) on demand,
 * their counts and worst finding, and the edges between what is visible once some groups are
 * collapsed (aggregated per pair, and in an overview only the heaviest few hundred).
 */
import type { Severity } from '../types';
import { worstOf, type DiagramEdge, type DiagramGroup, type DiagramModel, type DiagramNode, type GroupBy, type Lane } from './model';

const NO_KEY_LABEL: Record<GroupBy, string> = { domain: '(no domain)', owner: '(no owner)' };

/**
 * Never a valid system id (ids are kebab-case), so group and system ids cannot collide; domain
 * groups keep the ids they always had (a restored panel's open groups), owner groups have their own prefix.
 */
export function groupIdOf(lane: Lane, key: string | undefined, by: GroupBy = 'domain'): string {
  return `${by === 'owner' ? 'owner-group' : 'group'}:${lane}:${key ?? ''}`;
}

/** The domain or owner a system is grouped under. */
export function groupKeyOf(n: DiagramNode, by: GroupBy): string | undefined {
  return by === 'owner' ? n.owner : n.domain;
}

const distinct = (xs: (string | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => !!x))].sort();

/**
 * The groups of one lane, from its nodes sorted by group key (none last) then id — so the
 * groups come in that order and each group's members are sorted by id. Positions are 0.
 */
export function groupsOfLane(lane: Lane, sorted: DiagramNode[], model: DiagramModel, expanded: ReadonlySet<string>, by: GroupBy = 'domain'): { group: DiagramGroup; members: DiagramNode[] }[] {
  const out: { group: DiagramGroup; members: DiagramNode[] }[] = [];
  const defs = by === 'owner' ? model.owners : model.domains;
  let lastKey: string | undefined;
  for (const n of sorted) {
    const key = groupKeyOf(n, by);
    const last = out[out.length - 1];
    if (last && lastKey === key) {
      last.members.push(n);
      continue;
    }
    lastKey = key;
    const id = groupIdOf(lane, key, by);
    const def = key === undefined ? undefined : defs?.find((d) => d.id === key);
    const group: DiagramGroup = {
      id, lane, by, label: key ?? NO_KEY_LABEL[by], count: 0, members: [], owners: [], domains: [],
      findings: { error: 0, warn: 0, info: 0 }, expanded: expanded.has(id),
      // The domain's (owner's) definition says what the group is; without one, its first system.
      file: def?.file ?? n.file, span: def?.span ?? n.span,
      slot: 0, x: 0, y: 0, w: 0, h: 0, frames: [],
    };
    if (by === 'domain' && key !== undefined) group.domain = key;
    out.push({ members: [n], group });
  }
  for (const { group: g, members } of out) {
    g.count = members.length;
    g.members = members.map((m) => m.id);
    g.owners = distinct(members.map((m) => m.owner));
    g.domains = distinct(members.map((m) => m.domain));
    for (const m of members) {
      g.findings.error += m.findings.error;
      g.findings.warn += m.findings.warn;
      g.findings.info += m.findings.info;
      if (m.worst) g.worst = worstOf(g.worst, m.worst);
    }
  }
  return out;
}

/**
 * The most edges between two collapsed groups an overview draws. 1,000 generated systems in
 * 75 domain groups have ~1,500 group pairs with a dependency, 10,000 in 750 groups ~24,000: a
 * hairball. An overview keeps the heaviest (edges with the worst findings first, then those
 * standing for the most dependencies) and says how many it left out; a group's own edges come
 * back when it is expanded (edges with a drawn system at an end are never left out).
 */
export const EDGE_BUDGET = 250;

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warn: 2, info: 1 };

/** Heavier first: worst finding, then dependencies stood for, then sync before async, then id (deterministic). */
function heavier(a: DiagramEdge, b: DiagramEdge): number {
  return (b.worst ? SEVERITY_RANK[b.worst] : 0) - (a.worst ? SEVERITY_RANK[a.worst] : 0)
    || (b.count ?? 1) - (a.count ?? 1)
    || (a.interaction === b.interaction ? 0 : a.interaction === 'sync' ? -1 : 1)
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The edges between visible ends. `visible` maps a system id to itself (drawn on its own)
 * or to its collapsed group's id. Edges between two drawn systems are kept as they are
 * (each reveals its own source line); the others become one edge per (from, to) pair with
 * a count, sync if any member is, the worst finding and the rules of all. Edges inside one
 * collapsed group are left out: their findings already count in the group's badges. Of the
 * edges between two collapsed groups, at most `budget` are kept (the heaviest, see
 * EDGE_BUDGET), in their order; `hidden` says what the others stood for.
 */
export function visibleEdges(edges: DiagramEdge[], visible: ReadonlyMap<string, string>, budget = EDGE_BUDGET): { edges: DiagramEdge[]; hidden?: { edges: number; dependencies: number } } {
  const all = mergedEdges(edges, visible);
  const betweenGroups = all.filter((e) => visible.get(e.from) !== e.from && visible.get(e.to) !== e.to);
  if (betweenGroups.length <= budget) return { edges: all };
  const left = new Set(betweenGroups.sort(heavier).slice(budget));
  let dependencies = 0;
  for (const e of left) dependencies += e.count ?? 1;
  return { edges: all.filter((e) => !left.has(e)), hidden: { edges: left.size, dependencies } };
}

function mergedEdges(edges: DiagramEdge[], visible: ReadonlyMap<string, string>): DiagramEdge[] {
  const out: DiagramEdge[] = [];
  const merged = new Map<string, DiagramEdge>();
  for (const e of edges) {
    const from = visible.get(e.from);
    const to = visible.get(e.to);
    if (from === undefined || to === undefined) continue;
    if (from === e.from && to === e.to) {
      // A copy (the layout sets its path); `rules` is shared, never changed.
      out.push({ ...e });
      continue;
    }
    if (from === to) continue;
    const id = `${from}->${to}`;
    const m = merged.get(id);
    if (!m) {
      const agg: DiagramEdge = { id, from, to, interaction: e.interaction, worst: e.worst, rules: [...e.rules], file: e.file, span: e.span, path: '', count: 1 };
      merged.set(id, agg);
      out.push(agg);
      continue;
    }
    m.count = (m.count ?? 1) + 1;
    if (e.interaction === 'sync') m.interaction = 'sync';
    if (e.worst) m.worst = worstOf(m.worst, e.worst);
    for (const r of e.rules) if (!m.rules.includes(r)) m.rules.push(r);
  }
  return out;
}
