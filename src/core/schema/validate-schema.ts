/**
 * Schema check of one file: the YAML tree → plain data → ajv (compiled once) → one finding
 * per offending node, in words an architect understands, at that node's exact span.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as generated from './generated/validators';
import { LANDSCAPE_SCHEMA } from './landscape-schema';
import { SECTIONS, type Section } from './validator-schemas';
import { asMap, deref, findPair, getValue, nodeAtPath, scalarString, spanOf, toPlain, type Span, type YMap, type YNode, type YPair, type YSeq } from '../parse/yaml-tree';
import { calendarDateOf, DATE_PATTERN, isCalendarDate } from '../util/dates';
import { DidYouMean } from '../util/did-you-mean';
import { tally } from '../util/work-counter';

export interface SchemaProblem {
  code: 'core/schema' | 'core/unknown-property';
  message: string;
  span: Span;
}

interface Validators {
  /** The file with every section's entries accepted as they are (each is checked on its own). */
  top: ValidateFunction;
  entry: Record<Section, ValidateFunction>;
}

/** Compiled ahead of time (scripts/gen-validators.ts), so no process pays for ajv's compiler. */
const VALIDATORS: Validators = { top: generated.top, entry: { owners: generated.owners, domains: generated.domains, systems: generated.systems, apis: generated.apis, dataStores: generated.dataStores, rollouts: generated.rollouts } };
function validators(): Validators {
  return VALIDATORS;
}

/**
 * Ajv's errors per section entry, keyed by section and the entry's exact text, for the
 * editor: on a keystroke only the entries whose text changed are validated again (the
 * 1,000-system re-lint spent a third of its time re-validating unchanged entries). Errors
 * relative to the entry, not findings, are kept: they are placed on the current tree every
 * time. Holds the entries of the last two validations only. Never used for a file with
 * anchors (an alias makes an entry's value depend on text outside it).
 */
/** What is kept of one entry: ajv's errors relative to it, and whether it holds a date that is no calendar date. */
export interface EntryResult {
  errors: ErrorObject[];
  badDate: boolean;
}

export class SchemaEntryCache {
  /** Results by section and entry text, each stamped with the last validation that used it. */
  private readonly bySection = new Map<string, Map<string, EntryRecord>>();
  private generation = 0;
  /** Records stamped by the last validation: what the table must hold. */
  private used = 0;
  private size = 0;
  /** Entries validated (not found here) by the last validation: for tests and profiling. */
  validated = 0;

  /** Results the table holds: for tests. */
  get held(): number {
    return this.size;
  }

  /**
   * A new validation of the file. Results it does not use stay until the table holds twice
   * what the last validation used (and a thousand more): then those unused by it go.
   */
  begin(): void {
    if (this.size > 2 * this.used + 1024) this.sweep();
    this.generation++;
    this.used = 0;
    this.validated = 0;
  }

  /**
   * The result of an entry validated before: from the entry node itself when an edit elsewhere
   * only moved it (the incremental re-parse moves nodes in place, this memo included: no slice
   * of the text, no hashing, no table touched), else by its exact text (`textOf`, asked only then).
   */
  lookup(section: string, entry: YNode, textOf: () => string): { result?: EntryResult; text: string } {
    const memo = (entry as MemoHolder)[MEMO];
    if (memo && memo.cache === this && memo.section === section && memo.parts === partsOf(entry)) {
      this.use(memo.record);
      return { result: memo.record.result, text: memo.text };
    }
    tally('schema:entry-text');
    const text = detached(textOf());
    const record = this.bySection.get(section)?.get(text);
    if (record) this.remember(section, entry, text, record.result);
    return { result: record?.result, text };
  }

  /** Records a result found or validated now, under the entry's text and on the entry node. */
  remember(section: string, entry: YNode, text: string, result: EntryResult): void {
    let m = this.bySection.get(section);
    if (!m) this.bySection.set(section, (m = new Map<string, EntryRecord>()));
    let record = m.get(text);
    if (!record || record.result !== result) {
      if (!record) this.size++;
      m.set(text, (record = { result, stamp: -1 }));
    }
    this.use(record);
    if (entry.kind === 'map' || entry.kind === 'seq') (entry as MemoHolder)[MEMO] = { cache: this, section, text, record, parts: partsOf(entry) };
  }

  private use(record: EntryRecord): void {
    if (record.stamp === this.generation) return;
    record.stamp = this.generation;
    this.used++;
  }

  private sweep(): void {
    for (const m of this.bySection.values()) {
      for (const [text, record] of m) {
        if (record.stamp === this.generation) continue;
        m.delete(text);
        this.size--;
      }
    }
  }
}

interface EntryRecord {
  result: EntryResult;
  /** The generation of the last validation that used it. */
  stamp: number;
}

/** Where an entry node keeps its schema result (a field, not a WeakMap: kept by a node the re-parse moves, and cheap). */
const MEMO = 'schemaMemo';
interface MemoHolder {
  [MEMO]?: { cache: SchemaEntryCache; section: string; text: string; record: EntryRecord; parts: unknown };
}

/**
 * A string with its own characters: a key kept across edits must not hold on to the whole
 * file text it was cut from (V8 keeps a slice as a view of its parent; prepending a character
 * and slicing again copies the characters into a string of this size).
 */
function detached(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/** An entry's error as if the whole file had been validated (paths from the file's root). */
function fromEntry(e: ErrorObject, section: Section, index: number): ErrorObject {
  return { ...e, instancePath: `/${section}/${index}${e.instancePath}`, schemaPath: e.schemaPath.replace(/^#/, `#/properties/${section}/items`) };
}

const KIND_OF_SECTION: Record<string, string> = { owners: 'owner', domains: 'domain', systems: 'system', apis: 'API', dataStores: 'data store', rollouts: 'rollout' };

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `'${v}'`;
  if (typeof v === 'function' || typeof v === 'symbol') return typeof v; // not in parsed YAML
  return `${typeof v} ${v as number | boolean | bigint}`;
}

function pathOf(e: ErrorObject): (string | number)[] {
  return e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** "system 'crm'" for a path inside a section entry, else the top-level key. */
function owner(root: YNode | null, path: (string | number)[]): string {
  if (path.length >= 2 && typeof path[1] === 'number' && KIND_OF_SECTION[String(path[0])]) {
    const entry = nodeAtPath(root, path.slice(0, 2)).node;
    const id = scalarString(getValue(asMap(entry), 'id'));
    return id ? `${KIND_OF_SECTION[String(path[0])]} '${id}'` : `${KIND_OF_SECTION[String(path[0])]} #${Number(path[1]) + 1}`;
  }
  return 'the file';
}

function fieldName(path: (string | number)[]): string {
  const last = [...path].reverse().find((s) => typeof s === 'string');
  return last === undefined ? 'value' : String(last);
}


/** The keys allowed where an error's schemaPath refused one, as a did-you-mean index (one per place in the schema). */
const allowedIndexes = new Map<string, DidYouMean>();
function allowedProps(schemaPath: string): DidYouMean {
  let index = allowedIndexes.get(schemaPath);
  if (!index) {
    // Walk LANDSCAPE_SCHEMA along the error's schemaPath to the object that refused the key.
    let s: unknown = LANDSCAPE_SCHEMA;
    for (const seg of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) s = (s as Record<string, unknown>)?.[seg.replace(/~1/g, '/')];
    const props = (s as { properties?: Record<string, unknown> })?.properties;
    index = new DidYouMean(props ? Object.keys(props) : []);
    allowedIndexes.set(schemaPath, index);
  }
  return index;
}

function message(e: ErrorObject, root: YNode | null, path: (string | number)[]): string {
  const field = fieldName(path);
  const where = owner(root, path);
  const data = e.data;
  switch (e.keyword) {
    case 'enum':
      return `${field} must be one of ${(e.params.allowedValues as string[]).join(', ')}; found ${describe(data)}${where !== 'the file' ? ` (${where})` : ''}.`;
    case 'const':
      return `${field} must be ${String(e.params.allowedValue)}; found ${describe(data)}.`;
    case 'type': {
      const t = String(e.params.type).replace(',', ' or ').replace('object', 'mapping').replace('array', 'list');
      return `${field} must be a ${t}; found ${describe(data)}${where !== 'the file' ? ` (${where})` : ''}.`;
    }
    case 'required':
      return path.length === 0
        ? `A landscape file needs ${String(e.params.missingProperty)}: landscape/v1.`
        : `${where === 'the file' ? field : where} is missing the required field '${String(e.params.missingProperty)}'.`;
    case 'pattern':
      if (e.params.pattern === '^[a-z0-9]+(-[a-z0-9]+)*$') return `${describe(data)} is not a valid id: use kebab-case (lowercase letters, digits, single hyphens), at most 63 characters.`;
      return `${describe(data)} is not a date in YYYY-MM-DD form (${field}).`;
    case 'maxLength':
      return `${describe(data)} is too long for an id: at most 63 characters.`;
    case 'minLength':
      return `${field} must not be empty${where !== 'the file' ? ` (${where})` : ''}.`;
    default:
      return `${field}: ${e.message ?? 'invalid'}${where !== 'the file' ? ` (${where})` : ''}.`;
  }
}

const SPECIFICITY: Record<string, number> = { required: 1, additionalProperties: 1, type: 3, enum: 3, const: 3, pattern: 2, maxLength: 2, minLength: 2 };

export interface ValidateOptions {
  isEntry: boolean;
  /** The editor's cache of entry results, with the file's text (the key of each entry). */
  entries?: { cache: SchemaEntryCache; text: string };
}

export function validateFile(root: YNode | null, opts: ValidateOptions): SchemaProblem[] {
  try {
    return validate(root, opts);
  } catch (e) {
    return [{ code: 'core/schema', message: `The schema check failed on this file: ${(e as Error)?.message ?? e}`, span: { start: 0, end: 0 } }];
  }
}

/**
 * Ajv's errors for the whole file: the top level once, then each section entry (from the
 * cache where its text is unchanged). Also the section lists it took entry by entry, and the
 * entries among them that hold a date that is no calendar date (the date check visits only
 * those: the whole tree on every keystroke cost ~20–35 ms at 10,000 systems).
 */
function schemaErrors(top: YMap, opts: ValidateOptions, budget: { left: number; exceeded: boolean }): { errors: ErrorObject[]; sections: Set<YNode>; badDates: Set<YNode> } {
  const v = validators();
  const data = Object.create(null) as Record<string, unknown>;
  const sections: [Section, YSeq][] = [];
  for (const p of top.pairs) {
    const k = deref(p.key);
    const key = k && k.kind === 'scalar' ? k.text : '';
    if (key in data) continue; // a repeated key: the first one counts
    const value = deref(p.value);
    if ((SECTIONS as readonly string[]).includes(key) && value?.kind === 'seq') {
      data[key] = [];
      sections.push([key as Section, value]);
    } else data[key] = toPlain(p.value, budget);
  }
  v.top(data);
  const errors = [...(v.top.errors ?? [])];
  const cache = opts.entries?.cache;
  cache?.begin();
  const badDates = new Set<YNode>();
  for (const [section, seq] of sections) {
    seq.items.forEach((item, index) => {
      const hit = cache ? cache.lookup(section, item, () => opts.entries!.text.slice(item.start, item.end)) : undefined;
      let found = hit?.result;
      if (!found) {
        const check = v.entry[section];
        check(toPlain(item, budget));
        scratchDates.length = 0;
        visitDates(item, ENTRY_DEPTH, scratchDates);
        const badDate = scratchDates.length > 0;
        // Nearly every entry is valid: one shared result for those, no two objects each.
        found = check.errors || badDate ? { errors: [...(check.errors ?? [])], badDate } : VALID_ENTRY;
        if (cache) {
          cache.remember(section, item, hit!.text, found);
          cache.validated++;
        }
      }
      if (found.badDate) badDates.add(item);
      for (const e of found.errors) errors.push(fromEntry(e, section, index));
    });
  }
  return { errors, sections: new Set(sections.map(([, seq]) => seq)), badDates };
}

/** The result of an entry without errors (shared: results are only read). */
const VALID_ENTRY: EntryResult = Object.freeze({ errors: Object.freeze([]) as unknown as ErrorObject[], badDate: false });
/** Where an entry's date problems are collected, to know whether it has any (reused: validation is synchronous). */
const scratchDates: SchemaProblem[] = [];

function validate(root: YNode | null, opts: ValidateOptions): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const top = asMap(root);
  if (!top) {
    return [{ code: 'core/schema', message: 'A landscape file must be a YAML mapping that starts with apiVersion: landscape/v1.', span: root ? spanOf(deref(root)) : { start: 0, end: 0 } }];
  }
  const budget = { left: 1_000_000, exceeded: false };
  const { errors, sections, badDates } = schemaErrors(top, opts, budget);
  if (budget.exceeded) {
    return [{ code: 'core/schema', message: 'Alias expansion too large (more than 1,000,000 nodes): this looks like an alias bomb; the file is not checked.', span: { start: top.start, end: top.start } }];
  }
  const seen = new Map<string, SchemaProblem & { rank: number }>();
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'else' || e.keyword === 'then') continue;
    const path = pathOf(e);
    if (e.keyword === 'additionalProperties') {
      const key = String(e.params.additionalProperty);
      const at = nodeAtPath(root, path);
      const map = asMap(at.node);
      const pair = map ? findPair(map, key) : undefined;
      const hint = allowedProps(e.schemaPath).nearest(key);
      const where = owner(root, [...path, key]);
      problems.push({
        code: 'core/unknown-property',
        message: `Unknown property '${key}'${where !== 'the file' ? ` on ${where}` : ''}${hint ? `; did you mean '${hint}'?` : '; it is ignored.'}`,
        span: spanOf(pair?.key ?? at.node),
      });
      continue;
    }
    const at = nodeAtPath(root, path);
    let span = spanOf(at.node);
    if (e.keyword === 'required') {
      // Place it at the entity's id (or its first key), not across the whole mapping.
      const map = asMap(at.node);
      const idNode = map ? getValue(map, 'id') : null;
      span = spanOf(idNode ?? map?.pairs[0]?.key ?? at.node);
    }
    const key = `${span.start}:${span.end}`;
    const rank = SPECIFICITY[e.keyword] ?? 0;
    const prev = seen.get(key);
    if (prev && prev.rank >= rank && e.keyword !== 'required') continue;
    const p = { code: 'core/schema' as const, message: message(e, root, path), span, rank };
    if (e.keyword === 'required' && prev?.rank === 1) {
      problems.push(p);
      continue;
    }
    seen.set(key, p);
  }
  for (const p of seen.values()) problems.push({ code: p.code, message: p.message, span: p.span });
  // Calendar check: the pattern accepts 2026-13-45 and 2026-02-30 (util/dates.ts).
  checkDates(top, sections, badDates, problems);
  if (!opts.isEntry) {
    const lint = findPair(top, 'lint');
    if (lint) problems.push({ code: 'core/unknown-property', message: 'lint is read from the entry file only; this block is ignored.', span: spanOf(lint.key) });
  }
  return problems.sort((a, b) => a.span.start - b.span.start);
}

const DATE_KEYS = new Set(['asOf', 'endOfLife', 'lastReview', 'until', 'start']);

/** Depth of a section entry below the root (root 0, section list 1), as the date visit counts. */
const ENTRY_DEPTH = 2;

/**
 * Dates that are no calendar dates, in the whole file: the top level visited as it is, but of
 * the section lists taken entry by entry only the entries known to hold one.
 */
function checkDates(top: YMap, sections: Set<YNode>, badDates: Set<YNode>, problems: SchemaProblem[]): void {
  for (const p of top.pairs) {
    const v = p.value && deref(p.value);
    if (v && sections.has(v) && v.kind === 'seq') {
      for (const item of v.items) if (badDates.has(item)) visitDates(item, ENTRY_DEPTH, problems);
    } else checkPair(p, 0, problems);
  }
}

/** The date check of one node and what is below it (scalars looked at in place, only collections descended into). */
function visitDates(n: YNode, depth: number, problems: SchemaProblem[]): void {
  const node = n.kind === 'alias' ? deref(n) : n;
  if (!node || depth > 8) return;
  if (node.kind === 'seq') {
    for (const i of node.items) {
      const item = i.kind === 'alias' ? deref(i) : i;
      if (item && item.kind !== 'scalar') visitDates(item, depth + 1, problems);
    }
    return;
  }
  if (node.kind === 'map') for (const p of node.pairs) checkPair(p, depth, problems);
}

/** A pair of a mapping at `depth`: its value checked if it is a date under a date key, else descended into. */
function checkPair(p: YPair, depth: number, problems: SchemaProblem[]): void {
  const raw = p.value;
  const v = raw && raw.kind === 'alias' ? deref(raw) : raw;
  if (!v) return;
  if (v.kind !== 'scalar') {
    visitDates(v, depth + 1, problems);
    return;
  }
  const k = p.key.kind === 'alias' ? deref(p.key) : p.key;
  // Only text of a date's shape: any other text under a date key is the pattern's error (ajv).
  if (k?.kind === 'scalar' && DATE_KEYS.has(k.text) && DATE_SHAPE.test(v.text) && calendarDateOf(v.text) === undefined) {
    const what = v.text.length > 10 && isCalendarDate(v.text.slice(0, 10)) ? 'a real time of day' : 'a real calendar date';
    problems.push({ code: 'core/schema', message: `'${v.text}' is not ${what} (${k.text}).`, span: spanOf(v) });
  }
}

const DATE_SHAPE = new RegExp(DATE_PATTERN);

/** A node's pair or item list: a new array when the incremental re-parse changed some of them in place (parse/incremental.ts). */
function partsOf(entry: YNode): unknown {
  return entry.kind === 'map' ? entry.pairs : entry.kind === 'seq' ? entry.items : undefined;
}
