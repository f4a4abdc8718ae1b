/**
 * The host of the standalone diagram page (`landscape render --format html`), bundled to
 * dist/page-host.js and inlined with the nonce before the webview's script. There is no
 * VS Code here, so this plays its part: it provides acquireVsCodeApi, and when the webview
 * asks to expand or collapse a group it lays the model out again with the core (as the
 * editor's panel does) and posts the update back. Only this small DOM shim lives outside
 * the core; the logic is the core's createPageHost. The build marks the core free of side
 * effects for this bundle, so only the layout ends up in the page.
 */
import { createPageHost, type Diagram, type DiagramModel, type HostToWebview, type LayoutOptions, type ResolvedView, type WebviewToHost } from '../core/index';

interface HostWindow {
  acquireVsCodeApi?: () => { postMessage(m: WebviewToHost): void; getState(): unknown; setState(s: unknown): void };
  /** For tests and the benchmark: the messages the webview posted. */
  __landscapeMessages?: WebviewToHost[];
}

const app = document.getElementById('app');
const parse = <T>(attr: string | undefined): T | null => (attr ? (JSON.parse(attr) as T) : null);
const model = parse<DiagramModel>(app?.dataset.model);
const initial = parse<Diagram>(app?.dataset.diagram);
const w = window as unknown as HostWindow;
if (model && initial) {
  const layout = parse<LayoutOptions>(app?.dataset.layout) ?? {};
  // JSON has no Infinity: a view's "no groups" arrives as null.
  const host = createPageHost(model, initial, { collapseAbove: (layout.collapseAbove as number | null) === null ? Infinity : layout.collapseAbove, groupBy: layout.groupBy }, parse<ResolvedView[]>(app?.dataset.views) ?? []);
  const messages: WebviewToHost[] = (w.__landscapeMessages = []);
  let state: unknown = null;
  w.acquireVsCodeApi = () => ({
    postMessage(m) {
      messages.push(m);
      const diagram = host.handle(m);
      // Asynchronously, as from a real host: the webview draws it in its message handler.
      const post = (answer: HostToWebview): void => window.postMessage(answer, '*');
      if (m.type === 'ready') post({ type: 'choices', choices: host.choices() });
      if (diagram) post({ type: 'update', diagram, picked: host.picked() });
    },
    getState: () => state,
    setState: (s) => {
      state = s;
    },
  });
}
