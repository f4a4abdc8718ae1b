/**
 * Arrow keys in the picture: on a focused system, group or edge count, Left, Right, Up and Down
 * move the focus to the nearest focusable element in that direction, as in a grid or a map
 * (Tab and Shift+Tab keep the document order: roving.ts); Home and End go to the element
 * nearest the picture's top-left and bottom-right corners. With the svg or the canvas focused
 * the keys do nothing here (nothing else uses them either).
 *
 * The boxes are the drawing's, as cull.ts reads them from the shapes for every element (its
 * items' `box`: a system's or group's rect, a count's pill, without the badges and texts that
 * stick out and would move its centre off its row): one source for a culled picture, whose
 * elements off screen have no layout and no getBBox, and a picture drawn whole.
 *
 * The metric, after browsers' spatial navigation (W3C css-nav-1, Chromium's) and diagram tools:
 * a candidate's centre lies beyond the current element's centre in the direction (its
 * half-plane); those inside the 45° cone about the direction (the centres' offset across it at
 * most their offset along it) come before any outside it, so a key goes sideways only when
 * nothing lies ahead. Among them the lowest score wins: the gap between the boxes along the
 * direction plus ACROSS_WEIGHT times how far the centres are apart across it beyond half the
 * larger box (0 for an element in line: the same row or column, or a small count on the
 * current box's line), so a box in line, even farther, beats one nearer but off the line, as
 * the layout puts systems in columns (the lanes) and rows. A gap across between the boxes, as
 * Chromium scores, would put a count drawn beside the next row (its box a few units from the
 * current one's) before the system in line. Ties go to the smaller offset across. Nothing in
 * the half-plane: the focus stays.
 *
 * What the "hide" filter leaves out is not drawn (filters.ts), so it is no candidate; what
 * "dim instead" fades stays one, as Tab reaches it. One linear scan over the focusable
 * elements per key press (10,000 systems and their counts: a few thousand comparisons).
 */
import type { Cullable } from './cull';

/** How much an offset across the direction costs against a gap along it (see above: off the line costs). */
const ACROSS_WEIGHT = 10;

interface Box {
  el: Element;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface SpatialHost {
  /** Gives `el` the focus: rendered, brought on screen by the least move, the roving tabindex's current element. */
  focus(el: Element): void;
}

export interface SpatialNav {
  /** A new picture: its elements with their boxes (cull.ts' items; those with a box, the focusable ones, are kept). */
  reset(items: readonly Cullable[]): void;
}

const DIRECTIONS: Record<string, { axis: 'x' | 'y'; sign: 1 | -1 }> = {
  ArrowLeft: { axis: 'x', sign: -1 },
  ArrowRight: { axis: 'x', sign: 1 },
  ArrowUp: { axis: 'y', sign: -1 },
  ArrowDown: { axis: 'y', sign: 1 },
};

/** The box nearest `from` in a direction by the metric above, or undefined. */
function nearestInDirection(from: Box, boxes: readonly Box[], axis: 'x' | 'y', sign: 1 | -1): Box | undefined {
  const [lo, hi, alo, ahi] = axis === 'x' ? (['x0', 'x1', 'y0', 'y1'] as const) : (['y0', 'y1', 'x0', 'x1'] as const);
  const fromAlong = (from[lo] + from[hi]) / 2;
  const fromAcross = (from[alo] + from[ahi]) / 2;
  const fromHalf = (from[ahi] - from[alo]) / 2;
  let best: Box | undefined;
  let bestCone = 2;
  let bestScore = Infinity;
  let bestAcross = Infinity;
  for (const b of boxes) {
    if (b === from) continue;
    const along = sign * ((b[lo] + b[hi]) / 2 - fromAlong);
    if (along <= 0) continue;
    const across = Math.abs((b[alo] + b[ahi]) / 2 - fromAcross);
    const cone = across <= along ? 0 : 1;
    const gap = Math.max(0, sign > 0 ? b[lo] - from[hi] : from[lo] - b[hi]);
    const score = gap + ACROSS_WEIGHT * Math.max(0, across - Math.max(fromHalf, (b[ahi] - b[alo]) / 2));
    if (cone < bestCone || (cone === bestCone && (score < bestScore || (score === bestScore && across < bestAcross)))) {
      best = b;
      bestCone = cone;
      bestScore = score;
      bestAcross = across;
    }
  }
  return best;
}
/** The box whose centre has the smallest (`sign` 1) or largest (-1) x + y: nearest the top-left or bottom-right corner. */
function corner(boxes: readonly Box[], sign: 1 | -1): Box | undefined {
  let best: Box | undefined;
  let bestAt = Infinity;
  for (const b of boxes) {
    const at = sign * (b.x0 + b.x1 + b.y0 + b.y1);
    if (at < bestAt) {
      best = b;
      bestAt = at;
    }
  }
  return best;
}

export function createSpatialNav(svg: SVGSVGElement, host: SpatialHost): SpatialNav {
  /** The focusable elements (tabindex set by drawing.ts: those with a `box`) and their boxes. */
  let boxes: Box[] = [];
  let byEl = new Map<Element, Box>();

  svg.addEventListener('keydown', (ev) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    const from = byEl.get(ev.target as Element);
    if (!from) return;
    const dir = Object.hasOwn(DIRECTIONS, ev.key) ? DIRECTIONS[ev.key] : undefined;
    if (!dir && ev.key !== 'Home' && ev.key !== 'End') return;
    const to = dir ? nearestInDirection(from, boxes, dir.axis, dir.sign) : corner(boxes, ev.key === 'Home' ? 1 : -1);
    // The key is ours even where nothing lies that way: the focus stays, nothing scrolls.
    ev.preventDefault();
    if (to && to !== from) host.focus(to.el);
  });

  return {
    reset(items) {
      boxes = [];
      for (const it of items) if (it.box) boxes.push({ el: it.el, ...it.box });
      byEl = new Map(boxes.map((b) => [b.el, b]));
    },
  };
}
