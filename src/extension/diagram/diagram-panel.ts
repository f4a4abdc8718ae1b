/**
 * The diagram beside the editor: one webview panel per landscape, drawn from the server's
 * `landscape/diagram` (laid out there, each system kept in its place) and asked again on every
 * `landscape/didChangeDiagram`, so it follows the unsaved buffer; two-way selection, export, and
 * restore after reload.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { diagramHtml, toggleExpanded, type Diagram, type HostToWebview, type WebviewToHost } from '../../core/index';
import { DiagramRequest, type DiagramResult } from '../../server/protocol';

export const VIEW_TYPE = 'landscape.diagram';

export class DiagramPanel implements vscode.Disposable {
  private diagram: Diagram;
  /** What the diagram shows: the cursor is mapped against the text it was drawn from, not the editor's newer one. */
  private shown: DiagramResult;
  /** A cursor that moved in text the diagram does not show yet: it is mapped when the diagram catches up. */
  private pendingCursor: vscode.TextEditor | undefined;
  /** Domain groups the user expanded (large landscapes); kept per panel, like zoom and pan. */
  private expanded = new Set<string>();
  private ready = false;
  /** Answers to older requests than the last one are dropped (the server answers in any order). */
  private asked = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private exportWaiter: ((r: { svg: string; png: string }) => void) | undefined;
  /** Every message the webview posted (tests read it). */
  readonly received: WebviewToHost[] = [];

  constructor(readonly panel: vscode.WebviewPanel, readonly entry: string, initial: DiagramResult, private readonly client: LanguageClient, private readonly extensionUri: vscode.Uri, private readonly onDispose: () => void) {
    this.shown = initial;
    this.diagram = initial.diagram;
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    panel.webview.options = { enableScripts: true, localResourceRoots: [dist] };
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: WebviewToHost) => this.onMessage(m)),
      vscode.window.onDidChangeTextEditorSelection((e) => this.followCursor(e.textEditor)),
    );
    this.show(initial, true);
  }

  /** Whether a document belongs to the landscape drawn. */
  holds(uri: vscode.Uri): boolean {
    return this.shown.files.includes(uri.toString());
  }

  private render(): string {
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    return diagramHtml({
      diagram: this.diagram,
      nonce: randomBytes(16).toString('base64'),
      cspSource: this.panel.webview.cspSource,
      scriptUri: this.panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUri: this.panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.css')).toString(),
      state: { entry: this.entry },
    });
  }

  /** Asks the server for the landscape's diagram again (after a lint, or with other groups open). */
  async update(): Promise<void> {
    const asked = ++this.asked;
    const result = await this.client.sendRequest(DiagramRequest, { uri: this.entry, expanded: [...this.expanded] });
    if (result && asked === this.asked) this.show(result, false);
  }

  private show(result: DiagramResult, initial: boolean): void {
    this.shown = result;
    this.diagram = result.diagram;
    this.panel.title = `Diagram: ${this.diagram.title}`;
    if (initial || !this.ready) this.panel.webview.html = this.render();
    else this.post({ type: 'update', diagram: this.diagram });
    const pending = this.pendingCursor;
    this.pendingCursor = undefined;
    // Only a cursor still on screen: an editor closed meanwhile has nothing to highlight.
    if (pending && vscode.window.visibleTextEditors.includes(pending)) this.followCursor(pending);
  }

  post(m: HostToWebview): void {
    void this.panel.webview.postMessage(m);
  }

  private onMessage(m: WebviewToHost): void {
    this.received.push(m);
    if (m.type === 'ready') {
      this.ready = true;
      // A panel restored after a reload: reopen the groups its webview state remembers.
      if (m.expanded?.length && this.expanded.size === 0) {
        this.expanded = new Set(m.expanded);
        void this.update();
      }
    } else if (m.type === 'toggleGroup') {
      this.expanded = toggleExpanded(this.expanded, m.group, this.diagram);
      void this.update();
    } else if (m.type === 'revealSource') void this.reveal(m.id, m.kind);
    else if (m.type === 'exportResult') this.exportWaiter?.(m);
  }

  /** Opens the file that defines a node (or declares an edge) and selects it. */
  async reveal(id: string, kind: 'node' | 'edge'): Promise<void> {
    const target = kind === 'node' ? this.diagram.nodes.find((n) => n.id === id) : this.diagram.edges.find((e) => e.id === id);
    if (!target) return;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(target.file));
    const range = new vscode.Range(doc.positionAt(target.span.start), doc.positionAt(target.span.end));
    const column = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn ?? vscode.ViewColumn.One;
    await vscode.window.showTextDocument(doc, { viewColumn: column, selection: range, preserveFocus: false });
  }

  /**
   * Highlights the system under the cursor. The cursor's offset is in the editor's text, which
   * runs ahead of the diagram while the user types (the lint is debounced): mapped against the
   * diagram's older text it would land in the next system. So it is mapped only when the
   * document holds the text the diagram was drawn from, and otherwise once the diagram has caught up.
   */
  private followCursor(editor: vscode.TextEditor): void {
    const doc = editor.document;
    if (!this.ready || doc.uri.scheme !== 'file' || !this.holds(doc.uri)) return;
    if (!this.showsVersion(doc)) {
      this.pendingCursor = editor;
      return;
    }
    const uri = doc.uri.toString();
    const offset = doc.offsetAt(editor.selection.active);
    let best: DiagramResult['systems'][number] | undefined;
    for (const s of this.shown.systems) {
      if (s.uri === uri && offset >= s.start && offset <= s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
    }
    this.post({ type: 'highlight', id: best?.id ?? null });
  }

  /** Whether the document, as it is now, is the text the diagram was drawn from (an open version, or the file on disk). */
  private showsVersion(doc: vscode.TextDocument): boolean {
    const version = this.shown.versions[doc.uri.toString()];
    return version === undefined ? !doc.isDirty : version === doc.version;
  }

  /** Asks the webview for SVG and PNG (it renders them with the current theme frozen in). */
  exportImages(): Promise<{ svg: string; png: string }> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The diagram did not answer the export request.')), 15_000);
      this.exportWaiter = (r) => {
        clearTimeout(timer);
        this.exportWaiter = undefined;
        resolve(r);
      };
      this.post({ type: 'export' });
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.onDispose();
  }
}
