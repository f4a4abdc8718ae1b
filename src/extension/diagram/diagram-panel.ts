/**
 * The diagram beside the editor: one webview panel per entry, fed from the lint service
 * (so it follows the unsaved buffer), two-way selection, export, and restore after reload.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { diagramHtml, diagramOf, entityAt, toggleExpanded, type Diagram, type HostToWebview, type LintResult, type WebviewToHost } from '../../core/index';
import { rangeOf } from '../service-adapter';
import type { LandscapeService } from '../landscape-service';
import { corePath, uriOf } from '../vscode-host';

export const VIEW_TYPE = 'landscape.diagram';

export class DiagramPanel implements vscode.Disposable {
  private diagram: Diagram | undefined;
  /** The lint result the diagram shows: the cursor is mapped against its text, not the editor's newer one. */
  private shown: LintResult | undefined;
  /** Per file, the document version known to hold the text the diagram shows. */
  private shownVersions = new Map<string, number>();
  /** A cursor that moved in text the diagram does not show yet: it is mapped when the diagram catches up. */
  private pendingCursor: vscode.TextEditor | undefined;
  /** Domain groups the user expanded (large landscapes); kept per panel, like zoom and pan. */
  private expanded = new Set<string>();
  private ready = false;
  private readonly disposables: vscode.Disposable[] = [];
  private exportWaiter: ((r: { svg: string; png: string }) => void) | undefined;
  /** Every message the webview posted (tests read it). */
  readonly received: WebviewToHost[] = [];

  constructor(readonly panel: vscode.WebviewPanel, readonly entry: string, private readonly service: LandscapeService, private readonly extensionUri: vscode.Uri, private readonly onDispose: () => void) {
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    panel.webview.options = { enableScripts: true, localResourceRoots: [dist] };
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: WebviewToHost) => this.onMessage(m)),
      service.onDidUpdate((u) => {
        if (u.entry === this.entry && u.result) this.update();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.followCursor(e.textEditor)),
    );
    this.update(true);
  }

  private render(): string {
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    return diagramHtml({
      diagram: this.diagram!,
      nonce: randomBytes(16).toString('base64'),
      cspSource: this.panel.webview.cspSource,
      scriptUri: this.panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUri: this.panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.css')).toString(),
      state: { entry: this.entry },
    });
  }

  /** Re-lays out from the latest result, keeping every system (and group) where it was. */
  update(initial = false): void {
    const result = this.service.results().find((r) => r.entry === this.entry);
    if (!result?.landscape) return;
    this.diagram = diagramOf(result, this.diagram, { expanded: [...this.expanded] });
    if (result !== this.shown) {
      this.shown = result;
      this.shownVersions = new Map();
    }
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
        this.update();
      }
    } else if (m.type === 'toggleGroup') {
      this.expanded = toggleExpanded(this.expanded, m.group, this.diagram);
      this.update();
    } else if (m.type === 'revealSource') void this.reveal(m.id, m.kind);
    else if (m.type === 'exportResult') this.exportWaiter?.(m);
  }

  /** Opens the file that defines a node (or declares an edge) and selects it. */
  async reveal(id: string, kind: 'node' | 'edge'): Promise<void> {
    const result = this.service.results().find((r) => r.entry === this.entry);
    if (!result?.landscape || !this.diagram) return;
    const target = kind === 'node' ? this.diagram.nodes.find((n) => n.id === id) : this.diagram.edges.find((e) => e.id === id);
    if (!target) return;
    const range = rangeOf(result, target.file, target.span);
    const doc = await vscode.workspace.openTextDocument(uriOf(target.file));
    const column = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn ?? vscode.ViewColumn.One;
    await vscode.window.showTextDocument(doc, { viewColumn: column, selection: range, preserveFocus: false });
  }

  /**
   * Highlights the system under the cursor. The cursor's offset is in the editor's text, which
   * runs ahead of the diagram while the user types (the lint is debounced): mapped against the
   * diagram's older text it would land in the next system. So it is mapped only when the
   * document holds the text the diagram shows, and otherwise once the diagram has caught up.
   */
  private followCursor(editor: vscode.TextEditor): void {
    if (!this.ready || editor.document.uri.scheme !== 'file') return;
    const result = this.shown;
    if (!result?.landscape || this.service.resultFor(editor.document.uri)?.entry !== this.entry) return;
    const path = corePath(editor.document.uri);
    if (!this.showsVersion(result, path, editor.document)) {
      this.pendingCursor = editor;
      return;
    }
    const e = entityAt(result.landscape, path, editor.document.offsetAt(editor.selection.active));
    this.post({ type: 'highlight', id: e && e.kind === 'system' ? e.id : null });
  }

  /** Whether the document, as it is now, holds the text of `path` the diagram was drawn from (compared once per version). */
  private showsVersion(result: LintResult, path: string, doc: vscode.TextDocument): boolean {
    if (this.shownVersions.get(path) === doc.version) return true;
    if (result.files.find((f) => f.path === path)?.text !== doc.getText()) return false;
    this.shownVersions.set(path, doc.version);
    return true;
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
