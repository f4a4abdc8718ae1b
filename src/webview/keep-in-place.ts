/**
 * Expanding or collapsing a group keeps it where it was on screen: the host lays the picture
 * out again and anything may move (later groups of the lane, a lane that grew a column), so
 * the view is shifted by however far the toggled group moved in the drawing. Collapsing it
 * again therefore restores the view too.
 */
import type { Diagram } from '../core/diagram/model';

interface View {
  x: number;
  y: number;
  zoom: number;
}

export interface Anchor {
  group: string;
  /** Whether it was expanded: an update that has not toggled it yet (an edit's) leaves the anchor waiting. */
  expanded: boolean;
  /** Where the group's top-left corner was on screen (px from the canvas' top-left). */
  sx: number;
  sy: number;
}

/** The toggled group's place on screen, before the host's update. */
export function anchorOf(d: Diagram, group: string, view: View): Anchor | undefined {
  const g = d.groups.find((x) => x.id === group);
  return g && { group, expanded: g.expanded, sx: (g.x - view.x) * view.zoom, sy: (g.y - view.y) * view.zoom };
}

/**
 * The update that toggled the anchored group: moves the view so the group is where it was and
 * says 'kept'. An update where the group is as it was (another edit's) says 'waiting'; one
 * without the group says 'gone'.
 */
export function keepInPlace(anchor: Anchor, d: Diagram, view: View): 'kept' | 'waiting' | 'gone' {
  const g = d.groups.find((x) => x.id === anchor.group);
  if (!g) return 'gone';
  if (g.expanded === anchor.expanded) return 'waiting';
  view.x = g.x - anchor.sx / view.zoom;
  view.y = g.y - anchor.sy / view.zoom;
  return 'kept';
}
