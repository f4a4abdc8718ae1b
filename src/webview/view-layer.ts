/**
 * How the picture follows a pan or a wheel zoom: as one layer. Changing the svg's viewBox makes
 * the browser lay the picture out (at a new scale every text of it), paint it and rasterise all
 * of it that is on screen again, which at a thousand systems costs more than a frame. So while
 * a pan runs, the drawing stays as it was committed and only the layer holding it moves: a CSS
 * transform on one wrapper, composited (`will-change: transform`, style.css),
 * which costs no layout, no paint and no raster of what was on screen already. When the pan
 * ends the view is committed: the viewBox set, the transform dropped, one repaint per pan
 * instead of one per frame. The svg draws what lies around its box too (`overflow: visible`),
 * for the layer to bring in; the canvas clips it. The layer stays composited and the svg
 * unclipped at rest (style.css): switched on when a gesture began, they had Chromium paint and
 * rasterise the whole layer in its first frame, the worst of the gesture.
 *
 * A wheel zoom scales the layer and is committed once the wheel rests (main.ts); the keys and
 * buttons commit at once. Scaling the layer costs Chromium more raster where the picture is huge
 * (every one of 10,000 systems drawn), less everywhere else (measured: README, Speed).
 */
import { applyZoomLevel } from './semantic-zoom';

export interface View {
  x: number;
  y: number;
  zoom: number;
}

export interface ViewLayer {
  /** Draws `view` for good: the viewBox for a panel of `w` × `h` px, the zoom level; the layer back in place. */
  commit(view: View, w: number, h: number): void;
  /** Shows `view` by moving the layer only, until the next commit (a pan's; a zoom works too, scaling it). */
  preview(view: View): void;
}

/** `layer` holds `svg` and fills the canvas; the zoom level's class goes on `canvas`. */
export function createViewLayer(canvas: HTMLElement, layer: HTMLElement, svg: SVGSVGElement): ViewLayer {
  let committed: View = { x: 0, y: 0, zoom: 1 };
  /** A preview is showing (the view drawn differs from the viewBox). */
  let moving = false;
  return {
    commit(view, w, h) {
      committed = { x: view.x, y: view.y, zoom: view.zoom };
      // Set only when it changes: a resize that keeps the view (the first frame's) invalidates nothing.
      const box = `${view.x} ${view.y} ${w / view.zoom} ${h / view.zoom}`;
      if (svg.getAttribute('viewBox') !== box) svg.setAttribute('viewBox', box);
      applyZoomLevel(canvas, view.zoom);
      if (!moving) return;
      moving = false;
      layer.style.removeProperty('transform');
      canvas.classList.remove('ls-moving');
    },
    preview(view) {
      // A point at drawing (px, py) is on screen at ((px - x) * zoom, …): the committed picture
      // scaled by zoom / committed.zoom about the layer's top-left corner, then shifted.
      const s = view.zoom / committed.zoom;
      const tx = (committed.x - view.x) * view.zoom;
      const ty = (committed.y - view.y) * view.zoom;
      if (!moving) {
        moving = true;
        canvas.classList.add('ls-moving');
      }
      layer.style.setProperty('transform', `translate(${tx}px, ${ty}px) scale(${s})`);
    },
  };
}
