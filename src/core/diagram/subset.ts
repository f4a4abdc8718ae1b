/**
 * A part of the diagram (a focus, an impact, a saved view): the chosen systems and the
 * dependencies between them, each system with its distance from the chosen one when there is
 * one (drawn as a highlight). The layout then draws it as it draws a whole landscape.
 */
import type { DiagramModel } from './model';

export function subsetModel(model: DiagramModel, keep: ReadonlySet<string> | ReadonlyMap<string, number>, title = model.title): DiagramModel {
  const distances = keep instanceof Map ? (keep as ReadonlyMap<string, number>) : undefined;
  const nodes = model.nodes.filter((n) => keep.has(n.id)).map((n) => (distances ? { ...n, distance: distances.get(n.id) } : n));
  const edges = model.edges.filter((e) => keep.has(e.from) && keep.has(e.to));
  return { ...model, title, nodes, edges };
}
