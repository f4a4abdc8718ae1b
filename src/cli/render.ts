/** `landscape render`: replaced by the diagram renderer (issue 5). */
import type { Io } from './io';

export async function runRender(_argv: string[], io: Io): Promise<number> {
  io.stderr('landscape render: not available in this build yet.\n');
  return 2;
}
