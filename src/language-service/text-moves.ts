/**
 * What an edit did to the positions of the nodes it did not touch. The incremental re-parse
 * keeps such nodes (and the entities read from them) as the same objects at their new offsets
 * (parse/incremental.ts): a node before the edit has the position it had; one after the edit
 * whose line starts after it has the same character, its line moved by the lines the edit
 * added or removed. So an answer made for a kept entity (a lens, a symbol, its tokens) is kept
 * or moved by lines, not made again, and only the entities the edit touched cost anything.
 */
import { changedRange, type LineIndex, type Span } from '../core/index';
import type { Range } from 'vscode-languageserver-types';

export class TextMoves {
  /** Where the edit starts (the texts agree before it) and ends in the new text (they agree after it). */
  readonly prefix: number;
  readonly newEnd: number;
  /** How many lines the text after the edit moved down (up when negative). */
  readonly lines: number;

  /** The moves from `before` (the text and its line count at the last answer; none: everything is new) to `text`. */
  constructor(before: { text: string; lineCount: number } | undefined, private readonly text: string, index: LineIndex) {
    if (!before) {
      this.prefix = 0;
      this.newEnd = Infinity;
      this.lines = 0;
      return;
    }
    const edit = before.text === text ? { prefix: text.length, oldEnd: text.length, delta: 0 } : changedRange(before.text, text);
    this.prefix = edit.prefix;
    this.newEnd = edit.oldEnd + edit.delta;
    // Line starts after the edit are the same characters before and after it (a start depends on the two characters around it).
    this.lines = index.lineCount - before.lineCount;
  }

  /**
   * Whether the text from the start of `start`'s line up to `end` (exclusive) is as it was,
   * so that positions in it keep their characters: it ends before the edit, or its line starts
   * after it (a line feed after the edit comes before it).
   */
  untouched(start: number, end: number): boolean {
    return end <= this.prefix || (start > 0 && this.text.lastIndexOf('\n', start - 1) >= this.newEnd);
  }

  /** Whether the edit moved nothing at or after `offset`'s line start down or up (it is before the edit, or no lines came or went). */
  private sameLines(offset: number): boolean {
    return this.lines === 0 || offset < this.prefix;
  }

  /**
   * The range now of a kept node whose range was `previous`: `previous` itself where the edit
   * left it, moved by lines where only lines moved, undefined where the edit touched its text
   * (the caller computes it again). The character after the node counts: a CR before it ends
   * a line only when no LF follows.
   */
  rangeOf(span: Span, previous: Range): Range | undefined {
    if (!this.untouched(span.start, span.end + 1)) return undefined;
    if (this.sameLines(span.start)) return previous;
    const d = this.lines;
    return { start: { line: previous.start.line + d, character: previous.start.character }, end: { line: previous.end.line + d, character: previous.end.character } };
  }
}
