/**
 * Drag pans from anywhere on the canvas, a system, a group or an edge included: in a dense
 * picture there is no empty background left to grab. A press that moves less than
 * DRAG_THRESHOLD_PX stays a click (it selects, expands, reveals); one that moves further is a
 * pan, and the click the browser sends after it is swallowed. The pointer is captured only
 * once the press has become a pan (capturing at once would retarget the click of a plain
 * press to the canvas), and the canvas' CSS has `user-select: none`, so a drag never selects
 * text. Moves are applied once per frame, and the pan's end is told (the view is committed then:
 * view-layer.ts).
 *
 * While a pan runs, the grabbing cursor is that of a sheet over the canvas, which also holds the
 * pointer capture, not the canvas' own: the cursor is inherited, and a change of an inherited
 * property on the canvas restyles every element of the picture under it. In Chromium's trace
 * (10,000 systems drawn, far out) that was ~120 ms of style recalculation at a pan's start and
 * again at its end, the worst frame of the gestures.
 */
import { html } from './dom';

/** How far (CSS px) a press may move and still be a click. */
const DRAG_THRESHOLD_PX = 4;

interface PanTarget {
  /** A pan begins: remember where the view is. */
  start(): void;
  /** The pointer is (dx, dy) screen px from where the pan began. */
  move(dx: number, dy: number): void;
  /** The pan is over (after its last move). */
  end(): void;
}

export function attachPan(canvas: HTMLElement, target: PanTarget): void {
  // Its events bubble to the canvas, whose listeners below handle them.
  const sheet = html('div', { class: 'ls-grab', hidden: '' });
  canvas.append(sheet);
  let press: { id: number; x: number; y: number; panning: boolean } | undefined;
  let pending: { dx: number; dy: number } | undefined;
  let swallowClick = false;
  const flush = (): void => {
    if (pending) target.move(pending.dx, pending.dy);
    pending = undefined;
  };
  canvas.addEventListener('pointerdown', (ev) => {
    swallowClick = false;
    if (ev.button !== 0) return;
    press = { id: ev.pointerId, x: ev.clientX, y: ev.clientY, panning: false };
  });
  canvas.addEventListener('pointermove', (ev) => {
    if (!press || ev.pointerId !== press.id) return;
    const dx = ev.clientX - press.x;
    const dy = ev.clientY - press.y;
    if (!press.panning) {
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
      press.panning = true;
      sheet.hidden = false;
      sheet.setPointerCapture(ev.pointerId);
      target.start();
    }
    if (!pending) requestAnimationFrame(flush);
    pending = { dx, dy };
  });
  const end = (ev: PointerEvent): void => {
    if (!press || ev.pointerId !== press.id) return;
    if (press.panning) {
      flush();
      swallowClick = true;
      sheet.hidden = true;
      target.end();
    }
    press = undefined;
  };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
  // Capture phase, before the diagram's own click handler: the end of a pan is no click.
  canvas.addEventListener('click', (ev) => {
    if (!swallowClick) return;
    swallowClick = false;
    ev.stopPropagation();
    ev.preventDefault();
  }, true);
}
