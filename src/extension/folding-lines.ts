/**
 * Folding ranges asked for as line numbers (`landscape/foldingLines`, protocol.ts): VS Code asks
 * after each keystroke, and a 10,000-system file has 5,000 ranges (the limit) that the language
 * client's converter turned from objects into VS Code's, batch by batch, in the shared extension
 * host; seen at 72 and 247 ms in loaded benchmark runs. Pairs of numbers parse and convert in ~1 ms.
 */
import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';
import { answered } from './answer-counts';
import { askServer } from './ask-server';
import { FoldingLinesRequest } from '../server/protocol';

export function foldingLines(client: () => LanguageClient): Required<Pick<Middleware, 'provideFoldingRanges'>> {
  return {
    async provideFoldingRanges(document, _context, token) {
      const c = client();
      const lines = await askServer(c, FoldingLinesRequest, { textDocument: { uri: c.code2ProtocolConverter.asUri(document.uri) } }, token);
      if (!lines || token.isCancellationRequested) return null;
      answered.foldingLines++;
      const ranges: vscode.FoldingRange[] = [];
      for (let i = 0; i + 1 < lines.length; i += 2) ranges.push(new vscode.FoldingRange(lines[i], lines[i + 1]));
      return ranges;
    },
  };
}
