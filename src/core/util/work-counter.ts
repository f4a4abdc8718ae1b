/**
 * Work counters for the complexity tests (scale without cliffs): an algorithm on user data
 * counts its basic steps (comparisons, visited edges, Levenshtein calls, glob compilations, …)
 * with `tally`, so a test can run a landscape shape at two sizes and assert near-linear
 * growth of the work itself, with no clock involved. Off by default: `tally` is then one
 * boolean test, which V8 inlines; nothing in production reads the counts.
 */
const counts = new Map<string, number>();
let enabled = false;

/** Adds `n` steps of work of one kind (e.g. 'levenshtein', 'passthrough:edge'). */
export function tally(kind: string, n = 1): void {
  if (enabled) counts.set(kind, (counts.get(kind) ?? 0) + n);
}

/** Runs `fn` with counting on and returns the counts it made (counting is off again afterwards). */
export async function countWork<T>(fn: () => T | Promise<T>): Promise<{ result: T; counts: Map<string, number> }> {
  counts.clear();
  enabled = true;
  try {
    const result = await fn();
    return { result, counts: new Map(counts) };
  } finally {
    enabled = false;
    counts.clear();
  }
}
