/**
 * A laid-out diagram → a standalone SVG document: the drawing of drawing.ts (the one the
 * webview makes DOM of) written as markup, every attribute and text escaped. Colours are CSS
 * variables with light defaults, so the same SVG is themed by VS Code inside the webview and
 * readable on its own light background when exported.
 */
import { DASH_OFF, DASH_ON } from './dashes';
import { drawDiagram, type Shape } from './drawing';
import { escapeXml as x } from './escape';
import type { Diagram } from './model';

/**
 * Badges: white digits on fills dark enough for them (≥ 4.5:1) in every theme, so not the
 * theme's error/warning foregrounds (light on dark themes); the badge-text rule outranks
 * `.ls-node text`, which would paint the digits in the text colour.
 */
export const DIAGRAM_CSS = `
.ls-bg{fill:var(--ls-bg,#ffffff)}
.ls-lane{fill:var(--ls-lane,#f3f5f8);stroke:var(--ls-lane-border,#d5dae1)}
.ls-lane-mode1{fill:var(--ls-lane-mode1,#eef3fb)}
.ls-lane-gearbox{fill:var(--ls-lane-gearbox,#f4f1fa)}
.ls-lane-mode2{fill:var(--ls-lane-mode2,#eef8f1)}
.ls-lane-title{font:600 14px system-ui,sans-serif;fill:var(--ls-fg,#1f2328)}
.ls-box{fill:var(--ls-node,#ffffff);stroke:var(--ls-node-border,#8c959f);stroke-width:1.2}
.ls-node.shadow .ls-box{stroke-dasharray:5 3;stroke:var(--ls-shadow,#8250df);stroke-width:2}
.ls-node text{font:13px system-ui,sans-serif;fill:var(--ls-fg,#1f2328)}
.ls-node .ls-sub{font-size:11px;fill:var(--ls-muted,#57606a)}
.ls-node.selected .ls-box,.ls-node.highlighted .ls-box{stroke:var(--ls-focus,#0969da);stroke-width:3}
.ls-node.dim,.ls-edge.dim{opacity:.15}
.ls-edge{fill:none;stroke:var(--ls-edge,#8c959f);stroke-width:1.4;stroke-linejoin:round}
.ls-edge-count rect{fill:var(--ls-bg,#ffffff);stroke:var(--ls-edge,#8c959f);stroke-width:1}
.ls-edge-count text{font:bold 10px system-ui,sans-serif;fill:var(--ls-fg,#1f2328)}
.ls-edge-count{cursor:pointer}
.ls-edge-count.selected rect{stroke:var(--ls-focus,#0969da);stroke-width:2}
.ls-edge.dim+.ls-edge-count{opacity:.15}
.ls-selecting .ls-edges>.ls-edge:not(.ls-linked,.dim)+.ls-edge-count{opacity:.25}
.ls-edge.async{stroke-dasharray:${DASH_ON} ${DASH_OFF}}
.ls-edge.error{stroke:var(--ls-error,#cf222e);stroke-width:2.2}
.ls-edge.warn{stroke:var(--ls-warn,#bf8700);stroke-width:2}
.ls-edge.info{stroke:var(--ls-info,#0969da)}
.ls-badge.error{fill:#cf222e}
.ls-badge.warn{fill:#9a6700}
.ls-badge.info{fill:#0969da}
.ls-node .ls-badge-text,.ls-group .ls-badge-text{font:bold 10px system-ui,sans-serif;fill:#ffffff}
.ls-legend text{font:12px system-ui,sans-serif;fill:var(--ls-fg,#1f2328)}
.ls-group{cursor:pointer}
.ls-group .ls-box{fill:var(--ls-group,#f6f8fa);stroke:var(--ls-node-border,#8c959f);stroke-width:1.2}
.ls-group.collapsed .ls-box{stroke-width:1.6}
.ls-group .ls-stack{fill:var(--ls-node-border,#8c959f)}
.ls-group.expanded .ls-box{stroke:none}
.ls-group text{font:600 13px system-ui,sans-serif;fill:var(--ls-fg,#1f2328)}
.ls-group .ls-sub{font-weight:400;font-size:11px;fill:var(--ls-muted,#57606a)}
.ls-group.selected .ls-box,.ls-group.highlighted .ls-box{stroke:var(--ls-focus,#0969da);stroke-width:3}
.ls-group.dim{opacity:.15}
.ls-group-frame{fill:none;stroke:var(--ls-node-border,#8c959f);stroke-dasharray:2 3;stroke-width:1}
.ls-node.ls-distance-0 .ls-box{fill:var(--ls-distance-0,#ffd8d3);stroke:var(--ls-error,#cf222e);stroke-width:3.5}
.ls-node.ls-distance-1 .ls-box{fill:var(--ls-distance-1,#ffe2c2);stroke:#bc4c00;stroke-width:2.5}
.ls-node.ls-distance-2 .ls-box{fill:var(--ls-distance-2,#fff1b8);stroke:#9a6700;stroke-width:2}
.ls-node.ls-distance-3 .ls-box{fill:var(--ls-distance-3,#fdfae8);stroke:#9a6700;stroke-width:1.5}
.ls-node[class*=ls-distance-] .ls-sub{fill:var(--ls-fg,#1f2328)}
.ls-node.ls-added .ls-box{stroke:var(--ls-added,#1a7f37);stroke-width:3}
.ls-node.ls-removed .ls-box{stroke:var(--ls-removed,#cf222e);stroke-width:2.5;stroke-dasharray:6 4}
.ls-node.ls-removed>text:not(.ls-badge-text){text-decoration:line-through}
.ls-node.ls-changed .ls-box{stroke:var(--ls-changed,#d97706);stroke-width:3}
.ls-edge.ls-added{stroke:var(--ls-added,#1a7f37);stroke-width:2.6}
.ls-edge.ls-removed{stroke:var(--ls-removed,#cf222e);stroke-width:2.2;stroke-dasharray:${DASH_ON} ${DASH_OFF}}
.ls-edge.ls-changed{stroke:var(--ls-changed,#d97706);stroke-width:2.6}
.ls-domain-label{font:600 11px system-ui,sans-serif;fill:var(--ls-fg,#1f2328)}
.ls-domain-bar{fill:none;stroke:var(--ls-muted,#57606a);stroke-width:2;stroke-linecap:round;opacity:.45}
.ls-selecting .ls-nodes>.ls-node:not(.selected,.ls-neighbour,.dim),.ls-selecting .ls-groups>.ls-group:not(.selected,.ls-neighbour,.dim),.ls-selecting .ls-edges>.ls-edge:not(.ls-linked,.dim){opacity:.25}
.ls-node.ls-neighbour .ls-box,.ls-group.ls-neighbour .ls-box{stroke:var(--ls-focus,#0969da);stroke-width:2}
.ls-edge.ls-linked{stroke-width:3}
`;

/** One element and its subtree as markup, appended to `out` (one join at the end: a diagram has tens of thousands of elements). */
function write(s: Shape, out: string[]): void {
  out.push('<', s.tag);
  for (const k in s.attrs) {
    const v = s.attrs[k];
    out.push(' ', k, '="', typeof v === 'number' ? String(v) : x(v), '"');
  }
  if (s.style) out.push(' style="', x(Object.entries(s.style).map(([k, v]) => `${k}:${v}`).join(';')), '"');
  if (s.text === undefined && !s.children?.length) {
    out.push('/>');
    return;
  }
  out.push('>');
  if (s.text !== undefined) out.push(x(s.text));
  for (const c of s.children ?? []) write(c, out);
  out.push('</', s.tag, '>');
}

/** The SVG markup of a drawing's elements. */
function shapesSvg(shapes: Shape[]): string {
  const out: string[] = [];
  for (const s of shapes) write(s, out);
  return out.join('');
}

/** The whole picture, sized to the diagram, with its title and its style. */
export function renderSvg(d: Diagram, opts: { standalone?: boolean } = {}): string {
  const title = d.title ? `<title>${x(d.title)}</title>` : '';
  const xmlns = 'xmlns="http://www.w3.org/2000/svg"';
  return `${opts.standalone ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ''}<svg ${xmlns} class="ls-diagram" viewBox="0 0 ${d.width} ${d.height}" width="${d.width}" height="${d.height}" role="img">${title}<style>${DIAGRAM_CSS}</style>${shapesSvg(drawDiagram(d))}</svg>\n`;
}
