/** The Landscape menu (the status bar item's click): the landscape's diagram, the problems, rule docs, a server restart, the log. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { clock, type LintStatusView } from './lint-status';

interface MenuItem extends vscode.QuickPickItem {
  run(): unknown;
}

export function registerMenu(context: vscode.ExtensionContext, client: LanguageClient, status: LintStatusView): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('landscape.showMenu', async () => {
      const l = status.landscapeOf();
      const items: MenuItem[] = [
        { label: '$(type-hierarchy) Show diagram', description: l?.summary?.title, run: () => vscode.commands.executeCommand('landscape.showDiagram', l?.entry) },
        { label: '$(warning) Show problems', run: () => vscode.commands.executeCommand('workbench.actions.view.problems') },
        { label: '$(book) Open rule documentation…', run: () => vscode.commands.executeCommand('landscape.showRuleDocs') },
        { label: '$(debug-restart) Restart the language server', run: () => vscode.commands.executeCommand('landscape.restartServer') },
        { label: '$(output) Show log', run: () => client.outputChannel.show(true) },
      ];
      const picked = await vscode.window.showQuickPick(items, { placeHolder: l?.summary ? `Landscape: ${l.summary.title}` : 'Landscape' });
      await picked?.run();
    }),
    vscode.commands.registerCommand('landscape.restartServer', async () => {
      client.outputChannel.appendLine(`${clock()} Restarting the language server.`);
      await client.restart();
    }),
  );
}
