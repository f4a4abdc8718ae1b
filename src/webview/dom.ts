/** Element factories: attributes by setAttribute and text by textContent, never markup. */
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

/** Finding-count badges along a box's top edge, right-aligned: info, warn, error from the right. */
export function appendBadges(parent: SVGElement, box: { x: number; y: number; w: number }, findings: { info: number; warn: number; error: number }, width: number): void {
  let bx = box.x + box.w - 6;
  for (const sev of ['info', 'warn', 'error'] as const) {
    if (!findings[sev]) continue;
    bx -= width + 2;
    parent.append(el('rect', { class: `ls-badge ${sev}`, x: bx, y: box.y - 8, width, height: 16, rx: 8 }));
    parent.append(el('text', { class: 'ls-badge-text', x: bx + width / 2, y: box.y + 4, 'text-anchor': 'middle' }, String(findings[sev])));
  }
}
