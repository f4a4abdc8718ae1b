// The one line each test suite prints with its counts, and its parser (scripts/test-all.mjs).
// A fixed prefix at the start of a line, so mocha's prose or a test's own output cannot be
// mistaken for it.
const PREFIX = '##landscape-test-counts';

/** @param {{ passed: number, failed: number, pending?: number }} c */
function countsLine(c) {
  return `${PREFIX} passed=${c.passed} failed=${c.failed} pending=${c.pending ?? 0}`;
}

/** Every counts line in a suite's output, summed; undefined when there is none. */
function parseCounts(output) {
  const re = new RegExp(`^${PREFIX} passed=(\\d+) failed=(\\d+) pending=(\\d+)\\s*$`, 'gm');
  let total;
  for (const m of output.matchAll(re)) {
    total ??= { passed: 0, failed: 0, pending: 0 };
    total.passed += Number(m[1]);
    total.failed += Number(m[2]);
    total.pending += Number(m[3]);
  }
  return total;
}

module.exports = { PREFIX, countsLine, parseCounts };
