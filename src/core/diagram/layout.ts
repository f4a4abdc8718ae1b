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
 * Why not a general graph layout (elkjs layered): the three lanes *are* the layering the
 * architects think in, a stable picture matters more than fewer crossings, and 10,000
 * systems lay out in milliseconds. Edges are drawn as curves between lanes.
 */
import { LANES, type Diagram, type DiagramNode, type Lane } from './model';
import { pathBetween } from './svg';

export const NODE_W = 200;
export const NODE_H = 44;
const GAP_Y = 14;
const GAP_X = 24;
const LANE_PAD = 40;
const HEADER = 56;
/** Rows per sub-column before a lane wraps. */
export const ROWS = 30;

export function layoutDiagram(model: { title: string; nodes: DiagramNode[]; edges: Diagram['edges'] }, previous?: Diagram): Diagram {
  const byLane = new Map<Lane, DiagramNode[]>();
  for (const n of model.nodes) {
    const list = byLane.get(n.lane) ?? [];
    list.push(n);
    byLane.set(n.lane, list);
  }
  const lanes: Diagram['lanes'] = [];
  let x = 0;
  let maxRows = 0;
  for (const lane of LANES) {
    const nodes = byLane.get(lane.id) ?? [];
    if (nodes.length === 0 && lane.id === 'unassigned') continue;
    nodes.sort((a, b) => cmp(a.domain ?? '\uffff', b.domain ?? '\uffff') || cmp(a.id, b.id));
    const slots = assignSlots(nodes, previous, lane.id);
    const used = Math.max(0, ...slots.values()) + 1;
    const cols = Math.max(1, Math.ceil(used / ROWS));
    const rows = Math.min(used, ROWS);
    maxRows = Math.max(maxRows, nodes.length ? rows : 0);
    const w = LANE_PAD * 2 + cols * NODE_W + (cols - 1) * GAP_X;
    nodes.forEach((n) => {
      const i = slots.get(n.id)!;
      const col = Math.floor(i / ROWS);
      const row = i % ROWS;
      n.x = x + LANE_PAD + col * (NODE_W + GAP_X);
      n.y = HEADER + row * (NODE_H + GAP_Y);
      n.w = NODE_W;
      n.h = NODE_H;
    });
    lanes.push({ id: lane.id, label: lane.label, x, w, count: nodes.length });
    x += w;
  }
  const byId = new Map(model.nodes.map((n) => [n.id, n] as const));
  for (const e of model.edges) {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    e.path = a && b ? pathBetween(a, b) : '';
  }
  const height = HEADER + Math.max(1, maxRows) * (NODE_H + GAP_Y) + 70;
  return { title: model.title, nodes: model.nodes, edges: model.edges, lanes, width: Math.max(x, 900), height };
}

/** Slot index per node: previous slots kept, new nodes in the first free slots. */
function assignSlots(nodes: DiagramNode[], previous: Diagram | undefined, lane: Lane): Map<string, number> {
  const slots = new Map<string, number>();
  const taken = new Set<number>();
  const prevLane = previous?.lanes.find((l) => l.id === lane);
  if (previous && prevLane) {
    const prev = new Map(previous.nodes.filter((n) => n.lane === lane).map((n) => [n.id, n] as const));
    for (const n of nodes) {
      const p = prev.get(n.id);
      if (!p) continue;
      const col = Math.round((p.x - prevLane.x - LANE_PAD) / (NODE_W + GAP_X));
      const row = Math.round((p.y - HEADER) / (NODE_H + GAP_Y));
      const slot = col * ROWS + row;
      if (slot >= 0 && !taken.has(slot)) {
        slots.set(n.id, slot);
        taken.add(slot);
      }
    }
  }
  let next = 0;
  for (const n of nodes) {
    if (slots.has(n.id)) continue;
    while (taken.has(next)) next++;
    slots.set(n.id, next);
    taken.add(next);
  }
  return slots;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
