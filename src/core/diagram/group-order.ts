/**
 * The order of the groups in an overview's first layout (every group collapsed: 75 domain
 * groups at 1,000 generated systems), where the groups used to come by name, so an edge
 * between two lanes ran as far up or down as its ends' names were apart.
 */
import { groupIdOf, groupKeyOf, visibleEdges } from './groups';
import { elkPositions, ELK_MAX_SYSTEMS } from './lane-order';
import { layoutDiagram, type LayoutOptions } from './layout';
import { measureLayout, type LayoutMeasures } from './measures';
import type { Diagram, DiagramModel, GroupBy, Lane } from './model';
import { compareStrings, groupBy } from '../util/collections';

/**
 * An overview laid out with its groups in ELK's order or by name, whichever reads better by
 * the layout measures (measures.ts): fewer faults (shared tracks, label overlaps, edges out of
 * their gap), then fewer crossings. ELK minimises crossings of straight edges between single
 * columns; ours are routed orthogonally, and a lane of more than 30 groups wraps into
 * sub-columns, so ELK's order is not always the better one (4 owner groups: a tie that ELK
 * broke the other way, one crossing more). At 1,000 systems both layouts and their measures
 * take ~0.1 s, ELK 0.1–0.4 s (its start-up on any graph); once, when an overview first opens.
 */
export function overviewLayout(model: DiagramModel, previous: Diagram | undefined, options: LayoutOptions): Diagram {
  const byName = layoutDiagram(model, previous, options);
  const order = groupOrderOf(model, options.groupBy ?? 'domain');
  if (!order) return byName;
  const byElk = layoutDiagram(model, previous, { ...options, order });
  return readsBetter(measureLayout(byElk), measureLayout(byName)) ? byElk : byName;
}

function readsBetter(a: LayoutMeasures, b: LayoutMeasures): boolean {
  const faults = (m: LayoutMeasures): number => m.sharedTracks + m.labelOverlaps + m.edgesOutsideGap;
  return faults(a) - faults(b) < 0 || (faults(a) === faults(b) && a.crossings < b.crossings);
}

/**
 * The order of collapsed groups inside each lane (an overview: 75 domain groups at 1,000
 * generated systems, 750 at 10,000), from ELK over the groups and the edges the overview draws
 * between them (the heaviest EDGE_BUDGET, groups.ts): each system gets its group's rank, so
 * layout.ts keeps a group's systems together and places the groups in ELK's order. Without it
 * the groups came by name, and every edge between two lanes ran as far up or down as their
 * names were apart. Only up to ELK_MAX_SYSTEMS groups, as for systems.
 */
function groupOrderOf(model: DiagramModel, by: GroupBy): Map<string, number> | undefined {
  const groupOf = new Map(model.nodes.map((n) => [n.id, groupIdOf(n.lane, groupKeyOf(n, by), by)]));
  const groups = new Map<string, Lane>();
  for (const n of model.nodes) groups.set(groupOf.get(n.id)!, n.lane);
  if (groups.size < 2 || groups.size > ELK_MAX_SYSTEMS) return undefined;
  const y = elkPositions([...groups].map(([id, lane]) => ({ id, lane })), visibleEdges(model.edges, groupOf).edges);
  if (!y) return undefined;
  const rankOf = new Map<string, number>();
  for (const ids of groupBy([...groups.keys()], (id) => groups.get(id)!).values()) {
    ids.sort((a, b) => y.get(a)! - y.get(b)! || compareStrings(a, b));
    ids.forEach((id, rank) => rankOf.set(id, rank));
  }
  return new Map(model.nodes.map((n) => [n.id, rankOf.get(groupOf.get(n.id)!)!]));
}

