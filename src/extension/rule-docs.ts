/**
 * Rule documentation, offline: a read-only `landscape-docs:/<rule>.md` document whose Markdown
 * the server writes from the rule's metadata (`landscape/ruleDocs`), shown in the Markdown
 * preview by `landscape.showRuleDocs` (the diagnostics' code links and the docs quick fix open it).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RuleDocsRequest } from '../server/protocol';

const DOCS_SCHEME = 'landscape-docs';

export function registerRuleDocs(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(DOCS_SCHEME, {
      async provideTextDocumentContent(uri) {
        const rule = decodeURIComponent(uri.path.replace(/^\//, '').replace(/\.md$/, ''));
        return (await client.sendRequest(RuleDocsRequest, { rule })).markdown ?? '';
      },
    }),
    vscode.commands.registerCommand('landscape.showRuleDocs', async (rule?: string) => {
      const pick = async (): Promise<string | undefined> => {
        const { rules } = await client.sendRequest(RuleDocsRequest, {});
        return (await vscode.window.showQuickPick(rules.map((r) => ({ label: r.id, description: r.description })), { placeHolder: 'Rule' }))?.label;
      };
      const id = rule ?? (await pick());
      if (!id) return;
      const uri = vscode.Uri.parse(`${DOCS_SCHEME}:/${encodeURIComponent(id)}.md`);
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    }),
  );
}
