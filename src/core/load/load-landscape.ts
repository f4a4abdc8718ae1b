/**
 * Loads an entry file and its imports (SPEC §2.5): depth-first pre-order, each file once
 * (diamond and circular imports are harmless), globs expanded in lexical order, imports
 * that leave the entry's folder refused unless allowed. Parses are cached by text, so an
 * edit re-parses only the file that changed.
 */
import { decode } from '../parse/decode';
import { spanOf } from '../parse/yaml-tree';
import { parseYaml, type ParsedYaml } from '../parse/parse-yaml';
import { reparseIncrementally } from '../parse/incremental';
import { readFileModel, type FileModel, type ImportEntry } from '../model/read-entities';
import type { Finding } from '../types';
import { coreFinding } from '../findings/core-finding';
import { dirname, isInside, join, relative } from '../util/paths';
import type { Host } from './host';
import { GlobExpander, ReadAhead, safeRead, type Expansion } from './import-targets';
import { tally } from '../util/work-counter';

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

/**
 * A kind of data a higher layer keeps per file beside its parse, made on first use (lint/engine.ts:
 * the schema results of the file's section entries). Loading owns the files, not what others derive.
 */
export class FileCompanion<T> {
  constructor(readonly make: () => T) {}
}

/** Parsed files by path, reused while their text is unchanged. */
export class ParseCache {
  /**
   * `forEdits: false` (a one-shot run, the CLI): files that several entries import are parsed
   * once, and nothing is kept for a later edit (entities per node, schema results per entry
   * text, rule results): in a single lint that is work and memory with no reader.
   */
  constructor(options: { forEdits?: boolean } = {}) {
    this.forEdits = options.forEdits ?? true;
  }
  readonly forEdits: boolean;
  private readonly map = new Map<string, SourceFile>();
  private inFlight = 0;
  /**
   * Marks a lint running on this cache until the returned function is called. While a lint is
   * the only one, an edit's re-parse may move the previous tree's nodes in place (so entities
   * and schema results keyed by node survive the edit): no other lint reads that tree then. A
   * lint that overlaps another (an await of one between the steps of the other) copies instead.
   * A finished lint's result may see its later nodes moved by the next lint: results are
   * replaced, not kept, by the editor.
   */
  hold(): () => void {
    this.inFlight++;
    let held = true;
    return () => {
      if (held) this.inFlight--;
      held = false;
    };
  }
  /** No other lint than (at most) the caller's is running on this cache. */
  get exclusive(): boolean {
    return this.inFlight <= 1;
  }
  private readonly companions = new Map<string, Map<FileCompanion<unknown>, unknown>>();
  /** This path's data of that kind, kept across edits of the file and dropped with it (`delete`). */
  companion<T>(path: string, kind: FileCompanion<T>): T {
    let byKind = this.companions.get(path);
    if (!byKind) this.companions.set(path, (byKind = new Map<FileCompanion<unknown>, unknown>()));
    if (!byKind.has(kind)) byKind.set(kind, kind.make());
    return byKind.get(kind) as T;
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

  /** Files held (a long-lived host shows that its cache stays bounded). */
  get size(): number {
    return this.map.size;
  }
  delete(path: string): void {
    this.map.delete(path);
    this.companions.delete(path);
  }
  private readonly moved = new WeakSet<SourceFile>();
  /** A later re-parse moved this parse's nodes in place (`hold`): what is computed from them now is for the newer text. */
  wasMoved(file: SourceFile): boolean {
    return this.moved.has(file);
  }
  /** An incremental re-parse from `file` in place (parse/incremental.ts). */
  markMoved(file: SourceFile): void {
    this.moved.add(file);
  }
}

const GLOB_CHARS = /[*?[\]{}!]/;

/** A parse problem's related text (the first of two equal keys) as related locations in the same file. */
function withRelated(f: Finding, path: string, related: ParsedYaml['problems'][number]['related']): Finding {
  if (related?.length) f.relatedLocations = related.map((r) => ({ id: r.id, file: path, span: spanOf(r.span) }));
  return f;
}

export function parseSource(path: string, content: string | Uint8Array, cache?: ParseCache): SourceFile {
  const decoded = decode(content);
  const cached = cache?.get(path, decoded.text);
  if (cached && !decoded.problem) return cached;
  const prev = decoded.problem ? undefined : cache?.previous(path);
  const inPlace = cache?.exclusive === true;
  const again = prev && reparseIncrementally(prev.text, prev.parsed, decoded.text, inPlace);
  if (again && inPlace && again !== prev.parsed) cache?.markMoved(prev);
  const parsed: ParsedYaml = decoded.problem
    ? { root: null, problems: [decoded.problem], fatal: true }
    : again ?? parseYaml(decoded.text);
  const file: SourceFile = {
    path,
    text: decoded.text,
    parsed,
    model: readFileModel(path, parsed.fatal ? null : parsed.root, cache?.forEdits === true),
    problems: parsed.problems.map((p) => withRelated(coreFinding(p.code, path, p.span, p.message), path, p.related)),
  };
  if (!decoded.problem) cache?.set(file);
  return file;
}

export async function loadLandscape(entry: string, host: Host, options: LoadOptions = {}): Promise<Loaded> {
  const root = dirname(entry);
  const files: SourceFile[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const reads = new ReadAhead(host);
  const globs = new GlobExpander(host, root, options.allowImportsOutsideRoot === true);
  const isSeen = (path: string): boolean => seen.has(path);

  // The walk is depth-first pre-order and one file at a time, exactly as SPEC §2.5 says; only
  // the reads run ahead of it: a file's imports are resolved and their reads started as soon
  // as it is parsed, so the walk rarely waits for the host.
  const load = async (path: string, content: string | Uint8Array): Promise<void> => {
    seen.add(path);
    const file = parseSource(path, content, options.cache);
    files.push(file);
    const plans = file.model.imports.map((imp) => plan(file, imp));
    // One batch, so the first import is read first.
    reads.request(plans.filter((p) => p.target !== undefined).map((p) => p.target!), isSeen);
    for (const p of plans) {
      if (p.refused) {
        findings.push(p.refused);
        continue;
      }
      if (p.target !== undefined) {
        if (!seen.has(p.target)) await take(file, p.imp, p.target);
        continue;
      }
      const expansion = await p.expansion!;
      if (expansion.files.length === 0) findings.push(coreFinding('core/import-not-found', file.path, p.imp.span, `Import '${p.imp.pattern}' matches no file.`));
      for (let i = expansion.from(0); i < expansion.files.length; i = expansion.from(i + 1)) {
        tally('load:import-target');
        const target = expansion.files[i];
        if (!seen.has(target)) await take(file, p.imp, target);
        if (seen.has(target)) expansion.loaded(i);
      }
    }
  };

  /** Reads and loads one import target (the caller checked it is not loaded yet). */
  const take = async (file: SourceFile, imp: ImportEntry, target: string): Promise<void> => {
    const text = await reads.read(target);
    if (text === undefined) {
      findings.push(coreFinding('core/import-not-found', file.path, imp.span, `Import '${imp.pattern}' not found: no file ${relative(root, target)}.`));
      return;
    }
    reads.release(target);
    await load(target, text);
  };

  interface Plan {
    imp: ImportEntry;
    /** The finding of an import refused for leaving the entry's folder (reported when the walk gets there). */
    refused?: Finding;
    /** A plain path. */
    target?: string;
    /** A glob's files, shared with every import of the same absolute pattern. */
    expansion?: Promise<Expansion>;
  }

  const plan = (file: SourceFile, imp: ImportEntry): Plan => {
    const absolute = join(dirname(file.path), imp.pattern);
    if (!options.allowImportsOutsideRoot && !isInside(root, absolute)) {
      return { imp, refused: coreFinding('core/import-not-found', file.path, imp.span,
        `Import '${imp.pattern}' leaves the folder of the entry file (${relative(root, absolute)}); it is refused. Allow it with the allowImportsOutsideRoot option (CLI --allow-outside-root).`) };
    }
    if (!GLOB_CHARS.test(imp.pattern)) return { imp, target: absolute };
    const expansion = globs.expand(absolute);
    void expansion.then((e) => {
      // Read ahead once per expansion, however many files import it.
      if (e.readAhead) return;
      e.readAhead = true;
      reads.request(e.files, isSeen);
    });
    return { imp, expansion };
  };

  const first = await safeRead(host, entry);
  if (first === undefined) {
    findings.push(coreFinding('core/import-not-found', entry, { start: 0, end: 0 }, `Cannot read the entry file ${entry}.`));
    return { entry, files, findings };
  }
  await load(entry, first);
  return { entry, files, findings };
}
