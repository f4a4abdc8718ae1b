/**
 * Loads an entry file and its imports (SPEC §2.5): depth-first pre-order, each file once
 * (diamond and circular imports are harmless), globs expanded in lexical order, imports
 * that leave the entry's folder refused unless allowed. Parses are cached by text, so an
 * edit re-parses only the file that changed.
 */
import { SchemaEntryCache } from '../schema/validate-schema';
import picomatch from 'picomatch/posix';
import { decode } from '../parse/decode';
import { spanOf } from '../parse/yaml-tree';
import { parseYaml, type ParsedYaml } from '../parse/parse-yaml';
import { reparseIncrementally } from '../parse/incremental';
import { readFileModel, type FileModel, type ImportEntry } from '../model/read-entities';
import type { Finding } from '../types';
import { dirname, isInside, join, relative } from '../util/paths';
import type { Host } from './host';

export interface SourceFile {
  path: string;
  text: string;
  parsed: ParsedYaml;
  model: FileModel;
  /** Problems found while decoding and parsing (yaml-syntax, duplicate keys). */
  problems: Finding[];
}

export interface LoadOptions {
  /** Allow imports outside the entry file's folder tree (default false). */
  allowImportsOutsideRoot?: boolean;
  cache?: ParseCache;
}

export interface Loaded {
  entry: string;
  /** All files read, in load order; those with fatal parse problems have empty models. */
  files: SourceFile[];
  /** Import problems (core/import-not-found), placed at the import entry. */
  findings: Finding[];
}

/** Parsed files by path, reused while their text is unchanged. */
export class ParseCache {
  private readonly map = new Map<string, SourceFile>();
  private readonly schema = new Map<string, SchemaEntryCache>();
  /** Schema results of this file's section entries, kept across edits (validate-schema.ts). */
  schemaEntries(path: string): SchemaEntryCache {
    let c = this.schema.get(path);
    if (!c) this.schema.set(path, (c = new SchemaEntryCache()));
    return c;
  }
  get(path: string, text: string): SourceFile | undefined {
    const hit = this.map.get(path);
    return hit && hit.text === text ? hit : undefined;
  }
  /** The last parse of this path, whatever its text (the base of an incremental re-parse). */
  previous(path: string): SourceFile | undefined {
    return this.map.get(path);
  }
  set(file: SourceFile): void {
    this.map.set(file.path, file);
  }
  delete(path: string): void {
    this.map.delete(path);
    this.schema.delete(path);
  }
}

const GLOB_CHARS = /[*?[\]{}!]/;

export function coreFinding(rule: Finding['rule'], file: string, span: { start: number; end: number }, message: string, severity: Finding['severity'] = 'error'): Finding {
  return { rule, severity, message, subject: null, related: [], file, span: spanOf(span) };
}

export function parseSource(path: string, content: string | Uint8Array, cache?: ParseCache): SourceFile {
  const decoded = decode(content);
  const cached = cache?.get(path, decoded.text);
  if (cached && !decoded.problem) return cached;
  const prev = decoded.problem ? undefined : cache?.previous(path);
  const parsed: ParsedYaml = decoded.problem
    ? { root: null, problems: [decoded.problem], fatal: true }
    : (prev && reparseIncrementally(prev.text, prev.parsed, decoded.text)) ?? parseYaml(decoded.text);
  const file: SourceFile = {
    path,
    text: decoded.text,
    parsed,
    model: readFileModel(path, parsed.fatal ? null : parsed.root, cache !== undefined),
    problems: parsed.problems.map((p) => coreFinding(p.code, path, p.span, p.message)),
  };
  if (!decoded.problem) cache?.set(file);
  return file;
}

export async function loadLandscape(entry: string, host: Host, options: LoadOptions = {}): Promise<Loaded> {
  const root = dirname(entry);
  const files: SourceFile[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();

  const load = async (path: string, content: string | Uint8Array): Promise<void> => {
    seen.add(path);
    const file = parseSource(path, content, options.cache);
    files.push(file);
    for (const imp of file.model.imports) {
      for (const target of await resolveImport(file, imp)) {
        if (seen.has(target)) continue;
        const text = await safeRead(host, target);
        if (text === undefined) {
          findings.push(coreFinding('core/import-not-found', file.path, imp.span, `Import '${imp.pattern}' not found: no file ${relative(root, target)}.`));
          continue;
        }
        await load(target, text);
      }
    }
  };

  const resolveImport = async (file: SourceFile, imp: ImportEntry): Promise<string[]> => {
    const dir = dirname(file.path);
    const absolute = join(dir, imp.pattern);
    if (!options.allowImportsOutsideRoot && !isInside(root, absolute)) {
      findings.push(coreFinding('core/import-not-found', file.path, imp.span,
        `Import '${imp.pattern}' leaves the folder of the entry file (${relative(root, absolute)}); it is refused. Allow it with the allowImportsOutsideRoot option (CLI --allow-outside-root).`));
      return [];
    }
    if (!GLOB_CHARS.test(imp.pattern)) return [absolute];
    const scan = picomatch.scan(absolute);
    const base = scan.base || '/';
    const isMatch = picomatch(absolute, { dot: false });
    let listed: string[] = [];
    try {
      listed = await host.listFiles(base);
    } catch {
      listed = [];
    }
    const matches = listed.filter((p) => isMatch(p) && (options.allowImportsOutsideRoot || isInside(root, p))).sort();
    if (matches.length === 0) findings.push(coreFinding('core/import-not-found', file.path, imp.span, `Import '${imp.pattern}' matches no file.`));
    return matches;
  };

  const first = await safeRead(host, entry);
  if (first === undefined) {
    findings.push(coreFinding('core/import-not-found', entry, { start: 0, end: 0 }, `Cannot read the entry file ${entry}.`));
    return { entry, files, findings };
  }
  await load(entry, first);
  return { entry, files, findings };
}

async function safeRead(host: Host, path: string): Promise<string | Uint8Array | undefined> {
  try {
    return await host.readFile(path);
  } catch {
    return undefined;
  }
}
