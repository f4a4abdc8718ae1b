/**
 * The diagram beside the editor: one webview panel per landscape, drawn from the server's
 * `landscape/diagram` (laid out there, each system kept in its place) and asked again on every
 * `landscape/didChangeDiagram`, so it follows the unsaved buffer; two-way selection, export, and
 * restore after reload. Compared with a git revision (*Compare with…*), it is drawn from
 * `landscape/diff` instead: both revisions overlaid, again after every edit.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { diagramHtml, toggleExpanded, type Diagram, type DiagramPick, type Grouping, type HostToWebview, type WebviewToHost } from '../../core/index';
import { DiagramRequest, DiffRequest, type DiagramResult, type DiffResult } from '../../server/protocol';
import { revisionUri } from '../review/revision-documents';

export const VIEW_TYPE = 'landscape.diagram';

export class DiagramPanel implements vscode.Disposable {
  private diagram: Diagram;
  /** What the diagram shows: the cursor is mapped against the text it was drawn from, not the editor's newer one. */
  private shown: DiagramResult;
  /** A cursor that moved in text the diagram does not show yet: it is mapped when the diagram catches up. */
  private pendingCursor: vscode.TextEditor | undefined;
  /** Domain groups the user expanded (large landscapes); kept per panel, like zoom and pan. */
  private expanded = new Set<string>();
  /** The part of the landscape the webview's pickers asked for (undefined: the whole landscape); kept per panel, like zoom and pan. */
  private pick: DiagramPick | undefined;
  /** The grouping picked in the webview's toolbar (undefined: auto). */
  private grouping: Grouping | undefined;
  private ready = false;
  /** Answers to older requests than the last one are dropped (the server answers in any order). */
  private asked = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private exportWaiter: ((r: { svg: string; png: string }) => void) | undefined;
  /** Every message the webview posted (tests read it). */
  readonly received: WebviewToHost[] = [];
  /** The revision compared with (*Compare with…*), and the latest comparison drawn. */
  private base: string | undefined;
  private compared: DiffResult | undefined;
  private readonly comparedEmitter = new vscode.EventEmitter<DiffResult | undefined>();
  /** Each comparison drawn (after every edit too), and undefined when the comparison ends. */
  readonly onDidCompare = this.comparedEmitter.event;

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

  /** The comparison drawn now, if any. */
  get comparison(): DiffResult | undefined {
    return this.compared;
  }

  /**
   * Draws the landscape compared with a git revision, or (undefined) as it is again. Resolves
   * with the comparison drawn; a revision the server cannot read is an error, and the diagram
   * stays as it was.
   */
  async compare(base: string | undefined): Promise<DiffResult | undefined> {
    if (base !== undefined) {
      const asked = ++this.asked;
      const result = await this.client.sendRequest(DiffRequest, { uri: this.entry, base, expanded: [...this.expanded] });
      if (asked === this.asked && result) {
        this.base = base;
        this.drawComparison(result);
      }
      return this.compared;
    }
    this.base = undefined;
    await this.update();
    return undefined;
  }

  /** Asks the server for the landscape's diagram (or comparison) again: after a lint, or with other groups open. */
  async update(): Promise<void> {
    const asked = ++this.asked;
    if (this.base !== undefined) {
      const base = this.base;
      try {
        const result = await this.client.sendRequest(DiffRequest, { uri: this.entry, base, expanded: [...this.expanded] });
        if (result && asked === this.asked) this.drawComparison(result);
      } catch (e) {
        // The revision went away (a branch deleted): the panel shows the landscape as it is, and says why.
        if (asked !== this.asked || this.base !== base) return;
        void vscode.window.showWarningMessage(`Landscape: the comparison with ${base} ended: ${e instanceof Error ? e.message : String(e)}`);
        await this.compare(undefined);
      }
      return;
    }
    const result = await this.client.sendRequest(DiagramRequest, { uri: this.entry, expanded: [...this.expanded], grouping: this.grouping, pick: this.pick });
    if (result && asked === this.asked) {
      this.show(result, false);
      if (this.compared) {
        this.compared = undefined;
        this.comparedEmitter.fire(undefined);
      }
    }
  }

  private drawComparison(result: DiffResult): void {
    this.compared = result;
    this.show(result, false);
    this.comparedEmitter.fire(result);
  }

  private show(result: DiagramResult, initial: boolean): void {
    this.shown = result;
    this.diagram = result.diagram;
    this.panel.title = this.compared && result === this.compared ? `Diagram: ${this.diagram.title} · changes since ${this.compared.base.ref}` : `Diagram: ${this.diagram.title}`;
    if (initial || !this.ready) this.panel.webview.html = this.render();
    // A comparison draws the whole landscape: no pick applies to it.
    else this.post({ type: 'update', diagram: this.diagram, choices: result.choices, picked: this.compared && result === this.compared ? null : result.picked ?? null });
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
      this.post({ type: 'choices', choices: this.shown.choices });
      // A part drawn before the webview was ready (the editor's commands open the panel with one): say which.
      if (this.pick && this.shown.picked) this.post({ type: 'update', diagram: this.diagram, picked: this.shown.picked });
      // A panel restored after a reload: draw the part its webview state remembers.
      if (m.pick && !this.pick) {
        this.pick = m.pick;
        void this.update();
      }
      // A panel restored after a reload: its grouping and the groups its webview state remembers.
      if ((m.expanded?.length || m.grouping) && this.expanded.size === 0 && !this.grouping) {
        this.expanded = new Set(m.expanded);
        this.grouping = m.grouping;
        void this.update();
      }
    } else if (m.type === 'pick') void this.showPart(m.pick ?? undefined);
    else if (m.type === 'toggleGroup') {
      this.expanded = toggleExpanded(this.expanded, m.group, this.diagram);
      void this.update();
    } else if (m.type === 'setGrouping') {
      this.grouping = m.grouping;
      this.expanded = new Set();
      void this.update();
    } else if (m.type === 'revealSource') void this.reveal(m.id, m.kind);
    else if (m.type === 'exportResult') this.exportWaiter?.(m);
  }

  /**
   * Draws a part of the landscape (a focus, an impact, a saved view) or, undefined, the whole
   * landscape again: the webview's pickers, and the editor's commands on the system under the cursor.
   */
  async showPart(pick: DiagramPick | undefined): Promise<void> {
    this.pick = pick;
    this.expanded = new Set();
    await this.update();
  }

  /** Opens the file that defines a node (or declares an edge) and selects it; a removed one in the file as it was at the compared revision. */
  async reveal(id: string, kind: 'node' | 'edge'): Promise<void> {
    const target = kind === 'node' ? this.diagram.nodes.find((n) => n.id === id) : this.diagram.edges.find((e) => e.id === id);
    if (!target) return;
    const file = vscode.Uri.file(target.file);
    const doc = await vscode.workspace.openTextDocument(target.change === 'removed' && this.compared ? revisionUri(file, this.compared.base.commit, this.compared.base.ref) : file);
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
    this.post({ type: 'highlight', id: this.definedAt(doc.uri.toString(), doc.offsetAt(editor.selection.active)) ?? null });
  }

  /** The innermost system whose definition holds the offset, in the text the diagram was drawn from. */
  private definedAt(uri: string, offset: number): string | undefined {
    let best: DiagramResult['systems'][number] | undefined;
    for (const s of this.shown.systems) {
      if (s.uri === uri && offset >= s.start && offset <= s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
    }
    return best?.id;
  }

  /**
   * The system the cursor is on: a system's id under it anywhere (a reference too), else the
   * system whose definition holds it (only in the text the diagram was drawn from).
   */
  systemAt(editor: vscode.TextEditor): string | undefined {
    const doc = editor.document;
    const word = doc.getWordRangeAtPosition(editor.selection.active, /[a-z0-9]+(?:-[a-z0-9]+)*/);
    const id = word && doc.getText(word);
    if (id && this.shown.choices.systems.some((s) => s.id === id)) return id;
    if (!this.holds(doc.uri) || !this.showsVersion(doc)) return undefined;
    return this.definedAt(doc.uri.toString(), doc.offsetAt(editor.selection.active));
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
    if (this.compared) this.comparedEmitter.fire(undefined);
    this.comparedEmitter.dispose();
    for (const d of this.disposables) d.dispose();
    this.onDispose();
  }
}
