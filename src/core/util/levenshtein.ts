/**
 * Levenshtein distance, giving up (returning `max`) once it cannot be below `max`: the result
 * is min(distance, max). With a finite `max` only the diagonal band |i − j| < max of the table
 * is computed (a cell outside it is at least |i − j| ≥ max), so a bounded check costs
 * O(min(|a|, |b|) · max) time and O(max) memory however long the strings are: did-you-mean
 * verifies ids this way, and an id may be megabytes long.
 */
export function levenshtein(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) >= max) return max;
  // A common prefix and suffix change nothing (ids share them a lot: 'api-', '-service'), and
  // skipping them is a plain comparison per character instead of a band of cells.
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return n + m; // below max: the lengths differ by less
  // Values are clamped to `cap`; without a bound that matters the band is the whole table
  // and nothing reaches the cap, so the result is exact.
  const cap = max > n + m ? n + m + 1 : Math.ceil(max);
  const band = cap - 1;
  // Rows are stored along the band: column j of row i is at j − i + off, so row i − 1's
  // column j is one further right (diagonal at the same index, above at index + 1).
  const off = band + 1;
  const width = 2 * band + 3;
  let prev = row(0, width);
  let cur = row(1, width);
  for (let j = 0, end = Math.min(m, band + 1); j <= end; j++) prev[j + off] = j < cap ? j : cap;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(m, i + band);
    const base = off - i;
    // Left of the band (or column 0) and right of it, as the next row reads them.
    let rowMin = (cur[lo - 1 + base] = lo === 1 ? Math.min(i, cap) : cap);
    if (hi < m) cur[hi + 1 + base] = cap;
    const ca = a.charCodeAt(start + i - 1);
    for (let j = lo; j <= hi; j++) {
      const k = j + base;
      let v = prev[k] + (ca === b.charCodeAt(start + j - 1) ? 0 : 1);
      if (prev[k + 1] + 1 < v) v = prev[k + 1] + 1;
      if (cur[k - 1] + 1 < v) v = cur[k - 1] + 1;
      if (v > cap) v = cap;
      cur[k] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= cap) return max;
    const t = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[m - n + off];
  return d >= cap ? max : d;
}

// Two reusable rows for the usual small bands: verification runs for every did-you-mean
// candidate, and fresh arrays per call (and per row) were most of its cost. A wide band
// (unbounded call on long strings) gets its own arrays, so nothing large stays allocated.
const rows = [new Int32Array(64), new Int32Array(64)];
function row(k: 0 | 1, width: number): Int32Array {
  return width <= rows[k].length ? rows[k] : new Int32Array(width);
}
