/**
 * Semantic zoom: what the picture shows depends on how large it is on screen, by a class on
 * the canvas around the svg (CSS in style.css hides the rest; an export clones only the svg,
 * so it always has everything), changed only when the level changes and only when a view is
 * committed (view-layer.ts: a pan's frames never change it), so a pan frame, or a zoom within
 * a level, never styles the picture again. Zoomed far out a system's name would be
 * a few pixels of noise: only groups and their names, lanes and edges are drawn (systems are
 * plain boxes; a large picture's edges as a few paths, without counts: far-edges.ts); closer, the systems' names; closest, the details (second lines with ids and
 * exposure, finding badges). Text is most of what a frame paints, so far out frames are cheaper too.
 */

type ZoomLevel = 'far' | 'mid' | 'near';

/** A name is 13 drawing units (drawing.ts): below this many screen px it is not drawn. */
const NAME_MIN_PX = 5;
/** The second line is 10.5 units: below this many screen px for a name, details are not drawn. */
const DETAIL_MIN_PX = 10;
const NAME_UNITS = 13;

function zoomLevel(zoom: number): ZoomLevel {
  const px = NAME_UNITS * zoom;
  return px < NAME_MIN_PX ? 'far' : px < DETAIL_MIN_PX ? 'mid' : 'near';
}

/** Whether a zoom is drawn far out (far-edges.ts draws a large picture's edges then). */
export const isFar = (zoom: number): boolean => zoomLevel(zoom) === 'far';

const CLASSES: Record<ZoomLevel, string> = { far: 'ls-zoom-far', mid: 'ls-zoom-mid', near: 'ls-zoom-near' };

/** Sets the canvas' zoom class; touches the DOM only when the level changes. */
export function applyZoomLevel(canvas: Element, zoom: number): void {
  const level = CLASSES[zoomLevel(zoom)];
  if (canvas.classList.contains(level)) return;
  for (const c of Object.values(CLASSES)) canvas.classList.remove(c);
  canvas.classList.add(level);
}
