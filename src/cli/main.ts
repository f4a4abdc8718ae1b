/**
 * The `landscape` command line: a thin shell that picks the command, runs it and sets the
 * exit code (0 clean, 1 error findings or too many warnings, 2 fatal). Nothing it prints is a
 * stack trace: every unexpected failure becomes one line on stderr and exit code 2.
 */
import { runInit } from './init';
import type { Io } from './io';
import { runLint } from './lint-command';
import { processIo } from './process-io';
import { runRender } from './render';

declare const LANDSCAPE_VERSION: string | undefined;
const VERSION = typeof LANDSCAPE_VERSION === 'string' ? LANDSCAPE_VERSION : '0.0.0-dev';

export const HELP = `landscape — lint and draw IT landscapes described in landscape.yaml

Usage:
  landscape lint [options] <entry.yaml>...
      --format stylish|json|sarif|github   output format (default stylish)
      --max-warnings <n>                   exit 1 when there are more warnings than n
      --as-of <YYYY-MM-DD>                 "today" for date-based rules (overrides metadata.asOf)
      --baseline <file>                    report only findings not recorded in the baseline
      --update-baseline                    write the current findings to the baseline file
      --allow-outside-root                 allow imports outside the entry file's folder
      -o, --output <file>                  write the report to a file instead of stdout
  landscape render <entry.yaml> --format svg|html|mermaid|json [-o <file>]
  landscape init [<dir>]                   write a commented starter landscape.yaml
  landscape --help | --version

Exit codes: 0 no errors, 1 error findings or too many warnings, 2 fatal (core/* error, unreadable file, bad usage).
`;

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(HELP);
    return 0;
  }
  switch (command) {
    case 'lint':
      return runLint(rest, io, VERSION);
    case 'render':
      return runRender(rest, io);
    case 'init':
      return runInit(rest, io);
    default:
      io.stderr(`landscape: unknown command '${command}'\n\n${HELP}`);
      return 2;
  }
}

if (require.main === module) {
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
