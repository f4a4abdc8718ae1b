/**
 * The `landscape` command line: a thin shell that picks the command, runs it and sets the
 * exit code (0 clean, 1 error findings or too many warnings, 2 fatal). Nothing it prints is a
 * stack trace: every unexpected failure becomes one line on stderr and exit code 2.
 */
import { hint, overviewHelp } from './args';
import { COMMANDS, DIFF_COMMAND, HISTORY_COMMAND, EXPORT_COMMAND, IMPACT_COMMAND, INIT_COMMAND, LINT_COMMAND, LSP_COMMAND, RENDER_COMMAND } from './commands';
import { runDiff } from './diff-command';
import { runHistory } from './history-command';
import { runImpact } from './impact-command';
import { runImport } from './import-command';
import { runExport } from './export-command';
import { runInit } from './init';
import type { Io } from './io';
import { runLint } from './lint-command';
import { runLsp } from './lsp-command';
import { processIo } from './process-io';
import { runRender } from './render';

declare const LANDSCAPE_VERSION: string | undefined;
const VERSION = typeof LANDSCAPE_VERSION === 'string' ? LANDSCAPE_VERSION : '0.0.0-dev';

/** `landscape --help`, written from the commands' option tables (commands.ts). */
export const HELP = overviewHelp('landscape — lint and draw IT landscapes described in landscape.yaml', COMMANDS);

const RUN: Record<string, (argv: string[], io: Io) => number | Promise<number>> = {
  [LINT_COMMAND.name]: (argv, io) => runLint(argv, io, VERSION),
  [RENDER_COMMAND.name]: runRender,
  [IMPACT_COMMAND.name]: runImpact,
  [DIFF_COMMAND.name]: (argv, io) => runDiff(argv, io, VERSION),
  [HISTORY_COMMAND.name]: runHistory,
  [INIT_COMMAND.name]: runInit,
  [LSP_COMMAND.name]: runLsp,
  import: runImport,
  [EXPORT_COMMAND.name]: runExport,
};

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    (command === undefined ? io.stderr : io.stdout)(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  // `landscape help lint` is `landscape lint --help`.
  if (command === 'help') return rest.length === 0 ? (io.stdout(HELP), 0) : main([rest[0], '--help'], io);
  const run = Object.prototype.hasOwnProperty.call(RUN, command) ? RUN[command] : undefined;
  if (!run) {
    const what = command.startsWith('-') ? 'option' : 'command';
    io.stderr(`landscape: unknown ${what} '${command}'${hint(command, [...Object.keys(RUN), '--help', '--version'])}\n\n${HELP}`);
    return 2;
  }
  return run(rest, io);
}

/** Runs the command of this process's arguments and sets its exit code (the bin, src/cli/bin.ts, calls it). */
export function runCommandLine(): void {
  const io = processIo();
  main(process.argv.slice(2), io).then(
    (code) => {
      // A write error other than a closed pipe has already set exit code 2; keep it.
      process.exitCode = process.exitCode === 2 ? 2 : code;
    },
    (e: unknown) => {
      process.stderr.write(`landscape: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) runCommandLine();
