/**
 * The diagram model (SPEC §5.4): systems in three lanes — Mode 1 | gearbox | Mode 2 —
 * dependency edges with their interaction, and the findings that concern them. Built from a
 * lint result in the core, so the editor's webview and `landscape render` draw the same.
 */
import type { Landscape } from '../model/landscape';
import { spanOf } from '../parse/yaml-tree';
import type { Finding, Severity, Span } from '../types';
import { tally } from '../util/work-counter';
import { providedApisOf, type ProvidedApi } from './provided-apis';

export type { ProvidedApi } from './provided-apis';

export type Lane = 'mode1' | 'gearbox' | 'mode2' | 'unassigned';

export const LANES: { id: Lane; label: string }[] = [
  { id: 'mode1', label: 'Mode 1 · record' },
  { id: 'gearbox', label: 'Gearbox' },
  { id: 'mode2', label: 'Mode 2 · engagement' },
  { id: 'unassigned', label: 'No valid mode' },
];

/**
 * What a change did to a system or a dependency, when the diagram shows two revisions overlaid
 * (review mode, `src/core/review/overlay.ts`): drawn green, red dashed or amber.
 */
export type ChangeState = 'added' | 'removed' | 'changed';

/** Height of a legend row past the first: a review diagram's (its colours), a focus or impact picture's (its distances). */
export const REVIEW_LEGEND_ROW = 28;

/** The legend's rows past the first: one for a review's colours, one for a focus or impact picture's distances. */
export function extraLegendRows(d: { review?: boolean; nodes: readonly { distance?: number }[] }): number {
  return (d.review ? 1 : 0) + (d.nodes.some((n) => n.distance !== undefined) ? 1 : 0);
}

export interface FindingCounts {
  error: number;
  warn: number;
  info: number;
}

export interface DiagramNode {
  id: string;
  label: string;
  lane: Lane;
  domain?: string;
  owner?: string;
  lifecycle: string;
  shadow: boolean;
  exposure: string;
  findings: FindingCounts;
  /**
   * The APIs the system provides (absent when none): the closest zoom level names each at its
   * box, used or not, and the tooltip lists them. Only here, once per API: edges name theirs by `via`.
   */
  apis?: ProvidedApi[];
  /** Messages of the findings whose subject is this system (tooltips). */
  messages: { severity: Severity; rule: string; message: string }[];
  worst?: Severity;
  /** Review mode only: what the change did to the system, and for a changed one which fields. */
  change?: ChangeState;
  changedFields?: string[];
  /** A focus or impact picture only: edges from the chosen system (0 for itself), drawn as a highlight. */
  distance?: number;
  file: string;
  span: Span;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  via?: string;
  interaction: 'sync' | 'async';
  worst?: Severity;
  /** Rules of the findings on this edge. */
  rules: string[];
  file: string;
  span: Span;
  /** SVG path data, set by the layout (both renderers draw it as is). */
  path: string;
  /**
   * Set on an edge that stands for several dependencies (an end is a collapsed group):
   * how many. Such an edge is sync if any of them is, has their worst finding and their
   * rules, and the source span of the first one (so a click still reveals something real).
   */
  count?: number;
  /**
   * Set by the layout on parallel dependencies (same drawn ends, interaction and change,
   * bundles.ts), drawn as one line: the drawn one lists the ids of all (its own first), the
   * others name it in `bundledInto` and share its path.
   */
  bundle?: string[];
  bundledInto?: string;
  /** Where the count of a drawn edge that stands for several dependencies goes: a free point on its route. */
  countAt?: { x: number; y: number };
  /** Review mode only: what the change did to the dependency, and for a changed one what it was (`sync, mode2→gearbox`). */
  change?: ChangeState;
  changedFrom?: string;
}

/** What the systems of a lane are grouped by when groups are drawn: their domain or their owner. */
export type GroupBy = 'domain' | 'owner';

/**
 * Whether and how a picture groups its systems, as a saved view's `grouping:` and the
 * webview's picker say it: `auto` by domain above the collapse threshold, `domains` and
 * `owners` always, `none` never.
 */
export type Grouping = 'auto' | 'domains' | 'owners' | 'none';

/**
 * The systems of one domain (or one owner) in one lane, drawn as one node when collapsed
 * (large landscapes, see layout.ts) or as a header and a frame around its systems when expanded.
 */
export interface DiagramGroup {
  /**
   * `group:<lane>:<domain>` (the domain part empty for the systems without a domain), or
   * `owner-group:<lane>:<owner>` for a group by owner.
   */
  id: string;
  lane: Lane;
  /** What the group gathers: the members' domain (`domain`) or owner (`owner`). */
  by: GroupBy;
  /** A domain group's domain (absent for the systems without one). */
  domain?: string;
  /** The domain or owner id, or "(no domain)", "(no owner)". */
  label: string;
  /** Systems in the group, and their ids (sorted). */
  count: number;
  members: string[];
  /** Distinct owners and domains of the members (sorted), for the filters. */
  owners: string[];
  domains: string[];
  /** Summed findings of the members, and the worst of them. */
  findings: FindingCounts;
  worst?: Severity;
  expanded: boolean;
  /**
   * Where a click on the group would lead in the source: the domain's definition when the
   * domain is declared, otherwise the id of the group's first system.
   */
  file: string;
  span: Span;
  /** Slot in its lane counting every group as one slot: kept across updates, like a system's. */
  slot: number;
  /** The collapsed node, or the header of an expanded group (its collapse control). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Expanded only: one rectangle per sub-column the header and systems occupy. */
  frames: Box[];
}

export interface Diagram {
  title: string;
  /** The landscape's reference date (metadata.asOf, else the day it was linted): exports print it under the title. */
  asOf?: string;
  /** The systems drawn on their own (all of them, unless groups are collapsed). */
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Domain (or owner) groups: empty unless the landscape is above the collapse threshold or grouped on demand. */
  groups: DiagramGroup[];
  /**
   * Edges between two collapsed groups left out of an overview that had more than the edge
   * budget (groups.ts): how many, and how many dependencies they stood for. Absent when none.
   */
  hiddenEdges?: { edges: number; dependencies: number };
  /**
   * Channels between columns the layout widened to keep their edges' tracks apart
   * (routing.ts): each one's key (lane and place in it) and by how much. A layout given this
   * diagram as the previous one keeps them, so nothing moves sideways. Absent when none.
   */
  widened?: [string, number][];
  /**
   * Row gaps the layout let grow to keep their edges' tracks apart (row-gaps.ts): each one's
   * index (gap g is above row g) and by how much. Kept by a later layout, like `widened`.
   */
  heightened?: [number, number][];
  /** `count` is the number of systems in the lane, drawn or inside collapsed groups. */
  lanes: { id: Lane; label: string; x: number; w: number; count: number }[];
  width: number;
  height: number;
  /** Two revisions overlaid (review mode): the legend has a second row for the change colours. */
  review?: boolean;
}

const RANK: Record<Severity, number> = { info: 1, warn: 2, error: 3 };

export function worstOf(a: Severity | undefined, b: Severity): Severity {
  return !a || RANK[b] > RANK[a] ? b : a;
}

function laneOf(mode: string | undefined): Lane {
  return mode === 'mode1' || mode === 'gearbox' || mode === 'mode2' ? mode : 'unassigned';
}

/** What the layout works from: every system and dependency, without positions. */
export interface DiagramModel {
  title: string;
  asOf?: string;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Where each declared domain and owner is defined (the span a group carries). */
  domains?: { id: string; file: string; span: Span }[];
  owners?: { id: string; file: string; span: Span }[];
  /** Two revisions overlaid: nodes and edges carry `change` (review mode). */
  review?: boolean;
}

const endsKey = (from: string, to: string): string => `${from}\0${to}`;

/**
 * Findings by (subject, each other related id): an edge asks for its holder and target only,
 * instead of scanning every finding of its holder (a system with 10,000 consumes and as many
 * findings made that O(edges × findings)). Linear in the findings' related ids.
 */
function findingsByEnds(findings: Finding[]): Map<string, Finding[]> {
  const index = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.subject) continue;
    for (const r of f.related) {
      if (r === f.subject) continue;
      const k = endsKey(f.subject, r);
      const list = index.get(k);
      // A related id named twice must not count the finding twice.
      if (!list) index.set(k, [f]);
      else if (list[list.length - 1] !== f) list.push(f);
    }
  }
  return index;
}

/** Whether a finding names an id among its related ids; long lists (pass-through paths) get a set once. */
const relatedSets = new WeakMap<Finding, Set<string>>();
function names(f: Finding, id: string): boolean {
  if (f.related.length <= 8) return f.related.includes(id);
  let set = relatedSets.get(f);
  if (!set) relatedSets.set(f, (set = new Set(f.related)));
  return set.has(id);
}

/** Nodes and edges without positions (layout.ts places them). */
export function buildDiagramModel(l: Landscape, findings: Finding[], title = ''): DiagramModel {
  const bySubject = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.subject) continue;
    const list = bySubject.get(f.subject) ?? [];
    list.push(f);
    bySubject.set(f.subject, list);
  }
  const apisOf = providedApisOf(l);
  const nodes: DiagramNode[] = l.systems.map((s, i) => {
    const fs = bySubject.get(s.id) ?? [];
    const counts: FindingCounts = { error: 0, warn: 0, info: 0 };
    let worst: Severity | undefined;
    for (const f of fs) {
      counts[f.severity]++;
      worst = worstOf(worst, f.severity);
    }
    const node: DiagramNode = {
      id: s.id, label: s.name ?? s.id, lane: laneOf(s.mode), domain: s.domain?.id, owner: s.owner?.id, lifecycle: s.lifecycle,
      shadow: s.governance === 'shadow', exposure: s.exposure, findings: counts,
      messages: fs.map((f) => ({ severity: f.severity, rule: f.rule, message: f.message })),
      worst, file: s.file, span: spanOf(s.idSpan), x: 0, y: 0, w: 0, h: 0,
    };
    // Set only when there are some: no empty list for each of 10,000 systems on the wire.
    const apis = apisOf(i);
    if (apis) node.apis = apis;
    return node;
  });
  const edges: DiagramEdge[] = [];
  const byId = new Map<string, DiagramEdge>();
  const onEdge = findingsByEnds(findings);
  for (const s of l.systems) {
    for (const e of l.graph.out.get(s.id) ?? []) {
      const id = `${e.from}->${e.to}${e.via ? `:${e.via}` : ''}`;
      const drawn = byId.get(id);
      if (drawn) {
        // Two entries between the same systems (through the same API) are one edge, synchronous
        // if either is: an outage passes it (the focus and impact pickers walk these edges).
        if (e.interaction === 'sync') drawn.interaction = 'sync';
        continue;
      }
      // The worst finding of the edge's holder that names both ends (and the API, if any).
      let worst: Severity | undefined;
      const rules: string[] = [];
      for (const f of onEdge.get(endsKey(e.from, e.to)) ?? []) {
        tally('diagram:edge-finding');
        if (!e.via || names(f, e.via) || f.span.start === e.entry.span.start) {
          worst = worstOf(worst, f.severity);
          if (!rules.includes(f.rule)) rules.push(f.rule);
        }
      }
      const edge: DiagramEdge = { id, from: e.from, to: e.to, via: e.via, interaction: e.interaction, worst, rules, file: s.file, span: spanOf(e.entry.span), path: '' };
      edges.push(edge);
      byId.set(id, edge);
    }
  }
  const domains = l.domains.map((d) => ({ id: d.id, file: d.file, span: spanOf(d.idSpan) }));
  const owners = l.owners.map((o) => ({ id: o.id, file: o.file, span: spanOf(o.idSpan) }));
  return { title, asOf: l.asOf, nodes, edges, domains, owners };
}
