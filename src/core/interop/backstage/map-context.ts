/** What every mapping function of the Backstage importer shares. */
import type { Messages } from '../messages';
import type { CatalogIndex, Placed } from './catalog-index';
import type { Draft } from './draft';

export type Mode = 'mode1' | 'gearbox' | 'mode2';

export interface MapContext {
  index: CatalogIndex;
  messages: Messages;
  defaultMode: Mode;
  /** The folder of the file written: relative definition paths are rebased onto it. */
  outDir: string;
  /** Kept Backstage paths per kind (`Component spec.subcomponentOf`) → how many entities. */
  unmapped: Map<string, number>;
}

/**
 * The id a reference field of the draft's entity stands for; a value that is no reference, or
 * names an entity the landscape has none for, is kept as `landscape.dev/backstage.spec.<field>`.
 */
export function refId(d: Draft, ctx: MapContext, field: string, value: unknown, defaultKind: string | undefined, kinds: string[] = []): { id: string; target?: Placed } | undefined {
  const r = ctx.index.resolve(value, defaultKind, d.placed, field, kinds);
  if (r && r.id !== '') return r;
  d.keep(`spec.${field}`, value);
  return undefined;
}
