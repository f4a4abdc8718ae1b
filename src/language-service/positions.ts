/**
 * Offsets of a lint result → LSP positions. A finding's offsets refer to the text that was
 * linted, so they are converted with that text (not a newer buffer); the line index is made
 * once per result and file (a lint reports thousands of spans into one file).
 */
import { LineIndex, sourceText, type LintResult } from '../core/index';
import type { Range } from 'vscode-languageserver-types';

const indexes = new WeakMap<LintResult, Map<string, LineIndex>>();

export function lineIndexOf(result: LintResult, file: string): LineIndex {
  let byFile = indexes.get(result);
  if (!byFile) indexes.set(result, (byFile = new Map<string, LineIndex>()));
  let index = byFile.get(file);
  if (!index) byFile.set(file, (index = new LineIndex(sourceText(result, file) ?? '')));
  return index;
}

export function rangeOf(result: LintResult, file: string, span: { start: number; end: number }): Range {
  const index = lineIndexOf(result, file);
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
