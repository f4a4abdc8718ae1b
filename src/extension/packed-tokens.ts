/**
 * Semantic tokens asked for in the server's packed form (`landscape/semanticTokens`, protocol.ts):
 * the language client's own request parses the whole token array as JSON and copies it into a
 * Uint32Array, ~48 ms in one task of the shared extension host when a 10,000-system file opens.
 * Packed, the answer is one JSON string, unpacked straight into the Uint32Array VS Code takes.
 */
import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';
import { answered } from './answer-counts';
import { askServer } from './ask-server';
import { PackedSemanticTokensRequest, unpackTokenNumbers } from '../server/protocol';

type TokensMiddleware = Required<Pick<Middleware, 'provideDocumentSemanticTokens' | 'provideDocumentSemanticTokensEdits'>>;

async function ask(client: LanguageClient, document: vscode.TextDocument, previousResultId: string | undefined, token: vscode.CancellationToken): Promise<vscode.SemanticTokens | vscode.SemanticTokensEdits | null> {
  const answer = await askServer(client, PackedSemanticTokensRequest, { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) }, previousResultId }, token);
  if (!answer || token.isCancellationRequested) return null;
  if ('data' in answer) {
    answered.semanticTokens++;
    return new vscode.SemanticTokens(unpackTokenNumbers(answer.data), answer.resultId);
  }
  answered.semanticTokenEdits++;
  return new vscode.SemanticTokensEdits(answer.edits.map((e) => new vscode.SemanticTokensEdit(e.start, e.deleteCount, unpackTokenNumbers(e.data))), answer.resultId);
}

export function packedSemanticTokens(client: () => LanguageClient): TokensMiddleware {
  return {
    provideDocumentSemanticTokens: (document, token) => ask(client(), document, undefined, token) as Promise<vscode.SemanticTokens | null>,
    provideDocumentSemanticTokensEdits: (document, previousResultId, token) => ask(client(), document, previousResultId, token),
  };
}
