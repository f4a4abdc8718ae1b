/**
 * The JSON Schema of the mapping file of `landscape import csv` (docs/interop.md): which
 * column holds which field of a system, value maps from a sheet's words to the format's, the
 * dependency columns. Compiled ahead of time with the format's own validators
 * (scripts/gen-validators.ts); the allowed values are the format's, read from its schema.
 */
import { LANDSCAPE_SCHEMA } from './landscape-schema';

type Schema = Record<string, unknown>;

const systemProps = (LANDSCAPE_SCHEMA.properties as Record<string, { items: { properties: Record<string, { enum?: string[]; type?: unknown }> } }>).systems.items.properties;

/** The system fields a column can fill: every field written as one string, and tags (a list). */
const CSV_FIELDS = ['id', 'name', 'description', ...Object.keys(systemProps).filter((f) => systemProps[f].type === 'string' && !['id', 'name', 'description'].includes(f)), 'tags'];

/** The fields with a fixed set of values, each with them: what a value map may map to. */
export const CSV_ENUM_FIELDS: Record<string, string[]> = Object.fromEntries(Object.entries(systemProps).filter(([, s]) => s.enum).map(([f, s]) => [f, s.enum!]));

const column = (what: string): Schema => ({ type: 'string', minLength: 1, description: `The header of the column holding ${what}.` });
const separator: Schema = { type: 'string', minLength: 1, maxLength: 3, description: 'What separates the items of a list in one cell.' };

export const CSV_MAPPING_SCHEMA: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'landscape import csv mapping',
  type: 'object',
  required: ['columns'],
  additionalProperties: false,
  properties: {
    separator: { enum: [',', ';', '\t', '|'], description: 'The CSV field separator; detected from the header line when absent.' },
    columns: {
      type: 'object',
      description: 'Landscape field → the header of its column. id or name is required.',
      minProperties: 1,
      additionalProperties: false,
      properties: Object.fromEntries(CSV_FIELDS.map((f) => [f, column(f)])),
      anyOf: [{ required: ['id'] }, { required: ['name'] }],
    },
    values: {
      type: 'object',
      description: 'Per field, the words of the sheet → the landscape value, e.g. mode: { "Systems of Record": mode1 }.',
      additionalProperties: false,
      properties: Object.fromEntries(Object.entries(CSV_ENUM_FIELDS).map(([f, values]) => [f, { type: 'object', additionalProperties: { enum: values } }])),
    },
    defaults: {
      type: 'object',
      description: 'The value of a field whose cell is empty, e.g. mode: mode2.',
      additionalProperties: false,
      properties: Object.fromEntries(CSV_FIELDS.filter((f) => f !== 'id' && f !== 'name').map((f) => [f, CSV_ENUM_FIELDS[f] ? { enum: CSV_ENUM_FIELDS[f] } : { type: 'string' }])),
    },
    listSeparator: { ...separator, description: 'What separates tags (and dependencies, unless their column says) in one cell; default ",".' },
    dependencies: {
      type: 'array',
      description: 'Columns listing what a system depends on: other rows, by id or name.',
      items: {
        type: 'object',
        required: ['column'],
        additionalProperties: false,
        properties: { column: column('the dependencies'), separator, interaction: { enum: ['sync', 'async'], description: 'Timing of these dependencies (default sync).' } },
      },
    },
    ignore: { type: 'array', items: { type: 'string' }, description: 'Columns to leave out (others without a field are kept as annotations).' },
  },
};
