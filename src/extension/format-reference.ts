/**
 * The format reference inside the product: *Landscape: Show format reference* opens the
 * docs/format.md the extension ships (every section and field, the graph, imports,
 * configuration) in the Markdown preview, offline; its links to docs/rules/*.md open there too.
 */
import * as vscode from 'vscode';

export function registerFormatReference(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('landscape.showFormatReference', async () => {
      await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(context.extensionUri, 'docs', 'format.md'));
    }),
  );
}
