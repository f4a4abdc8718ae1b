/** A core text edit with placeholders → a snippet (LSP/TextMate syntax: tab stops on the blanks). */
import type { TextEdit } from '../core/index';

/** `$`, `}` and `\` are snippet syntax: escaped, the YAML arrives as written. */
function escape(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/**
 * `${1}` on an empty blank, `${1:true}` on one with default text (selected when visited);
 * numbered in order, so Tab walks them as they appear; the cursor ends after the edit.
 */
function snippetOf(e: Pick<TextEdit, 'newText' | 'placeholders'>): string {
  let out = '';
  let from = 0;
  (e.placeholders ?? []).forEach((p, i) => {
    out += escape(e.newText.slice(from, p.start));
    out += p.end > p.start ? `\${${i + 1}:${escape(e.newText.slice(p.start, p.end))}}` : `\${${i + 1}}`;
    from = p.end;
  });
  return out + escape(e.newText.slice(from));
}

/**
 * The snippet edit for a core edit, in offsets of `text` (the file the edit was made for).
 * VS Code indents every later line of a snippet by the whitespace before the insertion point
 * on its line: `\n    monitoring: …` inserted at the end of `    rollback: …` would land 8
 * deep. A multi-line edit therefore starts at its line's beginning (rewriting that line's
 * text unchanged), where there is no whitespace to add, and keeps its own indentation.
 */
export function snippetEditOf(e: TextEdit, text: string): { start: number; end: number; snippet: string } {
  if (!/[\r\n]/.test(e.newText)) return { start: e.start, end: e.end, snippet: snippetOf(e) };
  const lineStart = text.lastIndexOf('\n', e.start - 1) + 1;
  const before = text.slice(lineStart, e.start);
  const placeholders = e.placeholders?.map((p) => ({ start: p.start + before.length, end: p.end + before.length }));
  return { start: lineStart, end: e.end, snippet: snippetOf({ newText: before + e.newText, placeholders }) };
}
