/**
 * Domain groups in the webview: a collapsed group is one node (a button that asks the host
 * to expand it), an expanded one a header (the button that collapses it) and a frame. The
 * host lays them out; this only draws what it was given (the same as core/diagram/svg.ts).
 */
import type { DiagramGroup } from '../core/diagram/model';
import { appendBadges, el } from './dom';

function systems(n: number): string {
  return `${n} system${n === 1 ? '' : 's'}`;
}

export function framesEl(g: DiagramGroup): SVGRectElement[] {
  return g.frames.map((f) => el('rect', { class: 'ls-group-frame', 'data-frame': g.id, x: f.x, y: f.y, width: f.w, height: f.h, rx: 8 }));
}

export function groupEl(g: DiagramGroup): SVGGElement {
  const found = (['error', 'warn', 'info'] as const).filter((s) => g.findings[s]).map((s) => `${g.findings[s]} ${s}`).join(', ');
  const node = el('g', {
    class: `ls-group ${g.expanded ? 'expanded' : 'collapsed'}${g.worst ? ` has-${g.worst}` : ''}`,
    'data-group': g.id, tabindex: 0, role: 'button', 'aria-expanded': String(g.expanded),
    'aria-label': `Group ${g.label}, ${systems(g.count)}, ${g.lane}${g.worst ? `, has ${g.worst}` : ''}`,
  });
  node.append(el('title', {}, `${g.label}: ${systems(g.count)} in ${g.lane}${found ? `\nfindings: ${found}` : ''}\n${g.expanded ? 'Click to collapse' : 'Click to expand'}`));
  // A stack of cards: an offset rectangle, not a CSS drop-shadow filter (that costs every frame).
  if (!g.expanded) node.append(el('rect', { class: 'ls-stack', x: g.x + 4, y: g.y + 4, width: g.w, height: g.h, rx: 6 }));
  node.append(el('rect', { class: 'ls-box', x: g.x, y: g.y, width: g.w, height: g.h, rx: 6 }));
  const title = `${g.expanded ? '−' : '+'} ${g.label}`;
  node.append(el('text', { x: g.x + 10, y: g.y + 18 }, title.length > 26 ? `${title.slice(0, 25)}…` : title));
  node.append(el('text', { class: 'ls-sub', x: g.x + 10, y: g.y + 34 }, `${systems(g.count)}${g.expanded ? ' · collapse' : ''}`));
  if (!g.expanded) appendBadges(node, g, g.findings, 24);
  return node;
}
