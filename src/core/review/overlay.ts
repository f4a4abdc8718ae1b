/**
 * The diagram of a change: both revisions overlaid on one diagram (review mode, issue 12), for
 * `landscape diff --format html` and the editor's compare view.
 *
 * API:
 *   reviewDiagramModel(diff, base, head) → DiagramModel
 *     head's systems and dependencies, plus base's removed ones, each carrying `change`
 *     ('added' | 'removed' | 'changed'; a changed system its `changedFields`, a changed
 *     dependency what it was in `changedFrom`); `review: true`.
 *   reviewLayout(model) → LayoutOptions
 *     the domain groups holding a change expanded (a diagram above the collapse threshold
 *     would otherwise hide the change inside a collapsed group).
 * Lay the model out with `laidOut(model, undefined, reviewLayout(model))` and draw it as any
 * diagram (`renderSvg`, `diagramHtml`, the webview): drawing.ts colours what carries `change`
 * (green added, red dashed removed, amber changed) and adds the legend's review row.
 */
import type { LintResult } from '../lint/engine';
import { diagramModelOf } from '../diagram/index';
import { groupIdOf } from '../diagram/groups';
import { COLLAPSE_ABOVE, type LayoutOptions } from '../diagram/layout';
import type { DiagramEdge, DiagramModel, DiagramNode } from '../diagram/model';
import type { LandscapeDiff } from './diff';

const edgeId = (d: { from: string; to: string; via?: string | null }): string => `${d.from}->${d.to}${d.via ? `:${d.via}` : ''}`;

/** Head's diagram model with base's removed systems and dependencies added back, each marked with what the change did. */
export function reviewDiagramModel(diff: LandscapeDiff, base: LintResult | null, head: LintResult): DiagramModel {
  const model = diagramModelOf(head);
  const removedSystems = new Set(diff.entities.removed.filter((e) => e.kind === 'system').map((e) => e.id));
  const addedSystems = new Set(diff.entities.added.filter((e) => e.kind === 'system').map((e) => e.id));
  const changedSystems = new Map(diff.entities.changed.filter((e) => e.kind === 'system').map((e) => [e.id, e.fields.map((f) => f.field)] as const));
  const addedEdges = new Set(diff.dependencies.added.map(edgeId));
  const changedEdges = new Map(diff.dependencies.changed.map((d) => [edgeId(d), d.before ? `${d.before.interaction}, ${d.before.modes}` : ''] as const));
  const removedEdges = new Set(diff.dependencies.removed.map(edgeId));

  const nodes: DiagramNode[] = model.nodes.map((n) => {
    if (addedSystems.has(n.id)) return { ...n, change: 'added' };
    const fields = changedSystems.get(n.id);
    return fields ? { ...n, change: 'changed', changedFields: fields } : n;
  });
  const edges: DiagramEdge[] = model.edges.map((e) => {
    if (addedEdges.has(e.id)) return { ...e, change: 'added' };
    const was = changedEdges.get(e.id);
    return was === undefined ? e : { ...e, change: 'changed', changedFrom: was };
  });
  if (base && (removedSystems.size || removedEdges.size)) {
    const old = diagramModelOf(base);
    // What is gone has no findings any more: its badges would read as problems of the change.
    for (const n of old.nodes) {
      if (removedSystems.has(n.id)) nodes.push({ ...n, change: 'removed', findings: { error: 0, warn: 0, info: 0 }, messages: [], worst: undefined });
    }
    for (const e of old.edges) if (removedEdges.has(e.id)) edges.push({ ...e, change: 'removed', worst: undefined, rules: [] });
  }
  return { ...model, nodes, edges, review: true };
}

/** The layout options of a review: every domain group that holds a changed system (or an end of a changed dependency) expanded. */
export function reviewLayout(model: DiagramModel): LayoutOptions {
  if (model.nodes.length <= COLLAPSE_ABOVE) return {};
  const ends = new Set<string>();
  for (const e of model.edges) {
    if (!e.change) continue;
    ends.add(e.from);
    ends.add(e.to);
  }
  const expanded = new Set<string>();
  for (const n of model.nodes) if (n.change || ends.has(n.id)) expanded.add(groupIdOf(n.lane, n.domain));
  return { expanded: [...expanded].sort() };
}
