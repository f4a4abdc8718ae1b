/**
 * The contract between `landscape export backstage` and `landscape import backstage`
 * (docs/interop.md), in one place: the `landscape.dev/` prefix, the key of each field under it
 * (`endOfLife` → `landscape.dev/end-of-life`), how a value is written there (strings as they
 * are, everything else JSON) and read back, and the fields of each section in the order an
 * entity is written (id, name, description, the section's own fields as the schema lists them,
 * then tags, links, annotations, suppress). Read from the format's JSON Schema, so a field added
 * to the format is carried both ways without a change here.
 */
import { LANDSCAPE_SCHEMA } from '../schema/landscape-schema';
import { OUT_SECTIONS, type OutSection } from './yaml-writer';

/** The prefix of every label and annotation that carries a landscape field (docs/interop.md). */
export const PREFIX = 'landscape.dev/';
/** Fields the landscape did not have, for which the exporter wrote a placeholder that Backstage requires. */
export const ABSENT_KEY = `${PREFIX}absent`;

export interface FieldInfo {
  field: string;
  /** `landscape.dev/<kebab-case field>`. */
  key: string;
  /** The schema's type is not `string`: the value is JSON in a label or an annotation. */
  json: boolean;
  /** The schema's enum, when there is one. */
  values?: readonly string[];
}

/** `endOfLife` → `landscape.dev/end-of-life`. */
export const keyOf = (field: string): string => `${PREFIX}${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

const FIRST = ['id', 'name', 'description'];
const LAST = ['tags', 'links', 'annotations', 'suppress'];

type SchemaProperties = Record<string, { type?: unknown; enum?: string[] }>;

function infos(properties: SchemaProperties, order: string[]): FieldInfo[] {
  return order.map((field) => ({
    field,
    key: keyOf(field),
    json: properties[field].type !== 'string',
    ...(properties[field].enum ? { values: properties[field].enum } : {}),
  }));
}

function fieldsOf(section: OutSection): FieldInfo[] {
  const properties = (LANDSCAPE_SCHEMA.properties as Record<string, { items: { properties: SchemaProperties } }>)[section].items.properties;
  const own = Object.keys(properties).filter((f) => !FIRST.includes(f) && !LAST.includes(f));
  return infos(properties, [...FIRST, ...own, ...LAST]);
}

export const FIELDS: Record<OutSection, FieldInfo[]> = Object.fromEntries(OUT_SECTIONS.map((s) => [s, fieldsOf(s)])) as Record<OutSection, FieldInfo[]>;

/** The fields of the entry's `metadata` (name, title, description, asOf): those of the `kind: Landscape` entity. */
export const METADATA_FIELDS: FieldInfo[] = (() => {
  const properties = (LANDSCAPE_SCHEMA.properties as Record<string, { properties: SchemaProperties }>).metadata.properties;
  return infos(properties, Object.keys(properties));
})();

/** The entity's fields in the order of its section, those without a value left out. */
export function inFieldOrder(section: OutSection, fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of FIELDS[section]) if (fields[f.field] !== undefined) out[f.field] = fields[f.field];
  return out;
}

/** A value as the text of a label or an annotation: a string as it is, anything else as JSON. */
export function fieldText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? '';
}

/** A field's value from the text under its key (`fieldText`'s inverse by the schema's type); undefined when the JSON is broken. */
export function fieldValue(info: FieldInfo, text: string): unknown {
  if (!info.json) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
