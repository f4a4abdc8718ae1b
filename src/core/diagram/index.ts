/** The diagram: model → layout → SVG / Mermaid, shared by the webview host and `landscape render`. */
import type { LintResult } from '../lint/engine';
import { layoutDiagram } from './layout';
import { buildDiagramModel, type Diagram } from './model';

export type { Diagram, DiagramNode, DiagramEdge, Lane, FindingCounts } from './model';
export { LANES } from './model';
export { renderSvg, DIAGRAM_CSS, nodeSvg, edgeSvg } from './svg';
export { diagramHtml, type HtmlOptions } from './html';
export { renderMermaid } from './mermaid';
export { layoutDiagram, NODE_W, NODE_H } from './layout';
export { escapeXml } from './escape';

/**
 * Lint result → laid-out diagram (title from metadata.title or the entry file name). Pass the
 * previous diagram to keep every system where it was (the editor does, on each edit).
 */
export function diagramOf(result: LintResult, previous?: Diagram): Diagram {
  const meta = result.files[0]?.model.metadata;
  const titlePair = meta?.pairs.find((p) => p.key.kind === 'scalar' && p.key.text === 'title');
  const title = titlePair?.value?.kind === 'scalar' ? titlePair.value.text : result.entry.slice(result.entry.lastIndexOf('/') + 1);
  return layoutDiagram(buildDiagramModel(result.landscape, result.findings, title), previous);
}
