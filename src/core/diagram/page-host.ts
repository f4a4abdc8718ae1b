/**
 * What a host does when the webview asks to expand or collapse a domain group, without the
 * DOM or VS Code: the standalone page (src/cli/page-host.ts) and the editor's panel share it.
 * The layout stays here, in the core; the webview only asks and draws.
 */
import { groupingLayout, layoutDiagram, type LayoutOptions } from './layout';
import type { Diagram, DiagramModel, Grouping } from './model';
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
  let grouping: Grouping | undefined;
  const options = (): LayoutOptions => ({ ...layout, ...(grouping ? groupingLayout(grouping) : {}), expanded: [...expanded] });
  const relayout = (): Diagram => (diagram = layoutDiagram(model, diagram, options()));
  return {
    diagram: () => diagram,
    expanded: () => [...expanded],
    handle(m) {
      if (m.type === 'toggleGroup') {
        expanded = toggleExpanded(expanded, m.group, diagram);
        return relayout();
      }
      if (m.type === 'setGrouping') {
        grouping = m.grouping;
        expanded = new Set();
        return relayout();
      }
      // A reloaded page whose state remembers a grouping or expanded groups.
      if (m.type === 'ready' && (m.grouping || m.expanded?.length) && expanded.size === 0 && !grouping) {
        grouping = m.grouping;
        // The groups of that grouping exist only once it is laid out.
        if (grouping) relayout();
        expanded = new Set((m.expanded ?? []).filter((id) => diagram.groups.some((g) => g.id === id)));
        return grouping || expanded.size ? relayout() : undefined;
      }
      return undefined;
    },
  };
}
