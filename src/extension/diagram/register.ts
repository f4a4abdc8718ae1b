/** Commands and restore for the diagram: landscape.showDiagram, landscape.exportDiagram, the serializer. */
import * as vscode from 'vscode';
import type { LandscapeService } from '../landscape-service';
import { DiagramPanel, VIEW_TYPE } from './diagram-panel';

export class DiagramManager {
  readonly panels = new Map<string, DiagramPanel>();

  constructor(private readonly context: vscode.ExtensionContext, private readonly service: LandscapeService) {}

  /** The entry of the active editor's landscape (an entry itself, or a fragment it imports). */
  private activeEntry(uri?: vscode.Uri): string | undefined {
    const u = uri ?? vscode.window.activeTextEditor?.document.uri;
    return u ? this.service.resultFor(u)?.entry : this.service.results()[0]?.entry;
  }

  async show(uri?: vscode.Uri): Promise<DiagramPanel | undefined> {
    if (uri) await this.service.refresh(uri);
    const entry = this.activeEntry(uri);
    if (!entry) {
      void vscode.window.showInformationMessage('Open a landscape.yaml (or a file it imports) to show its diagram.');
      return undefined;
    }
    const existing = this.panels.get(entry);
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Landscape diagram', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist')] });
    return this.adopt(panel, entry);
  }

  adopt(panel: vscode.WebviewPanel, entry: string): DiagramPanel {
    const p = new DiagramPanel(panel, entry, this.service, this.context.extensionUri, () => this.panels.delete(entry));
    this.panels.set(entry, p);
    return p;
  }

  async export(target?: vscode.Uri): Promise<vscode.Uri[] | undefined> {
    const panel = this.panels.get(this.activeEntry() ?? '') ?? [...this.panels.values()][0] ?? (await this.show());
    if (!panel) return undefined;
    const file = target ?? (await vscode.window.showSaveDialog({ filters: { 'SVG image': ['svg'] }, defaultUri: vscode.Uri.file(panel.entry.replace(/\.ya?ml$/, '.svg')) }));
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

export function registerDiagram(context: vscode.ExtensionContext, service: LandscapeService): DiagramManager {
  const manager = new DiagramManager(context, service);
  context.subscriptions.push(
    vscode.commands.registerCommand('landscape.showDiagram', (uri?: vscode.Uri) => manager.show(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('landscape.exportDiagram', (target?: vscode.Uri | string) => manager.export(typeof target === 'string' ? vscode.Uri.file(target) : target)),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        // The entry is not in the webview state; restore the diagram of the first landscape.
        await service.refresh();
        const entry = (state as { entry?: string } | null)?.entry ?? service.results()[0]?.entry;
        if (entry) manager.adopt(panel, entry);
        else panel.dispose();
      },
    }),
  );
  return manager;
}
