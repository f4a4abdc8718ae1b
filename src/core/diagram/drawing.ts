/**
 * The look of the diagram, described once: a laid-out diagram → a tree of SVG elements
 * (name, attributes, text, children). `svg.ts` writes it as markup for `landscape render`;
 * the webview makes DOM elements of the same tree and attaches its interaction to them by
 * their data-* attributes (data-id, data-group, data-edge, data-from, data-to, data-frame).
 * So a lane's geometry, a text's offset, a label's wrapping or the legend changes here, and
 * the editor, the standalone page and the SVG file all show it.
 *
 * Plain data and no imports but the model's types and the label layout: it is in the
 * webview's bundle. Texts and attributes from the YAML are kept raw here; the SVG writer
 * escapes them, the webview sets them with setAttribute and textContent.
 */
import { extraLegendRows, REVIEW_LEGEND_ROW, type Box, type ChangeState, type Diagram, type DiagramEdge, type DiagramGroup, type DiagramNode, type FindingCounts, type Lane } from './model';
import { dashPieces } from './dashes';
import { estimateTextWidth, layoutLabel, NAME_PX, SUB_PX } from './wrap';

/** One SVG element of the drawing. */
export interface Shape {
  /** The SVG element's name. */
  tag: string;
  /** In the order written. */
  attrs: Record<string, string | number>;
  /**
   * Inline style (the font size of a name that had to shrink): the SVG writer writes a style
   * attribute, the webview sets it through CSSOM (its CSP refuses style attributes). Not a
   * presentation attribute: the diagram's CSS (`font:` on texts) would override it.
   */
  style?: Record<string, string>;
  text?: string;
  children?: Shape[];
}

const shape = (tag: string, attrs: Shape['attrs'], content?: string | Shape[]): Shape =>
  typeof content === 'string' ? { tag, attrs, text: content } : content ? { tag, attrs, children: content } : { tag, attrs };

/**
 * Arrowheads in user units: sized by the stroke (the SVG default) they grew with the thicker
 * error and warning edges, 15 px where a plain edge has 10.
 */
const MARKER = { units: 'userSpaceOnUse', size: 10 } as const;

function markers(d: Diagram): Shape {
  const m = (id: string, color: string): Shape => shape('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerUnits: MARKER.units, markerWidth: MARKER.size, markerHeight: MARKER.size, orient: 'auto-start-reverse' }, [
    shape('path', { d: 'M0,0 L10,5 L0,10 z', fill: color }),
  ]);
  const review = d.review ? [m('ls-arrow-added', CHANGE_COLOUR.added), m('ls-arrow-removed', CHANGE_COLOUR.removed), m('ls-arrow-changed', CHANGE_COLOUR.changed)] : [];
  return shape('defs', {}, [m('ls-arrow', 'var(--ls-edge,#8c959f)'), m('ls-arrow-error', 'var(--ls-error,#cf222e)'), m('ls-arrow-warn', 'var(--ls-warn,#bf8700)'), m('ls-arrow-info', 'var(--ls-info,#0969da)'), ...review]);
}

/** The review colours (svg.ts's CSS uses the same variables): green added, red removed, amber changed. */
const CHANGE_COLOUR: Record<ChangeState, string> = { added: 'var(--ls-added,#1a7f37)', removed: 'var(--ls-removed,#cf222e)', changed: 'var(--ls-changed,#d97706)' };

/** What a tooltip says of a change. */
function changeTip(change: ChangeState | undefined, detail: string | undefined): string {
  if (!change) return '';
  return `\n${change} by this change${detail ? `: ${detail}` : ''}`;
}

/** The lanes: columns with a title and the number of systems they hold; their bottom leaves room for the legend. */
function lanes(d: Diagram): Shape[] {
  return d.lanes.map((l) => shape('g', { class: 'ls-lane-g', 'data-lane': l.id }, [
    shape('rect', { class: `ls-lane ls-lane-${l.id}`, x: l.x + 6, y: 6, width: l.w - 12, height: d.height - 62 - extraLegendRows(d) * REVIEW_LEGEND_ROW, rx: 10 }),
    shape('text', { class: 'ls-lane-title', x: l.x + 24, y: 34 }, `${l.label} (${l.count})`),
    ...domainLabels(d, l.id),
  ]));
}

/** Size of a domain's label in a lane, and the least it shrinks to beside a box's finding badges. */
const DOMAIN_PX = 11;
const DOMAIN_MIN_PX = 8;

/**
 * The domains in a lane whose systems are drawn one by one (a lane with groups has their
 * headers instead): each run of one domain's systems in a sub-column gets the domain in the
 * gap above its first box, clear of that box's badges, and a bar along its left side.
 * Nothing when no system of the lane has a domain.
 */
function domainLabels(d: Diagram, lane: Lane): Shape[] {
  if ((d.groups ?? []).some((g) => g.lane === lane)) return [];
  const nodes = d.nodes.filter((n) => n.lane === lane);
  if (!nodes.some((n) => n.domain)) return [];
  nodes.sort((a, b) => a.x - b.x || a.y - b.y);
  const out: Shape[] = [];
  let first = 0;
  for (let i = 1; i <= nodes.length; i++) {
    const a = nodes[first];
    if (i < nodes.length && nodes[i].x === a.x && nodes[i].domain === a.domain) continue;
    const last = nodes[i - 1];
    const name = a.domain ?? '(no domain)';
    const badges = (['error', 'warn', 'info'] as const).filter((s) => a.findings[s]).length;
    // Badges are 20 wide with 2 between, ending 6 before the box's right edge (`badges`).
    const room = a.w - 4 - (badges ? badges * 22 + 8 : 0);
    const wide = estimateTextWidth(name, DOMAIN_PX, 600);
    const text = shape('text', { class: 'ls-domain-label', x: a.x + 2, y: a.y - 4 }, name);
    if (wide > room) text.style = { 'font-size': `${Math.max(DOMAIN_MIN_PX, Math.floor((DOMAIN_PX * room) / wide * 2) / 2)}px` };
    out.push(shape('g', { class: 'ls-domain', 'data-domain': a.domain ?? '' }, [
      shape('path', { class: 'ls-domain-bar', d: `M${a.x - 10},${a.y} V${last.y + last.h}` }),
      text,
    ]));
    first = i;
  }
  return out;
}

/**
 * A box's name and sub line, whole (a picture may be an image, where no tooltip recovers a
 * cut name), wrapped by estimated width, the same on screen and in a file, clear of the badges.
 */
function label(b: Box, name: string, sub: string, badgesWidth: number, weight: number): Shape[] {
  const max = b.w - 20;
  const l = layoutLabel(estimateTextWidth, name, sub, max, badgesWidth ? Math.min(max, b.w - 10 - badgesWidth) : max, weight);
  // `ls-name`: the webview's fit reads the names' sizes (webview/fit.ts).
  const first = l.lines.length === 1
    ? shape('text', { class: 'ls-name', x: b.x + 10, y: b.y + l.ys[0] }, name)
    : shape('text', { class: 'ls-name', x: b.x + 10, y: b.y + l.ys[0] }, l.lines.map((line, i) => shape('tspan', { x: b.x + 10, y: b.y + l.ys[i] }, line)));
  const second = shape('text', { class: 'ls-sub', x: b.x + 10, y: b.y + l.sub.y }, sub);
  if (l.px !== NAME_PX) first.style = { 'font-size': `${l.px}px` };
  if (l.sub.px !== SUB_PX) second.style = { 'font-size': `${l.sub.px}px` };
  return [first, second];
}

/** Finding-count badges straddling a box's top edge, right-aligned: info, warn, error from the right. */
function badges(b: Box, findings: FindingCounts, width: number): Shape[] {
  const out: Shape[] = [];
  let bx = b.x + b.w - 6;
  for (const sev of ['info', 'warn', 'error'] as const) {
    const c = findings[sev];
    if (!c) continue;
    bx -= width + 2;
    // The digit is the badge's next sibling (the webview's tests read it so).
    out.push(
      shape('rect', { class: `ls-badge ${sev}`, x: bx, y: b.y - 8, width, height: 16, rx: 8 }),
      shape('text', { class: 'ls-badge-text', x: bx + width / 2, y: b.y + 4, 'text-anchor': 'middle' }, String(c)),
    );
  }
  return out;
}

/** The second line of a system: its id when it has a name, shadow IT, an exposure other than internal. */
export function subLine(n: DiagramNode): string {
  return [n.id !== n.label ? n.id : '', n.shadow ? 'shadow IT' : '', n.exposure !== 'internal' ? n.exposure : ''].filter(Boolean).join(' · ');
}

/** A focus or impact picture: the chosen system, then 1, 2 and 3 or more edges away, each its own colour (svg.ts). */
function distanceClass(distance: number | undefined): string {
  return distance === undefined ? '' : `ls-distance-${Math.min(distance, 3)}`;
}

function distanceTip(distance: number | undefined): string {
  return distance === undefined ? '' : distance === 0 ? '\nthe chosen system' : `\n${distance} ${distance === 1 ? 'edge' : 'edges'} away`;
}

/**
 * The tooltip's line of the APIs a system provides, each with a lifecycle other than active and
 * "no consumers" when nothing uses it (empty when it provides none): so a file or an image's
 * reader learns what the closest zoom level shows at the box.
 */
function apisTip(n: DiagramNode): string[] {
  if (!n.apis?.length) return [];
  const notes = (a: NonNullable<DiagramNode['apis']>[number]): string => [a.lifecycle, a.unused ? 'no consumers' : ''].filter(Boolean).join(', ');
  return [`APIs: ${n.apis.map((a) => (notes(a) ? `${a.id} (${notes(a)})` : a.id)).join(', ')}`];
}

/** A system: a focusable button (Enter reveals its definition) with a tooltip of its facts, APIs and findings. */
function nodeShape(n: DiagramNode): Shape {
  const cls = ['ls-node', n.shadow ? 'shadow' : '', n.worst ? `has-${n.worst}` : '', n.change ? `ls-${n.change}` : '', distanceClass(n.distance)].filter(Boolean).join(' ');
  const tip = [`${n.label} (${n.id})`, `mode: ${n.lane}`, `owner: ${n.owner ?? '–'}`, `lifecycle: ${n.lifecycle}`, ...apisTip(n), ...n.messages.map((m) => `${m.severity}: ${m.message}`)].join('\n') + changeTip(n.change, n.changedFields?.join(', ')) + distanceTip(n.distance);
  const marks = badges(n, n.findings, 20);
  const attrs: Shape['attrs'] = { class: cls, 'data-id': n.id, tabindex: 0, role: 'button', 'aria-label': `${n.label}, ${n.lane}${n.worst ? `, has ${n.worst}` : ''}${n.change ? `, ${n.change}` : ''}${distanceTip(n.distance).replace('\n', ', ')}` };
  if (n.distance !== undefined) attrs['data-distance'] = n.distance;
  return shape('g', attrs, [
    shape('title', {}, tip),
    shape('rect', { class: 'ls-box', x: n.x, y: n.y, width: n.w, height: n.h, rx: 6 }),
    ...label(n, n.label, subLine(n), (marks.length / 2) * 22 + 4, 400),
    ...marks,
  ]);
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

/** The frame(s) around an expanded group (drawn under the edges). */
function frames(g: DiagramGroup): Shape[] {
  return g.frames.map((f) => shape('rect', { class: 'ls-group-frame', 'data-frame': g.id, x: f.x, y: f.y, width: f.w, height: f.h, rx: 8 }));
}

/**
 * A group's node (collapsed) or header (expanded): a button that toggles it. A collapsed
 * group looks like a stack of cards: a plain offset rectangle (a CSS drop-shadow filter
 * costs every frame).
 */
function groupShape(g: DiagramGroup): Shape {
  const t = groupTexts(g);
  const marks = g.expanded ? [] : badges(g, g.findings, 24);
  return shape('g', { class: `ls-group ${g.expanded ? 'expanded' : 'collapsed'}${g.worst ? ` has-${g.worst}` : ''}`, 'data-group': g.id, tabindex: 0, role: 'button', 'aria-expanded': String(g.expanded), 'aria-label': t.aria }, [
    shape('title', {}, t.tip),
    ...(g.expanded ? [] : [shape('rect', { class: 'ls-stack', x: g.x + 4, y: g.y + 4, width: g.w, height: g.h, rx: 6 })]),
    shape('rect', { class: 'ls-box', x: g.x, y: g.y, width: g.w, height: g.h, rx: 6 }),
    ...label(g, t.title, t.sub, (marks.length / 2) * 26 + 4, 600),
    ...marks,
  ]);
}

/** The title of an edge's tooltip (an aggregated edge says how many dependencies it stands for, a bundle lists them). */
function edgeTip(e: DiagramEdge, members: DiagramEdge[]): string {
  if (members.length > 1) {
    const lines = members.map((m) => `${m.via ? `via ${m.via}` : 'direct'}${m.rules.length ? `: ${m.rules.join(', ')}` : ''}`);
    return `${e.from} → ${e.to} ${members.length} dependencies (${e.interaction})\n${lines.join('\n')}${changeTip(e.change, e.changedFrom && `was ${e.changedFrom}`)}`;
  }
  const what = e.count ? `${e.count} dependenc${e.count === 1 ? 'y' : 'ies'}` : e.via ? `via ${e.via}` : '';
  return `${e.from} → ${e.to}${what ? ` ${what}` : ''} (${e.interaction})${e.rules.length ? `\n${e.rules.join(', ')}` : ''}${changeTip(e.change, e.changedFrom && `was ${e.changedFrom}`)}`;
}

const SEVERITY_RANK = { info: 1, warn: 2, error: 3 } as const;

/**
 * A dependency: solid when synchronous, dashed when asynchronous, coloured (with its arrowhead)
 * by its worst finding (a bundle's: the worst of its members), or in a review by what the
 * change did to it. A path of its route; a dashed route that turns is a group of its pieces
 * (dashes.ts), the group holding what a path holds but `d` (classes, data-*, the tooltip).
 */
function edgeShape(e: DiagramEdge, members: DiagramEdge[]): Shape {
  let worst = e.worst;
  for (const m of members) if (m.worst && (!worst || SEVERITY_RANK[m.worst] > SEVERITY_RANK[worst])) worst = m.worst;
  const attrs: Shape['attrs'] = { class: ['ls-edge', e.interaction, worst ?? '', e.change ? `ls-${e.change}` : ''].filter(Boolean).join(' '), 'data-edge': e.id, 'data-from': e.from, 'data-to': e.to };
  const count = members.length > 1 ? members.length : e.count;
  if (count) attrs['data-count'] = count;
  const marker = e.change ?? worst;
  const arrow = `url(#${marker ? `ls-arrow-${marker}` : 'ls-arrow'})`;
  const title = shape('title', {}, edgeTip(e, members));
  const pieces = e.interaction === 'async' || e.change === 'removed' ? dashPieces(e.path) : [e.path];
  if (pieces.length === 1) return shape('path', { ...attrs, d: e.path, 'marker-end': arrow }, [title]);
  // Dashed, in pieces that cost what is on screen (dashes.ts): they take its stroke and dashes from the group's classes.
  const last = pieces.length - 1;
  return shape('g', attrs, [title, ...pieces.map((d, i) => shape('path', i === last ? { d, 'marker-end': arrow } : { d }))]);
}

/**
 * The edges drawn (a bundle's members are drawn by its first: bundles.ts), each followed by its
 * count when it stands for several dependencies, at the free point the layout chose: right
 * after its edge, so the styles that dim an edge reach its count (`.ls-edge.dim + .ls-edge-count`).
 */
function edgeShapes(d: Diagram): Shape[] {
  const byId = new Map(d.edges.map((e) => [e.id, e] as const));
  const out: Shape[] = [];
  for (const e of d.edges) {
    if (e.bundledInto !== undefined) continue;
    const members = (e.bundle ?? []).map((id) => byId.get(id)).filter((m): m is DiagramEdge => m !== undefined);
    const drawn = edgeShape(e, members);
    out.push(drawn);
    const count = drawn.attrs['data-count'];
    if (e.countAt && typeof count === 'number' && count > 1) {
      const text = String(count);
      const w = Math.max(14, estimateTextWidth(text, 10, 700) + 8);
      // A button: the webview selects the edge and lists what it stands for (webview/edge-details.ts).
      out.push(shape('g', { class: 'ls-edge-count', 'data-edge': e.id, 'data-from': e.from, 'data-to': e.to, tabindex: 0, role: 'button', 'aria-label': `${text} dependencies from ${e.from} to ${e.to}` }, [
        shape('title', {}, drawn.children![0].text ?? ''),
        shape('rect', { x: e.countAt.x - w / 2, y: e.countAt.y - 7, width: w, height: 14, rx: 7 }),
        shape('text', { class: 'ls-edge-count-text', x: e.countAt.x, y: e.countAt.y + 3.5, 'text-anchor': 'middle' }, text),
      ]));
    }
  }
  return out;
}

/**
 * The legend along the bottom: the kinds of edge and the shadow-IT box; a review has a second
 * row with its colours (added, removed, changed), each as a box and an edge.
 */
function legend(d: Diagram): Shape {
  const y = d.height - 40 - extraLegendRows(d) * REVIEW_LEGEND_ROW;
  const items: Shape[] = [];
  const samples: [string, string, string][] = [['sync', 'ls-arrow', 'synchronous'], ['async', 'ls-arrow', 'asynchronous'], ['error', 'ls-arrow-error', 'edge with an error'], ['warn', 'ls-arrow-warn', 'edge with a warning']];
  samples.forEach(([cls, marker, text], i) => {
    const x = 20 + i * 185;
    items.push(shape('path', { class: `ls-edge ${cls}`, d: `M${x},${y} h36`, 'marker-end': `url(#${marker})` }), shape('text', { x: x + 46, y: y + 4 }, text));
  });
  items.push(
    shape('g', { class: 'ls-node shadow' }, [shape('rect', { class: 'ls-box', x: 770, y: y - 10, width: 36, height: 20, rx: 4 })]),
    shape('text', { x: 816, y: y + 4 }, 'shadow IT'),
  );
  if (d.review) {
    const ry = y + REVIEW_LEGEND_ROW;
    (['added', 'removed', 'changed'] as const).forEach((change, i) => {
      const x = 20 + i * 185;
      items.push(
        shape('g', { class: `ls-node ls-${change}`, 'data-legend': change }, [shape('rect', { class: 'ls-box', x, y: ry - 9, width: 24, height: 18, rx: 4 })]),
        shape('path', { class: `ls-edge sync ls-${change}`, d: `M${x + 30},${ry} h30`, 'marker-end': `url(#ls-arrow-${change})` }),
        shape('text', { x: x + 70, y: ry + 4 }, change),
      );
    });
  }
  // A focus or impact picture fills its systems by distance in warm colours (red, orange,
  // yellow) that read as severities without a key: one row says what each fill means.
  const farthest = d.nodes.reduce((m, n) => Math.max(m, n.distance ?? -1), -1);
  if (farthest >= 0) {
    const ry = y + (d.review ? 2 : 1) * REVIEW_LEGEND_ROW;
    // The distances the picture has: a depth of 1 shows two keys (fills beyond 3 steps are the same).
    (['the chosen system', '1 step away', '2 steps away', '3 or more steps'] as const).slice(0, Math.min(farthest, 3) + 1).forEach((text, k) => {
      const x = 20 + k * 185;
      items.push(
        shape('g', { class: `ls-node ls-distance-${k}`, 'data-legend': `distance-${k}` }, [shape('rect', { class: 'ls-box', x, y: ry - 9, width: 24, height: 18, rx: 4 })]),
        shape('text', { x: x + 34, y: ry + 4 }, text),
      );
    });
  }
  return shape('g', { class: 'ls-legend' }, items);
}

/**
 * The whole picture, bottom to top: arrowheads, background, lanes, group frames, edges and
 * their counts under the systems, the systems, the groups, the legend. What holds it (the svg element with its
 * size or zoom, a title, the style) is the writer's and the webview's.
 */
export function drawDiagram(d: Diagram): Shape[] {
  const groups = d.groups ?? [];
  return [
    markers(d),
    shape('rect', { class: 'ls-bg', x: 0, y: 0, width: d.width, height: d.height }),
    ...lanes(d),
    shape('g', { class: 'ls-frames' }, groups.flatMap(frames)),
    shape('g', { class: 'ls-edges' }, edgeShapes(d)),
    shape('g', { class: 'ls-nodes' }, d.nodes.map(nodeShape)),
    shape('g', { class: 'ls-groups' }, groups.map(groupShape)),
    legend(d),
  ];
}
