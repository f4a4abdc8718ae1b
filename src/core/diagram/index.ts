/** The diagram: model → layout → SVG / Mermaid, shared by the webview host and `landscape render`. */
import type { LintResult } from '../lint/engine';
import { isGrouped, layoutDiagram, type LayoutOptions } from './layout';
import { laneOrderOf } from './lane-order';
import { freshLayout, keepsPlaces } from './group-order';
import { buildDiagramModel, type Diagram, type DiagramModel } from './model';

export type { Diagram, DiagramModel, Grouping } from './model';
export { renderSvg } from './svg';
export { measureLayout, type LayoutMeasures } from './measures';
export { diagramHtml } from './html';
export { renderMermaid } from './mermaid';
export { subsetModel } from './subset';
export { focusTitle, impactTitle, impactWalk, pickChoices, pickedModel, resolveViews, type ResolvedView } from './picks';
export { layoutDiagram, groupingLayout, NODE_H, COLLAPSE_ABOVE, type LayoutOptions } from './layout';
export { EDGE_BUDGET } from './groups';
export { laneOrderOf, ELK_MAX_SYSTEMS } from './lane-order';
export { createPageHost, toggleExpanded } from './page-host';
export type { DiagramPick, HostToWebview, PickChoices, PickOutcome, WebviewToHost } from './protocol';

/** Lint result → the diagram model, without positions (title from metadata.title, else metadata.name, else the entry file name). */
export function diagramModelOf(result: LintResult): DiagramModel {
  const meta = result.files[0]?.model.metadata;
  const scalar = (key: string): string | undefined => {
    const pair = meta?.pairs.find((p) => p.key.kind === 'scalar' && p.key.text === key);
    return pair?.value?.kind === 'scalar' && pair.value.text ? pair.value.text : undefined;
  };
  const title = scalar('title') ?? scalar('name') ?? result.entry.slice(result.entry.lastIndexOf('/') + 1);
  return buildDiagramModel(result.landscape, result.findings, title);
}

/**
 * Lint result → laid-out diagram. Pass the previous diagram to keep every system (and
 * group) where it was (the editor does, on each edit), and the groups to draw expanded.
 * A first layout (no previous diagram) orders each lane with ELK; see lane-order.ts.
 */
export function diagramOf(result: LintResult, previous?: Diagram, options: LayoutOptions = {}): Diagram {
  return laidOut(diagramModelOf(result), previous, options);
}

/** The model laid out: ELK's lane order for a first layout, the previous slots otherwise. */
export function laidOut(model: DiagramModel, previous?: Diagram, options: LayoutOptions = {}): Diagram {
  // A previous picture with nothing in it (an empty file being filled), or grouped another way, has no places to keep.
  if (keepsPlaces(previous, model, options)) return layoutDiagram(model, previous, options);
  return isGrouped(model, options) || options.order ? freshLayout(model, options) : layoutDiagram(model, undefined, { ...options, order: laneOrderOf(model) });
}
