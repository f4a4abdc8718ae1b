/**
 * Which lines' code lenses the extension asks for in a long file (lens-window.ts): the lines its
 * editors show and MARGIN_LINES around them, and when scrolling calls for asking again. Lines
 * are 0-based and inclusive. No `vscode` here, so it is tested in Node.
 */

/** Files with more lines than this get the lenses around their visible lines only. */
export const WINDOW_FROM_LINES = 5_000;
/** Lines above and below the visible ones whose lenses are asked for too (~120 systems of a generated landscape). */
export const MARGIN_LINES = 1_500;

export interface Lines {
  start: number;
  end: number;
}

/** The lines to ask lenses for: each visible range widened by MARGIN_LINES; none (ask for all) in a short file or one no editor shows. */
export function linesToAsk(visible: readonly Lines[], lineCount: number): Lines[] {
  if (lineCount <= WINDOW_FROM_LINES) return [];
  return visible.map((r) => ({ start: Math.max(0, r.start - MARGIN_LINES), end: Math.min(lineCount - 1, r.end + MARGIN_LINES) }));
}

/** Whether the visible lines came within half a margin of the edge of what was asked (the file's own ends aside). */
export function askAgain(visible: readonly Lines[], asked: readonly Lines[], lineCount: number): boolean {
  const slack = MARGIN_LINES / 2;
  const inside = (r: Lines): boolean => asked.some((w) => (w.start === 0 || r.start - slack >= w.start) && (w.end === lineCount - 1 || r.end + slack <= w.end));
  return !visible.every(inside);
}
