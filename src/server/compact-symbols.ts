/**
 * Document symbols in a compact form for a client that asks for it (`landscape/documentSymbols`,
 * the VS Code extension): flat arrays of names, details and numbers instead of a tree of objects
 * with four position objects each. The outline of a 10,000-system file is 5,000 symbols: 1 MB of
 * LSP JSON that the extension host parsed in one task (~10 ms) after each keystroke, against
 * about a third of that here. Depth-first order; a symbol's parent comes before it.
 */
import type { DocumentSymbol } from 'vscode-languageserver';
import { COMPACT_SYMBOL_NUMBERS, type CompactSymbols } from './protocol';

export function compactSymbols(symbols: readonly DocumentSymbol[]): CompactSymbols {
  const out: CompactSymbols = { names: [], details: [], numbers: [] };
  const add = (s: DocumentSymbol, parent: number): void => {
    const index = out.names.length;
    out.names.push(s.name);
    out.details.push(s.detail ?? '');
    const r = s.range;
    const sel = s.selectionRange;
    out.numbers.push(s.kind, parent, r.start.line, r.start.character, r.end.line, r.end.character, sel.start.line, sel.start.character, sel.end.line, sel.end.character);
    for (const c of s.children ?? []) add(c, index);
  };
  for (const s of symbols) add(s, -1);
  return out;
}

/** The tree again (tests; the extension builds VS Code's symbols from the arrays directly). */
export function symbolsOfCompact(c: CompactSymbols): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const made: DocumentSymbol[] = [];
  const n = c.numbers;
  for (let i = 0; i < c.names.length; i++) {
    const o = i * COMPACT_SYMBOL_NUMBERS;
    const s: DocumentSymbol = {
      name: c.names[i],
      detail: c.details[i],
      kind: n[o] as DocumentSymbol['kind'],
      range: { start: { line: n[o + 2], character: n[o + 3] }, end: { line: n[o + 4], character: n[o + 5] } },
      selectionRange: { start: { line: n[o + 6], character: n[o + 7] }, end: { line: n[o + 8], character: n[o + 9] } },
    };
    made.push(s);
    const parent = n[o + 1];
    if (parent < 0) roots.push(s);
    else (made[parent].children ??= []).push(s);
  }
  return roots;
}
