/**
 * *Landscape: Show history* (issue 12): the chart of a landscape over its git history, in a
 * panel beside the editor, one per landscape (running the command again on a file of a landscape
 * shown reveals its panel and reads the history again). Off in untrusted workspaces, as
 * *Compare with…*: the server runs git in the workspace's repository.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { HISTORY_VIEW_TYPE, HistoryPanel } from './history-panel';

const OPEN_A_LANDSCAPE = 'Open a landscape.yaml (or a file it imports) to show its history.';

export interface HistoryApi {
  /** The history panels open (tests read them). */
  readonly panels: readonly HistoryPanel[];
}

export function registerShowHistory(context: vscode.ExtensionContext, client: LanguageClient): HistoryApi {
  const panels: HistoryPanel[] = [];

  async function showHistory(target?: unknown): Promise<HistoryPanel | undefined> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showInformationMessage('Landscape: Show history runs git in the workspace: trust the workspace first.');
      return undefined;
    }
    const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage(OPEN_A_LANDSCAPE);
      return undefined;
    }
    let panel = panels.find((p) => p.holds(uri));
    if (panel) panel.panel.reveal(vscode.ViewColumn.Beside, true);
    else {
      const webview = vscode.window.createWebviewPanel(HISTORY_VIEW_TYPE, `History: ${vscode.workspace.asRelativePath(uri)}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [] });
      const created: HistoryPanel = new HistoryPanel(webview, uri, client, () => panels.splice(panels.indexOf(created), 1));
      panels.push(created);
      panel = created;
    }
    await panel.refresh();
    // No landscape holds the file: the panel has nothing to show.
    if (panel.noLandscape) {
      void vscode.window.showInformationMessage(panel.message ?? OPEN_A_LANDSCAPE);
      panel.panel.dispose();
      return undefined;
    }
    return panel;
  }

  context.subscriptions.push(
    vscode.commands.registerCommand('landscape.showHistory', showHistory),
    { dispose: () => { for (const p of [...panels]) p.panel.dispose(); } },
  );
  return { panels };
}
