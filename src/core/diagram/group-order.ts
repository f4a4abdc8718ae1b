/**
 * The order of the groups in an overview's first layout (every group collapsed: 75 domain
 * groups at 1,000 generated systems, 750 at 10,000), where the groups used to come by name, so
 * an edge between two lanes ran as far up or down as its ends' names were apart. Now each lane's
 * groups are ordered by barycentre sweeps (barycentre.ts) over the edges the overview draws
 * between them (the heaviest EDGE_BUDGET, groups.ts); each system gets its group's rank, so
 * layout.ts keeps a group's systems together and places the groups in that order.
 */
import { groupIdOf, groupKeyOf, visibleEdges } from './groups';
import { barycentreOrder } from './barycentre';
import { layoutDiagram, type LayoutOptions } from './layout';
import { measureLayout, type LayoutMeasures } from './measures';
import { LANES, type Diagram, type DiagramModel, type GroupBy } from './model';
import { compareStrings } from '../util/collections';

/**
 * An overview laid out with its groups in the sweeps' order or by name, whichever reads better
 * by the layout measures (measures.ts): fewer faults (shared tracks, label overlaps, edges out
 * of their gap), then fewer crossings. The sweeps count straight lines between lanes; ours are
 * routed orthogonally, so their order is not always the better one (4 owner groups: a tie broken
 * the other way gave one crossing more). Two layouts and their measures: ~0.1 s at 1,000 and
 * 10,000 systems, once, when an overview first opens.
 */
export function overviewLayout(model: DiagramModel, previous: Diagram | undefined, options: LayoutOptions): Diagram {
  const byName = layoutDiagram(model, previous, options);
  const order = groupOrderOf(model, options.groupBy ?? 'domain');
  if (!order) return byName;
  const swept = layoutDiagram(model, previous, { ...options, order });
  return readsBetter(measureLayout(swept), measureLayout(byName)) ? swept : byName;
}

function readsBetter(a: LayoutMeasures, b: LayoutMeasures): boolean {
  const faults = (m: LayoutMeasures): number => m.sharedTracks + m.labelOverlaps + m.edgesOutsideGap;
  return faults(a) - faults(b) < 0 || (faults(a) === faults(b) && a.crossings < b.crossings);
}

/** System id → its group's rank in its lane; undefined when there is nothing to order. */
function groupOrderOf(model: DiagramModel, by: GroupBy): Map<string, number> | undefined {
  const groupOf = new Map(model.nodes.map((n) => [n.id, groupIdOf(n.lane, groupKeyOf(n, by), by)]));
  const layers = LANES.map((lane) => [...new Set(model.nodes.filter((n) => n.lane === lane.id).map((n) => groupOf.get(n.id)!))].sort(compareStrings));
  if (layers.every((ids) => ids.length < 2)) return undefined;
  const rank = barycentreOrder({ layers, edges: visibleEdges(model.edges, groupOf).edges });
  return new Map(model.nodes.map((n) => [n.id, rank.get(groupOf.get(n.id)!)!]));
}
