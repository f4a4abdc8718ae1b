/** Escaping for text that comes from YAML and ends up in SVG/HTML markup. */

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * `s` with the five markup characters as entities (safe in text and in quoted attributes).
 * Most strings of a diagram (ids, numbers, coordinates, class names) have none: they are
 * returned as they are after one scan, instead of five replacements each (a 10,000-system
 * drawing escapes ~100,000 strings).
 */
export function escapeXml(s: string): string {
  return SPECIAL.test(s) ? s.replace(SPECIALS, (c) => ENTITY[c]) : s;
}
