/** Output in pieces of bounded size: reports of 1,000,000 findings are written, never held as one string. */

const ITEMS_PER_CHUNK = 2000;

/** The formatted items, joined in groups (one write per group, not per item nor for all). */
export function* chunked<T>(items: readonly T[], format: (item: T, index: number) => string): Iterable<string> {
  for (let start = 0; start < items.length; start += ITEMS_PER_CHUNK) {
    let s = '';
    for (let i = start; i < Math.min(items.length, start + ITEMS_PER_CHUNK); i++) s += format(items[i], i);
    yield s;
  }
}
