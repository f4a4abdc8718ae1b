/** Element factories: attributes by setAttribute and text by textContent, never markup. */
import type { Shape } from '../core/diagram/drawing';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

export function html<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * An element of the core's drawing (core/diagram/drawing.ts) and its subtree, as DOM: the
 * same elements `landscape render` writes. Style through CSSOM: the page's CSP refuses style
 * attributes.
 */
export function shapeEl(s: Shape): SVGElement {
  const e = document.createElementNS(SVG_NS, s.tag);
  for (const k in s.attrs) e.setAttribute(k, String(s.attrs[k]));
  if (s.style) for (const k in s.style) e.style.setProperty(k, s.style[k]);
  if (s.text !== undefined) e.textContent = s.text;
  if (s.children) for (const c of s.children) e.appendChild(shapeEl(c));
  return e;
}
