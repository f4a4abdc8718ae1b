/**
 * Export to SVG and PNG: the picture of the landscape, not of the session. No selection,
 * highlight, filter or focus state; every name whole (wrapped inside its box, where the
 * screen cuts it and a tooltip helps, which no image has); a title with the landscape's
 * name and reference date. The theme is frozen into light colours, readable anywhere.
 */
import { groupTexts, subLine } from '../core/diagram/drawing';
import type { Diagram } from '../core/diagram/model';
import { layoutLabel, NAME_PX, SUB_PX, type MeasureText } from '../core/diagram/wrap';
import { SVG_NS as SVG } from './dom';
import { SELECTION_CLASSES } from './selection';
import { CULLED } from './cull';
import { FAR_LAYER } from './far-edges';
import { API_LAYER } from './api-labels';

/** Height of the band above the diagram that holds the title. */
const TITLE_H = 40;
const TITLE_CSS = '.ls-export-title{font:600 16px system-ui,sans-serif;fill:#1f2328}';
/** Classes that say what the user did, not what the landscape is (and what the view leaves unrendered: cull.ts). */
const STATE_CLASSES = [...SELECTION_CLASSES, 'highlighted', 'dim', CULLED];

function exportTitle(d: Diagram): string {
  return d.asOf ? `${d.title} · as of ${d.asOf}` : d.title;
}

/** Text widths as the diagram's own rules draw them: a hidden text in a system box of the live drawing. */
function measurer(live: SVGSVGElement): { width: MeasureText; dispose(): void } {
  const g = document.createElementNS(SVG, 'g');
  g.setAttribute('class', 'ls-node');
  g.setAttribute('visibility', 'hidden');
  const t = document.createElementNS(SVG, 'text');
  g.append(t);
  live.append(g);
  return {
    width(text, px, weight) {
      t.style.setProperty('font-size', `${px}px`);
      t.style.setProperty('font-weight', String(weight));
      t.textContent = text;
      return t.getComputedTextLength();
    },
    dispose: () => g.remove(),
  };
}

/**
 * Lays a box's name and sub line out again with the browser's measured widths: the drawing
 * wraps them by estimated widths (the same in `landscape render`, where no browser measures),
 * which err on the wide side and shrink some names more than an image needs.
 */
function writeLabel(measure: MeasureText, box: Element, label: string, sub: string, b: { x: number; y: number; w: number }, weight: number): void {
  const [nameEl, subEl] = [...box.querySelectorAll(':scope > text:not(.ls-badge-text)')] as SVGTextElement[];
  if (!nameEl) return;
  const max = b.w - 20;
  // The finding badges straddle the top edge at the right: the first line ends before them.
  const badges = box.querySelectorAll(':scope > .ls-badge').length;
  const l = layoutLabel(measure, label, sub, max, badges ? Math.min(max, b.w - 10 - badges * 26) : max, weight);
  // CSSOM, not a style attribute: the webview's CSP allows no inline style attribute.
  if (l.px !== NAME_PX) nameEl.style.setProperty('font-size', `${l.px}px`);
  else nameEl.style.removeProperty('font-size');
  // The drawn name may have been wrapped (its first line higher): one line sits at its own baseline.
  nameEl.setAttribute('y', String(b.y + l.ys[0]));
  if (l.lines.length === 1) nameEl.textContent = label;
  else {
    nameEl.textContent = '';
    l.lines.forEach((line, i) => {
      const t = document.createElementNS(SVG, 'tspan');
      t.setAttribute('x', String(b.x + 10));
      t.setAttribute('y', String(b.y + l.ys[i]));
      t.textContent = line;
      nameEl.append(t);
    });
  }
  if (!subEl) return;
  subEl.textContent = sub;
  subEl.setAttribute('y', String(b.y + l.sub.y));
  if (l.sub.px !== SUB_PX) subEl.style.setProperty('font-size', `${l.sub.px}px`);
  else subEl.style.removeProperty('font-size');
}

/** The exported SVG document (as text): the drawing without UI state, whole names, a title band. */
function exportSvg(live: SVGSVGElement, diagram: Diagram, css: string): string {
  const clone = live.cloneNode(true) as SVGSVGElement;
  const height = diagram.height + TITLE_H;
  clone.setAttribute('xmlns', SVG);
  clone.setAttribute('viewBox', `0 0 ${diagram.width} ${height}`);
  clone.setAttribute('width', String(diagram.width));
  clone.setAttribute('height', String(height));
  for (const cls of STATE_CLASSES) for (const e of [clone, ...clone.querySelectorAll(`.${cls}`)]) e.classList.remove(cls);
  // How the screen draws edges far out (far-edges.ts), not a part of the picture.
  clone.querySelector(`.${FAR_LAYER}`)?.remove();
  clone.querySelector(`.${API_LAYER}`)?.remove();
  // Keyboard stops and focus rings mean nothing in an image.
  for (const e of clone.querySelectorAll('[tabindex]')) e.removeAttribute('tabindex');
  const m = measurer(live);
  try {
    const boxes = new Map([...clone.querySelectorAll('.ls-node[data-id],.ls-group[data-group]')].map((g) => [g.getAttribute('data-id') ?? g.getAttribute('data-group'), g]));
    for (const n of diagram.nodes) {
      const g = boxes.get(n.id);
      if (g) writeLabel(m.width, g, n.label, subLine(n), n, 400);
    }
    for (const grp of diagram.groups ?? []) {
      const g = boxes.get(grp.id);
      const t = groupTexts(grp);
      if (g) writeLabel(m.width, g, t.title, t.sub, grp, 600);
    }
  } finally {
    m.dispose();
  }
  // The drawing moves down under a title band.
  const body = document.createElementNS(SVG, 'g');
  body.setAttribute('transform', `translate(0,${TITLE_H})`);
  const defs = clone.querySelector('defs');
  // Moved one by one (no spread into the call: a diagram has thousands of nodes).
  for (const c of Array.from(clone.childNodes)) if (c !== defs) body.appendChild(c);
  const band = document.createElementNS(SVG, 'rect');
  for (const [k, v] of Object.entries({ class: 'ls-bg', x: 0, y: 0, width: diagram.width, height })) band.setAttribute(k, String(v));
  const heading = document.createElementNS(SVG, 'text');
  for (const [k, v] of Object.entries({ class: 'ls-export-title', x: 20, y: 26 })) heading.setAttribute(k, String(v));
  heading.textContent = exportTitle(diagram);
  const title = document.createElementNS(SVG, 'title');
  title.textContent = exportTitle(diagram);
  const style = document.createElementNS(SVG, 'style');
  // The diagram's own rules with their light fallbacks, not the editor theme's variables.
  style.textContent = css + TITLE_CSS;
  clone.replaceChildren(title, style);
  if (defs) clone.appendChild(defs);
  for (const n of [band, heading, body]) clone.appendChild(n);
  return new XMLSerializer().serializeToString(clone).replace(/var\(--ls-[a-z0-9-]+,\s*([^)]+)\)/g, '$1');
}

/** SVG text → PNG data URL, at twice the size (capped), on white. */
function pngOf(svgText: string, width: number, height: number): Promise<string> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  return new Promise<string>((resolve) => {
    img.onload = () => {
      const c = document.createElement('canvas');
      const scale = Math.min(2, 16000 / Math.max(width, height));
      c.width = Math.round(width * scale);
      c.height = Math.round(height * scale);
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, c.width, c.height);
      ctx.drawImage(img, 0, 0, c.width, c.height);
      URL.revokeObjectURL(url);
      resolve(c.toDataURL('image/png'));
    };
    img.onerror = () => resolve('');
    img.src = url;
  });
}

export async function exportImages(live: SVGSVGElement, diagram: Diagram, css: string): Promise<{ svg: string; png: string }> {
  const svg = exportSvg(live, diagram, css);
  return { svg, png: await pngOf(svg, diagram.width, diagram.height + TITLE_H) };
}
