/**
 * The field tables of docs/format.md, generated from the format's JSON Schema
 * (src/core/schema/landscape-schema.ts), so the reference and the validation, the hovers and
 * the Red Hat YAML extension all say the same thing. The hand-written prose around them stays.
 *
 * A table sits between markers naming a schema path:
 *   <!-- fields:systems[] (generated …) -->  …  <!-- /fields -->
 * Paths: `top` (the file's top level), `entity` (the fields every entity has), section and key
 * names with `[]` for list items, e.g. `systems[].consumes[]`, `entity.suppress[]`.
 */
import { ID_PATTERN } from '../src/core/schema/landscape-schema';
import { DATE_PATTERN } from '../src/core/util/dates';

export type Schema = {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  /** What each value of `enum` means, in Markdown (VS Code's schema extension, which our completion reads too). */
  markdownEnumDescriptions?: string[];
  default?: unknown;
  pattern?: string;
  description?: string;
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  required?: string[];
  items?: Schema;
  else?: Schema;
};

const MARKER = /<!-- fields:(\S+) [^>]*-->\n[\s\S]*?<!-- \/fields -->/g;
const note = (path: string): string => `<!-- fields:${path} (generated from src/core/schema/landscape-schema.ts by scripts/gen-docs.ts: edit the schema, then npm run docs) -->`;
const SECTIONS = ['owners', 'domains', 'systems', 'apis', 'dataStores', 'rollouts'];

/** The properties of a mapping schema, including the mapping form of "id or mapping" entries. */
function propsOf(s: Schema | undefined): Record<string, Schema> | undefined {
  return s?.properties ?? s?.else?.properties;
}

/** Keys every entity section has with the same schema: documented once, in the `entity` table. */
export function commonKeys(root: Schema): string[] {
  const sections = SECTIONS.map((s) => propsOf(root.properties![s].items)!);
  return Object.keys(sections[0]).filter((k) => sections.every((p) => p[k] !== undefined && JSON.stringify(p[k]) === JSON.stringify(sections[0][k])));
}

/** The mapping schema a table path names (undefined: no such mapping). */
export function schemaForPath(root: Schema, path: string): Schema | undefined {
  const [head, ...rest] = path.split('.');
  let s: Schema | undefined = root;
  if (head === 'entity') s = { required: ['id'], properties: Object.fromEntries(commonKeys(root).map((k) => [k, propsOf(root.properties!.owners.items)![k]])) };
  const steps = head === 'top' || head === 'entity' ? rest : [head, ...rest];
  for (const step of steps) {
    const m = /^([^[\]]+)(\[\])?$/.exec(step);
    if (!m || !s) return undefined;
    s = propsOf(s)?.[m[1]];
    if (m[2]) s = s?.items;
  }
  return propsOf(s) ? s : undefined;
}

/** A reference's kind, from the description the schema gives it ("… (system id)."). */
function refKind(s: Schema): string | undefined {
  return /\((\w+) id\)\.$/.exec(s.description ?? '')?.[1];
}

/** A field's type in words: `system id`, `date`, `list of api ids or mappings`, `map of string`, … */
export function typeText(s: Schema): string {
  if (s.const !== undefined) return typeof s.const;
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  const key = [...types].sort().join(',');
  if (key === 'object,string') return `${refKind(s.else?.properties?.[Object.keys(s.else.properties)[0]] ?? {}) ?? 'id'} id or mapping`;
  if (key === 'array,boolean,integer,string') return 'severity';
  if (key === 'array,string') return 'string or list of strings';
  if (types.length !== 1) return types.join(' or ') || 'any';
  switch (types[0]) {
    case 'string':
      if (s.pattern === ID_PATTERN) return refKind(s) ? `${refKind(s)} id` : 'id';
      if (s.pattern === DATE_PATTERN) return 'date';
      return 'string';
    case 'array': {
      if (s.items?.required?.includes('id')) return 'list of entities';
      const item = typeText(s.items ?? {});
      const either = / or mapping$/.exec(item) && item.replace(/ or mapping$/, '');
      if (either) return `list of ${either}s or mappings`;
      const plural = /(mapping|id|string|date)$/.test(item) ? `${item}s` : item;
      return `list of ${plural}`;
    }
    case 'object':
      if (s.properties) return 'mapping';
      if (typeof s.additionalProperties === 'object') return `map of ${typeText(s.additionalProperties)}`;
      return 'mapping (free keys)';
    default:
      return types[0];
  }
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (v: unknown): string => `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``;

/** What each value of an enum means, one line each after the field's meaning (of a list's items too). */
function valueMeanings(p: Schema): string {
  const s = p.type === 'array' && p.items ? p.items : p;
  return (s.markdownEnumDescriptions ?? []).map((d, i) => `<br>${code(s.enum?.[i])}: ${cell(d)}`).join('');
}

/** The Markdown table of one mapping's keys: field, type, default, allowed values, meaning. */
export function fieldTable(root: Schema, path: string): string {
  const s = schemaForPath(root, path);
  if (!s) throw new Error(`docs/format.md: no mapping at schema path '${path}'`);
  const skip = new Set(SECTIONS.some((sec) => path === `${sec}[]`) ? commonKeys(root) : []);
  const required = new Set(s.required ?? s.else?.required ?? []);
  const rows = Object.entries(propsOf(s)!).filter(([k]) => !skip.has(k)).map(([k, p]) => {
    const type = typeText(p) + (required.has(k) ? ', **required**' : '');
    const values = p.enum ? p.enum.map(code).join(', ') : p.const !== undefined ? code(p.const) : '';
    const def = p.default !== undefined ? code(p.default) : '';
    return `| \`${k}\` | ${cell(type)} | ${def} | ${values} | ${cell(p.description ?? '')}${valueMeanings(p)} |`;
  });
  for (const [pattern, p] of Object.entries(s.patternProperties ?? {})) {
    rows.push(`| \`${pattern.replace(/^\^/, '')}…\` | ${cell(typeText(p))} |  |  | ${cell(p.description ?? '')} |`);
  }
  return ['| field | type | default | values | meaning |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** Every mapping of the schema that needs a table, as table paths. */
export function mappingPaths(root: Schema): string[] {
  const common = new Set(commonKeys(root));
  const out: string[] = [];
  const walk = (s: Schema, path: string, skip: Set<string>): void => {
    out.push(path);
    for (const [k, p] of Object.entries(propsOf(s) ?? {})) {
      if (skip.has(k)) continue;
      const item = p.type === 'array' ? p.items : undefined;
      const child = item ?? p;
      const childPath = `${path}.${k}${item ? '[]' : ''}`.replace(/^top\./, '');
      // Common keys are documented once, under `entity`, not in every section.
      if (propsOf(child)) walk(child, childPath, SECTIONS.includes(childPath.replace(/\[\]$/, '')) ? common : new Set());
    }
  };
  walk(root, 'top', new Set());
  walk(schemaForPath(root, 'entity')!, 'entity', new Set());
  return out;
}

/**
 * docs/format.md with every generated table brought up to date. Throws when a table names
 * no mapping, or when a mapping of the schema has no table (a new section must be documented).
 */
export function updateFormatDoc(text: string, root: Schema): string {
  const seen = new Set<string>();
  const out = text.replace(MARKER, (_all, path: string) => {
    seen.add(path);
    return `${note(path)}\n${fieldTable(root, path)}\n<!-- /fields -->`;
  });
  const missing = mappingPaths(root).filter((p) => !seen.has(p));
  if (missing.length) throw new Error(`docs/format.md has no field table for ${missing.join(', ')}: add <!-- fields:PATH --> … <!-- /fields --> markers where it belongs.`);
  return out;
}
