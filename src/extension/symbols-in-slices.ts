/**
 * Document symbols asked for in the server's compact form (`landscape/documentSymbols`, flat
 * arrays: a third of the LSP JSON to parse) and built a slice at a time. The language client
 * converts a symbol's children in one go, and our outline is three sections holding up to 5,000
 * systems: after a keystroke in a 10,000-system file that was one task of ~70 ms in the shared
 * extension host, after a parse of ~10 ms. Here the work yields to the event loop every SLICE_MS.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { applySymbolsDelta, COMPACT_SYMBOL_NUMBERS, DocumentSymbolsRequest, type CompactSymbols, type CompactSymbolsResult } from '../server/protocol';
import { askServer } from './ask-server';

/** At most this long in one task before yielding (we aim under 10 ms per task). */
const SLICE_MS = 4;

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The compact symbols as VS Code DocumentSymbols, in slices; undefined if cancelled meanwhile. */
async function asDocumentSymbolsInSlices(client: LanguageClient, c: CompactSymbols, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
  const p2c = client.protocol2CodeConverter;
  const roots: vscode.DocumentSymbol[] = [];
  const made: vscode.DocumentSymbol[] = [];
  const n = c.numbers;
  let sliceStart = performance.now();
  for (let i = 0; i < c.names.length; i++) {
    const o = i * COMPACT_SYMBOL_NUMBERS;
    const range = new vscode.Range(n[o + 2], n[o + 3], n[o + 4], n[o + 5]);
    const selection = new vscode.Range(n[o + 6], n[o + 7], n[o + 8], n[o + 9]);
    const s = new vscode.DocumentSymbol(c.names[i], c.details[i], p2c.asSymbolKind(n[o] as Parameters<typeof p2c.asSymbolKind>[0]), range, selection);
    made.push(s);
    // Parents come before their children (depth-first).
    if (n[o + 1] < 0) roots.push(s);
    else made[n[o + 1]].children.push(s);
    if ((i & 63) === 63 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToLoop();
      if (token.isCancellationRequested) return undefined;
      sliceStart = performance.now();
    }
  }
  return roots;
}

/**
 * The last outline received per document, with its result id: the server answers an ask that
 * names it with what changed since (protocol.ts, `CompactSymbolsDelta`), which for most
 * keystrokes is nothing, instead of the whole outline (~290 KB at 10,000 systems) for the
 * extension host to parse.
 */
export class LastOutlines {
  private readonly last = new Map<string, CompactSymbolsResult>();
  /**
   * VS Code's symbols made of the last outline: an unchanged one gives them again (the
   * extension host copies what a provider returns; symbol-memo.ts gives one answer to two asks too).
   */
  private readonly made = new Map<string, { resultId: string; symbols: vscode.DocumentSymbol[] }>();

  get(uri: string): CompactSymbolsResult | undefined {
    return this.last.get(uri);
  }

  set(uri: string, outline: CompactSymbolsResult): void {
    this.last.set(uri, outline);
  }

  madeOf(uri: string, resultId: string): vscode.DocumentSymbol[] | undefined {
    const m = this.made.get(uri);
    return m?.resultId === resultId ? m.symbols : undefined;
  }

  setMade(uri: string, resultId: string, symbols: vscode.DocumentSymbol[]): void {
    this.made.set(uri, { resultId, symbols });
  }

  delete(uri: string): void {
    this.last.delete(uri);
    this.made.delete(uri);
  }
}

/** The document's symbols from the server, built in slices. */
export async function documentSymbolsInSlices(client: LanguageClient, document: vscode.TextDocument, token: vscode.CancellationToken, outlines: LastOutlines): Promise<vscode.DocumentSymbol[] | null | undefined> {
  const uri = client.code2ProtocolConverter.asUri(document.uri);
  // The outline the answer is relative to: the one this ask names, whatever arrives meanwhile.
  const base = outlines.get(uri);
  const answer = await askServer(client, DocumentSymbolsRequest, { textDocument: { uri }, previousResultId: base?.resultId ?? null }, token);
  if (!answer) return null;
  let compact: CompactSymbols;
  let resultId: string | undefined;
  if ('edits' in answer) {
    if (!base || answer.previousResultId !== base.resultId) return null;
    resultId = answer.resultId;
    compact = applySymbolsDelta(base, answer);
    outlines.set(uri, { resultId, names: compact.names, details: compact.details, numbers: compact.numbers });
    const unchanged = answer.edits.length === 0 && !answer.shift ? outlines.madeOf(uri, base.resultId) : undefined;
    if (unchanged) {
      outlines.setMade(uri, resultId, unchanged);
      return unchanged;
    }
  } else {
    compact = answer;
    if ('resultId' in answer && typeof answer.resultId === 'string') {
      resultId = answer.resultId;
      outlines.set(uri, answer as CompactSymbolsResult);
    }
  }
  if (token.isCancellationRequested) return null;
  const symbols = await asDocumentSymbolsInSlices(client, compact, token);
  if (symbols && resultId !== undefined) outlines.setMade(uri, resultId, symbols);
  return symbols;
}
