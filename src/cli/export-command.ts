/**
 * `landscape export <format> <entry.yaml> [-o <file | dir>]`: the landscape as another tool's
 * file. The core writes the text (src/core/interop/export); this only chooses and writes files.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, exportBackstageFiles, exportLandscape, lintLandscape, today, type ExportFormat } from '../core/index';
import { hint, notRun, parseCommand } from './args';
import { EXPORT_COMMAND } from './commands';
import { refusedForFatalFindings } from './fatal-findings';
import type { Io } from './io';
import { nodeHost, toCorePath } from './node-host';

const isFormat = (s: string): s is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(s);

/** `-o dir/` (a trailing slash, or a folder that exists) is a folder; anything else a file. */
function isFolder(target: string, written: string): boolean {
  return /[\\/]$/.test(written) || (existsSync(target) && statSync(target).isDirectory());
}

export async function runExport(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommand(EXPORT_COMMAND, argv);
  if (parsed.kind !== 'run') return notRun(io, EXPORT_COMMAND, parsed);
  const { values: options, positionals } = parsed;
  const [format, entryArg] = positionals;
  if (!isFormat(format)) {
    io.stderr(`landscape export: unknown format '${format}' (use ${EXPORT_FORMATS.join(', ')})${hint(format, EXPORT_FORMATS)}\nRun 'landscape export --help' for usage.\n`);
    return 2;
  }
  const entry = path.resolve(io.cwd, entryArg);
  if (!existsSync(entry)) {
    io.stderr(`landscape export: cannot read ${entryArg}: no such file\n`);
    return 2;
  }
  const result = await lintLandscape(toCorePath(entry), nodeHost, { asOf: options['as-of'], today: today(io.now?.()), allowImportsOutsideRoot: options['allow-outside-root'] === true });
  if (refusedForFatalFindings(result, io, 'export')) return 2;
  const l = result.landscape;
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const counts = `${plural(l.systems.length, 'system', 'systems')}, ${plural(l.graph.edgeCount, 'dependency', 'dependencies')}`;
  const written = options.output;
  if (!written) {
    io.stdout(exportLandscape(format, l));
    return 0;
  }
  const target = path.resolve(io.cwd, written);
  if (!isFolder(target, written)) {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, exportLandscape(format, l));
    io.stderr(`Wrote ${written} (${counts}).\n`);
    return 0;
  }
  mkdirSync(target, { recursive: true });
  if (format === 'backstage') {
    const files = exportBackstageFiles(l);
    for (const f of files) writeFileSync(path.join(target, f.name), f.text);
    io.stderr(`Wrote ${files.length} files into ${written} (${l.entities.length} entities, a Location in catalog-info.yaml).\n`);
    return 0;
  }
  const name = `${path.basename(entry).replace(/\.ya?ml$/i, '')}.${EXPORT_EXTENSIONS[format]}`;
  writeFileSync(path.join(target, name), exportLandscape(format, l));
  io.stderr(`Wrote ${path.join(written, name)} (${counts}).\n`);
  return 0;
}
