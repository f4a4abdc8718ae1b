/**
 * Semantic zoom's closest level (semantic-zoom.ts): groups → systems → APIs. Close in, the
 * dependencies name the API they go through (`via`) where they enter the system that provides
 * it, once per API and side of its box, so the APIs a system offers can be read off the picture. Farther out the labels would be under 12 px on screen and are not drawn.
 *
 * The labels are a layer of their own, made only when the level first shows and only around
 * the view in a large picture (culled, cull.ts: 25,000 texts laid out at every committed zoom
 * would cost what culling saves), made again when a committed view leaves the part they cover.
 * They take no pointer events (a click reaches the edge or box under them) and are not part of
 * the picture: an export leaves them out, as it leaves the far layer out (far-edges.ts).
 */
import type { Diagram, DiagramEdge } from '../core/diagram/model';
import { el } from './dom';
import { polylines } from './route-points';

/** The class of the layer; the export removes the element that has it. */
export const API_LAYER = 'ls-api-labels';

/** How far before the tip a label ends: the arrowhead's length and a gap. */
const BEFORE_TIP = 9;

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The APIs a drawn edge stands for: its own, and those of the dependencies bundled into it. */
function apisOf(e: DiagramEdge, byId: ReadonlyMap<string, DiagramEdge>): string {
  const vias = [...new Set((e.bundle ?? [e.id]).map((id) => byId.get(id)?.via).filter((v): v is string => !!v))];
  return vias.length > 1 ? `${vias[0]} +${vias.length - 1}` : (vias[0] ?? '');
}

/**
 * A label on the last segment of a route, in the gap before the box it enters: above the line,
 * ending before the arrowhead (a horizontal entry), or beside it (a vertical one). Inside the
 * box, at the port, it covered the system's name wherever a port sat near the top (seen on
 * the example's event backbone, with four ports on one side).
 */
function placeOf(path: string): { x: number; y: number; anchor: 'start' | 'end'; side: string } | undefined {
  const line = polylines(path).pop();
  if (!line || line.length < 2) return undefined;
  const tip = line[line.length - 1];
  const from = line[line.length - 2];
  if (from.y === tip.y) {
    return from.x < tip.x ? { x: tip.x - BEFORE_TIP, y: tip.y - 2.5, anchor: 'end', side: 'left' } : { x: tip.x + BEFORE_TIP, y: tip.y - 2.5, anchor: 'start', side: 'right' };
  }
  return { x: tip.x + 3, y: from.y < tip.y ? tip.y - BEFORE_TIP : tip.y + BEFORE_TIP + 6, anchor: 'start', side: from.y < tip.y ? 'top' : 'bottom' };
}

const inside = (r: Rect, x: number, y: number): boolean => x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h;

/** The layer of labels for the edges drawn in `svg` whose tip lies in `around` (all when undefined), over the edges and under the systems. */
function makeLayer(svg: SVGSVGElement, d: Diagram, around: Rect | undefined): SVGGElement | undefined {
  const layer = svg.querySelector(':scope > .ls-edges');
  if (!layer) return undefined;
  const byId = new Map(d.edges.map((e) => [e.id, e] as const));
  const labels = el('g', { class: API_LAYER, 'aria-hidden': 'true' });
  // One label per API and side of a box: the consumers of one API enter by ports side by side.
  const seen = new Set<string>();
  for (const edgeEl of layer.querySelectorAll(':scope > .ls-edge[data-edge]')) {
    const e = byId.get(edgeEl.getAttribute('data-edge')!);
    const text = e && apisOf(e, byId);
    const at = text ? placeOf(e.path) : undefined;
    if (!at || (around && !inside(around, at.x, at.y))) continue;
    const key = `${e!.to}|${at.side}|${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    labels.appendChild(el('text', { class: 'ls-api-label', 'data-edge': e!.id, x: at.x, y: at.y, 'text-anchor': at.anchor }, text));
  }
  layer.after(labels);
  return labels;
}

export interface ApiLabels {
  /** A new picture is in the svg; `large`: culled, so labels are made around the view only. */
  draw(d: Diagram, large: boolean): void;
  /** A view was committed: at the closest level, the labels around it are made if they are not yet. */
  show(closest: boolean, view: Rect): void;
}

export function createApiLabels(svg: SVGSVGElement): ApiLabels {
  let picture: { d: Diagram; large: boolean } | undefined;
  /** What the labels made cover (undefined: all of the picture); none made yet when `made` is false. */
  let covered: Rect | undefined;
  let made = false;
  return {
    draw(d, large) {
      svg.querySelector(`:scope > .${API_LAYER}`)?.remove();
      picture = { d, large };
      made = false;
    },
    show(closest, view) {
      if (!closest || !picture) return;
      const within = covered && inside(covered, view.x, view.y) && inside(covered, view.x + view.w, view.y + view.h);
      if (made && (!picture.large || within)) return;
      svg.querySelector(`:scope > .${API_LAYER}`)?.remove();
      // The view grown by half its size on every side, as the culler renders (cull.ts).
      covered = picture.large ? { x: view.x - view.w / 2, y: view.y - view.h / 2, w: view.w * 2, h: view.h * 2 } : undefined;
      makeLayer(svg, picture.d, covered);
      made = true;
    },
  };
}
