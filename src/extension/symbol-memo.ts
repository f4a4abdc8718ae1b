/**
 * Document symbols once per document version. VS Code asks for them twice after each
 * keystroke (breadcrumbs and sticky scroll), and in a 10,000-system file each answer is up to
 * 5,000 symbols (a megabyte) to receive and convert in the shared extension host. A version's
 * symbols follow from its text alone, so the second ask gets the first answer. The answer is
 * converted in slices (symbols-in-slices.ts), not by the client's converter.
 */
import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';
import { documentSymbolsInSlices, LastOutlines } from './symbols-in-slices';

type Symbols = vscode.SymbolInformation[] | vscode.DocumentSymbol[] | null | undefined;

export function symbolsOncePerVersion(context: vscode.ExtensionContext, client: () => LanguageClient): Required<Pick<Middleware, 'provideDocumentSymbols'>> {
  const last = new Map<string, { version: number; symbols: Promise<Symbols> }>();
  const outlines = new LastOutlines();
  context.subscriptions.push(vscode.workspace.onDidCloseTextDocument((d) => {
    last.delete(d.uri.toString());
    outlines.delete(client().code2ProtocolConverter.asUri(d.uri));
  }));
  return {
    provideDocumentSymbols(document, token) {
      const key = document.uri.toString();
      const kept = last.get(key);
      // The kept answer runs under the first asker's token: when that asker cancelled (VS Code
      // cancels breadcrumbs' and sticky scroll's asks as the user types), it comes back empty, and
      // an ask that is still wanted (the outline, a command) asks the server itself instead of
      // showing no symbols (seen in the VS Code suite: an outline without its systems after an edit).
      if (kept?.version === document.version) return kept.symbols.then((s) => s ?? (token.isCancellationRequested ? s : documentSymbolsInSlices(client(), document, token, outlines)));
      const symbols = documentSymbolsInSlices(client(), document, token, outlines);
      last.set(key, { version: document.version, symbols });
      // A cancelled or failed ask is not kept: the next one asks the server again.
      symbols.then((s) => (s ? undefined : last.delete(key)), () => last.delete(key));
      return symbols;
    },
  };
}
