/**
 * The mapping file of `landscape import csv`: YAML, checked against its JSON Schema
 * (src/core/schema/csv-mapping-schema.ts, compiled ahead of time), every problem one message
 * at the line of the offending key or value, in words, with a did-you-mean for a mistyped key.
 */
import { parseYaml } from '../../parse/parse-yaml';
import { nodeAtPath, toPlain } from '../../parse/yaml-tree';
import { csvMapping } from '../../schema/generated/validators';
import { DidYouMean } from '../../util/did-you-mean';

/** An error of the compiled validator (ajv's ErrorObject, named through the generated file: only schema and config import ajv). */
type ErrorObject = NonNullable<typeof csvMapping.errors>[number];
import { LineIndex } from '../../util/line-index';
import type { Messages } from '../messages';

export interface CsvMapping {
  separator?: string;
  columns: Record<string, string>;
  values?: Record<string, Record<string, string>>;
  defaults?: Record<string, string>;
  listSeparator?: string;
  dependencies?: { column: string; separator?: string; interaction?: 'sync' | 'async' }[];
  ignore?: string[];
}

/** The mapping, or undefined after fatal messages saying where it is wrong. */
export function readMapping(text: string, file: string, messages: Messages): CsvMapping | undefined {
  const parsed = parseYaml(text);
  const lines = new LineIndex(text);
  const lineOf = (offset: number): number => lines.positionAt(offset).line + 1;
  for (const p of parsed.problems) messages.add('fatal', p.message, { file, line: lineOf(p.span.start) });
  if (parsed.problems.length) return undefined;
  const data = toPlain(parsed.root);
  if (!csvMapping(data)) {
    for (const e of csvMapping.errors ?? []) {
      // The branches of `anyOf` (id or name) are said once, by the anyOf error itself.
      if (e.schemaPath.includes('/anyOf/')) continue;
      const path = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      const at = nodeAtPath(parsed.root, path);
      const key = e.keyword === 'additionalProperties' ? (e.params as { additionalProperty: string }).additionalProperty : undefined;
      const keyNode = key !== undefined && at.node?.kind === 'map' ? at.node.pairs.find((p) => p.key.kind === 'scalar' && p.key.text === key)?.key : undefined;
      messages.add('fatal', describe(e, path), { file, line: lineOf((keyNode ?? at.pair?.key ?? at.node ?? { start: 0 }).start) });
    }
    return undefined;
  }
  return data as CsvMapping;
}

/** One ajv error in words: where (`values.mode`), what is wrong, what would be right. */
function describe(e: ErrorObject, path: string[]): string {
  const where = path.length ? path.map((s) => (/^\d+$/.test(s) ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[') : 'the mapping';
  const schema = e.parentSchema as { properties?: Record<string, unknown>; enum?: unknown[] } | undefined;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(schema?.properties ?? {});
      const near = new DidYouMean(known).nearest(key);
      return `${where}: unknown key '${key}'${near ? `; did you mean '${near}'?` : ''} (known: ${known.join(', ')})`;
    }
    case 'enum':
      return `${where}: ${JSON.stringify(e.data)} is not one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'required':
      return `${where}: '${(e.params as { missingProperty: string }).missingProperty}' is missing`;
    case 'anyOf':
      return `${where}: give the column of id or of name (or both), so each row has an id`;
    case 'type':
      return `${where}: must be ${e.params.type === 'object' ? 'a mapping' : e.params.type === 'array' ? 'a list' : `a ${String(e.params.type)}`}`;
    case 'minLength':
    case 'minProperties':
      return `${where}: must not be empty`;
    default:
      return `${where}: ${e.message ?? 'is not valid'}`;
  }
}
