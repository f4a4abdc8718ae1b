/** Commands and restore for the diagram: landscape.showDiagram, landscape.exportDiagram, focus and impact of the system under the cursor, the serializer; updates from the server. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DiagramRequest, DidChangeDiagramNotification, type DiagramResult } from '../../server/protocol';
import { DiagramPanel, VIEW_TYPE } from './diagram-panel';

export class DiagramManager {
  /** Panels by the URI of their landscape's entry file. */
  readonly panels = new Map<string, DiagramPanel>();

  constructor(private readonly context: vscode.ExtensionContext, private readonly client: LanguageClient) {}

  /** The landscape of this file (an entry itself, or a fragment it imports), else of the active editor, else the first one. */
  private diagramOf(uri?: vscode.Uri): Promise<DiagramResult | null> {
    const u = uri ?? vscode.window.activeTextEditor?.document.uri;
    return this.client.sendRequest(DiagramRequest, { uri: u?.toString() });
  }

  async show(uri?: vscode.Uri): Promise<DiagramPanel | undefined> {
    const result = await this.diagramOf(uri);
    if (!result) {
      void vscode.window.showInformationMessage('Open a landscape.yaml (or a file it imports) to show its diagram.');
      return undefined;
    }
    const existing = this.panels.get(result.entry);
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Landscape diagram', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist')] });
    return this.adopt(panel, result);
  }

  adopt(panel: vscode.WebviewPanel, result: DiagramResult): DiagramPanel {
    const p = new DiagramPanel(panel, result.entry, result, this.client, this.context.extensionUri, () => this.panels.delete(result.entry));
    this.panels.set(result.entry, p);
    return p;
  }

  /**
   * The diagram of the active file's landscape, focused on the system under the cursor (its
   * neighbours one step either way) or showing the impact of its outage (its consumers,
   * synchronously); the webview's pickers can change either afterwards.
   */
  async pickAtCursor(kind: 'focus' | 'impact'): Promise<DiagramPanel | undefined> {
    const editor = vscode.window.activeTextEditor;
    const panel = editor && (await this.show(editor.document.uri));
    if (!editor || !panel) return undefined;
    const system = panel.systemAt(editor);
    if (system === undefined) {
      void vscode.window.showInformationMessage('Put the cursor on a system: on its definition, or on its id anywhere in the landscape.');
      return panel;
    }
    await panel.showPart(kind === 'focus' ? { kind, system, depth: 1, direction: 'both' } : { kind, system, direction: 'down', includeAsync: false });
    return panel;
  }

  /** The server linted a landscape again: its panel asks for the new diagram. */
  changed(entry: string, removed: boolean): void {
    const panel = this.panels.get(entry);
    if (panel && !removed) void panel.update();
  }

  async export(target?: vscode.Uri): Promise<vscode.Uri[] | undefined> {
    const active = vscode.window.activeTextEditor?.document.uri;
    const panel = [...this.panels.values()].find((p) => active && p.holds(active)) ?? [...this.panels.values()][0] ?? (await this.show());
    if (!panel) return undefined;
    const file = target ?? (await vscode.window.showSaveDialog({ filters: { 'SVG image': ['svg'] }, defaultUri: vscode.Uri.parse(panel.entry.replace(/\.ya?ml$/, '.svg')) }));
    if (!file) return undefined;
    const { svg, png } = await panel.exportImages();
    const svgUri = file.with({ path: file.path.replace(/\.(svg|png)$/i, '') + '.svg' });
    const pngUri = file.with({ path: file.path.replace(/\.(svg|png)$/i, '') + '.png' });
    await vscode.workspace.fs.writeFile(svgUri, Buffer.from(svg, 'utf8'));
    await vscode.workspace.fs.writeFile(pngUri, Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64'));
    void vscode.window.showInformationMessage(`Diagram exported to ${vscode.workspace.asRelativePath(svgUri)} and ${vscode.workspace.asRelativePath(pngUri)}.`);
    return [svgUri, pngUri];
  }
}

/** The entry a restored panel showed: a URI (a core path from an older version of the extension). */
function entryUriOf(state: unknown): vscode.Uri | undefined {
  const entry = (state as { entry?: unknown } | null)?.entry;
  if (typeof entry !== 'string') return undefined;
  return /^[a-z][\w+.-]*:/i.test(entry) && !/^[a-z]:[\\/]/i.test(entry) ? vscode.Uri.parse(entry) : vscode.Uri.file(entry);
}

export function registerDiagram(context: vscode.ExtensionContext, client: LanguageClient): DiagramManager {
  const manager = new DiagramManager(context, client);
  context.subscriptions.push(
    client.onNotification(DidChangeDiagramNotification, (p) => manager.changed(p.entry, p.removed === true)),
    vscode.commands.registerCommand('landscape.showDiagram', (uri?: vscode.Uri) => manager.show(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('landscape.focusDiagram', () => manager.pickAtCursor('focus')),
    vscode.commands.registerCommand('landscape.showImpact', () => manager.pickAtCursor('impact')),
    vscode.commands.registerCommand('landscape.exportDiagram', (target?: vscode.Uri | string) => manager.export(typeof target === 'string' ? vscode.Uri.file(target) : target)),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        // The landscape the panel showed, else the first one.
        const result = await client.sendRequest(DiagramRequest, { uri: entryUriOf(state)?.toString() });
        if (result) manager.adopt(panel, result);
        else panel.dispose();
      },
    }),
  );
  return manager;
}
