/**
 * Culling: in a large picture (every one of 1,000 or 10,000 systems drawn) only what lies in
 * and around the view is rendered; the other systems, edges, counts, group frames and domain
 * labels stay in the DOM (selection, filters, the export and the tests read them there) with a
 * class whose CSS is `display: none`, on it and on its descendants (Blink gives a `<g>` whose
 * display is none a hidden container that still lays out all its children). Chromium then
 * builds no layout objects for them (10,000 systems drawn: 243,000 → ~30,000 in its layout
 * tree), lays out none of their texts when the scale changes (1 s of layout per committed
 * wheel zoom in its trace), and paints none of them when the layer is painted again (a wheel
 * zoom or a pan starts a composited layer that paints all it holds, view-layer.ts): with every
 * system drawn a frame cost in proportion to the whole picture, not to what is on screen.
 *
 * What is rendered is the view grown by half its size on every side, so a pan of half a
 * panel or a wheel zoom out to half the scale shows no gap while the layer moves; the set is
 * computed again when a view leaves it (a pan's frame may then paint what comes in) and when
 * a committed view has zoomed in so far that it renders far more than it shows. Small
 * pictures are never culled: there culling would save nothing. The browser moves keyboard
 * focus only through rendered elements, so a culled picture gets a roving tabindex
 * (roving.ts): the element that has or will get the focus is pinned, always rendered.
 */
import type { Shape } from '../core/diagram/drawing';
import { shapeEl } from './dom';

/** The class of an element not rendered (style.css: `display: none`); an export removes it. */
export const CULLED = 'ls-off';

/** Pictures with at most this many cullable elements are drawn whole. */
const CULL_ABOVE = 1500;

/** The layers whose children are culled one by one (drawing.ts), and the domain labels inside lanes. */
const LAYERS = ['ls-frames', 'ls-edges', 'ls-nodes', 'ls-groups'];
const LANE = 'ls-lane-g';
const DOMAIN = 'ls-domain';

/**
 * Room around a shape's geometry, in drawing units: strokes, arrowheads, badges straddling a
 * box's top edge.
 */
const SLACK = 12;
/** A domain label's text runs right of its bar, as wide as its box at most (no attribute gives its width). */
const TEXT_W = 400;

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Item extends Rect {
  el: Element;
  /** A focusable element's own rect (a system's or group's box, a count's pill), without what sticks out of it (badges, texts): where the arrow keys see it (spatial-nav.ts). */
  box?: Rect;
  off: boolean;
  /** The shape whose children the element still lacks (made when it first shows), or undefined once made. */
  pending?: Shape;
}

/** The bounds of a shape and its children from their attributes (rect, text, path of M/L/H/V), or undefined. */
function boundsOf(s: Shape, r: Rect = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity }): Rect {
  const a = s.attrs;
  const add = (x: number, y: number): void => {
    if (x < r.x0) r.x0 = x;
    if (x > r.x1) r.x1 = x;
    if (y < r.y0) r.y0 = y;
    if (y > r.y1) r.y1 = y;
  };
  if (s.tag === 'rect') {
    const x = Number(a.x);
    const y = Number(a.y);
    add(x, y);
    add(x + Number(a.width), y + Number(a.height));
  } else if (s.tag === 'text') {
    const x = Number(a.x);
    const y = Number(a.y);
    // Its anchor: a box's texts lie inside its rect; a domain label's width is added by itemOf.
    add(x, y - 16);
    add(x, y + 6);
  } else if (s.tag === 'path' && typeof a.d === 'string') {
    // Our routes and bars: absolute M/L pairs, H and V (a relative command, the legend's, is never culled).
    let x = 0;
    let y = 0;
    for (const m of a.d.matchAll(/([MLHV])\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?/g)) {
      if (m[1] === 'H') x = Number(m[2]);
      else if (m[1] === 'V') y = Number(m[2]);
      else {
        x = Number(m[2]);
        y = Number(m[3]);
      }
      add(x, y);
    }
  }
  for (const c of s.children ?? []) boundsOf(c, r);
  return r;
}

/** One cullable element: its shape's bounds, grown; none (always rendered) when they are unknown. */
function itemOf(el: Element, s: Shape): Item | undefined {
  const r = boundsOf(s);
  if (!Number.isFinite(r.x0 + r.y0 + r.x1 + r.y1)) return undefined;
  const text = s.attrs.class === DOMAIN ? TEXT_W : 0;
  const rects = s.attrs.tabindex === undefined ? [] : (s.children ?? []).filter((c) => c.tag === 'rect');
  const own = rects.find((c) => c.attrs.class === 'ls-box') ?? rects[0];
  return { el, x0: r.x0 - SLACK, y0: r.y0 - SLACK, x1: r.x1 + SLACK + text, y1: r.y1 + SLACK, box: own && boundsOf(own), off: false, pending: s.children?.length ? s : undefined };
}

/**
 * The DOM of drawDiagram's shapes, and its cullable elements. A cullable element is made
 * without its children (a system's box, texts and tooltip, an edge's pieces): they are made
 * when it first shows (or, in a picture too small to cull, at once), so a large picture makes
 * the elements of what is on screen only (10,000 systems drawn: 58,000 DOM nodes instead of 341,000).
 * Attributes, classes and data-* are there from the start: selection, filters and the
 * minimap work on those. `whole`: every element made with its children, none cullable.
 */
export function drawShapes(shapes: readonly Shape[], whole = false): { els: Element[]; items: Item[] } {
  const items: Item[] = [];
  const take = (c: Shape): Element => {
    // `whole`: a picture for an export, made at once.
    if (whole) return shapeEl(c);
    const e = shapeEl({ ...c, children: undefined });
    const item = itemOf(e, c);
    if (item) items.push(item);
    else if (c.children) for (const k of c.children) e.appendChild(shapeEl(k));
    return e;
  };
  const els = shapes.map((s) => {
    const cls = String(s.attrs.class ?? '');
    if (cls !== LANE && !LAYERS.includes(cls)) return shapeEl(s);
    const e = shapeEl({ ...s, children: undefined });
    for (const c of s.children ?? []) e.appendChild(LAYERS.includes(cls) || c.attrs.class === DOMAIN ? take(c) : shapeEl(c));
    return e;
  });
  return { els, items };
}

/** Makes an element's children, if it still lacks them. */
function fill(it: Item): void {
  if (!it.pending) return;
  for (const c of it.pending.children!) it.el.appendChild(shapeEl(c));
  it.pending = undefined;
}

export type Cullable = Item;

export interface Culler {
  /** A new drawing's cullable elements (none rendered differently until the next `show`; in a small picture all made at once). */
  reset(items: Item[]): void;
  /** Makes every element's children (an export clones the whole picture). */
  fillAll(): void;
  /**
   * The view (drawing units) is about to be shown: renders what lies around it. `committed`:
   * the view is drawn for good (a zoomed-in view renders less again); otherwise a pan's or a
   * wheel's frame, which changes the set only when the view leaves it.
   */
  show(view: { x: number; y: number; w: number; h: number }, committed: boolean): void;
  /** Whether the picture is culled (more than CULL_ABOVE elements): only then is anything left unrendered. */
  readonly active: boolean;
  /**
   * Keeps `el` rendered with its children wherever the view is (the keyboard's element:
   * roving.ts), until another is pinned; undefined: none. The one pinned before is culled again
   * by the next computed set.
   */
  pin(el: Element | undefined): void;
}

export function createCuller(): Culler {
  let items: Item[] = [];
  /** The region rendered; undefined while everything is. */
  let covered: Rect | undefined;
  /** The element always rendered (pin). */
  let pinned: Element | undefined;
  const cover = (v: { x: number; y: number; w: number; h: number }): void => {
    covered = { x0: v.x - v.w / 2, y0: v.y - v.h / 2, x1: v.x + v.w * 1.5, y1: v.y + v.h * 1.5 };
    const c = covered;
    for (const it of items) {
      const off = it.el !== pinned && (it.x1 < c.x0 || it.x0 > c.x1 || it.y1 < c.y0 || it.y0 > c.y1);
      if (!off) fill(it);
      if (off === it.off) continue;
      it.off = off;
      it.el.classList.toggle(CULLED, off);
    }
  };
  return {
    reset(next) {
      if (next.length <= CULL_ABOVE) for (const it of next) fill(it);
      items = next.length > CULL_ABOVE ? next : [];
      covered = undefined;
      pinned = undefined;
    },
    get active() {
      return items.length > 0;
    },
    pin(el) {
      pinned = el;
      // Linear, once per keystroke that moves the focus: no faster index is needed at 10,000 systems.
      const it = el && items.find((x) => x.el === el);
      if (!it) return;
      fill(it);
      if (!it.off) return;
      it.off = false;
      it.el.classList.remove(CULLED);
    },
    fillAll() {
      for (const it of items) fill(it);
    },
    show(v, committed) {
      if (!items.length) return;
      const c = covered;
      const inside = c !== undefined && v.x >= c.x0 && v.y >= c.y0 && v.x + v.w <= c.x1 && v.y + v.h <= c.y1;
      // A view under a sixteenth of what is rendered (zoomed in to twice the scale it was rendered for): render less.
      const wasteful = c !== undefined && (c.x1 - c.x0) * (c.y1 - c.y0) > 16 * v.w * v.h;
      if (!inside || (committed && wasteful)) cover(v);
    },
  };
}
