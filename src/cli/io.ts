/** Where the CLI writes and which folder it works in (injected so tests can run it in-process). */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTty: boolean;
  /**
   * True once the reader of stdout has gone away (`landscape lint | head -c 1`): the rest of a
   * long report is then not even formatted. Absent for in-process runs, whose stdout never closes.
   */
  stdoutClosed?: () => boolean;
  /**
   * The clock (milliseconds since the epoch), read for "today" (core/util/dates.ts) by `lint`,
   * `render` and `init`; tests pin it. Absent: the system clock.
   */
  now?: () => number;
}
