/**
 * Plain data (strings, numbers, booleans, null, arrays, objects) as block-style YAML, for the
 * Backstage catalog files. A string stays plain only when YAML would read it back as the same
 * string (letters, digits and a few safe characters, not a word YAML takes for a boolean,
 * null or number); every other string is double-quoted with JSON's escapes, which YAML's
 * double-quoted scalars share, plus escapes for what YAML may not hold raw (DEL, C1 controls,
 * line and paragraph separators, the byte-order mark, U+FFFE/U+FFFF).
 */
import { pushAll } from '../../util/collections';

const PLAIN = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
const YAML_WORDS = /^(true|false|yes|no|on|off|y|n|null|~)$/i;

function yamlString(s: string): string {
  if (PLAIN.test(s) && !YAML_WORDS.test(s)) return s;
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function scalar(v: unknown): string {
  if (typeof v === 'string') return yamlString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return 'null';
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A scalar, or a collection without items: written on its key's or dash's line. */
const isEmpty = (v: unknown): boolean => (Array.isArray(v) ? v.length === 0 : isMap(v) ? Object.keys(v).length === 0 : true);

/** Lines of `value` under `indent`; a mapping's keys in insertion order. */
function lines(value: unknown, indent: string, out: string[]): void {
  if (isMap(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const key = `${indent}${yamlString(k)}:`;
      if (isEmpty(v)) {
        out.push(`${key} ${Array.isArray(v) ? '[]' : isMap(v) ? '{}' : scalar(v)}`);
        continue;
      }
      out.push(key);
      lines(v, isMap(v) ? `${indent}  ` : indent, out);
    }
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isEmpty(item)) {
        out.push(`${indent}- ${Array.isArray(item) ? '[]' : isMap(item) ? '{}' : scalar(item)}`);
        continue;
      }
      // The item's first line goes after the dash; the rest keep the indentation under it.
      const nested: string[] = [];
      lines(item, `${indent}  `, nested);
      nested[0] = `${indent}- ${nested[0].trimStart()}`;
      pushAll(out, nested);
    }
    return;
  }
  out.push(`${indent}${scalar(value)}`);
}

export function toYaml(value: unknown): string {
  const out: string[] = [];
  lines(value, '', out);
  return `${out.join('\n')}\n`;
}
