/**
 * The history of a landscape as a chart a CIO would put on a slide (`landscape history
 * --format svg|html`, the editor's *Show history*): three panels over one time axis (findings
 * by severity, dependencies across speeds, systems per mode), lines with a point per commit, a
 * y axis per panel, a legend, and a shaded band where a commit's landscape does not parse (the
 * line breaks there: a gap, never a zero).
 *
 * API:
 *   historySvg(history, { nonce? }) → a standalone SVG document (each commit's hit area has a
 *     <title>: viewers that show titles show the commit on hover)
 *   historyHtml(history, nonce) → a self-contained page (strict CSP with the nonce, nothing
 *     remote) with the chart and the commit on hover or focus in a tooltip
 *   historyPanelHtml(history | undefined, panel, nonce) → the same chart and tooltip in the
 *     editor's panel (*Landscape: Show history*): a bar with a Refresh button (posts
 *     `{ type: 'refresh' }` to the host) and a status line the host updates (`{ type: 'status',
 *     text, busy }`), in the editor's theme around the chart; a message in place of the chart
 * Every text (the landscape's title, commit subjects and authors) is escaped here.
 */
import { escapeXml as x } from '../diagram/escape';
import { pageHead } from '../diagram/html';
import { today as utcDay } from '../util/dates';
import type { History, HistoryFigures, HistoryPoint } from './history';

interface Series {
  label: string;
  colour: string;
  dashed?: boolean;
  value: (f: HistoryFigures) => number;
}

interface Panel {
  title: string;
  series: Series[];
}

const PANELS: Panel[] = [
  {
    title: 'Findings',
    series: [
      { label: 'errors', colour: '#cf222e', value: (f) => f.findings.error },
      { label: 'warnings', colour: '#bf8700', value: (f) => f.findings.warn },
      { label: 'infos', colour: '#0969da', value: (f) => f.findings.info },
    ],
  },
  { title: 'Dependencies across speeds', series: [{ label: 'across speeds', colour: '#8250df', value: (f) => f.acrossSpeeds }] },
  {
    title: 'Systems per mode',
    series: [
      { label: 'Mode 1', colour: '#0550ae', value: (f) => f.systems.mode1 },
      { label: 'Gearbox', colour: '#953800', value: (f) => f.systems.gearbox },
      { label: 'Mode 2', colour: '#1a7f37', value: (f) => f.systems.mode2 },
      { label: 'no mode', colour: '#6e7781', dashed: true, value: (f) => f.systems.none },
    ],
  },
];

const W = 1000, LEFT = 64, RIGHT = 170, TOP = 104, PANEL_H = 150, PANEL_GAP = 46, AXIS = 44;
const PLOT_W = W - LEFT - RIGHT;
const HEIGHT = TOP + PANELS.length * PANEL_H + (PANELS.length - 1) * PANEL_GAP + AXIS;

const CSS = `
.ls-h-bg{fill:#ffffff}
.ls-h-title{font:600 20px system-ui,sans-serif;fill:#1f2328}
.ls-h-sub{font:13px system-ui,sans-serif;fill:#57606a}
.ls-h-panel{font:600 14px system-ui,sans-serif;fill:#1f2328}
.ls-h-tick{font:11px system-ui,sans-serif;fill:#57606a}
.ls-h-grid{stroke:#d8dee4;stroke-width:1}
.ls-h-axis{stroke:#8c959f;stroke-width:1}
.ls-h-line{fill:none;stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}
.ls-h-legend{font:12px system-ui,sans-serif;fill:#1f2328}
.ls-h-gap{fill:#cf222e;fill-opacity:.10}
.ls-h-gap-label{font:11px system-ui,sans-serif;fill:#a40e26}
.ls-h-hit{fill:transparent;outline:none}
.ls-h-hit:focus{fill:#0969da;fill-opacity:.08}
.ls-h-guide{stroke:#57606a;stroke-width:1;stroke-dasharray:3 3}
`;

/** A round top for a y axis, and its step: 0, step, … max (1, 2 or 5 × 10^k). */
function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const rough = max / 4;
  const pow = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= rough) ?? 10 * pow);
  return { top: Math.ceil(max / step) * step, step };
}

/** The x of each point: by time; by order when every commit has the same time. */
function xPositions(points: HistoryPoint[]): number[] {
  if (points.length === 1) return [LEFT + PLOT_W / 2];
  const t0 = points[0].time, t1 = points[points.length - 1].time;
  if (t1 > t0) return points.map((p) => LEFT + ((p.time - t0) / (t1 - t0)) * PLOT_W);
  return points.map((_, i) => LEFT + (i / (points.length - 1)) * PLOT_W);
}

/** Up to six dates along the axis, evenly spaced in time, each day once (the commits' day when all are one moment). */
function timeTicks(points: HistoryPoint[], xs: number[]): { x: number; label: string }[] {
  if (!points.length) return [];
  const t0 = points[0].time, t1 = points[points.length - 1].time;
  if (t1 <= t0) return [{ x: xs[0], label: points[0].date.slice(0, 10) }];
  const n = 5;
  const ticks = Array.from({ length: n + 1 }, (_, k) => ({ x: LEFT + (k / n) * PLOT_W, label: utcDay(t0 + ((t1 - t0) * k) / n) }));
  // Over a few days two ticks fall on one day: that day is written once.
  return ticks.filter((t, k) => k === 0 || t.label !== ticks[k - 1].label);
}

const short = (sha: string): string => sha.slice(0, 8);

/** What a commit's tooltip says. */
function commitText(p: HistoryPoint): string {
  const head = `${short(p.commit)} · ${p.date.slice(0, 10)} · ${p.author}\n${p.subject}`;
  if (!p.figures) return `${head}\nthe landscape does not parse at this commit`;
  const f = p.figures;
  const n = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${head}\nfindings: ${n(f.findings.error, 'error')}, ${n(f.findings.warn, 'warning')}, ${n(f.findings.info, 'info')}\ndependencies across speeds: ${f.acrossSpeeds}\nsystems: Mode 1 ${f.systems.mode1}, Gearbox ${f.systems.gearbox}, Mode 2 ${f.systems.mode2}, no mode ${f.systems.none}`;
}

/** The path data of a series: one run of segments per stretch of commits that parse. */
function linePath(points: HistoryPoint[], xs: number[], y: (v: number) => number, value: (f: HistoryFigures) => number): string {
  let d = '';
  let pen = false;
  points.forEach((p, i) => {
    if (!p.figures) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${xs[i].toFixed(1)},${y(value(p.figures)).toFixed(1)}`;
    pen = true;
  });
  return d;
}

/** Half the room around each point (to its neighbours), for gap bands and hit areas. */
function halfWidths(xs: number[]): { left: number; right: number }[] {
  return xs.map((cx, i) => ({
    left: i > 0 ? (cx - xs[i - 1]) / 2 : Math.min(12, cx - LEFT + 12),
    right: i < xs.length - 1 ? (xs[i + 1] - cx) / 2 : Math.min(12, LEFT + PLOT_W - cx + 12),
  }));
}

function panelSvg(panel: Panel, top: number, points: HistoryPoint[], xs: number[], room: { left: number; right: number }[], ticks: { x: number }[]): string {
  // A series that is zero everywhere (no systems without a mode) is left out of the panel.
  const series = panel.series.filter((s) => !s.dashed || points.some((p) => p.figures && s.value(p.figures) > 0));
  let max = 0;
  for (const p of points) if (p.figures) for (const s of series) max = Math.max(max, s.value(p.figures));
  const { top: yTop, step } = niceScale(max);
  const y = (v: number): number => top + PANEL_H - (v / yTop) * PANEL_H;
  const out: string[] = [`<g class="ls-h-panel-g" data-panel="${x(panel.title)}">`, `<text class="ls-h-panel" x="${LEFT}" y="${top - 12}">${x(panel.title)}</text>`];
  for (let v = 0; v <= yTop; v += step) {
    out.push(`<line class="ls-h-grid" x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/>`);
    out.push(`<text class="ls-h-tick" x="${LEFT - 8}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v}</text>`);
  }
  for (const t of ticks) out.push(`<line class="ls-h-grid" x1="${t.x.toFixed(1)}" x2="${t.x.toFixed(1)}" y1="${top}" y2="${top + PANEL_H}"/>`);
  points.forEach((p, i) => {
    if (p.figures) return;
    out.push(`<rect class="ls-h-gap" x="${(xs[i] - room[i].left).toFixed(1)}" y="${top}" width="${(room[i].left + room[i].right).toFixed(1)}" height="${PANEL_H}"/>`);
  });
  out.push(`<line class="ls-h-axis" x1="${LEFT}" x2="${LEFT}" y1="${top}" y2="${top + PANEL_H}"/>`, `<line class="ls-h-axis" x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${top + PANEL_H}" y2="${top + PANEL_H}"/>`);
  series.forEach((s, k) => {
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    out.push(`<path class="ls-h-line" data-series="${x(s.label)}" stroke="${s.colour}"${dash} d="${linePath(points, xs, y, s.value)}"/>`);
    // A point per commit: a commit between two gaps is a point with no line.
    for (let i = 0; i < points.length; i++) {
      const f = points[i].figures;
      if (f) out.push(`<circle cx="${xs[i].toFixed(1)}" cy="${y(s.value(f)).toFixed(1)}" r="3" fill="${s.colour}"/>`);
    }
    const ly = top + 10 + k * 22;
    out.push(`<line x1="${LEFT + PLOT_W + 18}" x2="${LEFT + PLOT_W + 44}" y1="${ly}" y2="${ly}" stroke="${s.colour}" stroke-width="2.5"${dash}/>`);
    out.push(`<text class="ls-h-legend" x="${LEFT + PLOT_W + 52}" y="${ly + 4}">${x(s.label)}</text>`);
  });
  if (points.some((p) => !p.figures)) {
    const ly = top + 10 + series.length * 22;
    out.push(`<rect class="ls-h-gap ls-h-gap-sample" x="${LEFT + PLOT_W + 18}" y="${ly - 8}" width="26" height="16"/>`, `<text class="ls-h-gap-label" x="${LEFT + PLOT_W + 52}" y="${ly + 4}">does not parse</text>`);
  }
  out.push('</g>');
  return out.join('');
}

/** The chart as an SVG document; `nonce` for its style element when it is inlined in a page with a CSP. */
export function historySvg(h: History, options: { nonce?: string } = {}): string {
  const points = h.points;
  const xs = xPositions(points);
  const room = halfWidths(xs);
  const ticks = timeTicks(points, xs);
  const first = points[0], last = points[points.length - 1];
  const gaps = points.filter((p) => !p.figures).length;
  const sub = points.length
    ? `${points.length} commit${points.length === 1 ? '' : 's'} that changed the landscape, ${first.date.slice(0, 10)} – ${last.date.slice(0, 10)}${gaps ? ` · ${gaps} did not parse (shaded)` : ''}`
    : 'No commit changed the landscape in this range.';
  const nonce = options.nonce ? ` nonce="${x(options.nonce)}"` : '';
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="ls-history" viewBox="0 0 ${W} ${HEIGHT}" width="${W}" height="${HEIGHT}" role="img" aria-label="${x(`Landscape history: ${h.title}`)}">`,
    `<title>${x(`Landscape history: ${h.title}`)}</title><style${nonce}>${CSS}</style>`,
    `<rect class="ls-h-bg" x="0" y="0" width="${W}" height="${HEIGHT}"/>`,
    `<text class="ls-h-title" x="${LEFT}" y="32">${x(`Landscape history: ${h.title}`)}</text>`,
    `<text class="ls-h-sub" x="${LEFT}" y="56">${x(sub)}</text>`,
  ];
  PANELS.forEach((panel, k) => out.push(panelSvg(panel, TOP + k * (PANEL_H + PANEL_GAP), points, xs, room, ticks)));
  const bottom = TOP + PANELS.length * PANEL_H + (PANELS.length - 1) * PANEL_GAP;
  for (const t of ticks) out.push(`<text class="ls-h-tick" x="${t.x.toFixed(1)}" y="${bottom + 18}" text-anchor="middle">${x(t.label)}</text>`);
  out.push(`<line id="ls-h-guide" class="ls-h-guide" x1="0" x2="0" y1="${TOP}" y2="${bottom}" visibility="hidden"/>`);
  // Hit areas last, above everything: one per commit, the height of the three panels.
  points.forEach((p, i) => {
    out.push(`<rect class="ls-h-hit" data-commit="${x(p.commit)}" data-x="${xs[i].toFixed(1)}" tabindex="0" x="${(xs[i] - room[i].left).toFixed(1)}" y="${TOP}" width="${(room[i].left + room[i].right).toFixed(1)}" height="${bottom - TOP}"><title>${x(commitText(p))}</title></rect>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/**
 * The page's script: the commit under the pointer (or focused) in a tooltip, and a guide line.
 * Texts move by textContent only; the titles leave the hit areas (a second, native tooltip).
 */
const SCRIPT = `(function () {
  var svg = document.querySelector('svg.ls-history'), tip = document.getElementById('ls-h-tip'), guide = document.getElementById('ls-h-guide');
  if (!svg || !tip || !guide) return;
  svg.querySelectorAll('.ls-h-hit').forEach(function (el) {
    var t = el.querySelector('title');
    el.setAttribute('aria-label', t ? t.textContent : '');
    if (t) t.remove();
  });
  function show(el) {
    tip.textContent = el.getAttribute('aria-label');
    tip.hidden = false;
    guide.setAttribute('x1', el.getAttribute('data-x'));
    guide.setAttribute('x2', el.getAttribute('data-x'));
    guide.setAttribute('visibility', 'visible');
    var r = el.getBoundingClientRect(), w = tip.offsetWidth;
    var left = r.left + r.width / 2 + 12;
    if (left + w > document.documentElement.clientWidth - 8) left = r.left + r.width / 2 - 12 - w;
    tip.style.left = Math.max(8, left + window.scrollX) + 'px';
    tip.style.top = (r.top + window.scrollY + 8) + 'px';
  }
  function hide() { tip.hidden = true; guide.setAttribute('visibility', 'hidden'); }
  svg.addEventListener('pointerover', function (e) { var el = e.target.closest && e.target.closest('.ls-h-hit'); if (el) show(el); });
  svg.addEventListener('pointerleave', hide);
  svg.addEventListener('focusin', function (e) { if (e.target.classList.contains('ls-h-hit')) show(e.target); });
  svg.addEventListener('focusout', hide);
})();`;

/** The tooltip of a commit, on every page that shows the chart. */
const TIP_CSS = '#ls-h-tip{position:absolute;max-width:420px;padding:8px 10px;background:#1f2328;color:#fff;border-radius:6px;font:12px/1.45 system-ui,sans-serif;white-space:pre-line;pointer-events:none;box-shadow:0 4px 12px rgba(0,0,0,.2)}';

const PAGE_CSS = `
body{margin:0;padding:24px;background:#f6f8fa;font:14px system-ui,sans-serif;color:#1f2328}
main{max-width:1000px;margin:0 auto;background:#fff;border:1px solid #d0d7de;border-radius:8px;overflow:hidden}
svg{display:block;width:100%;height:auto}
${TIP_CSS}
`;

/** The commit under the pointer or focus: the tooltip's element and script, on every page that shows the chart. */
function tooltip(n: string): { element: string; script: string } {
  return { element: '<div id="ls-h-tip" role="tooltip" hidden></div>', script: `<script nonce="${n}">${SCRIPT}</script>` };
}

/** The policy of a page with the chart: only its own style and script, by nonce; nothing remote. */
const policy = (n: string): string => `default-src 'none'; style-src 'nonce-${n}'; script-src 'nonce-${n}'`;

/** The chart in a self-contained page: a strict CSP with the nonce (no other script or style, nothing remote). */
export function historyHtml(h: History, nonce: string): string {
  const n = x(nonce);
  const tip = tooltip(n);
  return `${pageHead(policy(n), `Landscape history: ${h.title}`)}
<style nonce="${n}">${PAGE_CSS}</style>
</head>
<body>
<main>
${historySvg(h, { nonce })}</main>
${tip.element}
${tip.script}
</body>
</html>
`;
}

/** What the editor's panel shows around (or instead of) the chart. */
export interface HistoryPanel {
  /** The panel's heading: the landscape's entry file. */
  title: string;
  /** The status line: what was read and when, or the progress while reading. */
  status: string;
  /** Reading: Refresh waits (disabled) and the chart, if any, is dimmed until the host's next status. */
  busy: boolean;
  /** Said in place of the chart: no git repository, no commit yet, an error. */
  message?: string;
  /**
   * The host's count of what it sent (pages and statuses): a status posted before this page
   * replaced the last one may reach this page; it is older, and left out.
   */
  seq: number;
}

/** The host's word to the panel: the status line, and whether it is reading. */
export interface HistoryPanelStatus {
  type: 'status';
  text: string;
  busy: boolean;
  /** Above the page's own `seq` (HistoryPanel), else left out. */
  seq: number;
}

/** The panel's script: Refresh asks the host; the host's status messages move by textContent only. */
const PANEL_SCRIPT = `(function () {
  var api = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;
  var button = document.getElementById('ls-hp-refresh'), status = document.getElementById('ls-hp-status');
  var seq = Number(document.body.getAttribute('data-seq'));
  button.addEventListener('click', function () { if (api && !button.disabled) api.postMessage({ type: 'refresh' }); });
  window.addEventListener('message', function (e) {
    var m = e.data;
    if (!m || m.type !== 'status' || !(m.seq > seq)) return;
    seq = m.seq;
    status.textContent = String(m.text);
    button.disabled = !!m.busy;
    document.body.classList.toggle('ls-hp-busy', !!m.busy);
  });
})();`;

/** The editor's colours around the chart (the chart keeps its own: it is the slide), with fallbacks outside the editor. */
const PANEL_CSS = `
body{margin:0;padding:12px 20px 24px;background:var(--vscode-editor-background,#fff);color:var(--vscode-foreground,#1f2328);font-family:var(--vscode-font-family,system-ui,sans-serif);font-size:var(--vscode-font-size,13px)}
.ls-hp-bar{display:flex;align-items:center;gap:12px;flex-wrap:wrap;margin:0 auto 4px;max-width:1000px}
.ls-hp-bar h1{font-size:1.25em;font-weight:600;margin:0;flex:1 1 auto;overflow-wrap:anywhere}
#ls-hp-refresh{font:inherit;padding:4px 12px;border:1px solid var(--vscode-button-border,transparent);border-radius:2px;background:var(--vscode-button-background,#0969da);color:var(--vscode-button-foreground,#fff);cursor:pointer}
#ls-hp-refresh:hover{background:var(--vscode-button-hoverBackground,#0550ae)}
#ls-hp-refresh:disabled{opacity:.5;cursor:default}
#ls-hp-refresh:focus-visible{outline:1px solid var(--vscode-focusBorder,#0969da);outline-offset:2px}
#ls-hp-status{margin:0 auto 12px;max-width:1000px;color:var(--vscode-descriptionForeground,#57606a)}
main{max-width:1000px;margin:0 auto;background:#fff;border:1px solid var(--vscode-panel-border,#d0d7de);border-radius:6px;overflow:hidden}
.ls-hp-busy main{opacity:.55}
svg{display:block;width:100%;height:auto}
.ls-hp-message{max-width:1000px;margin:24px auto;padding:12px 16px;border-left:3px solid var(--vscode-editorInfo-foreground,#0969da);background:var(--vscode-textBlockQuote-background,#f6f8fa);white-space:pre-line}
${TIP_CSS}
`;

/**
 * The chart in the editor's panel (a webview: scripts by nonce, nothing remote, no resource
 * loaded): a bar with the title and Refresh, the status line, then the message if there is one,
 * else the chart with its tooltip (none while the first read runs).
 */
export function historyPanelHtml(h: History | undefined, panel: HistoryPanel, nonce: string): string {
  const n = x(nonce);
  const tip = tooltip(n);
  let body = '';
  if (panel.message !== undefined) body = `<p class="ls-hp-message" role="alert">${x(panel.message)}</p>`;
  else if (h) body = `<main>\n${historySvg(h, { nonce })}</main>\n${tip.element}\n${tip.script}`;
  return `${pageHead(policy(n), `Landscape history: ${panel.title}`)}
<style nonce="${n}">${PANEL_CSS}</style>
</head>
<body data-seq="${panel.seq}"${panel.busy ? ' class="ls-hp-busy"' : ''}>
<div class="ls-hp-bar"><h1>${x(`History of ${panel.title}`)}</h1><button id="ls-hp-refresh" type="button"${panel.busy ? ' disabled' : ''}>Refresh</button></div>
<p id="ls-hp-status" role="status" aria-live="polite">${x(panel.status)}</p>
${body}
<script nonce="${n}">${PANEL_SCRIPT}</script>
</body>
</html>
`;
}
