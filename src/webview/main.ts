/**
 * The diagram webview: makes DOM elements of the core's drawing (core/diagram/drawing.ts,
 * the same one `landscape render` writes; attributes by setAttribute and texts by
 * textContent, so nothing from the YAML is ever parsed as markup) and attaches to them zoom,
 * pan and fit, filters and search, two-way selection with the editor, domain groups that ask
 * the host to expand, export to SVG/PNG. Works in VS Code and as a standalone page.
 */
import { drawDiagram } from '../core/diagram/drawing';
import type { Diagram, DiagramGroup } from '../core/diagram/model';
import type { DiagramPick, Filters, HostToWebview, PickChoices, SystemFacts, ViewState, WebviewToHost } from '../core/diagram/protocol';
import { el, html } from './dom';
import { exportImages as exportDiagram } from './export';
import { applyFilters, dimLeftOut, filterValues, NO_FILTERS, statusText, type Filtered } from './filters';
import { createPickers } from './pickers';
import { groupingPicker } from './grouping-picker';
import { anchorOf, keepInPlace, type Anchor } from './keep-in-place';
import { createMinimap } from './minimap';
import { attachPan } from './pan';
import { fittedView, revealedView, smallestNamePx } from './fit';
import { markEdgeSelection, markSelection } from './selection';
import { createViewLayer } from './view-layer';
import { createDetailsLine, edgeDetails } from './edge-details';
import { createCuller, drawShapes, type Cullable } from './cull';
import { createRoving } from './roving';
import { createSpatialNav } from './spatial-nav';
import { createFarEdges } from './far-edges';
import { isClosest, isFar } from './semantic-zoom';
import { createApiLabels } from './api-labels';
import { selectByClasses } from './class-selectors';

interface VsCodeApi {
  postMessage(m: WebviewToHost): void;
  getState(): unknown;
  setState(s: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode: VsCodeApi = typeof acquireVsCodeApi === 'function'
  ? acquireVsCodeApi()
  : { postMessage: () => undefined, getState: () => null, setState: () => undefined };

// The picture's stylesheet by classes only, before any class is toggled (class-selectors.ts).
selectByClasses(document.getElementById('ls-diagram-css'));
const app = document.getElementById('app')!;
let diagram: Diagram = (JSON.parse(app.dataset.diagram ?? 'null') as Diagram | null) ?? { title: '', nodes: [], edges: [], groups: [], lanes: [], width: 600, height: 400 };
const initial = JSON.parse(app.dataset.state ?? 'null') as { entry?: string } | null;
const saved = vscode.getState() as (ViewState & { entry?: string }) | null;
const view: ViewState = { x: 0, y: 0, zoom: 1, ...saved };
// A new panel fits; a restored one fits again only if the user had not zoomed or panned.
view.fitted = !saved?.zoom || saved.fitted === true;
let filters: Filters = view.filters ?? NO_FILTERS;
let selected: string | undefined = view.selected;
/** The system under the editor's cursor: drawn again after every update (the host sends it only when the cursor moves). */
let highlighted: string | null = null;
/** The group toggled from the keyboard: it gets the focus back once the host's update is drawn. */
let refocus: string | undefined;
/** The group last toggled, where it was on screen: it stays there when the host's update is drawn (keep-in-place.ts). */
let anchor: Anchor | undefined;
const groupsOf = (d: Diagram): DiagramGroup[] => d.groups ?? [];

// ── toolbar ──────────────────────────────────────────────────────────────
const toolbar = html('div', { class: 'ls-toolbar', role: 'toolbar', 'aria-label': 'Diagram tools' });
const search = html('input', { type: 'search', placeholder: 'Search systems…', 'aria-label': 'Search systems' });
const zoomIn = html('button', { title: 'Zoom in (+)', 'aria-label': 'Zoom in' }, '+');
const zoomOut = html('button', { title: 'Zoom out (-)', 'aria-label': 'Zoom out' }, '−');
const fit = html('button', { title: 'Fit to window (0)', 'aria-label': 'Fit to window' }, 'Fit');
const modeBoxes = ['mode1', 'gearbox', 'mode2'].map((m) => {
  const label = html('label');
  const box = html('input', { type: 'checkbox', 'data-mode': m, 'aria-label': `Show ${m}` });
  box.checked = filters.modes.includes(m);
  label.append(box, document.createTextNode(m === 'gearbox' ? 'gearbox' : m.replace('mode', 'Mode ')));
  return { label, box, mode: m };
});
const domainSel = html('select', { 'aria-label': 'Filter by domain' });
const ownerSel = html('select', { 'aria-label': 'Filter by owner' });
const onlyLabel = html('label');
const onlyBox = html('input', { type: 'checkbox', 'aria-label': 'Only with findings' });
onlyLabel.append(onlyBox, document.createTextNode('only with findings'));
// The filters hide what they leave out; this draws it faded instead.
const dimLabel = html('label');
const dimBox = html('input', { type: 'checkbox', 'aria-label': 'Dim instead of hiding' });
dimLabel.append(dimBox, document.createTextNode('dim instead'));
// A comparison (review mode) draws both revisions overlaid; this toggle shows the landscape as it is now instead.
const changesLabel = html('label', { class: 'ls-changes-toggle' });
const changesBox = html('input', { type: 'checkbox', 'aria-label': 'Show changes' });
changesBox.checked = true;
changesLabel.append(changesBox, document.createTextNode('show changes'));
/**
 * The toolbar wraps between clusters of controls that belong together, never inside one: at a
 * narrow panel a lone "no groups" or "Mode 2" on a row of its own read as unrelated (seen at
 * 1600×1000 with the diagram beside the editor).
 */
const cluster = (controls: HTMLElement[]): HTMLElement => {
  const c = html('span', { class: 'ls-cluster' });
  for (const control of controls) c.append(control);
  return c;
};
toolbar.append(cluster([search, zoomIn, zoomOut, fit]), cluster(modeBoxes.map((m) => m.label)));
// The grouping picked here (undefined: as the host drew it), remembered for a restored panel.
let grouping = view.grouping;
/** A grouping was picked: the picture it gets is fitted to the panel when it arrives. */
let refit = false;
const picker = groupingPicker((g) => {
  grouping = g;
  refit = true;
  saveState();
  vscode.postMessage({ type: 'setGrouping', grouping: g });
});
toolbar.append(cluster([domainSel, ownerSel]), cluster([onlyLabel, dimLabel, changesLabel]), picker.element);
const canvas = html('div', { class: 'ls-canvas', tabindex: '-1' });
const status = html('div', { class: 'ls-status', role: 'status' });
/** The edge chosen by its count badge (instead of a system), and the box that lists what it stands for. */
let selectedEdge: string | undefined;
const details = createDetailsLine((id) => vscode.postMessage({ type: 'revealSource', id, kind: 'edge' }));
/** What the pickers offer (the host's): every system's facts also let the filters count the members of collapsed groups. */
let choices: PickChoices | undefined;
let facts: Map<string, SystemFacts> | undefined;
/** The part of the landscape asked for (focus, impact, saved view), remembered for a restored panel. */
let pick: DiagramPick | undefined = view.pick;
const pickers = createPickers({
  initial: pick,
  selected: () => selected,
  ask: (p) => {
    pick = p ?? undefined;
    // A focus or impact on another system than the selected one: its picture is about that system,
    // so the old selection would fade the chosen system and most of what it reaches.
    if (p && p.kind !== 'view' && p.system !== selected) selected = undefined;
    saveState();
    vscode.postMessage({ type: 'pick', pick: p });
  },
});
app.append(toolbar, pickers.bar, pickers.form, canvas, status);
// Over the picture's top-left corner: a line under the status would shrink the canvas, and a fitted view would fit again.
canvas.append(details.element);
const svg = el('svg', { class: 'ls-diagram', role: 'img' });
// A block, also where the stylesheet is missing: an inline svg's baseline gap would grow the canvas on every fit (ResizeObserver).
svg.style.setProperty('display', 'block');
// The one layer a pan moves (view-layer.ts).
const layer = html('div', { class: 'ls-layer' });
layer.append(svg);
canvas.append(layer);
const viewLayer = createViewLayer(canvas, layer, svg);
// A large picture renders only what is around the view (cull.ts).
const culler = createCuller();
// …and Tab still reaches every system there, each shown as it gets the focus (roving.ts).
const roving = createRoving(svg, {
  culled: () => culler.active,
  pin: (e) => culler.pin(e),
  reveal: revealElement,
});
// …and the arrow keys move to the nearest element that way (spatial-nav.ts): rendered, on screen, the roving's current one.
const spatial = createSpatialNav(svg, {
  focus: (e) => {
    // A culled picture's roving reveals it; a picture drawn whole has no roving order.
    if (!culler.active) revealElement(e);
    roving.focus(e);
  },
});
// Far out, a large picture's edges as a few paths (far-edges.ts).
const farEdges = createFarEdges(canvas, svg, isFar);
// Closest in, each dependency names its API beside its arrowhead (api-labels.ts).
const apiLabels = createApiLabels(svg);
const minimap = createMinimap(canvas, (cx, cy) => {
  const { w, h } = panelSize();
  view.fitted = false;
  view.x = cx - w / view.zoom / 2;
  view.y = cy - h / view.zoom / 2;
  moveView();
}, applyView);

function fillSelect(sel: HTMLSelectElement, label: string, values: string[], current: string): void {
  // One fragment, no spread: a landscape may have thousands of domains or owners.
  const options = document.createDocumentFragment();
  options.append(html('option', { value: '' }, `all ${label}`));
  for (const v of values) {
    const o = html('option', { value: v }, v);
    if (v === current) o.selected = true;
    options.append(o);
  }
  sel.replaceChildren(options);
}

// ── drawing ──────────────────────────────────────────────────────────────
/** The diagram as drawn: with the changes toggled off, a comparison shows only what is there now, uncoloured. */
function drawn(): Diagram {
  if (!diagram.review || changesBox.checked) return diagram;
  const plain = <T extends { change?: unknown }>(x: T): T => ({ ...x, change: undefined });
  return { ...diagram, review: false, nodes: diagram.nodes.filter((n) => n.change !== 'removed').map(plain), edges: diagram.edges.filter((e) => e.change !== 'removed').map(plain) };
}

/** The element standing for a system: its node, or the collapsed group it is in. */
function elementIdOf(id: string): string | undefined {
  if (diagram.nodes.some((n) => n.id === id)) return id;
  return groupsOf(diagram).find((g) => !g.expanded && g.members.includes(id))?.id;
}

function elementsFor(id: string | null | undefined): Element[] {
  const target = id ? elementIdOf(id) : undefined;
  return [...svg.querySelectorAll('.ls-node[data-id],.ls-group[data-group]')].filter((g) => (g.getAttribute('data-id') ?? g.getAttribute('data-group')) === target);
}

/**
 * The selection drawn again (a new picture, a pick, an edit): the chosen edge or the selected
 * system while drawn, with its edges and neighbours; one no longer drawn is forgotten, so
 * nothing stays faded for it.
 */
function markSelected(): void {
  if (selectedEdge && !markEdgeSelection(svg, selectedEdge)) selectedEdge = undefined;
  details.show(selectedEdge ? edgeDetails(filtered.diagram, selectedEdge) : undefined);
  if (selectedEdge) return;
  if (selected && !elementIdOf(selected)) selected = undefined;
  markSelection(svg, selected ? elementIdOf(selected) : undefined);
}

/** The diagram with the filters applied: what is drawn, what is left, the counts. */
let filtered: Filtered = applyFilters(diagram, filters);

/** The smallest name of the picture drawn, for the fit (fit.ts). */
let namesPx = smallestNamePx([]);

/**
 * The DOM of a drawing, its elements that a large picture may leave unrendered and make only
 * once they show (cull.ts), and the size of its smallest name; `whole`: all made at once (an export's).
 */
function drawing(d: Diagram, whole = false): { fragment: DocumentFragment; cullable: Cullable[]; namesPx: number } {
  const shapes = drawDiagram(d);
  const fragment = document.createDocumentFragment();
  const { els, items } = drawShapes(shapes, whole);
  for (const e of els) fragment.appendChild(e);
  return { fragment, cullable: items, namesPx: smallestNamePx(shapes) };
}

function draw(): void {
  changesLabel.hidden = !diagram.review;
  pickers.setAvailable(!diagram.review);
  filtered = applyFilters(drawn(), filters, facts);
  const made = drawing(filtered.diagram);
  const shapes = made.fragment;
  namesPx = made.namesPx;
  if (filters.dim) dimLeftOut(shapes, filtered.shown);
  const values = filterValues(diagram, choices?.systems);
  fillSelect(domainSel, 'domains', values.domains, filters.domain);
  fillSelect(ownerSel, 'owners', values.owners, filters.owner);
  status.textContent = statusText(diagram, filtered);
  picker.show(diagram);
  // What the filters leave (hidden boxes are not on the map either), or all of it when they only dim.
  minimap.draw(filters.dim ? diagram : filtered.diagram);
  culler.reset(made.cullable);
  farEdges.clear();
  // The view before the picture: the panel's size is read while nothing new needs layout, and
  // a viewBox or zoom level set after the picture would lay its texts out a second time.
  if (view.fitted) fitView();
  else applyView();
  svg.replaceChildren(shapes);
  // Before the selection's classes, which the far layer leaves to the edges.
  farEdges.draw(filtered.diagram, culler.active, view.zoom);
  apiLabels.draw(filtered.diagram, culler.active);
  showApiLabels();
  roving.reset();
  spatial.reset(made.cullable);
  markSelected();
  for (const g of elementsFor(highlighted)) g.classList.add('highlighted');
  const toggled = refocus && svg.querySelector(`.ls-group[data-group="${CSS.escape(refocus)}"]`);
  if (toggled) roving.focus(toggled);
  refocus = undefined;
}

// ── view: zoom, pan, fit ─────────────────────────────────────────────────
/** The panel in screen px (the drawing's size before the canvas has one). */
function panelSize(): { w: number; h: number } {
  return { w: canvas.clientWidth || diagram.width, h: canvas.clientHeight || diagram.height };
}

function showApiLabels(): void {
  const { w, h } = panelSize();
  apiLabels.show(isClosest(view.zoom), { x: view.x, y: view.y, w: w / view.zoom, h: h / view.zoom });
}

/** Draws the view for good (view-layer.ts: a repaint) and remembers it. */
function applyView(): void {
  const { w, h } = panelSize();
  culler.show({ x: view.x, y: view.y, w: w / view.zoom, h: h / view.zoom }, true);
  viewLayer.commit(view, w, h);
  farEdges.show(view.zoom);
  showApiLabels();
  minimap.view({ x: view.x, y: view.y, w: w / view.zoom, h: h / view.zoom });
  saveState();
}

/** During a pan: the layer and the minimap's frame follow the view; the pan's end commits it (applyView). */
function moveView(): void {
  const { w, h } = panelSize();
  culler.show({ x: view.x, y: view.y, w: w / view.zoom, h: h / view.zoom }, false);
  viewLayer.preview(view);
  minimap.view({ x: view.x, y: view.y, w: w / view.zoom, h: h / view.zoom });
}

function saveState(): void {
  // The entry travels in the state so the panel can be restored after a window reload.
  const expanded = groupsOf(diagram).filter((g) => g.expanded).map((g) => g.id);
  const state: ViewState & { entry?: string } = { ...view, selected, filters, expanded, pick, grouping, entry: initial?.entry ?? saved?.entry };
  vscode.setState(state);
}

/** Zooms by `factor` about a point of the panel (its middle by default); `show` draws it (committed by default). */
function zoomAt(factor: number, cx?: number, cy?: number, show: () => void = applyView): void {
  const { w, h } = panelSize();
  const px = cx ?? w / 2;
  const py = cy ?? h / 2;
  const wx = view.x + px / view.zoom;
  const wy = view.y + py / view.zoom;
  view.zoom = Math.min(8, Math.max(0.05, view.zoom * factor));
  view.fitted = false;
  view.x = wx - px / view.zoom;
  view.y = wy - py / view.zoom;
  show();
}

/** The panel size last fitted to: a resize of a pixel or less (rounding; the svg's own height where no stylesheet sizes it) does not fit again. */
let fittedTo = { w: 0, h: 0 };

/** The whole picture if its names stay readable, else a readable zoom at its top-left (fit.ts); kept on resize until the user moves. */
function fitView(): void {
  const panel = panelSize();
  fittedTo = panel;
  // What the filters leave, or the whole picture.
  const box = filtered.box ?? { x: 0, y: 0, w: diagram.width, h: diagram.height };
  // A focus or impact picture opens on its chosen system.
  const chosen = filtered.diagram.nodes.find((n) => n.distance === 0);
  const { x, y, zoom } = fittedView(panel, { w: box.w, h: box.h }, namesPx, chosen && { x: chosen.x - box.x, y: chosen.y - box.y, w: chosen.w, h: chosen.h });
  Object.assign(view, { x: x + box.x, y: y + box.y, zoom, fitted: true });
  // The system under the editor's cursor stays on screen.
  if (highlighted) reveal(highlighted);
  applyView();
}

/** A resize fits again while the view is the fitted one, unless the panel hardly changed. */
function resized(): void {
  const moved = Math.abs(canvas.clientWidth - fittedTo.w) > 1 || Math.abs(canvas.clientHeight - fittedTo.h) > 1;
  if (view.fitted && moved) fitView();
  else applyView();
}

/**
 * Brings a system (or its group) on screen when it is not, by the least move, as the Markdown
 * preview follows the editor (fit.ts). A fitted view stays fitted: the next resize or update
 * fits again and shows the system again; only the user's zoom and pan leave the fitted view.
 */
function reveal(id: string): void {
  const target = elementIdOf(id);
  // A system the filters hide is not drawn: the view stays on what is left.
  if (!target || (filtered.active && !filters.dim && !filtered.shown.has(target))) return;
  const n = diagram.nodes.find((x) => x.id === target) ?? groupsOf(diagram).find((g) => g.id === target);
  const moved = n && revealedView(view, { w: canvas.clientWidth || diagram.width, h: canvas.clientHeight || diagram.height }, n);
  if (moved) Object.assign(view, moved);
}

/** Brings a drawn element (rendered) wholly on screen by the least move, as reveal does; the keyboard's focus (roving.ts). */
function revealElement(e: Element): void {
  const b = (e as SVGGraphicsElement).getBBox();
  const moved = revealedView(view, panelSize(), { x: b.x, y: b.y, w: b.width, h: b.height });
  if (!moved) return;
  Object.assign(view, moved);
  applyView();
}

function select(id: string | null, scroll: boolean): void {
  selected = id ?? undefined;
  selectedEdge = undefined;
  markSelected();
  if (id && scroll) reveal(id);
  applyView();
}

/** An edge chosen by its count badge: it and its ends stand out, the details box lists what it stands for. */
function chooseEdge(id: string): void {
  selected = undefined;
  selectedEdge = id;
  markSelected();
}

// ── interaction ──────────────────────────────────────────────────────────
/** Expanding and collapsing is the host's job (it lays out again); the webview only asks. */
function toggleGroup(group: Element): void {
  const id = group.getAttribute('data-group')!;
  anchor = anchorOf(diagram, id, view);
  vscode.postMessage({ type: 'toggleGroup', group: id });
}

svg.addEventListener('click', (ev) => {
  const target = ev.target as Element;
  const group = target.closest('.ls-group[data-group]');
  if (group) {
    toggleGroup(group);
    return;
  }
  const count = target.closest('.ls-edge-count[data-edge]');
  if (count) {
    chooseEdge(count.getAttribute('data-edge')!);
    return;
  }
  const node = target.closest('.ls-node');
  const edge = target.closest('.ls-edge');
  if (node) {
    const id = node.getAttribute('data-id')!;
    select(id, false);
    vscode.postMessage({ type: 'revealSource', id, kind: 'node' });
  } else if (edge) {
    vscode.postMessage({ type: 'revealSource', id: edge.getAttribute('data-edge')!, kind: 'edge' });
  }
});
svg.addEventListener('keydown', (ev) => {
  const group = (ev.target as Element).closest('.ls-group[data-group]');
  if (group && (ev.key === 'Enter' || ev.key === ' ')) {
    ev.preventDefault();
    refocus = group.getAttribute('data-group')!;
    toggleGroup(group);
    return;
  }
  const count = (ev.target as Element).closest('.ls-edge-count[data-edge]');
  if (count && (ev.key === 'Enter' || ev.key === ' ')) {
    ev.preventDefault();
    chooseEdge(count.getAttribute('data-edge')!);
    return;
  }
  const node = (ev.target as Element).closest('.ls-node');
  if (node && (ev.key === 'Enter' || ev.key === ' ')) {
    ev.preventDefault();
    const id = node.getAttribute('data-id')!;
    select(id, false);
    vscode.postMessage({ type: 'revealSource', id, kind: 'node' });
  }
});
/**
 * A wheel zoom scales the layer, as a pan moves it (view-layer.ts), and is committed once the
 * wheel has rested this long: a committed scale lays every text of the picture out again (SVG
 * text is laid out at its scale on screen), 30 ms per wheel event at 10,000 systems.
 */
const WHEEL_REST_MS = 150;
let wheelRest: ReturnType<typeof setTimeout> | undefined;
canvas.addEventListener('wheel', (ev) => {
  ev.preventDefault();
  const r = canvas.getBoundingClientRect();
  zoomAt(ev.deltaY < 0 ? 1.15 : 1 / 1.15, ev.clientX - r.left, ev.clientY - r.top, moveView);
  clearTimeout(wheelRest);
  wheelRest = setTimeout(applyView, WHEEL_REST_MS);
}, { passive: false });
// Drag pans from anywhere, a node included; a press that does not move stays a click (pan.ts).
let panFrom = { x: 0, y: 0 };
attachPan(canvas, {
  start: () => {
    panFrom = { x: view.x, y: view.y };
  },
  move: (dx, dy) => {
    view.fitted = false;
    view.x = panFrom.x - dx / view.zoom;
    view.y = panFrom.y - dy / view.zoom;
    moveView();
  },
  end: applyView,
});
document.addEventListener('keydown', (ev) => {
  if ((ev.target as Element).tagName === 'INPUT' || (ev.target as Element).tagName === 'SELECT') return;
  if (ev.key === '+' || ev.key === '=') zoomAt(1.2);
  else if (ev.key === '-') zoomAt(1 / 1.2);
  else if (ev.key === '0') fitView();
  else if (ev.key === 'Escape' && (selected || selectedEdge)) select(null, false);
});
zoomIn.addEventListener('click', () => zoomAt(1.2));
zoomOut.addEventListener('click', () => zoomAt(1 / 1.2));
fit.addEventListener('click', () => fitView());
const refilter = (): void => {
  filters = {
    modes: [...modeBoxes.filter((m) => m.box.checked).map((m) => m.mode), 'unassigned'],
    domain: domainSel.value,
    owner: ownerSel.value,
    onlyFindings: onlyBox.checked,
    search: search.value,
    dim: dimBox.checked,
  };
  // The view fits to what is left.
  view.fitted = true;
  draw();
};
for (const m of modeBoxes) m.box.addEventListener('change', refilter);
for (const s of [domainSel, ownerSel]) s.addEventListener('change', refilter);
onlyBox.addEventListener('change', refilter);
dimBox.addEventListener('change', refilter);
changesBox.addEventListener('change', draw);
search.addEventListener('input', refilter);
search.value = filters.search;
onlyBox.checked = filters.onlyFindings;
dimBox.checked = filters.dim === true;
new ResizeObserver(resized).observe(canvas);

// ── export ───────────────────────────────────────────────────────────────
/**
 * The picture of the landscape, not of the session: what the filters hide is drawn for the
 * export and hidden again in the same task (exportDiagram clones the drawing before it first
 * awaits), so the screen never shows it.
 */
const exportImages = (): Promise<{ svg: string; png: string }> => {
  const hiding = filtered.active && !filters.dim;
  // A large picture has made only what has shown (cull.ts): the file has everything.
  if (hiding) svg.replaceChildren(drawing(drawn(), true).fragment);
  else culler.fillAll();
  const images = exportDiagram(svg, diagram, document.getElementById('ls-diagram-css')?.textContent ?? '');
  if (hiding) draw();
  return images;
};

function setChoices(c: PickChoices): void {
  choices = c;
  facts = new Map(c.systems.map((s) => [s.id, s]));
  pickers.setChoices(c);
}

window.addEventListener('message', (ev: MessageEvent<HostToWebview>) => {
  const m = ev.data;
  if (!m || typeof m !== 'object') return;
  if (m.type === 'update') {
    const kept = anchor && keepInPlace(anchor, m.diagram, view);
    if (kept === 'kept') view.fitted = false;
    if (kept !== 'waiting') anchor = undefined;
    // The picture of a grouping just picked: another picture, fitted (the host sends no `choices` after it).
    if (refit) view.fitted = true;
    refit = false;
    if (m.choices) setChoices(m.choices);
    if (m.picked !== undefined) {
      // Another part (or the whole again): fit it.
      if (JSON.stringify(m.picked && 'title' in m.picked ? m.picked.pick : null) !== JSON.stringify(pickers.current() ?? null)) view.fitted = true;
      pickers.setOutcome(m.picked);
      pick = pickers.current();
    }
    diagram = m.diagram;
    draw();
  } else if (m.type === 'choices') {
    setChoices(m.choices);
    // The members of collapsed groups are counted one by one now.
    if (filtered.active) draw();
  } else if (m.type === 'highlight') {
    highlighted = m.id;
    select(m.id, true);
    const on = elementsFor(m.id);
    for (const g of svg.querySelectorAll('.ls-node,.ls-group')) g.classList.toggle('highlighted', on.includes(g));
  } else if (m.type === 'export') {
    void exportImages().then((r) => vscode.postMessage({ type: 'exportResult', ...r }));
  }
});

(window as unknown as { landscapeDiagram: unknown }).landscapeDiagram = { exportImages, fitView, select };
draw();
performance.mark('landscape-diagram-drawn');
// After a window reload the host starts with every group collapsed: tell it which were open.
const reopen = (saved as { expanded?: unknown } | null)?.expanded;
const reopened = Array.isArray(reopen) ? reopen.filter((x): x is string => typeof x === 'string') : [];
// …and which grouping was picked.
vscode.postMessage({ type: 'ready', ...(pick ? { pick } : {}), ...(reopened.length ? { expanded: reopened } : {}), ...(grouping ? { grouping } : {}) });
