/**
 * The toolbar's grouping picker: a lane's systems grouped by domain, by owner, or not at all.
 * It shows what the picture is drawn with (a large landscape opens grouped by domain, a small
 * one without groups); a pick asks the host, which lays the picture out again (every group
 * collapsed) and remembers it, like the open groups, for a restored panel.
 */
import type { Diagram, Grouping } from '../core/diagram/model';
import { html } from './dom';

const CHOICES: [Grouping, string][] = [['domains', 'groups by domain'], ['owners', 'groups by owner'], ['none', 'no groups']];

/** The grouping a laid-out diagram shows. */
function groupingOf(d: Diagram): Grouping {
  if (!d.groups.length) return 'none';
  return d.groups[0].by === 'owner' ? 'owners' : 'domains';
}

export function groupingPicker(pick: (g: Grouping) => void): { element: HTMLSelectElement; show(d: Diagram): void } {
  const element = html('select', { 'aria-label': 'Group systems', title: 'Group the systems of each lane' });
  for (const [value, label] of CHOICES) element.append(html('option', { value }, label));
  element.addEventListener('change', () => pick(element.value as Grouping));
  return {
    element,
    show(d) {
      element.value = groupingOf(d);
    },
  };
}
