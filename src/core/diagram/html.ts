/**
 * The diagram page, shared by the VS Code webview and `landscape render --format html`:
 * a strict Content-Security-Policy with a nonce (no inline script without it, nothing
 * remote), the laid-out diagram as escaped JSON in a data-* attribute, and the bundled
 * webview script — linked (webview) or inlined with the nonce (standalone HTML).
 */
import { escapeXml } from './escape';
import type { LayoutOptions } from './layout';
import type { Diagram, DiagramModel } from './model';
import type { ResolvedView } from './picks';
import { DIAGRAM_CSS } from './svg';

export interface HtmlOptions {
  diagram: Diagram;
  nonce: string;
  /** The webview's cspSource (VS Code) — omitted for a standalone page. */
  cspSource?: string;
  scriptUri?: string;
  styleUri?: string;
  inlineScript?: string;
  inlineStyle?: string;
  /**
   * Standalone page only: the page host, a script inlined (with the nonce) before the
   * webview's that plays VS Code's part — it provides acquireVsCodeApi and lays `model` out
   * again (with `layout`) when a group is expanded or collapsed, and answers the pickers
   * (`views`: the landscape's saved views, resolved by the CLI).
   */
  pageHost?: { script: string; model: DiagramModel; layout?: LayoutOptions; views?: ResolvedView[] };
  /** Extra state for the webview (e.g. the view to restore). */
  state?: unknown;
}

/** The start of a self-contained page up to its styles: the policy (`csp`, written as given) and the title (escaped). */
export function pageHead(csp: string, title: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeXml(title)}</title>`;
}

export function diagramHtml(o: HtmlOptions): string {
  const src = o.cspSource ? ` ${o.cspSource}` : '';
  const csp = [
    "default-src 'none'",
    `img-src${src} data: blob:`,
    `style-src${src} 'nonce-${o.nonce}'`,
    `script-src 'nonce-${o.nonce}'`,
    `font-src${src}`,
  ].join('; ');
  const css = `<style id="ls-diagram-css" nonce="${o.nonce}">${DIAGRAM_CSS}</style>${o.inlineStyle ? `<style nonce="${o.nonce}">${o.inlineStyle}</style>` : ''}${o.styleUri ? `<link rel="stylesheet" href="${escapeXml(o.styleUri)}" nonce="${o.nonce}">` : ''}`;
  // `</script>` inside an inlined bundle would end the element early.
  const inline = (js: string): string => `<script nonce="${o.nonce}">${js.replace(/<\/script/gi, '<\\/script')}</script>`;
  const host = o.pageHost ? inline(o.pageHost.script) : '';
  const script = host + (o.inlineScript !== undefined
    ? inline(o.inlineScript)
    : `<script nonce="${o.nonce}" src="${escapeXml(o.scriptUri ?? '')}"></script>`);
  const model = o.pageHost ? ` data-model="${escapeXml(JSON.stringify(o.pageHost.model))}" data-layout="${escapeXml(JSON.stringify(o.pageHost.layout ?? {}))}" data-views="${escapeXml(JSON.stringify(o.pageHost.views ?? []))}"` : '';
  return `${pageHead(csp, o.diagram.title || 'Landscape')}
${css}
</head>
<body>
<div id="app" data-diagram="${escapeXml(JSON.stringify(o.diagram))}" data-state="${escapeXml(JSON.stringify(o.state ?? null))}"${model}></div>
${script}
</body>
</html>
`;
}
