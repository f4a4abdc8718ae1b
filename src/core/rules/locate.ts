/** Where findings go (SPEC §3 "located at …") and the text edits quick fixes make. */
import type { EntityBase } from '../model/entities';
import { findPair, type Span, type YMap, type YPair } from '../parse/yaml-tree';
import type { Fix, Placeholder, TextEdit } from '../types';

/**
 * Span of `key: value` in the entity's mapping (the pair itself: from its key to the end of
 * the key or value, whichever is later), or the id when the key is absent. Nodes, not copies:
 * they move with edits elsewhere (lint/rule-reuse.ts).
 */
export function keySpan(e: EntityBase, key: string): Span {
  return findPair(e.node, key) ?? e.idSpan;
}

/** Span of the value of `key` (the key itself when the value is empty), or the id. */
export function valueSpan(e: EntityBase, key: string): Span {
  const p = findPair(e.node, key);
  if (!p) return e.idSpan;
  return p.value && p.value.end > p.value.start ? p.value : p.key;
}

export function replaceEdit(file: string, span: Span, newText: string): TextEdit {
  return { file, start: span.start, end: span.end, newText };
}

/** A value to insert with the blanks the user fills in (see `skeleton`). */
export interface Skeleton {
  text: string;
  placeholders: Placeholder[];
}

/**
 * Reads a skeleton template: `‹›` marks an empty blank, `‹text›` a blank with default text
 * (selected when the editor visits it). `skeleton('{ dashboards: [‹›], alerting: ‹true› }')`
 * is the text `{ dashboards: [], alerting: true }` with two placeholders.
 */
export function skeleton(template: string): Skeleton {
  // Templates are constants of the rules, read once each: a rule offers its skeleton on
  // every finding, tens of thousands on a large landscape.
  let s = skeletons.get(template);
  if (!s) skeletons.set(template, (s = readSkeleton(template)));
  return s;
}

const skeletons = new Map<string, Skeleton>();

function readSkeleton(template: string): Skeleton {
  const placeholders: Placeholder[] = [];
  let text = '';
  let from = 0;
  for (let open = template.indexOf('‹'); open >= 0; open = template.indexOf('‹', from)) {
    const close = template.indexOf('›', open);
    text += template.slice(from, open);
    placeholders.push({ start: text.length, end: text.length + close - open - 1 });
    text += template.slice(open + 1, close);
    from = close + 1;
  }
  return { text: text + template.slice(from), placeholders };
}

/** `prefix + value + suffix` as an edit's text, the value's placeholders shifted after the prefix. */
function withValue(file: string, start: number, end: number, prefix: string, value: string | Skeleton, suffix = ''): TextEdit {
  if (typeof value === 'string') return { file, start, end, newText: prefix + value + suffix };
  const { newText, placeholders } = skeletonText(prefix, value, suffix);
  return { file, start, end, newText, placeholders };
}

/**
 * A skeleton's text between a prefix and a suffix, with its placeholders, made once per
 * (prefix, skeleton, suffix): a rule inserts the same skeleton at the same indentation into
 * every entity it flags (tens of thousands on a large landscape). Shared by the edits that
 * use it (nobody changes an edit).
 */
function skeletonText(prefix: string, value: Skeleton, suffix: string): SkeletonText {
  let byAffixes = skeletonTexts.get(value);
  if (!byAffixes) skeletonTexts.set(value, (byAffixes = new Map<string, SkeletonText>()));
  const key = `${prefix}\0${suffix}`;
  let made = byAffixes.get(key);
  if (!made) {
    made = { newText: prefix + value.text + suffix, placeholders: value.placeholders.map((p) => ({ start: p.start + prefix.length, end: p.end + prefix.length })) };
    // Prefixes are a key and an indentation: few. A file indented a thousand ways starts over.
    if (byAffixes.size >= 1000) byAffixes.clear();
    byAffixes.set(key, made);
  }
  return made;
}

interface SkeletonText {
  newText: string;
  placeholders: Placeholder[];
}

const skeletonTexts = new Map<Skeleton, Map<string, SkeletonText>>();

/**
 * Where a pair's text ends: after its value, or after the `:` of a key without a value (the
 * tree places an absent value at the end of its key, before the colon).
 */
function pairEnd(text: string, p: YPair): number {
  if (p.value && p.value.end > p.value.start) return p.value.end;
  const colon = /^[ \t]*:/.exec(text.slice(p.key.end, p.key.end + 80));
  return colon ? p.key.end + colon[0].length : p.key.end;
}

/**
 * Inserts `key: value` into a mapping, keeping every comment and the file's layout:
 * in a flow mapping before the closing brace, in a block mapping as a new line after the
 * last line of the mapping, indented like its first key.
 */
export function insertKeyEdit(file: string, text: string, map: YMap, key: string, value: string | Skeleton): TextEdit {
  const last = map.pairs[map.pairs.length - 1];
  if (map.flow) {
    const close = map.end - 1; // the '}'
    if (!last) return withValue(file, map.start + 1, close, ` ${key}: `, value, ' ');
    const end = pairEnd(text, last);
    return withValue(file, end, end, `, ${key}: `, value);
  }
  const first = map.pairs[0];
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  // A mapping that is a list item starts after "- ": indent to the key's column.
  const indent = ' '.repeat(first.start - lineStart);
  let eol = text.indexOf('\n', last ? last.end : map.end);
  if (eol < 0) eol = text.length;
  const nl = lineBreakOf(text);
  const at = text[eol - 1] === '\r' ? eol - 1 : eol;
  return withValue(file, at, at, `${nl}${indent}${key}: `, value);
}

/**
 * Sets `key` of a mapping to `value`: replaces its value, gives a key without one (`owner:`,
 * `owner: ""`) the value after its colon, or inserts the pair (`insertKeyEdit`). Inserting a
 * second `owner` beside an empty one made a duplicate key.
 */
export function setValueEdit(file: string, text: string, map: YMap, key: string, value: string | Skeleton): TextEdit {
  const p = findPair(map, key);
  if (!p) return insertKeyEdit(file, text, map, key, value);
  if (p.value && p.value.end > p.value.start) return withValue(file, p.value.start, p.value.end, '', value);
  const at = pairEnd(text, p);
  return withValue(file, at, at, ' ', value);
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
