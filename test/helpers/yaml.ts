/**
 * YAML snippets in tests, written as they look: an indented template literal.
 *
 *     yaml`
 *       systems:
 *         - { id: shop, mode: mode2 }
 *     `
 *
 * is `'systems:\n  - { id: shop, mode: mode2 }\n'`: the line break after the opening backtick
 * goes, the indentation the lines have in common goes, and the closing backtick on a line of
 * its own ends the text with a line break (written right after the last line, it ends without
 * one). Blank lines stay blank. Interpolated values are put in as they are: a multi-line value
 * must be whole lines of YAML at their own indentation.
 */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  // The text's pieces are measured as lines with a one-character stand-in for each value.
  const HOLE = '\u{F8FF}';
  let text = strings.join(HOLE);
  if (text.startsWith('\n')) text = text.slice(1);
  const lines = text.split('\n');
  if (lines.length > 1 && /^ *$/.test(lines[lines.length - 1])) lines[lines.length - 1] = '';
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  const pieces = lines.map((l) => (l.trim() === '' ? '' : l.slice(indent))).join('\n').split(HOLE);
  return pieces.reduce((out, piece, k) => out + String(values[k - 1]) + piece);
}
