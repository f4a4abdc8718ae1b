/**
 * Semantic zoom's closest level (semantic-zoom.ts): groups → systems → APIs. Close in, every
 * API a system offers reads off the picture at its box: the dependencies name the API they go
 * through where they enter its provider (api-edge-labels.ts: once per API and side, a bundle
 * each of its APIs), and the APIs no drawn edge names, marked when nothing consumes them, stand
 * beside the box (api-free-labels.ts), clear of what is drawn (label-room.ts). Farther out the
 * labels would be under 12 px on screen and are not drawn.
 *
 * The labels are a layer of their own, made only when the level first shows and only around
 * the view in a large picture (culled, cull.ts: 25,000 texts laid out at every committed zoom
 * would cost what culling saves), made again when a committed view leaves the part they cover.
 * They take no pointer events (a click reaches the edge or box under them), but for those with
 * a tooltip (a cut id, a bundle's APIs, a free API), and are not part of the picture: an export leaves them out, as it leaves the far layer out (far-edges.ts).
 */
import type { Diagram, DiagramNode, ProvidedApi } from '../core/diagram/model';
import { el } from './dom';
import { edgeLabelLines, type Line } from './api-edge-labels';
import { placeFreeLabels } from './api-free-labels';
import { labelRoom, type LabelRoom } from './label-room';

/** The class of the layer; the export removes the element that has it. */
export const API_LAYER = 'ls-api-labels';

/** Around the labels' part of a large picture, what they keep clear of is indexed too (label-room.ts). */
const MARGIN = 200;

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const inside = (r: Rect, x: number, y: number): boolean => x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h;

/** What a free label's tooltip says: the id, its lifecycle if not active, and why no edge names it. */
function freeTitle(a: ProvidedApi): string {
  return `${a.id}${a.lifecycle ? ` (${a.lifecycle})` : ''}: ${a.unused ? 'no consumers' : 'its consumers are not drawn here'}`;
}

/** The lines for the APIs of the systems in `around` that no drawn edge names (api-free-labels.ts). */
function freeLines(d: Diagram, around: Rect | undefined, sides: ReadonlyMap<string, number>, room: LabelRoom): Line[] {
  const named = new Map<string, Set<string>>();
  for (const e of d.edges) {
    if (!e.via) continue;
    const set = named.get(e.to);
    if (set) set.add(e.via);
    else named.set(e.to, new Set([e.via]));
  }
  const out: Line[] = [];
  // By its centre, as an edge's label by its tip: a box straddling the border is one side's or the other's.
  const near = (n: DiagramNode): boolean => !around || inside(around, n.x + n.w / 2, n.y + n.h / 2);
  for (const n of d.nodes) {
    const free = n.apis && near(n) ? n.apis.filter((a) => !named.get(n.id)?.has(a.id)) : [];
    if (!free.length) continue;
    const used = { left: sides.get(`${n.id}|left`) ?? 0, right: sides.get(`${n.id}|right`) ?? 0 };
    for (const p of placeFreeLabels(n, free, used, room)) {
      const cls = `ls-api-label ls-api-free${p.api.unused ? ' ls-api-unused' : ''}`;
      out.push({ x: p.x, y: p.y, anchor: p.anchor, text: p.text, title: freeTitle(p.api), attrs: { class: cls, 'data-api': p.api.id, 'data-provider': n.id } });
    }
  }
  return out;
}

/**
 * The layer of labels for the edges drawn in `svg` whose tip lies in `around` (all when
 * undefined) and the free APIs of the systems there, over the edges and under the systems.
 */
function makeLayer(svg: SVGSVGElement, d: Diagram, around: Rect | undefined): SVGGElement | undefined {
  const layer = svg.querySelector(':scope > .ls-edges');
  if (!layer) return undefined;
  const room = labelRoom(d, around && { x: around.x - MARGIN, y: around.y - MARGIN, w: around.w + 2 * MARGIN, h: around.h + 2 * MARGIN });
  const drawn = [...layer.querySelectorAll(':scope > .ls-edge[data-edge]')].map((x) => x.getAttribute('data-edge')!);
  const { lines, sides } = edgeLabelLines(d, drawn, around, room);
  for (const l of freeLines(d, around, sides, room)) lines.push(l);
  const labels = el('g', { class: API_LAYER, 'aria-hidden': 'true' });
  for (const l of lines) {
    const t = el('text', { ...l.attrs, x: l.x, y: l.y, 'text-anchor': l.anchor }, l.text);
    if (l.title) {
      t.classList.add('ls-api-tip');
      t.appendChild(el('title', {}, l.title));
    }
    labels.appendChild(t);
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
