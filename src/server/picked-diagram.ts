/**
 * The part of a landscape the diagram's pickers ask for (`landscape/diagram` with a `pick`): a
 * focus, an impact or a saved view, computed by the core (`pickedModel`, the walk `render
 * --focus` and `landscape impact` make) and laid out. While the same pick is drawn again after
 * an edit, each system keeps its place; another pick is a fresh layout (ELK's lane order).
 */
import { diagramModelOf, laidOut, pickedModel, resolveViews, type Diagram, type DiagramPick, type LayoutOptions, type PickOutcome } from '../core/index';
import type { Lint } from './lint-workspace';

export class PickedDiagrams {
  /** Per entry file: the last part drawn and which pick it was. */
  private readonly last = new Map<string, { key: string; diagram: Diagram }>();

  /** The part laid out, with what it is; or only why it cannot be drawn (the caller draws the whole landscape). */
  draw(lint: Lint, pick: DiagramPick, options: LayoutOptions): { diagram?: Diagram; picked: PickOutcome } {
    const model = diagramModelOf(lint.result);
    const picked = pickedModel(model, pick, resolveViews(lint.result.landscape, model.title));
    if ('error' in picked) return { picked: { pick, error: picked.error } };
    const key = JSON.stringify(pick);
    const previous = this.last.get(lint.entry);
    const diagram = laidOut(picked.model, previous?.key === key ? previous.diagram : undefined, { ...picked.layout, ...options });
    this.last.set(lint.entry, { key, diagram });
    return { diagram, picked: picked.summary === undefined ? { pick, title: picked.title } : { pick, title: picked.title, summary: picked.summary } };
  }

  /** A landscape went away. */
  forget(entry: string): void {
    this.last.delete(entry);
  }
}
