/**
 * Ids for imported entities: a name from another tool made to the landscape's id pattern
 * (kebab-case, at most 63 characters, SPEC §2.2), and one id space for all kinds, with
 * collisions resolved in a fixed order and every renaming recorded so it can be reported.
 */

const MAX_ID_LENGTH = 63;

/**
 * `Invalid Component` → `invalid-component`, `playbackOrder` → `playback-order`,
 * `Bäckström_ERP` → `backstrom-erp`; '' when nothing of the name is a letter or a digit.
 */
export function toIdWords(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // accents, once NFKD has split them from their letters
    .replace(/ß/g, 'ss')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2') // camelCase
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2') // HTTPServer → HTTP-Server
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return clip(words, MAX_ID_LENGTH);
}

/** At most `max` characters, cut at a hyphen when one is near, never ending in one. */
function clip(id: string, max: number): string {
  if (id.length <= max) return id;
  const cut = id.slice(0, max);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen >= max - 12 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

export interface Renaming {
  /** What the id was made from, as the source names it (e.g. `api:default/wayback-archive`). */
  source: string;
  /** The id the name alone would have given. */
  wanted: string;
  id: string;
  /** Who had `wanted` first ('' when `wanted` is '': the name had no letter or digit). */
  takenBy: string;
}

/**
 * Hands out ids: the first to want an id gets it, a later one gets `<id>-<suffix>` (its kind),
 * then `<id>-<suffix>-2`, `-3`, …, all kept within 63 characters. A name with no letter or
 * digit wants '' and gets its kind (`component`, `component-2`, …).
 */
export class IdSpace {
  private readonly owners = new Map<string, string>();
  readonly renamings: Renaming[] = [];

  /** Takes an id for `source`: `wanted` if free, else a free one made from it with `suffix`. */
  take(wanted: string, suffix: string, source: string): string {
    const tries = wanted === '' ? [suffix] : [wanted, withSuffix(wanted, suffix)];
    let id = tries.find((t) => !this.owners.has(t));
    const base = tries[tries.length - 1];
    for (let n = 2; id === undefined; n++) {
      const t = withSuffix(base, String(n));
      if (!this.owners.has(t)) id = t;
    }
    if (id !== wanted) this.renamings.push({ source, wanted, id, takenBy: this.owners.get(wanted) ?? '' });
    this.owners.set(id, source);
    return id;
  }

  has(id: string): boolean {
    return this.owners.has(id);
  }
}

function withSuffix(base: string, suffix: string): string {
  return `${clip(base, MAX_ID_LENGTH - suffix.length - 1)}-${suffix}`;
}
