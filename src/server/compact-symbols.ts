/**
 * Document symbols in a compact form for a client that asks for it (`landscape/documentSymbols`,
 * the VS Code extension): flat arrays of names, details and numbers instead of a tree of objects
 * with four position objects each. The outline of a 10,000-system file is 5,000 symbols: 1 MB of
 * LSP JSON that the extension host parsed in one task (~10 ms) after each keystroke, against
 * about a third of that here. Depth-first order; a symbol's parent comes before it.
 */
import type { DocumentSymbol } from 'vscode-languageserver';
// The client's half of the outline delta (applySymbolsDelta, shiftedNumbers) is in the protocol file: the extension shares only that file with the server.
import { COMPACT_SYMBOL_NUMBERS, shiftedNumbers, type CompactSymbols, type CompactSymbolsDelta, type CompactSymbolsEdit, type CompactSymbolsResult } from './protocol';

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

/**
 * Outlines as changes to the last one a client has (`previousResultId`, protocol.ts). At 10,000
 * systems the compact outline is ~290 KB, which the extension host's IPC parsed with the other
 * answers to a keystroke in one task (9-11 ms at load, README's bench:editor); most keystrokes
 * (in a description, a comment) change no symbol, and a line inserted moves every symbol below it
 * by one line, which one shift says. Both sides apply the same rule (`applySymbolsDelta`), so the
 * client's outline is the full answer's by construction; the server checks each symbol it keeps.
 */
const K = COMPACT_SYMBOL_NUMBERS;

/** Where the line numbers from `from` on moved by `by` (the protocol's `shift`). */
export type LineShift = NonNullable<CompactSymbolsDelta['shift']>;

/**
 * The edits that make `after` of `before` moved by `shift` (the server's half), or undefined
 * when they would be most of the outline (a full answer is no larger). A greedy walk: where the
 * two differ, the nearest pair of symbols further on that agree ends the edit.
 */
export function symbolsDelta(before: CompactSymbols, after: CompactSymbols, shift: LineShift | undefined): CompactSymbolsEdit[] | undefined {
  const a = shiftedNumbers(before.numbers, shift);
  const b = after.numbers;
  const oldN = before.names.length;
  const newN = after.names.length;
  const oldToNew = new Int32Array(oldN).fill(-2);
  // An edit being looked for: from old `pi` and new `pj`, its first `pm` symbols replaced one for one.
  let pi = 0;
  let pj = 0;
  let pm = 0;
  let budget = 64 * (oldN + newN) + 10_000;
  const same = (i: number, j: number): boolean => {
    budget--;
    if (before.names[i] !== after.names[j] || before.details[i] !== after.details[j]) return false;
    const o = i * K;
    const p = j * K;
    for (let k = 0; k < K; k++) if (k !== 1 && a[o + k] !== b[p + k]) return false;
    const parent = a[o + 1];
    const mapped = parent < 0 ? -1 : parent < pi ? oldToNew[parent] : parent - pi < pm ? pj + (parent - pi) : -2;
    return b[p + 1] === mapped;
  };
  const edits: CompactSymbolsEdit[] = [];
  let inserted = 0;
  let i = 0;
  let j = 0;
  const WINDOW = 64;
  while (i < oldN || j < newN) {
    pi = i;
    pj = j;
    pm = 0;
    if (i < oldN && j < newN && same(i, j)) {
      oldToNew[i++] = j++;
      continue;
    }
    // The nearest resumption: di old symbols replaced by dj new ones, then a pair that agrees (or both ends).
    let di = oldN - i;
    let dj = newN - j;
    search: for (let t = 1; t <= WINDOW; t++) {
      for (let x = 0; x <= t; x++) {
        const y = t - x;
        if (i + x > oldN || j + y > newN) continue;
        pm = Math.min(x, y);
        if ((i + x === oldN && j + y === newN) || (i + x < oldN && j + y < newN && same(i + x, j + y))) {
          di = x;
          dj = y;
          break search;
        }
      }
    }
    if (budget < 0) return undefined;
    edits.push({ start: i, deleteCount: di, names: after.names.slice(j, j + dj), details: after.details.slice(j, j + dj), numbers: b.slice(j * K, (j + dj) * K) });
    for (let k = 0; k < Math.min(di, dj); k++) oldToNew[i + k] = j + k;
    inserted += dj;
    if (inserted > newN / 2) return undefined;
    i += di;
    j += dj;
  }
  return edits;
}

/** How many characters two texts end with alike (compared in blocks, then smaller ones). */
function commonSuffixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let s = 0;
  for (let step = 1 << 16; step >= 1; step >>= 4) {
    while (s + step <= n && a.slice(a.length - s - step, a.length - s) === b.slice(b.length - s - step, b.length - s)) s += step;
  }
  return s;
}

function newlinesIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) count++;
  return count;
}

/**
 * Lines of `before` that `after` has too, moved: every whole line in the text both end with
 * moves by the difference in line counts. Undefined when no line moved (most keystrokes).
 */
function lineShiftOf(before: string, beforeLines: number, after: string, afterLines: number): LineShift | undefined {
  const by = afterLines - beforeLines;
  if (by === 0) return undefined;
  const suffix = commonSuffixLength(before, after);
  // The first line that starts inside the common end (its newline before it inside it too).
  const newline = before.indexOf('\n', before.length - suffix);
  if (newline < 0) return undefined;
  const start = newline + 1;
  // Counted over the shorter side of the text.
  const from = start < before.length / 2 ? newlinesIn(before, 0, start) : beforeLines - 1 - newlinesIn(before, start, before.length);
  return { from, by };
}

/** The last outlines answered per document, for answers relative to them. */
export class SymbolResults {
  /**
   * A few per document, newest last: an answer the client cancelled or has not received yet
   * still leaves it the one before to name.
   */
  private readonly last = new Map<string, { id: string; symbols: CompactSymbols; text: string; lines: number }[]>();
  private next = 1;
  /** Ids of another server (one restarted) are never taken for ours. */
  private readonly prefix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.`;

  /** The answer to a client that has `previousResultId` (null: none) for `symbols` of `text`. */
  answer(uri: string, previousResultId: string | null, symbols: CompactSymbols, text: string, lines: number): CompactSymbolsResult | CompactSymbolsDelta {
    const resultId = this.prefix + String(this.next++);
    const results = this.last.get(uri) ?? [];
    const kept = results.find((r) => r.id === previousResultId);
    results.push({ id: resultId, symbols, text, lines });
    if (results.length > KEPT_RESULTS) results.shift();
    this.last.set(uri, results);
    if (kept && previousResultId !== null) {
      const shift = lineShiftOf(kept.text, kept.lines, text, lines);
      const edits = symbolsDelta(kept.symbols, symbols, shift);
      if (edits) return shift ? { resultId, previousResultId, shift, edits } : { resultId, previousResultId, edits };
    }
    return { resultId, names: symbols.names, details: symbols.details, numbers: symbols.numbers };
  }

  closed(uri: string): void {
    this.last.delete(uri);
  }
}
const KEPT_RESULTS = 3;
