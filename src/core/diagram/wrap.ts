/**
 * Whole names in a fixed box, for pictures that have no tooltip to recover a cut name: the
 * exports of the editor (text measured by the browser) and `landscape render` (no browser:
 * widths estimated from character classes, on the generous side). One line at 13 px when it
 * fits; else two lines, at 13 px if they fit (so a fitted diagram's names are one size and
 * the webview's readable zoom, webview/fit.ts, is set by 13 px), then 12 → 9 px; else as
 * many lines as it takes at 8 px.
 */

/** A name's size when it needs no shrinking (one line or two), and the sub line's under a one-line name. */
export const NAME_PX = 13;
export const SUB_PX = 11;

/** Width of a text at a size and weight, in px. */
export type MeasureText = (text: string, px: number, weight: number) => number;

/**
 * Greedy word wrap by width (the first line may be shorter: finding badges sit at its end);
 * a word wider than a line is broken between characters. Breaks after spaces, hyphens and
 * slashes (names and ids use them).
 */
export function wrapText(width: (s: string) => number, text: string, max: number, firstMax = max): string[] {
  const words = text.match(/[^\s/-]+[/-]?\s*|[\s/-]+/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  const room = (): number => (lines.length ? max : firstMax);
  for (const word of words) {
    if (width((line + word).trimEnd()) <= room()) {
      line += word;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    for (const ch of word) {
      if (line && width((line + ch).trimEnd()) > room()) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += ch;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}

export interface LabelLayout {
  lines: string[];
  /** Font size of the name's lines. */
  px: number;
  /** Baselines of the name's lines, from the box's top. */
  ys: number[];
  /** The second line (id, shadow IT, exposure): its size and baseline. */
  sub: { px: number; y: number };
}

/** The single-line layout: name at 13 px on 18, sub line at 11 px on 34. */
const ONE_LINE = { px: NAME_PX, y: 18, subPx: SUB_PX, subY: 34 };

/**
 * Lays out a box's name (and its sub line) to fit `max` px (`firstMax` for the first of
 * several lines). `weight` is the name's font weight (groups are bold). A name that fits one
 * line at a smaller size keeps the one-line positions at that size.
 */
export function layoutLabel(measure: MeasureText, label: string, sub: string, max: number, firstMax: number, weight: number): LabelLayout {
  let lines = [label];
  let px = ONE_LINE.px;
  // One line at 13 px sits below the badges; wrapped lines start higher and keep clear of them.
  if (measure(label, px, weight) > max) {
    lines = [];
    for (const size of [13, 12, 11, 10, 9]) {
      lines = wrapText((s) => measure(s, size, weight), label, max, firstMax);
      px = size;
      if (lines.length <= 2) break;
    }
    if (lines.length > 2) {
      px = 8;
      lines = wrapText((s) => measure(s, px, weight), label, max, firstMax);
    }
  }
  if (lines.length === 1) {
    let subPx = ONE_LINE.subPx;
    while (subPx > 7 && measure(sub, subPx, 400) > max) subPx -= 0.5;
    return { lines, px, ys: [ONE_LINE.y], sub: { px: subPx, y: ONE_LINE.subY } };
  }
  // Two lines at 13 px and the sub line fill the 44 px box: the first baseline a little higher.
  const ys = lines.map((_, i) => 2 + px + i * (px + 1));
  let subPx = Math.min(10, px - 1);
  while (subPx > 7 && measure(sub, subPx, 400) > max) subPx -= 0.5;
  return { lines, px, ys, sub: { px: subPx, y: ys[ys.length - 1] + subPx + 1 } };
}

/**
 * A sans-serif text's width without a browser, in px: per character class, in em, at least
 * as wide as DejaVu Sans and Liberation Sans (what `system-ui` is on Linux servers; most
 * other fonts are narrower), so an estimated line fits when drawn.
 */
export function estimateTextWidth(text: string, px: number, weight = 400): number {
  let em = 0;
  for (const ch of text) {
    if (/[ijl.,:;'!|]/.test(ch)) em += 0.32;
    else if (/[frt()[\]{} /-]/.test(ch)) em += 0.45;
    else if (/[mwMW@%]/.test(ch)) em += 1.0;
    else if (/[A-Z]/.test(ch)) em += 0.78;
    else if (/[a-z0-9]/.test(ch)) em += 0.64;
    else em += 1.0;
  }
  return em * px * (weight >= 600 ? 1.1 : 1);
}
