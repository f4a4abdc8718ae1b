/**
 * Document symbols converted a slice at a time. The language client converts a symbol's
 * children in one go, and our outline is three sections holding up to 5,000 systems: after a
 * keystroke in a 10,000-system file that was one task of ~70 ms in the shared extension host.
 * Here the tree is built depth-first and the work yields to the event loop every SLICE_MS.
 */
import * as vscode from 'vscode';
import { DocumentSymbolRequest, type LanguageClient } from 'vscode-languageclient/node';
import type { DocumentSymbol as LspDocumentSymbol, SymbolInformation as LspSymbolInformation } from 'vscode-languageserver-protocol';

/** At most this long in one task before yielding (VS Code counts a task over 50 ms as long; we aim under 10). */
const SLICE_MS = 4;

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The LSP tree as VS Code DocumentSymbols, in slices; undefined if cancelled meanwhile. */
async function asDocumentSymbolsInSlices(client: LanguageClient, symbols: readonly LspDocumentSymbol[], token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
  const p2c = client.protocol2CodeConverter;
  const roots: vscode.DocumentSymbol[] = [];
  // Depth-first with an explicit stack: each entry is a symbol and the list its conversion joins.
  const stack: { from: LspDocumentSymbol; into: vscode.DocumentSymbol[] }[] = [...symbols].reverse().map((from) => ({ from, into: roots }));
  let sliceStart = performance.now();
  for (let n = 0; stack.length > 0; n++) {
    const { from, into } = stack.pop()!;
    const to = new vscode.DocumentSymbol(from.name, from.detail ?? '', p2c.asSymbolKind(from.kind), p2c.asRange(from.range), p2c.asRange(from.selectionRange));
    const tags = p2c.asSymbolTags(from.tags);
    // `deprecated` is LSP's older field, still honoured as the client does.
    if (tags?.length || from.deprecated) to.tags = [...new Set([...(tags ?? []), ...(from.deprecated ? [vscode.SymbolTag.Deprecated] : [])])];
    into.push(to);
    for (let i = (from.children?.length ?? 0) - 1; i >= 0; i--) stack.push({ from: from.children![i], into: to.children });
    if ((n & 63) === 63 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToLoop();
      if (token.isCancellationRequested) return undefined;
      sliceStart = performance.now();
    }
  }
  return roots;
}

/** `textDocument/documentSymbol` asked and converted in slices (the client's own request, another conversion). */
export async function documentSymbolsInSlices(client: LanguageClient, document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | vscode.SymbolInformation[] | null | undefined> {
  let result: LspDocumentSymbol[] | LspSymbolInformation[] | null;
  try {
    result = await client.sendRequest(DocumentSymbolRequest.type, { textDocument: client.code2ProtocolConverter.asTextDocumentIdentifier(document) }, token);
  } catch (error) {
    // As the client's own provider: a cancelled or outdated ask is no error to show.
    return client.handleFailedRequest(DocumentSymbolRequest.type, token, error, null);
  }
  if (token.isCancellationRequested || !result) return null;
  if (result.length === 0) return [];
  // SymbolInformation (no ranges of their own) is flat: the client's conversion already yields between items.
  if (!('range' in result[0])) return client.protocol2CodeConverter.asSymbolInformations(result as LspSymbolInformation[], token);
  return asDocumentSymbolsInSlices(client, result as LspDocumentSymbol[], token);
}
