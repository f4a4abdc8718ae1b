/**
 * Semantic zoom: what the picture shows depends on how large it is on screen, by a class on
 * the canvas around the svg (CSS in style.css hides the rest; an export clones only the svg,
 * so it always has everything), changed only when the level changes and only when a view is
 * committed (view-layer.ts: a pan's frames never change it), so a pan frame, or a zoom within
 * a level, never styles the picture again. Zoomed far out a system's name would be
 * a few pixels of noise: only groups and their names, lanes and edges are drawn (systems are
 * plain boxes; a large picture's edges as a few paths, without counts: far-edges.ts); closer, the systems' names; closest, the details (second lines with ids and
 * exposure, finding badges). Text is most of what a frame paints, so far out frames are cheaper too.
 *
 * The far level's border has hysteresis: entered below 5 px names, left only from 6 px. Crossing
 * it swaps how a large picture's edges are drawn (a few paths or their own elements) and shows
 * or hides every name, the most a committed view can cost (1,000 systems drawn: ~45 ms of style
 * and layout in the commit, then the repaint of all in view); a wheel step (×1.15) or a key's
 * (×1.2) across the border and back now stays on one level instead of swapping twice.
 */

type ZoomLevel = 'far' | 'mid' | 'near' | 'apis';

/** A name is 13 drawing units (drawing.ts): below this many screen px it is not drawn. */
const NAME_MIN_PX = 5;
/** …and once far out, names come back only from this many px: the largest zoom step (a key's, ×1.2) above NAME_MIN_PX. */
const NAME_BACK_PX = NAME_MIN_PX * 1.2;
/** The second line is 10.5 units: below this many screen px for a name, details are not drawn. */
const DETAIL_MIN_PX = 10;
const NAME_UNITS = 13;
/** An API's label is 7.5 units (style.css): from 12 screen px for it, the APIs are drawn (api-labels.ts). */
const API_LABEL_UNITS = 7.5;
const API_MIN_PX = 12;

/** The level last set on the canvas (one per webview), which a zoom in the far level's hysteresis keeps. */
let current: ZoomLevel | undefined;

function zoomLevel(zoom: number): ZoomLevel {
  const px = NAME_UNITS * zoom;
  if (API_LABEL_UNITS * zoom >= API_MIN_PX) return 'apis';
  return px < (current === 'far' ? NAME_BACK_PX : NAME_MIN_PX) ? 'far' : px < DETAIL_MIN_PX ? 'mid' : 'near';
}

/** Whether a zoom is drawn far out (far-edges.ts draws a large picture's edges then), the level's hysteresis included. */
export const isFar = (zoom: number): boolean => zoomLevel(zoom) === 'far';

/** Whether a zoom is close enough to name each dependency's API (api-labels.ts). */
export const isClosest = (zoom: number): boolean => zoomLevel(zoom) === 'apis';

/** The closest level shows all the nearer one does (style.css hides by level, far and mid only), and the APIs. */
const CLASSES: Record<ZoomLevel, string> = { far: 'ls-zoom-far', mid: 'ls-zoom-mid', near: 'ls-zoom-near', apis: 'ls-zoom-apis' };

/** Sets the canvas' zoom class; touches the DOM only when the level changes. */
export function applyZoomLevel(canvas: Element, zoom: number): void {
  current = zoomLevel(zoom);
  const level = CLASSES[current];
  if (canvas.classList.contains(level)) return;
  for (const c of Object.values(CLASSES)) canvas.classList.remove(c);
  canvas.classList.add(level);
}
