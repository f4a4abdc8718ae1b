/**
 * Deterministic, stable lane layout. Lanes are columns (Mode 1 | gearbox | Mode 2 | no mode);
 * within a lane systems are grouped by domain (alphabetical, systems without a domain last)
 * and sorted by id, and wrap into sub-columns of at most ROWS rows.
 *
 * Why not a general graph layout (elkjs layered): the three lanes *are* the layering the
 * architects think in, and a stable order matters more than fewer crossings — adding one
 * system must not reshuffle the picture (it moves only the systems after it in its lane),
 * and 10,000 systems lay out in milliseconds. Edges are drawn as curves between lanes.
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

export function layoutDiagram(model: { title: string; nodes: DiagramNode[]; edges: Diagram['edges'] }): Diagram {
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
    const cols = Math.max(1, Math.ceil(nodes.length / ROWS));
    const rows = Math.min(nodes.length, ROWS);
    maxRows = Math.max(maxRows, rows);
    const w = LANE_PAD * 2 + cols * NODE_W + (cols - 1) * GAP_X;
    nodes.forEach((n, i) => {
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
  return { title: model.title, nodes: model.nodes, edges: model.edges, lanes, width: Math.max(x, 600), height };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
