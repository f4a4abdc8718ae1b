/**
 * `landscape import backstage|csv …`: reads the arguments, hands the files to the core's
 * importer (src/core/interop) through the Node host, writes the landscape to -o or stdout and
 * the importer's messages to stderr. Exit codes: 0 written, 1 written with entities not
 * imported, 2 nothing written.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { importBackstage, importCsv, type ImportResult } from '../core/index';
import { commandHelp, hint, notRun, parseCommand } from './args';
import { IMPORT_BACKSTAGE_COMMAND, IMPORT_CSV_COMMAND } from './commands';
import type { Io } from './io';
import { fromCorePath, nodeHost, toCorePath } from './node-host';

const SOURCES = { backstage: runImportBackstage, csv: runImportCsv } as const;

export async function runImport(argv: string[], io: Io): Promise<number> {
  const [source, ...rest] = argv;
  if (source === undefined || source === '--help' || source === '-h') {
    (source === undefined ? io.stderr : io.stdout)(`${commandHelp(IMPORT_BACKSTAGE_COMMAND)}\n${commandHelp(IMPORT_CSV_COMMAND)}`);
    return source === undefined ? 2 : 0;
  }
  if (!Object.hasOwn(SOURCES, source)) {
    io.stderr(`landscape import: unknown source '${source}' (use backstage or csv)${hint(source, Object.keys(SOURCES))}\nRun 'landscape import --help' for usage.\n`);
    return 2;
  }
  return SOURCES[source as keyof typeof SOURCES](rest, io);
}

async function runImportBackstage(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommand(IMPORT_BACKSTAGE_COMMAND, argv);
  if (parsed.kind !== 'run') return notRun(io, IMPORT_BACKSTAGE_COMMAND, parsed);
  const { values, positionals } = parsed;
  const output = values.output === undefined ? undefined : path.resolve(io.cwd, values.output);
  const urlMap = values['url-map'] === undefined ? [] : [urlMapping(values['url-map'], io.cwd)];
  const result = await importBackstage(nodeHost, positionals.map((p) => toCorePath(path.resolve(io.cwd, p))), {
    defaultMode: values['default-mode'],
    granularity: values.granularity,
    urlMap,
    outDir: toCorePath(output === undefined ? io.cwd : path.dirname(output)),
  });
  return finish(IMPORT_BACKSTAGE_COMMAND.name, result, output, io);
}

async function runImportCsv(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommand(IMPORT_CSV_COMMAND, argv);
  if (parsed.kind !== 'run') return notRun(io, IMPORT_CSV_COMMAND, parsed);
  const { values, positionals } = parsed;
  if (values.map === undefined) return notRun(io, IMPORT_CSV_COMMAND, { kind: 'usage-error', message: 'give the mapping file with --map <mapping.yaml> (docs/interop.md has an example)' });
  const output = values.output === undefined ? undefined : path.resolve(io.cwd, values.output);
  const result = await importCsv(nodeHost, toCorePath(path.resolve(io.cwd, positionals[0])), toCorePath(path.resolve(io.cwd, values.map)));
  return finish(IMPORT_CSV_COMMAND.name, result, output, io);
}

/** `<prefix>=<dir>` (checked by the option table): the dir relative to the working directory. */
function urlMapping(value: string, cwd: string): { prefix: string; dir: string } {
  const at = value.indexOf('=', value.indexOf('://') + 3);
  return { prefix: value.slice(0, at), dir: toCorePath(path.resolve(cwd, value.slice(at + 1))) };
}

const COUNTED: [string, string, string][] = [
  ['owners', 'owner', 'owners'],
  ['domains', 'domain', 'domains'],
  ['systems', 'system', 'systems'],
  ['apis', 'API', 'APIs'],
  ['dataStores', 'data store', 'data stores'],
  ['rollouts', 'rollout', 'rollouts'],
];

function finish(command: string, result: ImportResult, output: string | undefined, io: Io): number {
  for (const m of result.messages) {
    const where = m.file === undefined ? '' : `${path.relative(io.cwd, fromCorePath(m.file)) || '.'}${m.line === undefined ? '' : `:${m.line}`}: `;
    io.stderr(`${where}${m.level}: ${m.text}\n`);
  }
  if (result.text === undefined) {
    io.stderr(`landscape ${command}: nothing written.\n`);
    return 2;
  }
  const counts = COUNTED.filter(([k]) => (result.counts[k] ?? 0) > 0).map(([k, one, many]) => `${result.counts[k]} ${result.counts[k] === 1 ? one : many}`);
  const errors = result.messages.filter((m) => m.level === 'error').length;
  const warnings = result.messages.filter((m) => m.level === 'warning').length;
  const tail = [errors ? `${errors} not imported` : '', warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''].filter(Boolean).join(', ');
  const what = `${counts.join(', ') || 'no entities'}${tail ? ` (${tail})` : ''}`;
  if (output !== undefined) {
    try {
      writeFileSync(output, result.text);
    } catch (e) {
      io.stderr(`landscape ${command}: cannot write ${path.relative(io.cwd, output) || output}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
      return 2;
    }
    io.stderr(`Wrote ${path.relative(io.cwd, output) || output}: ${what}.\n`);
  } else {
    io.stdout(result.text);
    io.stderr(`Imported ${what}.\n`);
  }
  return errors ? 1 : 0;
}
