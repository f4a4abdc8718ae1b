/**
 * A laid-out diagram → a standalone SVG document (strings only, no DOM, every YAML text
 * escaped). Colours are CSS variables with light defaults, so the same SVG is themed by
 * VS Code inside the webview and readable on its own light background when exported.
 */
import { escapeXml as x } from './escape';
import type { Box, Diagram, DiagramEdge, DiagramGroup, DiagramNode } from './model';
import { estimateTextWidth, layoutLabel } from './wrap';

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
.ls-node .ls-sub{font-size:10.5px;fill:var(--ls-muted,#57606a)}
.ls-node.selected .ls-box,.ls-node.highlighted .ls-box{stroke:var(--ls-focus,#0969da);stroke-width:3}
.ls-node.dim,.ls-edge.dim{opacity:.15}
.ls-edge{fill:none;stroke:var(--ls-edge,#8c959f);stroke-width:1.4}
.ls-edge.async{stroke-dasharray:6 4}
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
.ls-group .ls-sub{font-weight:400;font-size:10.5px;fill:var(--ls-muted,#57606a)}
.ls-group.selected .ls-box,.ls-group.highlighted .ls-box{stroke:var(--ls-focus,#0969da);stroke-width:3}
.ls-group.dim{opacity:.15}
.ls-group-frame{fill:none;stroke:var(--ls-node-border,#8c959f);stroke-dasharray:2 3;stroke-width:1}
`;

export function pathBetween(a: Box, b: Box, rowGap = 14): string {
  const ax = a.x + a.w / 2;
  const bx = b.x + b.w / 2;
  if (Math.abs(ax - bx) < 1) {
    // Same column: loop out to the right.
    const sx = a.x + a.w;
    const sy = a.y + a.h / 2;
    const ty = b.y + b.h / 2;
    const bulge = 40 + Math.min(120, Math.abs(ty - sy) / 4);
    return `M${sx},${sy} C${sx + bulge},${sy} ${sx + bulge},${ty} ${sx},${ty}`;
  }
  const right = bx > ax;
  const dir = right ? 1 : -1;
  const sx = right ? a.x + a.w : a.x;
  const tx = right ? b.x : b.x + b.w;
  const sy = a.y + a.h / 2;
  const ty = b.y + b.h / 2;
  if (Math.abs(tx - sx) <= SKIP_X) {
    const mid = (sx + tx) / 2;
    return `M${sx},${sy} C${mid},${sy} ${mid},${ty} ${tx},${ty}`;
  }
  // Boxes may stand in between (a lane, or sub-columns): a straight run at the height of the
  // source would cut through them and look like their edge. Run along the gap between the
  // rows instead (rows line up across lanes), turning in and out in the free margins.
  const gy = ty >= sy ? a.y + a.h + rowGap / 2 : a.y - rowGap / 2;
  const r = TURN;
  return `M${sx},${sy} C${sx + dir * r},${sy} ${sx + dir * r},${gy} ${sx + dir * 2 * r},${gy} L${tx - dir * 2 * r},${gy} C${tx - dir * r},${gy} ${tx - dir * r},${ty} ${tx},${ty}`;
}

/** Farther apart than this, something may stand between two boxes (a lane's margins are 2 × 40, sub-columns 24 apart). */
const SKIP_X = 100;
/** Horizontal run of a turn into or out of a row gap (within the 24 px between sub-columns and the 40 px lane margin). */
const TURN = 11;

/**
 * A box's name and sub line, whole: the file may be shown as an image, where no tooltip can
 * recover a cut name. Wrapped by estimated width (no browser here), clear of the badges.
 */
function labelSvg(b: Box, name: string, sub: string, badgesWidth: number, weight: number): string {
  const max = b.w - 20;
  const l = layoutLabel(estimateTextWidth, name, sub, max, badgesWidth ? Math.min(max, b.w - 10 - badgesWidth) : max, weight);
  const lines = l.lines.length === 1
    ? x(name)
    : l.lines.map((line, i) => `<tspan x="${b.x + 10}" y="${b.y + l.ys[i]}">${x(line)}</tspan>`).join('');
  const size = (px: number, usual: number): string => (px === usual ? '' : ` style="font-size:${px}px"`);
  return `<text x="${b.x + 10}" y="${b.y + l.ys[0]}"${size(l.px, 13)}>${lines}</text><text class="ls-sub" x="${b.x + 10}" y="${b.y + l.sub.y}"${size(l.sub.px, 10.5)}>${x(sub)}</text>`;
}

export function nodeSvg(n: DiagramNode): string {
  const cls = ['ls-node', n.shadow ? 'shadow' : '', n.worst ? `has-${n.worst}` : ''].filter(Boolean).join(' ');
  const sub = [n.id !== n.label ? n.id : '', n.shadow ? 'shadow IT' : '', n.exposure !== 'internal' ? n.exposure : ''].filter(Boolean).join(' · ');
  const badges: string[] = [];
  let bx = n.x + n.w - 6;
  for (const sev of ['info', 'warn', 'error'] as const) {
    const c = n.findings[sev];
    if (!c) continue;
    bx -= 22;
    badges.push(`<g class="ls-badge-g"><rect class="ls-badge ${sev}" x="${bx}" y="${n.y - 8}" width="20" height="16" rx="8"/><text class="ls-badge-text" x="${bx + 10}" y="${n.y + 4}" text-anchor="middle">${c}</text></g>`);
  }
  const tip = [`${n.label} (${n.id})`, `mode: ${n.lane}`, `owner: ${n.owner ?? '–'}`, `lifecycle: ${n.lifecycle}`, ...n.messages.map((m) => `${m.severity}: ${m.message}`)].join('\n');
  return `<g class="${cls}" data-id="${x(n.id)}" tabindex="0" role="button" aria-label="${x(`${n.label}, ${n.lane}`)}"><title>${x(tip)}</title><rect class="ls-box" x="${n.x}" y="${n.y}" width="${n.w}" height="${n.h}" rx="6"/>${labelSvg(n, n.label, sub, badges.length * 22 + 4, 400)}${badges.join('')}</g>`;
}

/** What a group says of itself: the first line of the node, its second line, a tooltip, an aria-label. */
export function groupTexts(g: DiagramGroup): { title: string; sub: string; tip: string; aria: string } {
  const systems = `${g.count} system${g.count === 1 ? '' : 's'}`;
  const found = (['error', 'warn', 'info'] as const).filter((s) => g.findings[s]).map((s) => `${g.findings[s]} ${s}`).join(', ');
  return {
    title: `${g.expanded ? '−' : '+'} ${g.label}`,
    sub: `${systems}${g.expanded ? ' · collapse' : ''}`,
    tip: `${g.label}: ${systems} in ${g.lane}${found ? `\nfindings: ${found}` : ''}\n${g.expanded ? 'Click to collapse' : 'Click to expand'}`,
    aria: `Group ${g.label}, ${systems}, ${g.lane}${g.worst ? `, has ${g.worst}` : ''}`,
  };
}

/** The title of an edge's tooltip (an aggregated edge says how many dependencies it stands for). */
export function edgeTip(e: DiagramEdge): string {
  const what = e.count ? `${e.count} dependenc${e.count === 1 ? 'y' : 'ies'}` : e.via ? `via ${e.via}` : '';
  return `${e.from} → ${e.to}${what ? ` ${what}` : ''} (${e.interaction})${e.rules.length ? `\n${e.rules.join(', ')}` : ''}`;
}

/** The frame(s) around an expanded group (drawn under the edges). */
export function framesSvg(g: DiagramGroup): string {
  return g.frames.map((f) => `<rect class="ls-group-frame" data-frame="${x(g.id)}" x="${f.x}" y="${f.y}" width="${f.w}" height="${f.h}" rx="8"/>`).join('');
}

/** A collapsed group looks like a stack of cards: a plain offset rectangle (a CSS drop-shadow filter costs every frame). */
function stackSvg(g: DiagramGroup): string {
  return `<rect class="ls-stack" x="${g.x + 4}" y="${g.y + 4}" width="${g.w}" height="${g.h}" rx="6"/>`;
}

/** A group's node (collapsed) or header (expanded): a button that toggles it. */
export function groupSvg(g: DiagramGroup): string {
  const t = groupTexts(g);
  const badges: string[] = [];
  let bx = g.x + g.w - 6;
  for (const sev of g.expanded ? [] : (['info', 'warn', 'error'] as const)) {
    const c = g.findings[sev];
    if (!c) continue;
    bx -= 26;
    badges.push(`<g class="ls-badge-g"><rect class="ls-badge ${sev}" x="${bx}" y="${g.y - 8}" width="24" height="16" rx="8"/><text class="ls-badge-text" x="${bx + 12}" y="${g.y + 4}" text-anchor="middle">${c}</text></g>`);
  }
  const cls = `ls-group ${g.expanded ? 'expanded' : 'collapsed'}${g.worst ? ` has-${g.worst}` : ''}`;
  return `<g class="${cls}" data-group="${x(g.id)}" tabindex="0" role="button" aria-expanded="${g.expanded}" aria-label="${x(t.aria)}"><title>${x(t.tip)}</title>${g.expanded ? '' : stackSvg(g)}<rect class="ls-box" x="${g.x}" y="${g.y}" width="${g.w}" height="${g.h}" rx="6"/>${labelSvg(g, t.title, t.sub, badges.length * 26 + 4, 600)}${badges.join('')}</g>`;
}

export function edgeSvg(e: DiagramEdge): string {
  const cls = ['ls-edge', e.interaction, e.worst ?? ''].filter(Boolean).join(' ');
  const marker = e.worst ? `ls-arrow-${e.worst}` : 'ls-arrow';
  const tip = edgeTip(e);
  return `<path class="${cls}" data-edge="${x(e.id)}" data-from="${x(e.from)}" data-to="${x(e.to)}" d="${e.path}" marker-end="url(#${marker})"><title>${x(tip)}</title></path>`;
}

/**
 * Arrowheads in user units: sized by the stroke (the SVG default) they grew with the thicker
 * error and warning edges, 15 px where a plain edge has 10. Both renderers use this.
 */
export const MARKER = { units: 'userSpaceOnUse', size: 10 } as const;

export function markersSvg(): string {
  const m = (id: string, color: string): string => `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="${MARKER.units}" markerWidth="${MARKER.size}" markerHeight="${MARKER.size}" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${color}"/></marker>`;
  return `<defs>${m('ls-arrow', 'var(--ls-edge,#8c959f)')}${m('ls-arrow-error', 'var(--ls-error,#cf222e)')}${m('ls-arrow-warn', 'var(--ls-warn,#bf8700)')}${m('ls-arrow-info', 'var(--ls-info,#0969da)')}</defs>`;
}

/** The legend's items as [svg of the sample, label], drawn by both renderers. */
export function legendSvg(d: Diagram): string {
  const y = d.height - 40;
  const item = (xPos: number, line: string, label: string): string => `${line.replace(/X/g, String(xPos)).replace(/Y/g, String(y))}<text x="${xPos + 46}" y="${y + 4}">${label}</text>`;
  return `<g class="ls-legend">${[
    item(20, '<path class="ls-edge sync" d="MX,Y h36" marker-end="url(#ls-arrow)"/>', 'synchronous'),
    item(205, '<path class="ls-edge async" d="MX,Y h36" marker-end="url(#ls-arrow)"/>', 'asynchronous'),
    item(390, '<path class="ls-edge error" d="MX,Y h36" marker-end="url(#ls-arrow-error)"/>', 'edge with an error'),
    item(575, '<path class="ls-edge warn" d="MX,Y h36" marker-end="url(#ls-arrow-warn)"/>', 'edge with a warning'),
    `<g class="ls-node shadow"><rect class="ls-box" x="770" y="${y - 10}" width="36" height="20" rx="4"/></g><text x="816" y="${y + 4}">shadow IT</text>`,
  ].join('')}</g>`;
}

/** The whole picture: background, lanes, edges under nodes, legend. */
export function renderSvg(d: Diagram, opts: { standalone?: boolean } = {}): string {
  const groups = d.groups ?? [];
  const lanes = d.lanes.map((l) => `<g class="ls-lane-g" data-lane="${l.id}"><rect class="ls-lane ls-lane-${l.id}" x="${l.x + 6}" y="6" width="${l.w - 12}" height="${d.height - 62}" rx="10"/><text class="ls-lane-title" x="${l.x + 24}" y="34">${x(l.label)} (${l.count})</text></g>`).join('');
  const body = `${markersSvg()}<rect class="ls-bg" x="0" y="0" width="${d.width}" height="${d.height}"/>${lanes}<g class="ls-frames">${groups.map(framesSvg).join('')}</g><g class="ls-edges">${d.edges.map(edgeSvg).join('')}</g><g class="ls-nodes">${d.nodes.map(nodeSvg).join('')}</g><g class="ls-groups">${groups.map(groupSvg).join('')}</g>${legendSvg(d)}`;
  const title = d.title ? `<title>${x(d.title)}</title>` : '';
  const xmlns = 'xmlns="http://www.w3.org/2000/svg"';
  return `${opts.standalone ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ''}<svg ${xmlns} class="ls-diagram" viewBox="0 0 ${d.width} ${d.height}" width="${d.width}" height="${d.height}" role="img">${title}<style>${DIAGRAM_CSS}</style>${body}</svg>\n`;
}
