/** `landscape init [<dir>]`: a commented starter landscape that lints clean. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { starterLandscape, today } from '../core/index';
import { notRun, parseCommand } from './args';
import { INIT_COMMAND } from './commands';
import type { Io } from './io';

export function runInit(argv: string[], io: Io): number {
  const parsed = parseCommand(INIT_COMMAND, argv);
  if (parsed.kind !== 'run') return notRun(io, INIT_COMMAND, parsed);
  const dir = path.resolve(io.cwd, parsed.positionals[0] ?? '.');
  const file = path.join(dir, 'landscape.yaml');
  if (existsSync(file)) {
    io.stderr(`landscape init: ${path.relative(io.cwd, file) || file} already exists; nothing written.\n`);
    return 2;
  }
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, starterLandscape(today(io.now?.())));
  } catch (e) {
    io.stderr(`landscape init: cannot write ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  io.stderr(`Wrote ${path.relative(io.cwd, file) || file}. Lint it with: landscape lint ${path.relative(io.cwd, file)}\n`);
  return 0;
}
