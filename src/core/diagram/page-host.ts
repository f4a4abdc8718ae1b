/**
 * What a host does when the webview asks to expand or collapse a domain group, without the
 * DOM or VS Code: the standalone page (src/cli/page-host.ts) and the editor's panel share it.
 * The layout stays here, in the core; the webview only asks and draws.
 */
import { layoutDiagram, type LayoutOptions } from './layout';
import type { Diagram, DiagramModel } from './model';
import type { WebviewToHost } from './protocol';

/** The expanded set after toggling `group` (unknown groups are ignored: they may be gone). */
export function toggleExpanded(expanded: ReadonlySet<string>, group: string, diagram: Diagram | undefined): Set<string> {
  const next = new Set(expanded);
  if (next.has(group)) next.delete(group);
  else if (diagram?.groups.some((g) => g.id === group)) next.add(group);
  return next;
}

export interface PageHost {
  diagram(): Diagram;
  expanded(): string[];
  /** The new diagram to post as an update, or undefined when nothing changed. */
  handle(m: WebviewToHost): Diagram | undefined;
}

/**
 * A host over a fixed model (the standalone page has no editor, so the model never changes).
 * Each toggle lays the model out again from the current picture, so nothing else moves.
 */
export function createPageHost(model: DiagramModel, initial: Diagram, layout: LayoutOptions = {}): PageHost {
  let diagram = initial;
  let expanded = new Set(initial.groups.filter((g) => g.expanded).map((g) => g.id));
  const relayout = (): Diagram => (diagram = layoutDiagram(model, diagram, { ...layout, expanded: [...expanded] }));
  return {
    diagram: () => diagram,
    expanded: () => [...expanded],
    handle(m) {
      if (m.type === 'toggleGroup') {
        expanded = toggleExpanded(expanded, m.group, diagram);
        return relayout();
      }
      // A reloaded page whose state remembers expanded groups.
      if (m.type === 'ready' && m.expanded?.length && expanded.size === 0) {
        expanded = new Set(m.expanded.filter((id) => diagram.groups.some((g) => g.id === id)));
        return expanded.size ? relayout() : undefined;
      }
      return undefined;
    },
  };
}
