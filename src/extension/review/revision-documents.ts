/**
 * Files as they were at a compared revision, as read-only documents (`landscape-revision:`):
 * where a fixed finding was, or a removed system. The text comes from the language server
 * (`landscape/revisionText`), which read that revision for the comparison: the extension runs
 * no git of its own.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RevisionTextRequest } from '../../server/protocol';

const REVISION_SCHEME = 'landscape-revision';

/** The file `file` (a file: URI) at `commit`; `ref` (what the user typed) names the tab. */
export function revisionUri(file: vscode.Uri, commit: string, ref: string): vscode.Uri {
  return vscode.Uri.from({ scheme: REVISION_SCHEME, path: file.path, query: new URLSearchParams({ commit, ref, file: file.toString() }).toString() });
}

export function registerRevisionDocuments(context: vscode.ExtensionContext, client: LanguageClient): void {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const q = new URLSearchParams(uri.query);
      const text = await client.sendRequest(RevisionTextRequest, { uri: q.get('file') ?? '', commit: q.get('commit') ?? '' });
      return text ?? `# ${uri.path} is not in revision ${q.get('ref') ?? q.get('commit') ?? ''}.\n`;
    },
  };
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(REVISION_SCHEME, provider));
}
