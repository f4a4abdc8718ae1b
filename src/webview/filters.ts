/**
 * The toolbar's filters (mode, domain, owner, only with findings, search) applied to a laid-out
 * diagram: what they leave out is hidden (or, with "dim instead", drawn faded), a hidden
 * system's edges go with it, and every count says what is left: the lanes' titles, the
 * collapsed groups' "N systems", the status line. Nothing is laid out again, so what is left
 * stays where it was; the view fits to it (`box`).
 *
 * The members of a collapsed group are tested one by one when the host sent their facts (its
 * pickers' choices); without them, a group passes as a whole if any member may, as before.
 * Plain data in, plain data out (but `dimLeftOut`, which marks a drawing's elements).
 */
import type { Box, Diagram, DiagramGroup, DiagramNode } from '../core/diagram/model';
import type { Filters, SystemFacts } from '../core/diagram/protocol';

const ALL_MODES = ['mode1', 'gearbox', 'mode2', 'unassigned'];

export const NO_FILTERS: Filters = { modes: ALL_MODES, domain: '', owner: '', onlyFindings: false, search: '' };

/** Room left around what the filters leave when the view fits to it, in drawing units. */
const FIT_PADDING = 24;

export interface Filtered {
  /** What to draw: without what the filters leave out, or (dim) all of it; counts are of what is left either way. */
  diagram: Diagram;
  /** Ids of the systems and collapsed groups that pass (drawn as they are; with dim, the others are faded). */
  shown: Set<string>;
  /** Whether any filter leaves something out. */
  active: boolean;
  /** Systems left and in all (those inside collapsed groups included); dependencies (drawn edges) left and in all. */
  systems: number;
  totalSystems: number;
  edges: number;
  totalEdges: number;
  /** What is left, for the view to fit to: undefined when nothing is left out (the whole picture). */
  box?: Box;
}

/** Whether the filters leave anything out. */
function filtersActive(f: Filters): boolean {
  return ALL_MODES.some((m) => m !== 'unassigned' && !f.modes.includes(m)) || !!f.domain || !!f.owner || f.onlyFindings || !!f.search.trim();
}

type Facts = Pick<SystemFacts, 'id' | 'label' | 'lane' | 'domain' | 'owner' | 'worst'>;

function passes(f: Filters, q: string, s: Facts): boolean {
  return f.modes.includes(s.lane) &&
    (!f.domain || s.domain === f.domain) &&
    (!f.owner || s.owner === f.owner) &&
    (!f.onlyFindings || !!s.worst) &&
    (!q || s.id.includes(q) || s.label.toLowerCase().includes(q));
}

/**
 * The members of a collapsed group that pass. A search that names the group itself keeps
 * every member the other filters keep. Without the members' facts, the group's own (its
 * lane, domain, owners, worst finding) decide for all of them, and the search by member id.
 */
function passingMembers(g: DiagramGroup, f: Filters, q: string, facts: ReadonlyMap<string, SystemFacts> | undefined): string[] {
  const byLabel = !!q && g.label.toLowerCase().includes(q);
  const rest = byLabel ? '' : q;
  if (facts) {
    return g.members.filter((id) => {
      const s = facts.get(id);
      return s ? passes(f, rest, s) : passes(f, rest, { id, label: id, lane: g.lane });
    });
  }
  const groupPasses = f.modes.includes(g.lane) &&
    (!f.domain || g.domains.includes(f.domain)) &&
    (!f.owner || g.owners.includes(f.owner)) &&
    (!f.onlyFindings || !!g.worst);
  return groupPasses ? g.members.filter((id) => !rest || id.includes(rest)) : [];
}

function grow(box: Box | undefined, b: Box): Box {
  if (!box) return { ...b };
  const x = Math.min(box.x, b.x), y = Math.min(box.y, b.y);
  return { x, y, w: Math.max(box.x + box.w, b.x + b.w) - x, h: Math.max(box.y + box.h, b.y + b.h) - y };
}

/** The filters applied to a diagram (`facts`: the host's facts of every system, by id, when it sent them). */
export function applyFilters(d: Diagram, f: Filters, facts?: ReadonlyMap<string, SystemFacts>): Filtered {
  const q = f.search.trim().toLowerCase();
  const active = filtersActive(f);
  // The counts are the landscape's as it is (a comparison's head): what a change removed is drawn, never counted.
  const counted = (x: { change?: string }): boolean => x.change !== 'removed';
  const shown = new Set<string>();
  const nodes: DiagramNode[] = [];
  for (const n of d.nodes) {
    if (!passes(f, q, n)) continue;
    shown.add(n.id);
    nodes.push(n);
  }
  // Every group with the count of what is left in it; `groups` only those with something left.
  const recounted = (d.groups ?? []).map((g) => {
    if (g.expanded) {
      // An expanded group's header counts its members still drawn; with none left it goes too.
      const left = g.members.filter((id) => shown.has(id)).length;
      return { group: left === g.count ? g : { ...g, count: left }, left };
    }
    const members = passingMembers(g, f, q, facts);
    if (members.length > 0) shown.add(g.id);
    return { group: members.length === g.members.length ? g : { ...g, members, count: members.length }, left: members.length };
  });
  const groups = recounted.filter((x) => x.left > 0).map((x) => x.group);
  const edges = d.edges.filter((e) => shown.has(e.from) && shown.has(e.to));
  const lanes = d.lanes.map((l) => {
    const count = nodes.filter((n) => n.lane === l.id && counted(n)).length + groups.filter((g) => g.lane === l.id && !g.expanded).reduce((sum, g) => sum + g.count, 0);
    return count === l.count ? l : { ...l, count };
  });
  let box: Box | undefined;
  if (active) {
    for (const n of nodes) box = grow(box, n);
    for (const g of groups) for (const b of [g, ...g.frames]) box = grow(box, b);
  }
  if (box) box = { x: box.x - FIT_PADDING, y: box.y - FIT_PADDING, w: box.w + 2 * FIT_PADDING, h: box.h + 2 * FIT_PADDING };
  const inGroups = (gs: DiagramGroup[]): number => gs.filter((g) => !g.expanded).reduce((sum, g) => sum + g.count, 0);
  return {
    // Dimmed, a group left out keeps its own count (it is drawn faded, whole).
    diagram: f.dim ? { ...d, lanes, groups: recounted.map((x, i) => (x.left > 0 ? x.group : d.groups[i])) } : { ...d, nodes, edges, groups, lanes },
    shown,
    active,
    systems: nodes.filter(counted).length + inGroups(groups),
    totalSystems: d.nodes.filter(counted).length + inGroups(d.groups ?? []),
    edges: edges.filter(counted).length,
    totalEdges: d.edges.filter(counted).length,
    box,
  };
}

/** The domains and owners the filters offer: every system's (the host's facts), else those drawn. */
export function filterValues(d: Diagram, facts?: readonly SystemFacts[]): { domains: string[]; owners: string[] } {
  const sorted = (xs: (string | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => !!x))].sort();
  if (facts) return { domains: sorted(facts.map((s) => s.domain)), owners: sorted(facts.map((s) => s.owner)) };
  const collapsed = (d.groups ?? []).filter((g) => !g.expanded);
  return {
    domains: sorted([...d.nodes.map((n) => n.domain), ...collapsed.flatMap((g) => g.domains)]),
    owners: sorted([...d.nodes.map((n) => n.owner), ...collapsed.flatMap((g) => g.owners)]),
  };
}

/** The status line: systems and dependencies left of all, and the groups (large landscapes). */
export function statusText(d: Diagram, r: Filtered): string {
  const groups = d.groups ?? [];
  const edges = r.active ? `${r.edges} of ${r.totalEdges}` : String(r.totalEdges);
  // The noun agrees with the whole: 1 of 1 system, 0 of 1 dependency, 3 of 52 dependencies.
  const systems = `${r.systems} of ${r.totalSystems} ${r.totalSystems === 1 ? 'system' : 'systems'}`;
  if (groups.length === 0) return `${systems} · ${edges} ${r.totalEdges === 1 ? 'dependency' : 'dependencies'}`;
  const hidden = d.hiddenEdges ? ` (${d.hiddenEdges.edges} lighter edges between groups left out: expand a group to see its own)` : '';
  const noun = `${groups[0].by} ${groups.length === 1 ? 'group' : 'groups'}`;
  const click = (collapsed: number): string => (collapsed ? ' (click one to expand)' : '');
  if (!r.active) {
    const collapsed = groups.filter((g) => !g.expanded).length;
    return `${systems} · ${collapsed} of ${groups.length} ${noun} collapsed${click(collapsed)} · ${edges} ${r.totalEdges === 1 ? 'edge' : 'edges'}${hidden}`;
  }
  // Filtered, the groups left too: a collapsed one that passes, an expanded one with a member that does.
  const left = groups.filter((g) => (g.expanded ? g.members.some((m) => r.shown.has(m)) : r.shown.has(g.id)));
  const collapsed = left.filter((g) => !g.expanded).length;
  return `${systems} · ${left.length} of ${groups.length} ${noun}, ${collapsed} collapsed${click(collapsed)} · ${edges} ${r.totalEdges === 1 ? 'edge' : 'edges'}${hidden}`;
}

/** "Dim instead": fades what the filters leave out in a drawing (DOM), and the edges with an end left out. */
export function dimLeftOut(drawing: ParentNode, shown: ReadonlySet<string>): void {
  for (const p of drawing.querySelectorAll('.ls-edges > .ls-edge')) if (!shown.has(p.getAttribute('data-from')!) || !shown.has(p.getAttribute('data-to')!)) p.classList.add('dim');
  for (const g of drawing.querySelectorAll('.ls-nodes > .ls-node')) if (!shown.has(g.getAttribute('data-id')!)) g.classList.add('dim');
  for (const g of drawing.querySelectorAll('.ls-groups > .ls-group.collapsed')) if (!shown.has(g.getAttribute('data-group')!)) g.classList.add('dim');
}
