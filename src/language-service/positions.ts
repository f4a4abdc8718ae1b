/**
 * Offsets of a lint result → LSP positions. A finding's offsets refer to the text that was
 * linted, so they are converted with that text (not a newer buffer); the line index is made
 * once per result and file (a lint reports thousands of spans into one file), and a file whose
 * text a new lint read unchanged (every file but the one being edited) keeps the index it had.
 */
import { LineIndex, sourceText, type LintResult } from '../core/index';
import type { Range } from 'vscode-languageserver-types';

const indexes = new WeakMap<LintResult, Map<string, LineIndex>>();

/** The last index made per file and the text it indexes: at most this many files (the least recently used go). */
const KEPT_FILES = 64;
const lastByFile = new Map<string, { text: string; index: LineIndex }>();

function indexOfText(file: string, text: string): LineIndex {
  const last = lastByFile.get(file);
  lastByFile.delete(file);
  const index = last?.text === text ? last.index : new LineIndex(text);
  lastByFile.set(file, { text, index });
  if (lastByFile.size > KEPT_FILES) lastByFile.delete(lastByFile.keys().next().value!);
  return index;
}

export function lineIndexOf(result: LintResult, file: string): LineIndex {
  let byFile = indexes.get(result);
  if (!byFile) indexes.set(result, (byFile = new Map<string, LineIndex>()));
  let index = byFile.get(file);
  if (!index) byFile.set(file, (index = indexOfText(file, sourceText(result, file) ?? '')));
  return index;
}

export function rangeOf(result: LintResult, file: string, span: { start: number; end: number }): Range {
  const index = lineIndexOf(result, file);
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
