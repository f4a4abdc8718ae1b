/**
 * Rule documentation, offline: a read-only `landscape-docs:/<rule>.md` document built from
 * the rule's metadata, shown in the Markdown preview by `landscape.showRuleDocs`.
 */
import * as vscode from 'vscode';
import { ruleMarkdown, ruleSummaries } from '../language-service/index';

const DOCS_SCHEME = 'landscape-docs';

/** The diagnostic code link: a command URI that opens the offline documentation. */
export function ruleDocsUri(rule: string): vscode.Uri {
  let uri = docsUris.get(rule);
  if (!uri) docsUris.set(rule, (uri = vscode.Uri.parse(`command:landscape.showRuleDocs?${encodeURIComponent(JSON.stringify([rule]))}`)));
  return uri;
}

/** One URI per rule: every diagnostic carries one, and a lint can report hundreds. */
const docsUris = new Map<string, vscode.Uri>();

export function registerRuleDocs(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(DOCS_SCHEME, {
      provideTextDocumentContent: (uri) => ruleMarkdown(decodeURIComponent(uri.path.replace(/^\//, '').replace(/\.md$/, ''))),
    }),
    vscode.commands.registerCommand('landscape.showRuleDocs', async (rule?: string) => {
      const id = rule ?? (await vscode.window.showQuickPick(ruleSummaries().map((r) => ({ label: r.id, description: r.description })), { placeHolder: 'Rule' }))?.label;
      if (!id) return;
      const uri = vscode.Uri.parse(`${DOCS_SCHEME}:/${encodeURIComponent(id)}.md`);
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    }),
  );
}
