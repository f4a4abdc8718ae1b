/**
 * The fields of each landscape section as importers and exporters need them: in the order an
 * entity is written (id, name, description, the section's own fields as the schema lists them,
 * then tags, links, annotations, suppress), each with its `landscape.dev/` key and whether its
 * value travels as JSON there (docs/interop.md). Read from the format's JSON Schema, so a field
 * added to the format is carried without a change here.
 */
import { LANDSCAPE_SCHEMA } from '../schema/landscape-schema';
import { OUT_SECTIONS, type OutSection } from './yaml-writer';

/** The prefix of every label and annotation that carries a landscape field (docs/interop.md). */
export const PREFIX = 'landscape.dev/';

export interface FieldInfo {
  field: string;
  /** `landscape.dev/<kebab-case field>`. */
  key: string;
  /** The schema's type is not `string`: the value is JSON in a label or an annotation. */
  json: boolean;
  /** The schema's enum, when there is one. */
  values?: readonly string[];
}

const FIRST = ['id', 'name', 'description'];
const LAST = ['tags', 'links', 'annotations', 'suppress'];

function fieldsOf(section: OutSection): FieldInfo[] {
  const items = (LANDSCAPE_SCHEMA.properties as Record<string, { items: { properties: Record<string, { type?: unknown; enum?: string[] }> } }>)[section].items.properties;
  const own = Object.keys(items).filter((f) => !FIRST.includes(f) && !LAST.includes(f));
  return [...FIRST, ...own, ...LAST].map((field) => ({
    field,
    key: `${PREFIX}${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    json: items[field].type !== 'string',
    ...(items[field].enum ? { values: items[field].enum } : {}),
  }));
}

export const FIELDS: Record<OutSection, FieldInfo[]> = Object.fromEntries(OUT_SECTIONS.map((s) => [s, fieldsOf(s)])) as Record<OutSection, FieldInfo[]>;

/** The entity's fields in the order of its section, those without a value left out. */
export function inFieldOrder(section: OutSection, fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of FIELDS[section]) if (fields[f.field] !== undefined) out[f.field] = fields[f.field];
  return out;
}
