/**
 * The settings the VS Code extension contributes (package.json `contributes.configuration`),
 * read through `workspace/configuration` (section `landscape`) or, from a client without it,
 * from `initializationOptions.settings` and `workspace/didChangeConfiguration`'s settings.
 * A value of the wrong shape is the default: a client's odd settings never stop the server.
 */
import { DEFAULT_MAX_ITEMS_COMPUTED } from '../language-service/index';

export interface Settings {
  /** Rule settings applied over the entry file's `lint.rules` (same shape). */
  rules: Record<string, unknown>;
  /** Lint while typing (debounced, unsaved text) or only when a file is saved. */
  run: 'onType' | 'onSave';
  debounceMs: number;
  /** At most this many document symbols and folding ranges per file. */
  maxItemsComputed: number;
}

export const DEFAULT_SETTINGS: Settings = { rules: {}, run: 'onType', debounceMs: 150, maxItemsComputed: DEFAULT_MAX_ITEMS_COMPUTED };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The `landscape` section, as VS Code gives it (`{ rules, lint: { run, debounceMs } }`) or with
 * dotted keys as some clients send them (`{ 'lint.run': … }`).
 */
export function settingsOf(section: unknown): Settings {
  if (!isObject(section)) return DEFAULT_SETTINGS;
  const lint = isObject(section.lint) ? section.lint : {};
  const run = lint.run ?? section['lint.run'];
  const debounce = lint.debounceMs ?? section['lint.debounceMs'];
  const max = section.maxItemsComputed;
  return {
    rules: isObject(section.rules) ? section.rules : {},
    run: run === 'onSave' ? 'onSave' : 'onType',
    debounceMs: typeof debounce === 'number' && debounce >= 0 ? Math.min(debounce, 10_000) : DEFAULT_SETTINGS.debounceMs,
    maxItemsComputed: typeof max === 'number' && max >= 0 ? Math.floor(max) : DEFAULT_SETTINGS.maxItemsComputed,
  };
}

/** `{ landscape: {...} }` → the section (a client's whole settings object). */
export function sectionOf(settings: unknown): unknown {
  return isObject(settings) ? settings.landscape : undefined;
}
