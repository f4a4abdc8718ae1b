/**
 * The standalone diagram page (`landscape render --format html`, `landscape diff --format
 * html`): the webview's bundles inlined with a fresh nonce under a strict CSP, nothing
 * remote, and the page host that lays the model out again when a group is expanded.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { diagramHtml, type Diagram, type DiagramModel, type LayoutOptions, type ResolvedView } from '../core/index';

/** The webview bundle, next to the CLI bundle (dist/) or built from the sources (dev). */
function webviewAsset(name: string): string | undefined {
  for (const dir of [__dirname, path.join(__dirname, '..', '..', 'dist')]) {
    const p = path.join(dir, name);
    if (existsSync(p)) return readFileSync(p, 'utf8');
  }
  return undefined;
}

export const MISSING_BUNDLES = 'the webview bundles (dist/webview.js, dist/page-host.js) are missing; run npm run build.';

/** The page, or undefined when the webview's bundles are not built. */
export function standaloneDiagramPage(diagram: Diagram, model: DiagramModel, layout: LayoutOptions = {}, views: ResolvedView[] = []): string | undefined {
  const script = webviewAsset('webview.js');
  const hostScript = webviewAsset('page-host.js');
  if (script === undefined || hostScript === undefined) return undefined;
  // The page host re-lays out the model when a group is expanded: the page needs the model, and the grouping it was drawn with.
  return diagramHtml({ diagram, nonce: randomBytes(16).toString('base64'), inlineScript: script, inlineStyle: webviewAsset('webview.css') ?? '', pageHost: { script: hostScript, model, layout, views } });
}
