/**
 * Far out in a large picture, the edges as a few paths. Zoomed out with every system drawn,
 * what is on screen is the work (culling saves nothing there): profiled in Chromium's trace
 * (1,000 systems drawn, all in view), a wheel event cost ~300 ms of raster, most of it the
 * dashes of asynchronous edges at about a pixel each, and a frame ~60 ms of main thread,
 * painting and layerizing ~2,500 edges in ~10,000 elements with their arrowheads. At that
 * zoom a name is under 5 px on screen (semantic-zoom.ts), a line 1.4 units wide a quarter of a
 * pixel, a dash a pixel, an arrowhead two: none of it can be told apart. So far out a large
 * picture draws its edges here instead: one path per look (interaction, worst finding,
 * change, dimmed), each edge a subpath of it, solid (an asynchronous edge is told by its
 * lighter line: style.css), no arrowheads, no counts; the edges' own elements are hidden by
 * CSS while the canvas has `ls-zoom-far` and `ls-far-lite`, so zooming in shows them again
 * exactly as they were (nothing is made or dropped when the level changes). Cutting each
 * look by the region its routes start in (179 paths instead of 11 at 1,000 systems) made no
 * difference to the frames or the CPU (A/B, 1,000 and 10,000 systems): one path per look.
 *
 * The edges chosen by a selection (`ls-linked`) stay drawn whole over their faded copy, as do
 * the count a keyboard user is on (roving.ts) and everything in a small picture, whose frames
 * are cheap as they are. The layer takes no pointer events (a click far out reaches the boxes
 * under it, as before) and is not part of the picture: an export leaves it out.
 */
import type { Diagram } from '../core/diagram/model';
import { el } from './dom';

/** The class of the layer; the export removes the element that has it. */
export const FAR_LAYER = 'ls-far-edges';

/** The canvas' class while a large picture draws its edges here far out (style.css). */
const LITE = 'ls-far-lite';

/** The classes of an edge that make its look: all but the selection's, which is drawn by the edge itself. */
const lookOf = (e: Element): string => [...e.classList].filter((c) => c !== 'ls-linked').sort().join(' ');

/**
 * Draws the far layer of a picture just put into `svg`, after its edges layer (under the
 * systems), when `large` (a culled picture); else removes it. The routes come from the
 * diagram (an edge off screen is made without its pieces), the looks from the edges' classes.
 */
export function drawFarEdges(canvas: Element, svg: SVGSVGElement, d: Diagram, large: boolean): void {
  svg.querySelector(`:scope > .${FAR_LAYER}`)?.remove();
  canvas.classList.toggle(LITE, large);
  const layer = svg.querySelector(':scope > .ls-edges');
  if (!large || !layer) return;
  const routes = new Map(d.edges.map((e) => [e.id, e.path] as const));
  const paths = new Map<string, string[]>();
  for (const e of layer.querySelectorAll(':scope > .ls-edge[data-edge]')) {
    const route = routes.get(e.getAttribute('data-edge')!);
    if (!route) continue;
    const look = lookOf(e);
    let list = paths.get(look);
    if (!list) paths.set(look, (list = []));
    list.push(route);
  }
  const far = el('g', { class: FAR_LAYER, 'aria-hidden': 'true' });
  for (const [look, list] of paths) far.appendChild(el('path', { class: look, d: list.join(' ') }));
  layer.after(far);
}
