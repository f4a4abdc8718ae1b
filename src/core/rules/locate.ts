/** Where findings go (SPEC §3 "located at …") and the text edits quick fixes make. */
import type { EntityBase } from '../model/entities';
import { findPair, spanOf, type Span, type YMap } from '../parse/yaml-tree';
import type { Fix, TextEdit } from '../types';

/** Span of `key: value` in the entity's mapping, or the id when the key is absent. */
export function keySpan(e: EntityBase, key: string): Span {
  const p = findPair(e.node, key);
  return p ? { start: p.key.start, end: p.value ? Math.max(p.key.end, p.value.end) : p.key.end } : e.idSpan;
}

/** Span of the value of `key` (the key itself when the value is empty), or the id. */
export function valueSpan(e: EntityBase, key: string): Span {
  const p = findPair(e.node, key);
  if (!p) return e.idSpan;
  return spanOf(p.value && p.value.end > p.value.start ? p.value : p.key);
}

export function replaceEdit(file: string, span: Span, newText: string): TextEdit {
  return { file, start: span.start, end: span.end, newText };
}

/** Quotes a YAML scalar only when it needs quotes. */
export function yamlScalar(s: string): string {
  return /^[a-z0-9][a-z0-9-]*$/i.test(s) ? s : JSON.stringify(s);
}

/**
 * Inserts `key: value` into a mapping, keeping every comment and the file's layout:
 * in a flow mapping before the closing brace, in a block mapping as a new line after the
 * last line of the mapping, indented like its first key.
 */
export function insertKeyEdit(file: string, text: string, map: YMap, key: string, value: string): TextEdit {
  const last = map.pairs[map.pairs.length - 1];
  if (map.flow) {
    const close = map.end - 1; // the '}'
    if (!last) return { file, start: map.start + 1, end: close, newText: ` ${key}: ${value} ` };
    return { file, start: last.end, end: last.end, newText: `, ${key}: ${value}` };
  }
  const first = map.pairs[0];
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  // A mapping that is a list item starts after "- ": indent to the key's column.
  const indent = ' '.repeat(first.start - lineStart);
  let eol = text.indexOf('\n', last ? last.end : map.end);
  if (eol < 0) eol = text.length;
  const nl = lineBreakOf(text);
  const at = text[eol - 1] === '\r' ? eol - 1 : eol;
  return { file, start: at, end: at, newText: `${nl}${indent}${key}: ${value}` };
}

/**
 * The file's line break, as its first line ends (what editors detect too). Not a search of
 * the whole text: quick fixes are built for every finding, thousands on a large file.
 */
export function lineBreakOf(text: string): '\r\n' | '\n' {
  const first = text.indexOf('\n');
  return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
}

export function fix(title: string, kind: string, edits: TextEdit[], safe = false): Fix {
  return { title, kind, safe, edits };
}
