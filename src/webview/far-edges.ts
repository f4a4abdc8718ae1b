/**
 * Far out in a large picture, the edges as a few paths. Zoomed out with every system drawn,
 * what is on screen is the work (culling saves nothing there): profiled in Chromium's trace
 * (1,000 systems drawn, all in view), a wheel event cost ~300 ms of raster, most of it the
 * dashes of asynchronous edges at about a pixel each, and a frame ~60 ms of main thread,
 * painting and layerizing ~2,500 edges in ~10,000 elements with their arrowheads. At that
 * zoom a name is under 5 px on screen (semantic-zoom.ts), a line 1.4 units wide a quarter of a
 * pixel, a dash a pixel, an arrowhead two: none of it can be told apart. So far out a large
 * picture draws its edges here instead: a few paths per look (interaction, worst finding,
 * change, dimmed), each edge subpaths of them, solid (an asynchronous edge is told by its
 * lighter line: style.css), no arrowheads, no counts; the edges' own elements are hidden by
 * CSS while the canvas has `ls-zoom-far` and `ls-far-lite`, so zooming in shows them again
 * exactly as they were (nothing is made or dropped when the level changes). Each look is cut
 * into cells of CELL drawing units, every route split where it crosses a cell's border: the
 * raster replays a path in every 256-px tile it spans, and the far level reaches up to names
 * of 5 px, where the picture of 1,000 systems spans ~150 tiles (with one path per look, a
 * commit at that zoom took 0.8 s against 0.15 s before; with the whole picture in view the
 * cells made no difference).
 *
 * The layer is made the first time a picture is committed far out (splitting 25,000 routes
 * is work a first paint should not do), and again for each new picture while far out.
 *
 * The edges chosen by a selection (`ls-linked`) stay drawn whole over their faded copy, as do
 * the count a keyboard user is on (roving.ts) and everything in a small picture, whose frames
 * are cheap as they are. The layer takes no pointer events (a click far out reaches the boxes
 * under it, as before) and is not part of the picture: an export leaves it out.
 */
import type { Diagram } from '../core/diagram/model';
import { CULLED } from './cull';
import { el } from './dom';
import { polylines, type Point } from './route-points';

/** The class of the layer; the export removes the element that has it. */
export const FAR_LAYER = 'ls-far-edges';

/** The canvas' class while a large picture draws its edges here far out (style.css). */
const LITE = 'ls-far-lite';

/** The side of a cell, in drawing units: at the far level's largest zoom (0.38) about 760 px. */
const CELL = 2000;

/** Tenths of a unit, as the routes are written (geometry.ts). */
const r = (v: number): number => Math.round(v * 10) / 10;

/**
 * Adds a route's polylines to `cells` (look and cell → subpaths), split where they cross a
 * cell's border: each piece goes to the cell its middle lies in, a run of pieces in one cell
 * stays one subpath.
 */
function addRoute(route: string, cells: Map<string, string[]>, look: string): void {
  for (const line of polylines(route)) {
    let cell: string | undefined;
    let sub: string[] = [];
    const flush = (): void => {
      if (cell === undefined || sub.length < 2) return;
      let list = cells.get(cell);
      if (!list) cells.set(cell, (list = []));
      list.push(`M${sub.join(' L')}`);
    };
    const piece = (a: Point, b: Point): void => {
      const key = `${look}|${Math.floor((a.x + b.x) / 2 / CELL)},${Math.floor((a.y + b.y) / 2 / CELL)}`;
      if (key !== cell) {
        flush();
        cell = key;
        sub = [`${r(a.x)},${r(a.y)}`];
      }
      sub.push(`${r(b.x)},${r(b.y)}`);
    };
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1];
      const b = line[i];
      // Where the segment crosses a border, as fractions of it.
      const ts = [0, 1];
      for (const [u, v] of [[a.x, b.x], [a.y, b.y]]) {
        const lo = Math.min(u, v);
        const hi = Math.max(u, v);
        for (let k = Math.ceil(lo / CELL) * CELL; k < hi; k += CELL) if (k > lo) ts.push((k - u) / (v - u));
      }
      ts.sort((x, y) => x - y);
      const at = (t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
      for (let j = 1; j < ts.length; j++) if (ts[j] > ts[j - 1]) piece(at(ts[j - 1]), at(ts[j]));
    }
    flush();
  }
}

/** The classes of an edge that make its look: all but the selection's (drawn by the edge itself) and the culler's. */
const lookOf = (e: Element): string => [...e.classList].filter((c) => c !== 'ls-linked' && c !== CULLED).sort().join(' ');

/** The far layer of the picture in `svg`, after its edges layer (under the systems). */
function makeLayer(svg: SVGSVGElement, d: Diagram): void {
  const layer = svg.querySelector(':scope > .ls-edges');
  if (!layer) return;
  const routes = new Map(d.edges.map((e) => [e.id, e.path] as const));
  const cells = new Map<string, string[]>();
  for (const e of layer.querySelectorAll(':scope > .ls-edge[data-edge]')) {
    const route = routes.get(e.getAttribute('data-edge')!);
    if (route) addRoute(route, cells, lookOf(e));
  }
  const far = el('g', { class: FAR_LAYER, 'aria-hidden': 'true' });
  for (const [key, list] of cells) far.appendChild(el('path', { class: key.slice(0, key.indexOf('|')), d: list.join(' ') }));
  layer.after(far);
}

export interface FarEdges {
  /** A new picture is about to go into the svg: nothing is made for the one leaving. */
  clear(): void;
  /**
   * The new picture is in the svg (its edges with their classes, a dimmed one's too): far out,
   * when `large` (a culled picture), its edges are drawn as the far layer. The layer is made
   * once the far level first shows (show), so a picture never zoomed far out pays nothing for it.
   */
  draw(d: Diagram, large: boolean, zoom: number): void;
  /** A view was committed at `zoom`: far out, the layer is made if it is not yet. */
  show(zoom: number): void;
}

/** `far(zoom)`: whether the semantic zoom draws a zoom far out (semantic-zoom.ts). */
export function createFarEdges(canvas: Element, svg: SVGSVGElement, far: (zoom: number) => boolean): FarEdges {
  /** The picture whose layer is still to be made; undefined once made, or when there is none to make. */
  let pending: Diagram | undefined;
  const show = (zoom: number): void => {
    if (!pending || !far(zoom)) return;
    makeLayer(svg, pending);
    pending = undefined;
  };
  return {
    clear() {
      pending = undefined;
    },
    draw(d, large, zoom) {
      svg.querySelector(`:scope > .${FAR_LAYER}`)?.remove();
      canvas.classList.toggle(LITE, large);
      pending = large ? d : undefined;
      show(zoom);
    },
    show,
  };
}
