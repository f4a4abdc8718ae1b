/**
 * Mocha root hooks (loaded by .mocharc.json): after the last test, name what the suites left
 * open. CI once ran into its time limit right after mocha's last line, with every test passed:
 * something a test started (a child process, a server, a socket, a timer) kept the process
 * alive. Mocha now exits after the run (`exit` in .mocharc.json), so nothing left open can
 * hold CI again; this line says what it was, so the test that leaks it can be found and fixed.
 * With LANDSCAPE_TEST_TIMERS=1 it also says where each timer still set was made (async_hooks
 * slow every promise, so only on demand).
 */
import { createHook } from 'node:async_hooks';

type Counts = Map<string, number>;

function openResources(): Counts {
  const counts: Counts = new Map();
  for (const type of process.getActiveResourcesInfo()) counts.set(type, (counts.get(type) ?? 0) + 1);
  return counts;
}

/** Timers made and not yet gone, with where they were made (only with LANDSCAPE_TEST_TIMERS=1). */
const timers = new Map<number, { timer: { hasRef?: () => boolean }; stack: string }>();
if (process.env.LANDSCAPE_TEST_TIMERS === '1') {
  createHook({
    init(id, type, _trigger, resource) {
      if (type === 'Timeout') timers.set(id, { timer: resource, stack: (new Error().stack ?? '').split('\n').filter((l) => l.includes(' at ') && !l.includes('(node:')).slice(0, 4).join('\n') });
    },
    destroy(id) {
      timers.delete(id);
    },
  }).enable();
}

let before: Counts = new Map();

export const mochaHooks = {
  beforeAll(): void {
    before = openResources();
  },
  afterAll(): void {
    const grown = [...openResources()].filter(([type, n]) => n > (before.get(type) ?? 0)).map(([type, n]) => `${type} +${n - (before.get(type) ?? 0)}`);
    if (!grown.length) return;
    const where = [...timers.values()].filter((t) => t.timer.hasRef?.() !== false).map((t) => `\n  a timer made ${t.stack.trim()}`).join('');
    process.stderr.write(`mocha: still open after the last test (beyond what was open before the first): ${grown.join(', ')}${where}\n`);
  },
};
