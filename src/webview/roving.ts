/**
 * Keyboard access to every element of a culled picture (cull.ts). The browser's Tab moves only
 * through rendered elements, and a culled picture renders what lies around the view: a
 * keyboard user would reach none of the systems off screen. So a culled picture has a roving
 * tabindex: its focusable elements (systems, groups, edge counts: drawing.ts gives them
 * tabindex 0) get -1 but one, the current, which is always rendered (the culler pins it) and
 * takes the focus when Tab comes in from the toolbar. Tab and Shift+Tab on a focused element
 * move to the next or previous one in document order, the order Tab follows in a picture drawn
 * whole: the element is rendered first, the view moved by the least amount that shows it
 * (fit.ts, as the editor's cursor reveals a system), then it is focused. Past the last or the
 * first, Tab leaves the picture as before. Its aria-label and role are attributes made with the
 * element (cull.ts keeps them on unrendered elements), so a screen reader reads the element
 * once it has the focus. A small picture (never culled) keeps tabindex 0 everywhere: nothing
 * changes there.
 */

/** What the roving tabindex needs of the webview. */
export interface RovingHost {
  /** Whether the picture drawn is culled. */
  culled(): boolean;
  /** Keeps `el` rendered wherever the view goes (undefined: none); cull.ts. */
  pin(el: Element | undefined): void;
  /** Moves the view, if needed, so that `el` (rendered) is wholly on screen, and draws it. */
  reveal(el: Element): void;
}

export interface Roving {
  /** A new picture is in the svg: in a culled one, every focusable element but the current one leaves the tab order. */
  reset(): void;
  /** Gives `el` the focus: in a culled picture rendered and on screen first. */
  focus(el: Element): void;
}

/** What a focusable element stands for, kept across pictures: a system, a group or an edge's count. */
const keyOf = (e: Element): string => e.getAttribute('data-id') ?? e.getAttribute('data-group') ?? `edge ${e.getAttribute('data-edge') ?? ''}`;

export function createRoving(svg: SVGSVGElement, host: RovingHost): Roving {
  /** The focusable elements in document order; empty while the picture is not culled. */
  let order: Element[] = [];
  let current: Element | undefined;
  /** What the current element stands for, to find it in the next picture. */
  let currentKey: string | undefined;
  /** A press is down: the focus it gives (mousedown focuses a box) moves no view, as a drag may begin. */
  let pressing = false;

  const makeCurrent = (el: Element): void => {
    if (current !== el) current?.setAttribute('tabindex', '-1');
    current = el;
    currentKey = keyOf(el);
    el.setAttribute('tabindex', '0');
    host.pin(el);
  };

  const focus = (el: Element): void => {
    if (order.length) {
      makeCurrent(el);
      host.reveal(el);
    }
    // The canvas is no scroll container (style.css); the view was moved above.
    (el as SVGElement).focus({ preventScroll: true });
  };

  svg.addEventListener('pointerdown', () => {
    pressing = true;
  }, true);
  const released = (): void => {
    pressing = false;
  };
  document.addEventListener('pointerup', released, true);
  document.addEventListener('pointercancel', released, true);

  // The focus came by Tab from outside the picture, a click or a program: that element is the
  // current one. Listened for on the document: Chromium makes an SVG element with a focus
  // listener focusable itself, and the svg would become a tab stop.
  document.addEventListener('focusin', (ev) => {
    if (!order.length) return;
    const el = ev.target as Element;
    if (!svg.contains(el) || el.getAttribute('tabindex') === null) return;
    makeCurrent(el);
    if (!pressing) host.reveal(el);
  });

  svg.addEventListener('keydown', (ev) => {
    if (!order.length || ev.key !== 'Tab' || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const at = order.indexOf(ev.target as Element);
    if (at < 0) return;
    const next = order[ev.shiftKey ? at - 1 : at + 1];
    // Past either end: the browser's Tab leaves the picture (every other element has tabindex -1).
    if (!next) return;
    ev.preventDefault();
    focus(next);
  });

  return {
    reset() {
      order = [];
      current = undefined;
      if (!host.culled()) return;
      order = [...svg.querySelectorAll('[tabindex]')];
      for (const e of order) e.setAttribute('tabindex', '-1');
      const again = currentKey === undefined ? undefined : order.find((e) => keyOf(e) === currentKey);
      const first = again ?? order[0];
      if (first) makeCurrent(first);
    },
    focus,
  };
}
