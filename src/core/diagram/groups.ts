/**
 * Domain groups for large landscapes: one group per (lane, domain), their counts and worst
 * finding, and the edges between what is visible once some groups are collapsed.
 */
import { worstOf, type DiagramEdge, type DiagramGroup, type DiagramModel, type DiagramNode, type Lane } from './model';

const NO_DOMAIN_LABEL = '(no domain)';

/** Never a valid system id (ids are kebab-case), so group and system ids cannot collide. */
export function groupIdOf(lane: Lane, domain: string | undefined): string {
  return `group:${lane}:${domain ?? ''}`;
}

/**
 * The groups of one lane, from its nodes sorted by domain (no domain last) then id — so the
 * groups come in that order and each group's members are sorted by id. Positions are 0.
 */
export function groupsOfLane(lane: Lane, sorted: DiagramNode[], model: DiagramModel, expanded: ReadonlySet<string>): { group: DiagramGroup; members: DiagramNode[] }[] {
  const out: { group: DiagramGroup; members: DiagramNode[] }[] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && last.group.domain === n.domain) {
      last.members.push(n);
      continue;
    }
    const id = groupIdOf(lane, n.domain);
    const def = n.domain === undefined ? undefined : model.domains?.find((d) => d.id === n.domain);
    out.push({
      members: [n],
      group: {
        id, lane, domain: n.domain, label: n.domain ?? NO_DOMAIN_LABEL, count: 0, members: [], owners: [],
        findings: { error: 0, warn: 0, info: 0 }, expanded: expanded.has(id),
        // The domain's definition says what the group is; without one, its first system.
        file: def?.file ?? n.file, span: def?.span ?? n.span,
        slot: 0, x: 0, y: 0, w: 0, h: 0, frames: [],
      },
    });
  }
  for (const { group: g, members } of out) {
    g.count = members.length;
    g.members = members.map((m) => m.id);
    g.owners = [...new Set(members.map((m) => m.owner).filter((o): o is string => !!o))].sort();
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
 * The edges between visible ends. `visible` maps a system id to itself (drawn on its own)
 * or to its collapsed group's id. Edges between two drawn systems are kept as they are
 * (each reveals its own source line); the others become one edge per (from, to) pair with
 * a count, sync if any member is, the worst finding and the rules of all. Edges inside one
 * collapsed group are left out: their findings already count in the group's badges.
 */
export function visibleEdges(edges: DiagramEdge[], visible: ReadonlyMap<string, string>): DiagramEdge[] {
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
