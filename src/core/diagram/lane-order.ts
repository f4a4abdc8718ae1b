/**
 * The order of systems inside each lane, from ELK's layered algorithm (elkjs): the lanes are
 * ELK partitions, so its crossing minimisation decides which systems sit next to which, and
 * our lane layout (layout.ts) places them in that order. Systems of one domain stay together:
 * domains are ordered by the mean ELK position of their systems, systems inside a domain by
 * their own position; systems without a domain come last, as in the id order.
 *
 * Used only for a first layout (the CLI, a diagram opened in the editor): afterwards the
 * previous slots are fed back, so an edit never reshuffles the picture. Only up to
 * `ELK_MAX_SYSTEMS`: above that the diagram opens collapsed by domain (layout.ts), and ELK's
 * time grows too fast to spend on a picture nobody sees expanded; its groups are ordered
 * instead (group-order.ts).
 */
import { LANES, type DiagramModel, type DiagramNode, type Lane } from './model';
import { layoutSync, type ElkGraph } from './elk-sync';
import { NODE_H, NODE_W } from './layout';
import { compareStrings, groupBy } from '../util/collections';

export const ELK_MAX_SYSTEMS = 300;

/** System id → its rank in display order inside its lane; undefined when ELK is not used. */
export function laneOrderOf(model: DiagramModel): Map<string, number> | undefined {
  if (model.nodes.length < 2 || model.nodes.length > ELK_MAX_SYSTEMS) return undefined;
  const y = elkPositions(model.nodes, model.edges);
  if (!y) return undefined;
  const order = new Map<string, number>();
  for (const nodes of groupBy(model.nodes, (n) => n.lane).values()) {
    const mean = (list: DiagramNode[]): number => list.reduce((s, n) => s + y.get(n.id)!, 0) / list.length;
    const blocks = [...groupBy(nodes, (n) => n.domain ?? '')].map(([domain, members]) => ({ domain, members, at: mean(members) }));
    blocks.sort((a, b) => Number(a.domain === '') - Number(b.domain === '') || a.at - b.at || compareStrings(a.domain, b.domain));
    let rank = 0;
    for (const { members } of blocks) {
      members.sort((a, b) => y.get(a.id)! - y.get(b.id)! || compareStrings(a.id, b.id));
      for (const m of members) order.set(m.id, rank++);
    }
  }
  return order;
}

/** Each node's vertical position in ELK's layered layout (lanes as partitions, fixed seed). */
function elkPositions(nodes: readonly { id: string; lane: Lane }[], modelEdges: readonly { from: string; to: string }[]): Map<string, number> | undefined {
  const partition = new Map(LANES.map((l, i) => [l.id, String(i)]));
  const laneOf = new Map(nodes.map((n) => [n.id, n.lane]));
  const seen = new Set<string>();
  const edges: ElkGraph['edges'] = [];
  for (const e of modelEdges) {
    const key = `${e.from}\u0000${e.to}`;
    const from = laneOf.get(e.from);
    const to = laneOf.get(e.to);
    // Only edges between lanes: each lane is one column, so one ELK layer per partition is
    // exactly our picture (an edge inside a lane would split it into several layers).
    if (!from || !to || from === to || seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: `e${edges.length}`, sources: [e.from], targets: [e.to] });
  }
  const graph: ElkGraph = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.randomSeed': '1',
      // The partitions fix the layers; the cheapest layering respects them (network simplex
      // took ten times as long on 300 systems for the same layers).
      'elk.layered.layering.strategy': 'LONGEST_PATH',
      // Only the order is used: the cheapest placement and routing do.
      'elk.layered.nodePlacement.strategy': 'SIMPLE',
      'elk.edgeRouting': 'POLYLINE',
    },
    children: nodes.map((n) => ({ id: n.id, width: NODE_W, height: NODE_H, layoutOptions: { 'elk.partitioning.partition': partition.get(n.lane)! } })),
    edges,
  };
  const laid = layoutSync(graph);
  if (!laid) return undefined;
  return new Map(laid.children.map((c) => [c.id, c.y ?? 0]));
}
