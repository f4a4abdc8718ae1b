/**
 * The minimap: the whole picture small in the canvas' bottom-right corner (lanes, and each
 * system or group as a box coloured by its worst finding), with the part on screen as a
 * rectangle. Dragging the rectangle, or pressing anywhere on the map, moves the view there.
 * Drawn on a 2D canvas (10,000 boxes cost one pass, no DOM); drawn again only when the
 * diagram changes, while a pan or zoom moves only the rectangle. Hidden for a tiny diagram
 * and whenever the whole picture is on screen (there is nothing to navigate to), and drawn
 * only once it shows: a picture opened fitted never pays for it.
 */
import type { Box, Diagram } from '../core/diagram/model';
import { html } from './dom';

/** Fewer systems and groups than this: no minimap. */
const MINIMAP_MIN_BOXES = 20;
const MAX_W = 200;
const MAX_H = 150;

interface Minimap {
  /** The diagram changed: draw it again. */
  draw(d: Diagram): void;
  /** The part on screen, in drawing units. */
  view(box: Box): void;
}

/** `moveTo` centres the view on a point of the drawing; `settle` says the press on the map is over. */
export function createMinimap(canvasEl: HTMLElement, moveTo: (cx: number, cy: number) => void, settle: () => void): Minimap {
  const root = html('div', { class: 'ls-minimap', 'aria-hidden': 'true' });
  const map = html('canvas');
  const frame = html('div', { class: 'ls-minimap-view' });
  root.append(map, frame);
  root.hidden = true;
  canvasEl.append(root);
  let diagram: Diagram | undefined;
  let shown: Box | undefined;
  let scale = 1;
  /** The diagram changed since the map was last painted. */
  let stale = false;

  const place = (): void => {
    if (!diagram || !shown) return;
    const d = diagram;
    const whole = shown.x <= 0 && shown.y <= 0 && shown.x + shown.w >= d.width && shown.y + shown.h >= d.height;
    root.hidden = d.nodes.length + d.groups.length < MINIMAP_MIN_BOXES || whole;
    if (!root.hidden && stale) paint(d);
    // Clipped to the map: a view partly off the picture shows the part over it.
    const x0 = Math.max(0, shown.x * scale);
    const y0 = Math.max(0, shown.y * scale);
    const x1 = Math.min(d.width * scale, (shown.x + shown.w) * scale);
    const y1 = Math.min(d.height * scale, (shown.y + shown.h) * scale);
    frame.style.left = `${x0}px`;
    frame.style.top = `${y0}px`;
    frame.style.width = `${Math.max(2, x1 - x0)}px`;
    frame.style.height = `${Math.max(2, y1 - y0)}px`;
  };

  const paint = (d: Diagram): void => {
    stale = false;
    const w = Math.max(1, Math.round(d.width * scale));
    const h = Math.max(1, Math.round(d.height * scale));
    const ratio = window.devicePixelRatio || 1;
    map.width = w * ratio;
    map.height = h * ratio;
    map.style.width = `${w}px`;
    map.style.height = `${h}px`;
    root.style.width = `${w}px`;
    root.style.height = `${h}px`;
    const ctx = map.getContext('2d');
    if (!ctx) return;
    const css = getComputedStyle(root);
    const colour = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
    const fills = { lane: colour('--ls-minimap-lane', '#e6e9ef'), box: colour('--ls-minimap-box', '#8c959f'), error: colour('--ls-error', '#cf222e'), warn: colour('--ls-warn', '#bf8700') };
    ctx.setTransform(ratio * scale, 0, 0, ratio * scale, 0, 0);
    ctx.clearRect(0, 0, d.width, d.height);
    ctx.fillStyle = fills.lane;
    for (const l of d.lanes) ctx.fillRect(l.x + 6, 6, l.w - 12, d.height - 62);
    const boxes: (Box & { worst?: string })[] = [...d.nodes, ...d.groups.filter((g) => !g.expanded)];
    for (const b of boxes) {
      ctx.fillStyle = b.worst === 'error' ? fills.error : b.worst === 'warn' ? fills.warn : fills.box;
      ctx.fillRect(b.x, b.y, b.w, b.h);
    }
  };

  // Press anywhere: the view centres there; keep dragging: it follows, keeping the grab offset on the rectangle.
  let grab: { dx: number; dy: number; id: number } | undefined;
  const pointAt = (ev: PointerEvent): { x: number; y: number } => {
    const r = map.getBoundingClientRect();
    return { x: (ev.clientX - r.left) / scale, y: (ev.clientY - r.top) / scale };
  };
  root.addEventListener('pointerdown', (ev) => {
    if (!shown || ev.button !== 0) return;
    ev.preventDefault();
    ev.stopPropagation();
    const p = pointAt(ev);
    const onFrame = ev.target === frame;
    const cx = shown.x + shown.w / 2;
    const cy = shown.y + shown.h / 2;
    grab = { dx: onFrame ? cx - p.x : 0, dy: onFrame ? cy - p.y : 0, id: ev.pointerId };
    root.setPointerCapture(ev.pointerId);
    if (!onFrame) moveTo(p.x, p.y);
  });
  root.addEventListener('pointermove', (ev) => {
    if (!grab || ev.pointerId !== grab.id) return;
    ev.stopPropagation();
    const p = pointAt(ev);
    moveTo(p.x + grab.dx, p.y + grab.dy);
  });
  const release = (ev: PointerEvent): void => {
    if (grab?.id !== ev.pointerId) return;
    grab = undefined;
    settle();
  };
  root.addEventListener('pointerup', release);
  root.addEventListener('pointercancel', release);
  // A press on the map is no click on the diagram.
  root.addEventListener('click', (ev) => ev.stopPropagation());

  return {
    draw(d) {
      diagram = d;
      scale = Math.min(MAX_W / d.width, MAX_H / d.height);
      stale = true;
      place();
    },
    view(box) {
      shown = box;
      place();
    },
  };
}
