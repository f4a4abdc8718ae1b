/**
 * The server's diagnostics in shards (`landscape/publishDiagnosticShards`, asked for with
 * `diagnostics: 'shards'`): one DiagnosticCollection per shard, and a notification sets only the
 * shards it carries. VS Code's extension host serialises every marker of a collection's file for
 * the workbench on each set; with one collection, a keystroke in a 10,000-system file re-sent all
 * 3,000 diagnostics (~3.5 MB) through it. The Problems view and getDiagnostics merge the shards.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { PublishDiagnosticShardsNotification, type PublishDiagnosticShardsParams } from '../server/protocol';

export function registerDiagnosticShards(context: vscode.ExtensionContext, client: LanguageClient): void {
  const collections: vscode.DiagnosticCollection[] = [];
  const collection = (shard: number): vscode.DiagnosticCollection => {
    while (collections.length <= shard) {
      const c = vscode.languages.createDiagnosticCollection(`landscape#${collections.length}`);
      context.subscriptions.push(c);
      collections.push(c);
    }
    return collections[shard];
  };
  // One notification after the other: converting one yields (the client's converter), and a
  // later one for the same file must not be overtaken by it.
  let queue = Promise.resolve();
  const apply = async (p: PublishDiagnosticShardsParams): Promise<void> => {
    const uri = client.protocol2CodeConverter.asUri(p.uri);
    for (const s of p.shards) {
      const diagnostics = await client.protocol2CodeConverter.asDiagnostics(s.diagnostics);
      collection(s.shard).set(uri, diagnostics);
      // VS Code serialises a set's markers for the workbench in the set: one shard per task, so
      // an edit that moves every finding (all 32 shards) is not one long task.
      if (p.shards.length > 1) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  context.subscriptions.push(
    client.onNotification(PublishDiagnosticShardsNotification, (p) => {
      queue = queue.then(() => apply(p)).catch((e: unknown) => client.error('landscape: diagnostics not shown', e));
    }),
    // A server that stopped has no diagnostics: a restarted one publishes all of them again.
    client.onDidChangeState((e) => {
      if (e.newState === State.Stopped) for (const c of collections) c.clear();
    }),
  );
}
