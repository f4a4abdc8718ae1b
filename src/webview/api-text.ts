/**
 * An API label's line as a rectangle, and a line cut to the room it has. The width is the
 * core's estimate (wrap.ts: `landscape render` lays its names out with it too), which runs
 * wider than the fonts the editor and Chromium draw with: a label is laid out when it is made,
 * before it is rendered, and measuring each one in the DOM would lay out the page per label.
 * An id is one word (no spaces to wrap at): too long, it is cut with an ellipsis and the whole
 * id goes into the label's tooltip, so no label runs under the next lane's box.
 */
import { estimateTextWidth } from '../core/diagram/wrap';
import type { Rect } from './label-room';

/** style.css: `.ls-api-label { font-size: 7.5px }`; a line every LINE units in a stack. */
const PX = 7.5;
export const LINE = 9;
/** Above and below the baseline: an id's glyphs (ascenders 5.5, descenders 1.7 at 7.5 units) and the halo's inner half. */
const ASCENT = 6.5;
const DESCENT = 1.5;

export const textWidth = (text: string): number => estimateTextWidth(text, PX);

/** The rectangle of a line with its baseline at y, from x on its anchor's side. */
export function lineRect(x: number, y: number, width: number, anchor: 'start' | 'end'): Rect {
  return { x: anchor === 'start' ? x - 1 : x - width - 1, y: y - ASCENT, w: width + 2, h: ASCENT + DESCENT };
}

/**
 * `text` whole when it fits in `room` units, else as much of it as fits followed by "…": at
 * least one character and at most all but one (a one-character id that does not fit is "…").
 * One pass: the estimate is a sum over the characters, so a prefix's width grows by each
 * character's (cutting one character at a time and measuring again was quadratic in the id's
 * length, which nothing in the format bounds).
 */
export function fitText(text: string, room: number): string {
  if (textWidth(text) <= room) return text;
  const chars = [...text];
  const left = room - textWidth('…');
  let width = 0;
  let n = 0;
  while (n < chars.length - 1 && (n < 1 || width + textWidth(chars[n]) <= left)) width += textWidth(chars[n++]);
  return `${chars.slice(0, n).join('')}…`;
}
