/**
 * The default zoom: the whole picture in the panel on both axes, as long as its names stay
 * readable (at least READABLE_PX on screen). A picture that would need smaller names is shown
 * at the smallest readable zoom instead, anchored at the top-left of the content (where the
 * first lane and the first rows are), and the rest is a drag or a scroll away.
 *
 * Pure arithmetic on sizes, apart from `smallestNamePx`, which reads the drawn names.
 */
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

/**
 * The smallest font size of the names drawn (systems and groups), in drawing units: the
 * drawing sets an inline size on a name only when it is not 13 px (read through CSSOM, no
 * layout is forced).
 */
export function smallestNamePx(svg: SVGSVGElement): number {
  let px = NAME_PX;
  for (const t of svg.querySelectorAll<SVGTextElement>('.ls-name')) {
    const size = parseFloat(t.style.fontSize);
    if (size < px) px = size;
  }
  return px;
}

/** The zoom at which a name of `namePx` drawing units is READABLE_PX on screen. */
function readableZoom(namePx: number): number {
  return READABLE_PX / Math.max(namePx, SMALLEST_COUNTED_PX);
}

/**
 * The view that fits `content` (0,0 to w,h in drawing units) into `panel` (screen px): centred
 * on both axes when the fit keeps names readable, else at the readable zoom with the content's
 * top-left corner at the panel's (less the margin). `fits` tells which.
 */
export function fittedView(panel: Size, content: Size, namePx: number): ViewBox & { fits: boolean } {
  const room = { w: Math.max(1, panel.w - 2 * MARGIN), h: Math.max(1, panel.h - 2 * MARGIN) };
  const whole = Math.min(room.w / content.w, room.h / content.h, MAX_FIT_ZOOM);
  const readable = readableZoom(namePx);
  if (whole >= readable) {
    return { zoom: whole, x: -(panel.w / whole - content.w) / 2, y: -(panel.h / whole - content.h) / 2, fits: true };
  }
  return { zoom: readable, x: -MARGIN / readable, y: -MARGIN / readable, fits: false };
}
