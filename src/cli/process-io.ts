/**
 * The real process's stdout and stderr. A reader that stops early (`| head -c 1`, a pager that
 * quits) closes the pipe: the next write fails with EPIPE, which Node reports as an 'error'
 * event that, unhandled, prints a stack trace. Here a closed pipe just ends the output: later
 * writes are dropped and the exit code stays the command's own.
 */
import type { Io } from './io';

/** The stream errors that mean "nobody reads any more", not a failure of the command. */
const READER_GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

export function processIo(): Io {
  const out = quietOnClose(process.stdout);
  const err = quietOnClose(process.stderr);
  return {
    stdout: out.write,
    stderr: err.write,
    cwd: process.cwd(),
    isTty: !!process.stdout.isTTY,
    stdoutClosed: out.closed,
    now: () => Date.now(),
  };
}

function quietOnClose(stream: NodeJS.WriteStream): { write: (s: string) => void; closed: () => boolean } {
  let gone = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (READER_GONE.has(e.code ?? '')) {
      gone = true;
      return;
    }
    // Any other failure (a full disk behind a redirect): one line, no stack, exit code 2.
    gone = true;
    if (stream !== process.stderr && !process.stderr.destroyed) process.stderr.write(`landscape: cannot write the output: ${e.message}\n`);
    process.exitCode = 2;
  });
  // A failed write destroys the stream at once (the 'error' event follows on the next tick):
  // checking `destroyed` stops a loop of writes right after the first one that failed.
  const closed = (): boolean => gone || stream.destroyed || !stream.writable;
  return {
    write: (s) => {
      if (!closed()) stream.write(s);
    },
    closed,
  };
}
