/**
 * The schemas ajv validates a file against: the top level with every section's entries
 * accepted as they are, and one schema per section for its entries (each checked on its own,
 * so the editor re-validates only the entries whose text changed). Compiled ahead of time by
 * scripts/gen-validators.ts into ./generated/validators.js: compiling them when a process
 * starts cost ~150–250 ms of every `landscape` run and extension activation.
 */
import { LANDSCAPE_SCHEMA } from './landscape-schema';

/** The entity sections: their entries are validated one by one (and cached by the editor). */
export const SECTIONS = ['owners', 'domains', 'systems', 'apis', 'dataStores', 'rollouts'] as const;
export type Section = (typeof SECTIONS)[number];

/** The options every validator is compiled with (verbose: errors carry the offending value, so messages can quote it). */
export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true } as const;

export function validatorSchemas(): { top: object; entry: Record<Section, object> } {
  const props = LANDSCAPE_SCHEMA.properties as Record<string, { items: object }>;
  const top = { ...LANDSCAPE_SCHEMA, properties: { ...props } } as Record<string, unknown> & { properties: Record<string, unknown> };
  for (const s of SECTIONS) top.properties[s] = { ...props[s], items: true };
  const entry = Object.fromEntries(SECTIONS.map((s) => [s, props[s].items])) as Record<Section, object>;
  return { top, entry };
}

/** The schema of a rule's options object: its declared options and nothing else. */
export function optionsSchema(options: Record<string, unknown>): object {
  return { type: 'object', properties: options, additionalProperties: false };
}
