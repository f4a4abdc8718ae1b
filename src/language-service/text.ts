/** Small reads of a document's text by line, as the editor features need them. */
import type { Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The text of a line without its line break. */
export function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
}

/** The range of the word (`[\w-]+`) at or just before the position, if any. */
export function wordRangeAt(doc: TextDocument, pos: Position): Range | undefined {
  const text = lineText(doc, pos.line);
  let start = pos.character;
  let end = pos.character;
  while (start > 0 && /[\w-]/.test(text[start - 1])) start--;
  while (end < text.length && /[\w-]/.test(text[end])) end++;
  return start === end ? undefined : { start: { line: pos.line, character: start }, end: { line: pos.line, character: end } };
}
