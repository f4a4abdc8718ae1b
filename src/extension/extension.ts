/**
 * Activation: the language server's client (client.ts) brings every language feature; the
 * extension keeps what is VS Code's own: the diagram panel, the commands, rule documentation in
 * the Markdown preview and the format reference. The extension runs no code from the workspace
 * (untrusted workspaces are supported) and never lints: the server does.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LintRequest } from '../server/protocol';
import { createClient, registerShowReferences, shownMessages } from './client';
import { shardsReceived } from './diagnostic-shards';
import { answered } from './answer-counts';
import { registerDiagram, type DiagramManager } from './diagram/register';
import { registerFormatReference } from './format-reference';
import { registerShowHistory, type HistoryApi } from './history/show-history';
import { HasLandscape } from './has-landscape';
import { folderChoices, registerNewLandscape, type FolderChoice } from './new-landscape';
import { LintStatusView } from './status/lint-status';
import { registerLandscapeTree, type LandscapeTree } from './status/landscape-tree';
import { registerMenu } from './status/menu';
import { registerCompare, type ReviewApi } from './review/compare';
import { registerRevisionDocuments } from './review/revision-documents';
import { registerRuleDocs } from './rule-docs';

export interface LandscapeApi {
  client: LanguageClient;
  diagrams: DiagramManager;
  /** *Compare with…*: the findings tree and the panel compared last. */
  review: ReviewApi;
  /** *Show history*: the panels open. */
  history: HistoryApi;
  /**
   * Lints the document's landscapes as the editor has it now (once: nothing if that text is
   * linted already) and resolves when their diagnostics are published.
   */
  lint(uri: vscode.Uri): Promise<void>;
  /** The status bar item and what it knows of each landscape (`landscape/lintStatus`). */
  status: LintStatusView;
  /** The Landscape tree view (`landscape/outline`). */
  tree: LandscapeTree;
  /** *New landscape*: the picker's folders, and the context key `landscape.hasLandscape` (the walkthrough's first step). */
  newLandscape: { choices(): Promise<FolderChoice[]>; readonly has: HasLandscape };
  /** The messages the client showed about the server (a restart after it stopped). */
  readonly shown: readonly string[];
  /** How many shard notifications and diagnostics in them the server sent (`diagnosticsFollowEdits`: none for an edit that only moves lines). */
  readonly shardsReceived: { readonly notifications: number; readonly diagnostics: number };
  /** How many answers of the server's compact requests the extension took (answer-counts.ts). */
  readonly answered: Readonly<typeof answered>;
}

export async function activate(context: vscode.ExtensionContext): Promise<LandscapeApi> {
  const client = createClient(context);
  context.subscriptions.push(client);
  registerRuleDocs(context, client);
  registerFormatReference(context);
  registerShowReferences(context, client);
  const diagrams = registerDiagram(context, client);
  registerRevisionDocuments(context, client);
  const review = registerCompare(context, diagrams);
  const history = registerShowHistory(context, client);
  const status = new LintStatusView(client);
  context.subscriptions.push(status);
  registerMenu(context, client, status);
  const tree = registerLandscapeTree(context, client, status);
  const has = new HasLandscape();
  context.subscriptions.push(has);
  registerNewLandscape(context, has);
  context.subscriptions.push(vscode.commands.registerCommand('landscape.lint', () => client.sendRequest(LintRequest, {})));
  await client.start();
  return {
    client,
    diagrams,
    review,
    history,
    status,
    tree,
    newLandscape: { choices: folderChoices, has },
    shown: shownMessages,
    shardsReceived,
    answered,
    lint: async (uri) => {
      await client.sendRequest(LintRequest, { uri: client.code2ProtocolConverter.asUri(uri) });
    },
  };
}

export function deactivate(): void {
  // The client is disposed with the context: it stops the server (shutdown, exit).
}
