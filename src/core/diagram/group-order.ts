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
import { isGrouped, layoutDiagram, type LayoutOptions } from './layout';
import { measureLayout, type LayoutMeasures } from './measures';
import { LANES, type Diagram, type DiagramModel, type GroupBy } from './model';
import { compareStrings } from '../util/collections';

/**
 * Whether a later layout keeps `previous`'s places: only a picture grouped the same way (by
 * domain, by owner, or not at all) has places for this one's groups. After a switch of the
 * grouping and back, the groups came by name where they had opened ordered.
 */
export function keepsPlaces(previous: Diagram | undefined, model: DiagramModel, options: LayoutOptions): previous is Diagram {
  if (!previous || previous.nodes.length + previous.groups.length === 0) return false;
  if (!isGrouped(model, options)) return previous.groups.length === 0;
  return previous.groups.length > 0 && previous.groups.every((g) => g.by === (options.groupBy ?? 'domain'));
}

/** A first layout without ELK (the standalone page has none): an overview's groups ordered, else each lane by domain and id. */
export function freshLayout(model: DiagramModel, options: LayoutOptions): Diagram {
  return isGrouped(model, options) && !options.order ? overviewLayout(model, options) : layoutDiagram(model, undefined, options);
}

/** Up to this many groups, both orders are laid out and measured (a few tens of ms); above, the sweeps' order is taken. */
const MEASURED_UP_TO = 300;

/**
 * An overview laid out with its groups in the sweeps' order or by name, whichever reads better
 * by the layout measures (measures.ts): fewer faults (shared tracks, label overlaps, edges out
 * of their gap), then fewer crossings. The sweeps count straight lines between lanes; ours are
 * routed orthogonally, so their order is not always the better one (the SPEC example grouped by
 * domain: 28 crossings by name, 30 swept). Above MEASURED_UP_TO groups the second layout and
 * the measures would cost seconds (10,000 groups: a layout ~1 s, a measure ~1 s), and the
 * sweeps never cross more straight lines than the names do, so their order is taken.
 */
function overviewLayout(model: DiagramModel, options: LayoutOptions): Diagram {
  const grouped = groupOrderOf(model, options.groupBy ?? 'domain');
  if (!grouped) return layoutDiagram(model, undefined, options);
  const swept = layoutDiagram(model, undefined, { ...options, order: grouped.order });
  if (grouped.groups > MEASURED_UP_TO) return swept;
  const byName = layoutDiagram(model, undefined, options);
  return readsBetter(measureLayout(swept), measureLayout(byName)) ? swept : byName;
}

function readsBetter(a: LayoutMeasures, b: LayoutMeasures): boolean {
  const faults = (m: LayoutMeasures): number => m.sharedTracks + m.labelOverlaps + m.edgesOutsideGap;
  return faults(a) - faults(b) < 0 || (faults(a) === faults(b) && a.crossings < b.crossings);
}

/** System id → its group's rank in its lane, and how many groups; undefined when there is nothing to order. */
function groupOrderOf(model: DiagramModel, by: GroupBy): { order: Map<string, number>; groups: number } | undefined {
  const groupOf = new Map(model.nodes.map((n) => [n.id, groupIdOf(n.lane, groupKeyOf(n, by), by)]));
  const layers = LANES.map((lane) => [...new Set(model.nodes.filter((n) => n.lane === lane.id).map((n) => groupOf.get(n.id)!))].sort(compareStrings));
  if (layers.every((ids) => ids.length < 2)) return undefined;
  const rank = barycentreOrder({ layers, edges: visibleEdges(model.edges, groupOf).edges });
  return { order: new Map(model.nodes.map((n) => [n.id, rank.get(groupOf.get(n.id)!)!])), groups: rank.size };
}
