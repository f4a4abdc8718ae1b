/**
 * Complexity tests without clocks: run a shape at two sizes, count the work with the core's
 * `tally` counters, and assert the count grows at most like n log n (with a small constant
 * for noise-free slack). A quadratic path grows by the size ratio squared and fails.
 */
import * as assert from 'node:assert/strict';
import { countWork } from '../../src/core/util/work-counter';

/** The largest growth n log n allows from `small` to `large` systems, times `slack`. */
export function nLogNGrowth(small: number, large: number, slack = 1.5): number {
  return ((large * Math.log2(large)) / (small * Math.log2(small))) * slack;
}

/**
 * Runs `run(n)` at both sizes with counting on and asserts, for every counter in `kinds`,
 * that count(large) ≤ count(small) · n log n growth · slack, and that the small run counted
 * something (a counter that never moves would make the test unable to fail).
 */
export async function assertNearLinear(
  kinds: string[],
  run: (n: number) => unknown, // or a promise of it
  sizes: [number, number] = [500, 2000],
  slack = 1.5,
): Promise<Map<string, [number, number]>> {
  const [small, large] = sizes;
  const a = (await countWork(() => run(small))).counts;
  const b = (await countWork(() => run(large))).counts;
  const out = new Map<string, [number, number]>();
  const limit = nLogNGrowth(small, large, slack);
  for (const k of kinds) {
    const x = a.get(k) ?? 0;
    const y = b.get(k) ?? 0;
    out.set(k, [x, y]);
    assert.ok(x > 0, `work counter '${k}' counted nothing at ${small} systems: the test would not see a cliff`);
    assert.ok(y <= x * limit, `work '${k}' grew ${(y / x).toFixed(1)}× from ${small} to ${large} systems (n log n allows ${limit.toFixed(1)}×): ${x} → ${y}`);
  }
  return out;
}
