/**
 * Mocha root hooks (loaded by .mocharc.json): after the last test, name what the suites left
 * open. CI once ran into its time limit right after mocha's last line, with every test passed:
 * something a test started (a child process, a server, a socket) kept the process alive.
 * Mocha now exits after the run (`exit` in .mocharc.json), so nothing left open can hold CI
 * again; this line says what it was, so the test that leaks it can be found and fixed.
 */
type Counts = Map<string, number>;

function openResources(): Counts {
  const counts: Counts = new Map();
  for (const type of process.getActiveResourcesInfo()) counts.set(type, (counts.get(type) ?? 0) + 1);
  return counts;
}

let before: Counts = new Map();

export const mochaHooks = {
  beforeAll(): void {
    before = openResources();
  },
  afterAll(): void {
    const grown = [...openResources()].filter(([type, n]) => n > (before.get(type) ?? 0)).map(([type, n]) => `${type} +${n - (before.get(type) ?? 0)}`);
    if (grown.length) process.stderr.write(`mocha: still open after the last test (beyond what was open before the first): ${grown.join(', ')}\n`);
  },
};
