/**
 * Deterministic, stable lane layout. Lanes are columns (Mode 1 | gearbox | Mode 2 | no mode);
 * within a lane systems are grouped by domain (alphabetical, systems without a domain last)
 * and sorted by id, and wrap into sub-columns of at most ROWS rows.
 *
 * Stability: given the previous layout (the editor keeps it), every system keeps its slot in
 * its lane, new systems take the first free slots (in the order above) and removed ones
 * leave holes that the next new system fills — so an edit moves nothing else. Without a
 * previous layout (the CLI) the order above is used, deterministic for the same input.
 *
 * Large landscapes (more than `collapseAbove` systems) are drawn by domain: each (lane,
 * domain) group is one node until it is expanded. Groups keep their slot the same way,
 * counted as if every group were collapsed; an expanded group takes its header slot plus
 * one slot per system right there, pushing only the later groups of its own lane down —
 * so collapsing it again restores the picture and the other lanes never move.
 *
 * The order inside a lane can come from ELK's layered algorithm (`options.order`, see
 * lane-order.ts: fewer crossings, domains kept together); without it, domain then id. The
 * lanes stay fixed columns either way: they are the layering architects think in. Edges are
 * routed orthogonally through the gaps between columns and rows, each on its own track
 * (routing.ts), parallel ones bundled (bundles.ts).
 *
 * The layout never mutates the model, so a host can lay the same model out again (the
 * standalone page does, on every expand or collapse).
 */
import { groupKeyOf, groupsOfLane, visibleEdges } from './groups';
import { extraLegendRows, LANES, REVIEW_LEGEND_ROW, type Box, type Diagram, type DiagramGroup, type DiagramModel, type DiagramNode, type GroupBy, type Grouping } from './model';
import { rowAt } from './row-gaps';
import { routeEdges } from './routing';
import { compareStrings, groupBy } from '../util/collections';

export const NODE_W = 200;
export const NODE_H = 44;
const GAP_Y = 14;
const GAP_X = 24;
const LANE_PAD = 40;
const HEADER = 56;
/** Space between a group's frame and its systems (less than half the gaps, so frames never touch). */
const FRAME_PAD = 5;
/** Rows per sub-column before a lane wraps. */
const ROWS = 30;
/**
 * Above this many systems the diagram starts with every domain group collapsed. 300 systems
 * is about a hundred per lane — four sub-columns, still legible when fitted to a screen;
 * beyond that the fitted picture is a wall of unreadable boxes (and a slower one to draw).
 */
export const COLLAPSE_ABOVE = 300;

export interface LayoutOptions {
  /** Ids of the groups to draw expanded (only used above the threshold). */
  expanded?: readonly string[];
  /** Collapse by domain when the diagram has more systems than this (default COLLAPSE_ABOVE). */
  collapseAbove?: number;
  /** Rank of each system inside its lane (lane-order.ts); systems it lacks go after, by domain and id. */
  order?: ReadonlyMap<string, number>;
  /** What groups gather: the systems of a domain (default) or of an owner, in each lane. */
  groupBy?: GroupBy;
}

/** The layout options a grouping asks for (a saved view's `grouping:`, the webview's picker, `render --group-by`). */
export function groupingLayout(grouping: Grouping | undefined): Pick<LayoutOptions, 'collapseAbove' | 'groupBy'> {
  if (grouping === 'domains') return { collapseAbove: 0 };
  if (grouping === 'owners') return { collapseAbove: 0, groupBy: 'owner' };
  if (grouping === 'none') return { collapseAbove: Infinity };
  return {};
}

/** Whether the model is drawn in groups with these options (more systems than `collapseAbove`). */
export function isGrouped(model: DiagramModel, options: Pick<LayoutOptions, 'collapseAbove'>): boolean {
  return model.nodes.length > (options.collapseAbove ?? COLLAPSE_ABOVE);
}

export function layoutDiagram(model: DiagramModel, previous?: Diagram, options: LayoutOptions = {}): Diagram {
  const grouped = isGrouped(model, options);
  const expanded = new Set(options.expanded ?? []);
  const by = options.groupBy ?? 'domain';
  // Grouped by owner, a lane's systems come by owner (ELK's order is of ungrouped lanes only).
  const keyOf = (n: DiagramNode): string => (grouped ? groupKeyOf(n, by) : n.domain) ?? '\uffff';
  const byLane = groupBy(model.nodes, (n) => n.lane);
  const lanes: Diagram['lanes'] = [];
  const nodes: DiagramNode[] = [];
  const groups: DiagramGroup[] = [];
  /** System id → the id drawn for it (itself, or its collapsed group). */
  const visible = new Map<string, string>();
  let x = 0;
  let maxRows = 0;
  for (const lane of LANES) {
    const laneNodes = [...(byLane.get(lane.id) ?? [])];
    if (laneNodes.length === 0 && lane.id === 'unassigned') continue;
    const order = options.order;
    const rank = (n: DiagramNode): number => order?.get(n.id) ?? Infinity;
    laneNodes.sort((a, b) => rank(a) - rank(b) || compareStrings(keyOf(a), keyOf(b)) || compareStrings(a.id, b.id));
    const laneX = x;
    const place = (slot: number): { x: number; y: number } => ({ x: slotX(laneX, slot), y: slotY(slot) });
    // A copy, placed: the model stays as it was.
    const placed = (n: DiagramNode, slot: number): DiagramNode => ({ ...n, x: slotX(laneX, slot), y: slotY(slot), w: NODE_W, h: NODE_H });
    let used = 0;
    const prevLane = previous?.lanes.find((l) => l.id === lane.id);
    // The previous lane's sub-columns, by x (widened channels moved them: routing.ts).
    const prevColumns = prevLane ? [...new Set([...previous!.nodes, ...previous!.groups].filter((b) => b.lane === lane.id).map((b) => b.x))].sort((p, q) => p - q) : [];
    const prevSlot = (b: Box): number => (prevLane ? slotOf(b, prevColumns, previous!.heightened) : -1);
    if (!grouped) {
      const prev = new Map<string, number>();
      if (prevLane) for (const n of previous!.nodes) if (n.lane === lane.id) prev.set(n.id, prevSlot(n));
      const slots = assignSlots(laneNodes.map((n) => n.id), prev);
      for (const n of laneNodes) {
        const s = slots.get(n.id)!;
        nodes.push(placed(n, s));
        visible.set(n.id, n.id);
        used = Math.max(used, s + 1);
      }
    } else {
      const prevGroups = new Map((previous?.groups ?? []).filter((g) => g.lane === lane.id).map((g) => [g.id, g] as const));
      const prevNodes = new Map((previous?.nodes ?? []).filter((n) => n.lane === lane.id).map((n) => [n.id, n] as const));
      const laneGroups = groupsOfLane(lane.id, laneNodes, model, expanded, by);
      const virtual = assignSlots(laneGroups.map((g) => g.group.id), new Map([...prevGroups].map(([id, g]) => [id, g.slot])));
      laneGroups.sort((a, b) => virtual.get(a.group.id)! - virtual.get(b.group.id)!);
      // Every expanded group before this one adds its systems' slots.
      let extra = 0;
      for (const { group: g, members } of laneGroups) {
        g.slot = virtual.get(g.id)!;
        const start = g.slot + extra;
        Object.assign(g, place(start), { w: NODE_W, h: NODE_H });
        groups.push(g);
        if (!g.expanded) {
          for (const m of members) visible.set(m.id, g.id);
          used = Math.max(used, start + 1);
          continue;
        }
        // Systems keep their place inside the group, relative to its header.
        const pg = prevGroups.get(g.id);
        const prev = new Map<string, number>();
        if (pg?.expanded) {
          const header = prevSlot(pg);
          for (const id of pg.members) {
            const p = prevNodes.get(id);
            if (p) prev.set(id, prevSlot(p) - header - 1);
          }
        }
        const inner = assignSlots(members.map((m) => m.id), prev);
        let size = 1;
        for (const m of members) {
          const s = start + 1 + inner.get(m.id)!;
          nodes.push(placed(m, s));
          visible.set(m.id, m.id);
          size = Math.max(size, s - start + 1);
        }
        g.frames = framesOf(start, size, place);
        extra += size - 1;
        used = Math.max(used, start + size);
      }
    }
    const cols = Math.max(1, Math.ceil(used / ROWS));
    maxRows = Math.max(maxRows, laneNodes.length ? Math.min(used, ROWS) : 0);
    const w = LANE_PAD * 2 + cols * NODE_W + (cols - 1) * GAP_X;
    lanes.push({ id: lane.id, label: lane.label, x, w, count: laneNodes.length });
    x += w;
  }
  const boxes = new Map<string, Box>([...nodes.map((n) => [n.id, n] as const), ...groups.map((g) => [g.id, g] as const)]);
  // Without groups every edge is kept, even one whose end is not drawn (it gets no path).
  const shown = grouped ? visibleEdges(model.edges, visible) : { edges: model.edges.map((e) => ({ ...e })) };
  const edges = shown.edges;
  // Channels too narrow for their edges' tracks are widened: boxes, frames and lanes right of them move.
  // A previous picture keeps its widths: nothing moves sideways while one edits, expands or collapses.
  // Row gaps too low for their tracks grow: what is below them moves down (row-gaps.ts); kept from a previous picture too.
  const laidBefore = previous && previous.nodes.length + previous.groups.length > 0;
  const kept = laidBefore ? new Map(previous.widened ?? []) : undefined;
  const keptHeights = laidBefore ? new Map(previous.heightened ?? []) : undefined;
  const { shift, widened, shiftY, heightened } = routeEdges(edges, boxes, { top: HEADER, pitch: NODE_H + GAP_Y, pad: LANE_PAD, borders: lanes.map((l) => l.x) }, kept, keptHeights);
  for (const g of groups) {
    for (const f of g.frames) {
      f.x += shift(f.x);
      // A frame's top and bottom go with its first and last row.
      const first = f.y + FRAME_PAD;
      const last = f.y + f.h - FRAME_PAD - NODE_H;
      const top = first + shiftY(first) - FRAME_PAD;
      f.h = last + shiftY(last) + NODE_H + FRAME_PAD - top;
      f.y = top;
    }
  }
  for (const l of lanes) {
    const right = l.x + l.w + shift(l.x + l.w);
    l.x += shift(l.x);
    l.w = right - l.x;
  }
  x += shift(x);
  const rowsBottom = HEADER + Math.max(1, maxRows) * (NODE_H + GAP_Y);
  const height = rowsBottom + shiftY(rowsBottom) + 70 + extraLegendRows(model) * REVIEW_LEGEND_ROW;
  const diagram: Diagram = { title: model.title, asOf: model.asOf, nodes, edges, groups, lanes, width: Math.max(x, 900), height };
  if (model.review) diagram.review = true;
  if (widened.length) diagram.widened = widened;
  if (heightened.length) diagram.heightened = heightened;
  if (shown.hidden) diagram.hiddenEdges = shown.hidden;
  return diagram;
}

function slotX(laneX: number, slot: number): number {
  return laneX + LANE_PAD + Math.floor(slot / ROWS) * (NODE_W + GAP_X);
}

function slotY(slot: number): number {
  return HEADER + (slot % ROWS) * (NODE_H + GAP_Y);
}

/** A box's slot in a lane whose sub-columns are at `columns` (x, ascending), its row gaps grown by `heightened`. */
function slotOf(b: Box, columns: readonly number[], heightened: Diagram['heightened']): number {
  const col = Math.max(0, columns.indexOf(b.x));
  const row = rowAt(b.y, HEADER, NODE_H + GAP_Y, heightened);
  return col * ROWS + row;
}

/** The rectangles around slots [start, start + size): one per sub-column they fall in. */
function framesOf(start: number, size: number, place: (slot: number) => { x: number; y: number }): Box[] {
  const frames: Box[] = [];
  for (let s = start; s < start + size;) {
    const end = Math.min(start + size, (Math.floor(s / ROWS) + 1) * ROWS);
    const top = place(s);
    const rows = end - s;
    frames.push({ x: top.x - FRAME_PAD, y: top.y - FRAME_PAD, w: NODE_W + 2 * FRAME_PAD, h: rows * (NODE_H + GAP_Y) - GAP_Y + 2 * FRAME_PAD });
    s = end;
  }
  return frames;
}

/** Slot per id (ids in display order): previous slots kept where free, the rest in the first free slots. */
function assignSlots(ids: string[], previous: ReadonlyMap<string, number>): Map<string, number> {
  const slots = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of ids) {
    const slot = previous.get(id);
    if (slot === undefined || slot < 0 || taken.has(slot)) continue;
    slots.set(id, slot);
    taken.add(slot);
  }
  let next = 0;
  for (const id of ids) {
    if (slots.has(id)) continue;
    while (taken.has(next)) next++;
    slots.set(id, next);
    taken.add(next);
  }
  return slots;
}
