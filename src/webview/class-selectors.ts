/**
 * The picture's stylesheet (DIAGRAM_CSS, core/diagram/svg.ts, the text an export carries)
 * gives a focus picture's second lines their colour by `.ls-node[class*=ls-distance-] .ls-sub`.
 * A selector on the `class` attribute makes Chromium restyle, whenever any element's classes
 * change, every element such a rule could match below it: each class the webview toggles on the
 * canvas (a pan or wheel zoom's start and its commit, the zoom level, the far layer) or the svg
 * (a selection) restyled every rendered system's second line. In Chromium's trace with
 * invalidation tracking (10,000 systems drawn, far out): 2,191 elements, 10–14 ms each time.
 * So in the page that rule selects by classes instead, the same systems (drawing.ts gives
 * distances 0 to 3); the style element's text, which an export copies, stays as it is.
 */

/** The attribute selector and the classes it stands for (drawing.ts: `ls-distance-${Math.min(distance, 3)}`). */
const BY_ATTRIBUTE = /\[class\*=["']?ls-distance-["']?\]/;
const BY_CLASSES = `:is(${[0, 1, 2, 3].map((d) => `.ls-distance-${d}`).join(', ')})`;

/** Rewrites the rules of `style`'s sheet that select by the class attribute (no-op without the sheet). */
export function selectByClasses(style: Element | null): void {
  const sheet = style instanceof HTMLStyleElement ? style.sheet : null;
  if (!sheet) return;
  for (const rule of sheet.cssRules) {
    if (rule instanceof CSSStyleRule && BY_ATTRIBUTE.test(rule.selectorText)) rule.selectorText = rule.selectorText.replace(BY_ATTRIBUTE, BY_CLASSES);
  }
}
