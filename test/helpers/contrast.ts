/**
 * WCAG 2 contrast of the colours Chromium computes: `rgb()`/`rgba()` and the `color(srgb …)`
 * that `color-mix()` computes to; a translucent colour is composited over what is under it.
 */

/** Red, green, blue in 0–1 and alpha. */
type Rgba = [number, number, number, number];

function parseColour(c: string): Rgba {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(c);
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3]), srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(c);
  if (rgb) return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255, rgb[4] === undefined ? 1 : Number(rgb[4])];
  throw new Error(`not a computed colour: ${c}`);
}

/** `layers` from the top down, composited into one opaque colour (white under all). */
function flatten(layers: string[]): Rgba {
  let out: Rgba = [1, 1, 1, 1];
  for (const layer of [...layers].reverse()) {
    const [r, g, b, a] = parseColour(layer);
    out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a), 1];
  }
  return out;
}

function luminance([r, g, b]: Rgba): number {
  const lin = (s: number): number => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The contrast ratio of a text colour over its background layers (top down). */
export function contrastRatio(text: string, background: string[]): number {
  const bg = flatten(background);
  const fg = flatten([text, ...background]);
  const [hi, lo] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
