/**
 * What a selection shows: the selected system (or collapsed group), the edges that touch it
 * and the systems at their other ends stand out; everything else is faded. An edge chosen by
 * its count badge is selected the same way: it, its count and its two ends. Only classes are
 * set (the look is DIAGRAM_CSS's); the svg element carries `ls-selecting` while something is
 * selected, so the fading is one CSS rule instead of a class on each of thousands of elements.
 * An export removes all of these (they are the session's, not the landscape's).
 */

/** The classes a selection sets, for the export to remove. */
export const SELECTION_CLASSES = ['selected', 'ls-selecting', 'ls-neighbour', 'ls-linked'] as const;

/** The id a drawn system or group element stands for. */
const idOf = (e: Element): string | null => e.getAttribute('data-id') ?? e.getAttribute('data-group');

/**
 * Marks `target` (a system's or a collapsed group's id as drawn, undefined for none), its
 * edges and its neighbours. Linear in the edges; only the elements concerned are touched.
 */
export function markSelection(svg: SVGSVGElement, target: string | undefined): void {
  clearSelection(svg);
  if (target === undefined) return;
  const boxes = drawnBoxes(svg);
  const self = boxes.find((e) => idOf(e) === target);
  if (!self) return;
  const neighbours = new Set<string>();
  for (const edge of svg.querySelectorAll('.ls-edges > .ls-edge')) {
    const from = edge.getAttribute('data-from');
    const to = edge.getAttribute('data-to');
    if (from !== target && to !== target) continue;
    edge.classList.add('ls-linked');
    neighbours.add(from === target ? to! : from!);
  }
  neighbours.delete(target);
  self.classList.add('selected');
  for (const e of boxes) if (neighbours.has(idOf(e)!)) e.classList.add('ls-neighbour');
  svg.classList.add('ls-selecting');
}

/**
 * Marks drawn edge `edgeId` as the selection (an edge chosen by its count badge,
 * edge-details.ts): the edge and its count stand out, its two ends are framed as neighbours,
 * everything else fades. Returns false, with nothing marked, when the edge is not drawn.
 */
export function markEdgeSelection(svg: SVGSVGElement, edgeId: string): boolean {
  clearSelection(svg);
  const edge = [...svg.querySelectorAll('.ls-edges > .ls-edge')].find((e) => e.getAttribute('data-edge') === edgeId);
  if (!edge) return false;
  edge.classList.add('ls-linked');
  for (const c of svg.querySelectorAll('.ls-edges > .ls-edge-count')) if (c.getAttribute('data-edge') === edgeId) c.classList.add('selected');
  const ends = [edge.getAttribute('data-from'), edge.getAttribute('data-to')];
  for (const e of drawnBoxes(svg)) if (ends.includes(idOf(e))) e.classList.add('ls-neighbour');
  svg.classList.add('ls-selecting');
  return true;
}

function clearSelection(svg: SVGSVGElement): void {
  for (const cls of SELECTION_CLASSES) for (const e of svg.querySelectorAll(`.${cls}`)) e.classList.remove(cls);
  svg.classList.remove('ls-selecting');
}

const drawnBoxes = (svg: SVGSVGElement): Element[] => [...svg.querySelectorAll('.ls-nodes > .ls-node[data-id], .ls-groups > .ls-group[data-group]')];
