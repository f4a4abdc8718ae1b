/**
 * One request to the server from one of our providers (the compact requests that stand in for
 * the language client's own: tokens, folding, symbols, lenses), failing as the client's own
 * providers fail: a cancelled or outdated ask is no error to show, and answers null; anything
 * else the client reports its way (handleFailedRequest).
 */
import type * as vscode from 'vscode';
import type { LanguageClient, RequestType } from 'vscode-languageclient/node';

export async function askServer<P, R>(client: LanguageClient, type: RequestType<P, R, void>, params: P, token: vscode.CancellationToken): Promise<R | null> {
  try {
    return await client.sendRequest(type, params, token);
  } catch (error) {
    return client.handleFailedRequest(type, token, error, null);
  }
}
