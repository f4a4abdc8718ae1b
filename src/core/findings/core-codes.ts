/**
 * The core's own finding codes (SPEC §2.10, §5.1): problems with the files and the configuration
 * themselves, found before or beside the rules. One table says, for each, its severity (fixed:
 * core findings are not configurable), what it means and when it is reported; the SARIF writer,
 * the generated docs (docs/format.md) and the editor read it from here.
 */
import type { Severity } from '../types';

export interface CoreCodeInfo {
  /** Every finding of the code has this severity. */
  readonly severity: Severity;
  /** One line: what the code means (SARIF's short description). */
  readonly description: string;
  /** When it is reported, for the format reference. */
  readonly when: string;
  /**
   * The JSON Schema of the format finds the same problems, so a YAML extension that validates
   * with `schemas/landscape.schema.json` reports them already (the editor then leaves them to it).
   */
  readonly fromSchema?: true;
  /** The finding marks text that has no effect (an editor fades it). */
  readonly unnecessary?: true;
}

export const CORE_CODES = {
  'core/yaml-syntax': {
    severity: 'error',
    description: 'The file is not valid YAML (or not text).',
    when: 'the file is not valid YAML, or is binary, not UTF-8, above 20 MB or nested deeper than 1,000 levels; the file is left out of the landscape',
  },
  'core/schema': {
    severity: 'error',
    description: 'The file does not match the landscape format.',
    when: 'a wrong type, an unknown enum value (`mode: mode3`), a missing required key (`id`, `mode`, `provider`, `system`, `targets`, `apiVersion`), a malformed id or date, a duplicate key',
    fromSchema: true,
  },
  'core/unknown-property': {
    severity: 'warn',
    description: 'A property the format does not know.',
    when: 'a key the format does not know (with the nearest known key as a hint where one is close), or a `lint` block in a fragment',
    fromSchema: true,
  },
  'core/import-not-found': {
    severity: 'error',
    description: 'An import that cannot be resolved or is refused.',
    when: "an import that names no file, a glob that matches none, or an import outside the entry file's folder",
  },
  'core/invalid-config': {
    severity: 'error',
    description: 'Invalid lint configuration.',
    when: 'an unknown rule, an invalid severity or options, an unknown preset, a missing or self-extending ruleset file',
  },
  'core/internal': {
    severity: 'error',
    description: 'A rule crashed; the other rules still ran.',
    when: 'a rule crashed (a bug: please report it); the other rules still run',
  },
  'core/unused-suppression': {
    severity: 'info',
    description: 'A suppression that suppresses nothing.',
    when: 'a suppression that hides nothing, has expired or names an unknown rule',
    unnecessary: true,
  },
  'core/invalid-view': {
    severity: 'warn',
    description: 'A saved view that names something the landscape does not have.',
    when: 'a view in `views:` names a system, domain or owner that does not exist (with the nearest id as a hint), or repeats the name of an earlier view (the later one is ignored)',
  },
} as const satisfies Record<`core/${string}`, CoreCodeInfo>;

export type CoreCode = keyof typeof CORE_CODES;

/** The table's entry of a finding's rule id, or undefined for a rule's finding. */
export function coreCodeInfo(rule: string): CoreCodeInfo | undefined {
  return Object.hasOwn(CORE_CODES, rule) ? CORE_CODES[rule as CoreCode] : undefined;
}
