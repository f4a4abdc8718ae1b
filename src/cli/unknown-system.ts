/** A system id on the command line that names no system: one line with the core's did-you-mean, exit 2 (SPEC §5). */
import { hint } from './args';
import type { Io } from './io';

export function unknownSystem(io: Io, command: string, id: string, ids: readonly string[]): undefined {
  io.stderr(`landscape ${command}: no system '${id}' in the landscape${hint(id, ids)}\n`);
  return undefined;
}
