/**
 * Lets go of what only speeds up the next lint once the user has stopped editing: the parser's
 * spare event storage (tens of MB after a 10,000-system file) is worth keeping between
 * keystrokes, not through a lunch break. The timers are injected so a test can be the clock.
 */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Node's timers, unreferenced: a pending release never keeps the process alive. */
const NODE_TIMERS: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** How long without a lint before the spare storage goes. */
const IDLE_MS = 30_000;

export class IdleRelease {
  private handle: unknown;

  constructor(private readonly release: () => void, private readonly ms: number = IDLE_MS, private readonly timers: Timers = NODE_TIMERS) {}

  /** Activity: the release is due `ms` from now. */
  touch(): void {
    if (this.handle !== undefined) this.timers.clearTimeout(this.handle);
    this.handle = this.timers.setTimeout(() => {
      this.handle = undefined;
      this.release();
    }, this.ms);
  }
}
