/**
 * What a host does when the webview asks to expand or collapse a domain group, without the
 * DOM or VS Code: the standalone page (src/cli/page-host.ts) and the editor's panel share it.
 * The layout stays here, in the core; the webview only asks and draws. The page's pickers
 * (focus, impact, saved view) are answered here too, from the model and the views the CLI
 * resolved (`pickedModel`, the walk `render --focus` and `landscape impact` make).
 */
import { freshLayout, keepsPlaces } from './group-order';
import { groupingLayout, layoutDiagram, type LayoutOptions } from './layout';
import type { Diagram, DiagramModel, Grouping } from './model';
import { pickChoices, pickedModel, type ResolvedView } from './picks';
import type { PickChoices, PickOutcome, WebviewToHost } from './protocol';

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
  /** What the pickers offer. */
  choices(): PickChoices;
  /** The part drawn (null: the whole model), or why the last pick could not be drawn. */
  picked(): PickOutcome | null;
  /** The new diagram to post as an update, or undefined when nothing changed. */
  handle(m: WebviewToHost): Diagram | undefined;
}

/**
 * A host over a fixed model (the standalone page has no editor, so the model never changes).
 * Each toggle lays the model out again from the current picture, so nothing else moves.
 */
export function createPageHost(whole: DiagramModel, initial: Diagram, layout: LayoutOptions = {}, views: readonly ResolvedView[] = []): PageHost {
  /** The model drawn: the whole, or the part a pick asked for (and that part's layout, a view's grouping). */
  let model = whole;
  let partLayout: LayoutOptions = {};
  let picked: PickOutcome | null = null;
  /** The picture of the whole model as it was when a part was picked: "Show whole landscape" returns to it. */
  let wholeDiagram: Diagram | undefined;
  let diagram = initial;
  let expanded = new Set(initial.groups.filter((g) => g.expanded).map((g) => g.id));
  let grouping: Grouping | undefined;
  const options = (): LayoutOptions => ({ ...layout, ...partLayout, ...(grouping ? groupingLayout(grouping) : {}), expanded: [...expanded] });
  // Places are kept from the picture before, unless it was grouped another way (group-order.ts).
  const relayout = (): Diagram => (diagram = keepsPlaces(diagram, model, options()) ? layoutDiagram(model, diagram, options()) : freshLayout(model, options()));
  return {
    diagram: () => diagram,
    expanded: () => [...expanded],
    choices: () => pickChoices(whole, views),
    picked: () => picked,
    handle(m) {
      if (m.type === 'pick') {
        if (m.pick === null) {
          // Back from a part, or from a pick that failed (its message goes).
          const failed = picked !== null && !wholeDiagram;
          picked = null;
          if (!wholeDiagram) return failed ? diagram : undefined;
          model = whole;
          partLayout = {};
          diagram = wholeDiagram;
          wholeDiagram = undefined;
          expanded = new Set(diagram.groups.filter((g) => g.expanded).map((g) => g.id));
          return diagram;
        }
        const part = pickedModel(whole, m.pick, views);
        if ('error' in part) {
          picked = { pick: m.pick, error: part.error };
          return diagram;
        }
        wholeDiagram ??= diagram;
        model = part.model;
        partLayout = part.layout;
        picked = part.summary === undefined ? { pick: m.pick, title: part.title } : { pick: m.pick, title: part.title, summary: part.summary };
        expanded = new Set();
        // A fresh layout, nothing of the previous picture kept (the page has no ELK: each lane by domain and id, an overview's groups ordered).
        diagram = freshLayout(model, options());
        return diagram;
      }
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
