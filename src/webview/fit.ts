/**
 * The default zoom: the whole picture in the panel on both axes, as long as its names stay
 * readable (at least READABLE_PX on screen). A picture that would need smaller names is shown
 * at the smallest readable zoom instead, anchored at the top-left of the content (where the
 * first lane and the first rows are), and the rest is a drag or a scroll away.
 *
 * Pure arithmetic on sizes, apart from `smallestNamePx`, which reads the drawing's names.
 */
import type { Shape } from '../core/diagram/drawing';
import { NAME_PX } from '../core/diagram/wrap';

/** The smallest size a name may have on screen, in CSS px (issue 15: labels ≥ 12 px). */
const READABLE_PX = 12;
/**
 * The smallest name size the readable zoom is computed from. A name longer than two lines
 * at 11 px (some 55 characters) is drawn smaller; zooming the whole picture in for it alone
 * would give up the overview, so it is read in its tooltip or by zooming in.
 */
const SMALLEST_COUNTED_PX = 11;
/** A small picture is not blown up past this. */
const MAX_FIT_ZOOM = 2;
/** Room between the content and the panel's edges, in screen px. */
const MARGIN = 8;

export interface ViewBox {
  x: number;
  y: number;
  zoom: number;
}

export interface Size {
  w: number;
  h: number;
}

interface Box extends Size {
  x: number;
  y: number;
}

/**
 * The smallest font size of the names drawn (systems and groups), in drawing units: the
 * drawing sets a size on a name only when it is not 13 px. Read from the core's shapes, not
 * the DOM: a large picture makes the elements of what is off screen only once they show (cull.ts).
 */
export function smallestNamePx(drawing: readonly Shape[]): number {
  let px = NAME_PX;
  const visit = (s: Shape): void => {
    if (s.attrs.class === 'ls-name' && s.style?.['font-size']) px = Math.min(px, parseFloat(s.style['font-size']));
    if (s.children) for (const c of s.children) visit(c);
  };
  for (const s of drawing) visit(s);
  return px;
}

/** The zoom at which a name of `namePx` drawing units is READABLE_PX on screen. */
function readableZoom(namePx: number): number {
  return READABLE_PX / Math.max(namePx, SMALLEST_COUNTED_PX);
}

/**
 * The view that fits `content` (0,0 to w,h in drawing units) into `panel` (screen px): centred
 * on both axes when the fit keeps names readable, else at the readable zoom with the content's
 * top-left corner at the panel's (less the margin), or, given a `centre` box (a focus or
 * impact picture's chosen system), centred on it as far as the content reaches (a picked part
 * opens on what was picked, not on whatever lane comes first). `fits` tells which.
 */
export function fittedView(panel: Size, content: Size, namePx: number, centre?: Box): ViewBox & { fits: boolean } {
  const room = { w: Math.max(1, panel.w - 2 * MARGIN), h: Math.max(1, panel.h - 2 * MARGIN) };
  const whole = Math.min(room.w / content.w, room.h / content.h, MAX_FIT_ZOOM);
  const readable = readableZoom(namePx);
  if (whole >= readable) {
    return { zoom: whole, x: -(panel.w / whole - content.w) / 2, y: -(panel.h / whole - content.h) / 2, fits: true };
  }
  const margin = MARGIN / readable;
  if (!centre) return { zoom: readable, x: -margin, y: -margin, fits: false };
  // On an axis where the content is wider than the panel, the centre as far as the content goes; on the other, its start.
  const along = (mid: number, seen: number, size: number): number => Math.max(-margin, Math.min(size + margin - seen, mid - seen / 2));
  return { zoom: readable, x: along(centre.x + centre.w / 2, panel.w / readable, content.w), y: along(centre.y + centre.h / 2, panel.h / readable, content.h), fits: false };
}

/** Room kept between a revealed box and the panel's edge, in screen px. */
const REVEAL_MARGIN = 16;

/**
 * The least move of `view` that shows `box` whole on a `panel`, REVEAL_MARGIN from the edge it
 * came in by (less in a panel hardly wider than the box), as an editor scrolls a line into
 * view: undefined when it is whole on screen already. A box larger than the panel shows its
 * top-left corner.
 */
export function revealedView(view: ViewBox, panel: Size, box: Box): { x: number; y: number } | undefined {
  const along = (at: number, lo: number, size: number, seen: number): number => {
    if (lo >= at && lo + size <= at + seen) return at;
    // In a panel hardly wider than the box, the margin shrinks so that the box is still whole.
    const m = Math.min(REVEAL_MARGIN / view.zoom, Math.max(0, (seen - size) / 2));
    return lo + size > at + seen && size <= seen ? lo + size + m - seen : lo - m;
  };
  const x = along(view.x, box.x, box.w, panel.w / view.zoom);
  const y = along(view.y, box.y, box.h, panel.h / view.zoom);
  return x === view.x && y === view.y ? undefined : { x, y };
}
