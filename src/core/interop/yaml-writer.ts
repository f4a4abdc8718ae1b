/**
 * The one YAML writer of import and export: the landscape an importer made as a readable,
 * commented `landscape.yaml` (`writeLandscape`: sections in the SPEC's order, comments above an
 * entity or a section), and plain data as a YAML document (`toYaml`, the Backstage catalog's
 * files). Both write mappings as blocks, short lists of scalars in flow style and multi-line
 * texts as literal blocks. Every text comes from someone else's file, so every scalar is written
 * plain only when YAML reads it back as the same string (any YAML 1.1 or 1.2 reader: `yes`,
 * `0x1F` and `1_000` are quoted too), and quoted with escapes otherwise; comments are cut at line
 * breaks so a text can never end one and start YAML.
 */
import { resolvePlain } from '../parse/resolve-scalar';

export type YamlValue = string | number | boolean | null | readonly YamlValue[] | { readonly [key: string]: YamlValue | undefined };

/** An entity of a section: its fields in the order they are written, and comment lines above it. */
export interface OutEntity {
  fields: Record<string, YamlValue | undefined>;
  comments?: string[];
}

export const OUT_SECTIONS = ['owners', 'domains', 'systems', 'apis', 'dataStores', 'rollouts'] as const;
export type OutSection = (typeof OUT_SECTIONS)[number];

export interface OutDocument {
  /** Comment lines at the top of the file. */
  header: string[];
  metadata?: Record<string, YamlValue | undefined>;
  lint?: YamlValue;
  sections: Partial<Record<OutSection, OutEntity[]>>;
  /** Comment lines above a section's key (what the reader should know about the section). */
  sectionComments?: Partial<Record<OutSection, string[]>>;
  /** Comment lines at the end of the file (what could not be imported). */
  trailer: string[];
}

/** A line of `key: [a, b]` longer than this is written as a block list. */
const FLOW_WIDTH = 100;
const INDENT = '  ';

export function writeLandscape(doc: OutDocument): string {
  const out: string[] = [];
  for (const c of doc.header) out.push(comment('', c));
  out.push('apiVersion: landscape/v1', 'kind: Landscape');
  if (doc.metadata && Object.values(doc.metadata).some((v) => v !== undefined)) writeEntry(out, '', 'metadata', doc.metadata);
  if (doc.lint !== undefined) writeEntry(out, '', 'lint', doc.lint);
  for (const section of OUT_SECTIONS) {
    const entities = doc.sections[section];
    if (!entities || entities.length === 0) continue;
    out.push('');
    for (const c of doc.sectionComments?.[section] ?? []) out.push(comment('', c));
    out.push(`${section}:`);
    for (const e of entities) {
      for (const c of e.comments ?? []) out.push(comment(INDENT, c));
      writeListItem(out, INDENT, e.fields);
    }
  }
  if (doc.trailer.length) {
    out.push('');
    for (const c of doc.trailer) out.push(comment('', c));
  }
  return `${out.join('\n')}\n`;
}

/** A mapping (a catalog entity) as one YAML document, keys in insertion order, `undefined` values left out. */
export function toYaml(map: Readonly<Record<string, unknown>>): string {
  const out: string[] = [];
  writeMapBody(out, '', map as Record<string, YamlValue | undefined>);
  return `${out.join('\n')}\n`;
}

/** `key: value` at `indent`, the value inline when it fits on the line, else below it. */
function writeEntry(out: string[], indent: string, key: string, value: YamlValue): void {
  const k = `${indent}${scalar(key, false)}:`;
  const inline = inlineValue(value, k.length + 1);
  if (inline !== undefined) {
    out.push(`${k} ${inline}`);
    return;
  }
  if (typeof value === 'string') {
    out.push(`${k} ${blockHeader(value)}`);
    pushBlockLines(out, `${indent}${INDENT}`, value);
  } else if (Array.isArray(value)) {
    out.push(k);
    for (const item of value as readonly YamlValue[]) writeListItem(out, `${indent}${INDENT}`, item);
  } else {
    out.push(k);
    writeMapBody(out, `${indent}${INDENT}`, value as Record<string, YamlValue | undefined>);
  }
}

function writeMapBody(out: string[], indent: string, map: Readonly<Record<string, YamlValue | undefined>>): void {
  for (const [key, v] of Object.entries(map)) if (v !== undefined) writeEntry(out, indent, key, v);
}

/** `- item` at `indent`; the first line of a mapping or a list in the list goes on the dash's line (`- key: v`, `- - a`). */
function writeListItem(out: string[], indent: string, item: YamlValue): void {
  const inline = inlineValue(item, indent.length + 2);
  if (inline !== undefined) out.push(`${indent}- ${inline}`);
  else if (typeof item === 'string') {
    out.push(`${indent}- ${blockHeader(item)}`);
    pushBlockLines(out, `${indent}${INDENT}`, item);
  } else {
    const body: string[] = [];
    const inner = `${indent}${INDENT}`;
    if (Array.isArray(item)) for (const x of item as readonly YamlValue[]) writeListItem(body, inner, x);
    else writeMapBody(body, inner, item as Record<string, YamlValue | undefined>);
    out.push(`${indent}- ${body[0].slice(inner.length)}`);
    for (let i = 1; i < body.length; i++) out.push(body[i]);
  }
}

/** The value written on its key's line, or undefined when it needs lines of its own. */
function inlineValue(value: YamlValue, column: number): string | undefined {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return nonString(value);
  if (typeof value === 'string') return isBlockText(value) ? undefined : scalar(value, false);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const flow = flowList(value as readonly YamlValue[]);
    return flow !== undefined && column + flow.length <= FLOW_WIDTH ? flow : undefined;
  }
  return Object.values(value as object).some((v) => v !== undefined) ? undefined : '{}';
}

/** `[a, b]` when every item is a one-line scalar, else undefined. */
function flowList(items: readonly YamlValue[]): string | undefined {
  const parts: string[] = [];
  for (const item of items) {
    if (item === null || typeof item === 'boolean' || typeof item === 'number') parts.push(nonString(item));
    else if (typeof item === 'string' && !isBlockText(item)) parts.push(scalar(item, true));
    else return undefined;
  }
  return `[${parts.join(', ')}]`;
}

// --- scalars

/** null, a boolean or a number as YAML writes it (`.inf`, `.nan`: YAML's words for what JSON has none). */
function nonString(v: null | boolean | number): string {
  if (typeof v !== 'number' || Number.isFinite(v)) return String(v);
  return Number.isNaN(v) ? '.nan' : v > 0 ? '.inf' : '-.inf';
}

/** Characters a plain scalar may hold (letters and digits of any script, the marks of URLs and paths). */
const PLAIN_BODY = /^[\p{L}\p{N}_./@+()&'~=%?!*;:#$ -]*$/u;
/** Characters a plain scalar may start with (no indicator: - ? : , [ ] { } # & * ! | > ' " % @ `). */
const PLAIN_START = /^[\p{L}\p{N}_./(]/u;
/** YAML 1.1 booleans and null that a 1.2 reader takes as strings: quoted, for every reader. */
const YAML11_WORDS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
/** Number-like in some YAML version (1.1 has 0b…, 1_000, 1:20, .5): quoted unless a date. */
const NUMBERISH = /^[-+.]?[0-9][0-9a-fA-FxXoObB_.:+-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A string as a YAML scalar on one line: plain when that reads back the same, else double-quoted. */
export function scalar(s: string, inFlow: boolean): string {
  if (isPlainSafe(s, inFlow)) return s;
  // Single quotes take every printable character as it is (JSON, paths with backslashes): easier to read.
  NEEDS_ESCAPE.lastIndex = 0;
  return NEEDS_ESCAPE.test(s.replace(/[\\"]/g, '')) ? doubleQuoted(s) : `'${s.replace(/'/g, "''")}'`;
}

function isPlainSafe(s: string, inFlow: boolean): boolean {
  if (s === '' || s.length > 200 || !PLAIN_START.test(s) || !PLAIN_BODY.test(s) || s.endsWith(' ')) return false;
  // `: ` starts a value and ` #` a comment; a final `:` would make the scalar a key.
  if (/: | #|:$/.test(s)) return false;
  if (inFlow && /[,[\]{}]/.test(s)) return false;
  if (YAML11_WORDS.test(s) || (NUMBERISH.test(s) && !DATE.test(s))) return false;
  return resolvePlain(s) === s;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\0': '\\0', '\u0085': '\\N', '\u00a0': '\\_', '\u2028': '\\L', '\u2029': '\\P' };

/** Code points YAML cannot hold unescaped (outside c-printable), plus the line separators and the BOM. */
// eslint-disable-next-line no-control-regex -- these are the control characters YAML cannot hold as they are
const NEEDS_ESCAPE = /[\\"\0-\x1f\x7f-\x9f\u00a0\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function doubleQuoted(s: string): string {
  return `"${s.replace(NEEDS_ESCAPE, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

/** A text written as a literal block (`|`): several lines, every character printable, nothing a block would change. */
function isBlockText(s: string): boolean {
  if (!s.includes('\n')) return false;
  NEEDS_ESCAPE.lastIndex = 0;
  const escapes = s.replace(/[\n\t]/g, '').replace(/[\\"]/g, '');
  NEEDS_ESCAPE.lastIndex = 0;
  // A first line starting with a space would need an indentation indicator, and the blank
  // lines at the end of a `|+` block would take the blank line after it: both are written
  // double-quoted instead.
  return !NEEDS_ESCAPE.test(escapes) && !/^[ \n]/.test(s) && !s.endsWith('\n\n');
}

/** `|` or `|-`: the chomping that gives back the text's one trailing line break, or none. */
function blockHeader(s: string): string {
  return s.endsWith('\n') ? '|' : '|-';
}

function pushBlockLines(out: string[], indent: string, s: string): void {
  const body = s.endsWith('\n') ? s.slice(0, -1) : s;
  for (const line of body.split('\n')) out.push(line === '' ? '' : `${indent}${line}`);
}

// --- comments

/** One comment line: line breaks and characters YAML does not allow become visible escapes. */
function comment(indent: string, text: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters a comment cannot hold
  const safe = text.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ').replace(/[\0-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return safe.trim() === '' ? `${indent}#` : `${indent}# ${safe.trimEnd()}`;
}
