/**
 * Code lenses of a long file only around the lines its editors show. VS Code asks a provider
 * for every lens of a file after each keystroke and draws those on visible lines; in a
 * 10,000-system file that was 10,000 lenses, a megabyte the extension host parsed (~25 ms in
 * one task), converted and serialised again for the workbench. A long file is asked for the
 * lenses on its visible lines and MARGIN_LINES around them (`landscape/codeLensesIn`, a few
 * hundred; lens-lines.ts); when scrolling comes within half a margin of the lines asked for,
 * VS Code is told the lenses changed and asks again. A short file, or one no editor shows (a
 * command asking for lenses), gets all of them as before.
 */
import * as vscode from 'vscode';
import { CodeLensRequest, type LanguageClient, type Middleware } from 'vscode-languageclient/node';
import { CodeLensesInRequest } from '../server/protocol';
import { askAgain, linesToAsk, type Lines } from './lens-lines';
import { askServer } from './ask-server';

/** The visible lines of the document's editors. */
const visibleLines = (document: vscode.TextDocument): Lines[] =>
  vscode.window.visibleTextEditors.filter((e) => e.document === document).flatMap((e) => e.visibleRanges.map((r) => ({ start: r.start.line, end: r.end.line })));

export function lensesAroundVisibleLines(context: vscode.ExtensionContext, client: () => LanguageClient): Required<Pick<Middleware, 'provideCodeLenses'>> {
  /** The lines asked for last, per document. */
  const asked = new Map<string, Lines[]>();
  context.subscriptions.push(
    vscode.workspace.onDidCloseTextDocument((d) => asked.delete(d.uri.toString())),
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      const document = e.textEditor.document;
      const windows = asked.get(document.uri.toString());
      if (!windows || !askAgain(e.visibleRanges.map((r) => ({ start: r.start.line, end: r.end.line })), windows, document.lineCount)) return;
      asked.delete(document.uri.toString());
      client().getFeature(CodeLensRequest.method).getProvider(document)?.onDidChangeCodeLensEmitter.fire();
    }),
  );
  return {
    async provideCodeLenses(document, token, next) {
      const windows = linesToAsk(visibleLines(document), document.lineCount);
      if (windows.length === 0) return next(document, token);
      asked.set(document.uri.toString(), windows);
      const c = client();
      const ranges = windows.map((w) => ({ start: { line: w.start, character: 0 }, end: { line: w.end, character: 0 } }));
      const lenses = await askServer(c, CodeLensesInRequest, { textDocument: { uri: c.code2ProtocolConverter.asUri(document.uri) }, ranges }, token);
      return !lenses || token.isCancellationRequested ? null : c.protocol2CodeConverter.asCodeLenses(lenses, token);
    },
  };
}
