/**
 * Schema check of one file: the YAML tree → plain data → ajv (compiled once) → one finding
 * per offending node, in words an architect understands, at that node's exact span.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { asMap, deref, findPair, getValue, nodeAtPath, scalarString, toPlain, type Span, type YNode } from '../parse/yaml-tree';
import { levenshtein } from '../util/levenshtein';
import { LANDSCAPE_SCHEMA } from './landscape-schema';

export interface SchemaProblem {
  code: 'core/schema' | 'core/unknown-property';
  severity: 'error' | 'warn';
  message: string;
  span: Span;
}

let compiled: ValidateFunction | undefined;
function validator(): ValidateFunction {
  // verbose: errors carry the offending value, so messages can quote it.
  compiled ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(LANDSCAPE_SCHEMA);
  return compiled;
}

const KIND_OF_SECTION: Record<string, string> = { owners: 'owner', domains: 'domain', systems: 'system', apis: 'API', dataStores: 'data store', rollouts: 'rollout' };

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `'${v}'`;
  return `${typeof v} ${String(v)}`;
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

function spanOf(n: YNode | null | undefined): Span {
  return n ? { start: n.start, end: n.end } : { start: 0, end: 0 };
}

function allowedProps(schemaPath: string): string[] {
  // Walk LANDSCAPE_SCHEMA along the error's schemaPath to the object that refused the key.
  let s: unknown = LANDSCAPE_SCHEMA;
  for (const seg of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) s = (s as Record<string, unknown>)?.[seg.replace(/~1/g, '/')];
  const props = (s as { properties?: Record<string, unknown> })?.properties;
  return props ? Object.keys(props) : [];
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

export function validateFile(root: YNode | null, opts: { isEntry: boolean }): SchemaProblem[] {
  try {
    return validate(root, opts);
  } catch (e) {
    return [{ code: 'core/schema', severity: 'error', message: `The schema check failed on this file: ${(e as Error)?.message ?? e}`, span: { start: 0, end: 0 } }];
  }
}

function validate(root: YNode | null, opts: { isEntry: boolean }): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const top = asMap(root);
  if (!top) {
    return [{ code: 'core/schema', severity: 'error', message: 'A landscape file must be a YAML mapping that starts with apiVersion: landscape/v1.', span: root ? spanOf(deref(root)) : { start: 0, end: 0 } }];
  }
  const budget = { left: 1_000_000, exceeded: false };
  const data = toPlain(root, budget);
  if (budget.exceeded) {
    return [{ code: 'core/schema', severity: 'error', message: 'Alias expansion too large (more than 1,000,000 nodes): this looks like an alias bomb; the file is not checked.', span: { start: top.start, end: top.start } }];
  }
  const validate = validator();
  validate(data);
  const seen = new Map<string, SchemaProblem & { rank: number }>();
  for (const e of validate.errors ?? []) {
    if (e.keyword === 'if' || e.keyword === 'else' || e.keyword === 'then') continue;
    const path = pathOf(e);
    if (e.keyword === 'additionalProperties') {
      const key = String(e.params.additionalProperty);
      const at = nodeAtPath(root, path);
      const map = asMap(at.node);
      const pair = map ? findPair(map, key) : undefined;
      const allowed = allowedProps(e.schemaPath);
      const hint = allowed.map((p) => ({ p, d: levenshtein(key, p, 3) })).filter((x) => x.d <= 2).sort((a, b) => a.d - b.d)[0];
      const where = owner(root, [...path, key]);
      problems.push({
        code: 'core/unknown-property',
        severity: 'warn',
        message: `Unknown property '${key}'${where !== 'the file' ? ` on ${where}` : ''}${hint ? `; did you mean '${hint.p}'?` : '; it is ignored.'}`,
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
    const p = { code: 'core/schema' as const, severity: 'error' as const, message: message(e, root, path), span, rank };
    if (e.keyword === 'required' && prev?.rank === 1) {
      problems.push(p);
      continue;
    }
    seen.set(key, p);
  }
  for (const p of seen.values()) problems.push({ code: p.code, severity: p.severity, message: p.message, span: p.span });
  // Calendar check: the pattern accepts 2026-13-45.
  checkDates(root, problems);
  if (!opts.isEntry) {
    const lint = findPair(top, 'lint');
    if (lint) problems.push({ code: 'core/unknown-property', severity: 'warn', message: 'lint is read from the entry file only; this block is ignored.', span: spanOf(lint.key) });
  }
  return problems.sort((a, b) => a.span.start - b.span.start);
}

const DATE_KEYS = new Set(['asOf', 'endOfLife', 'lastReview', 'until', 'start']);

function checkDates(root: YNode | null, problems: SchemaProblem[]): void {
  const visit = (n: YNode | null, depth: number): void => {
    const node = deref(n);
    if (!node || depth > 8) return;
    if (node.kind === 'seq') for (const i of node.items) visit(i, depth + 1);
    if (node.kind !== 'map') return;
    for (const p of node.pairs) {
      const k = deref(p.key);
      const v = deref(p.value);
      if (k?.kind === 'scalar' && DATE_KEYS.has(k.text) && v?.kind === 'scalar' && /^\d{4}-\d{2}-\d{2}$/.test(v.text) && !isRealDate(v.text)) {
        problems.push({ code: 'core/schema', severity: 'error', message: `'${v.text}' is not a real calendar date (${k.text}).`, span: spanOf(v) });
      } else visit(p.value, depth + 1);
    }
  };
  visit(root, 0);
}

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}
