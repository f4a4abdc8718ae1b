/**
 * Reads a Backstage catalog as the catalog itself does: descriptor files of one or more YAML
 * documents, each an entity, and `kind: Location` entities whose targets are read in turn
 * (relative to the Location's file, globs as Backstage's file reader expands them). Every byte
 * comes through the injected Host; URLs are never fetched, only mapped onto a local copy when
 * the caller says where one is. Never throws: what cannot be read is a message.
 */
import picomatch from 'picomatch/posix';
import { parseYamlDocuments } from '../../parse/parse-yaml';
import { toPlain } from '../../parse/yaml-tree';
import { decode } from '../../parse/decode';
import type { Host } from '../../load/host';
import { safeRead } from '../../load/import-targets';
import { LineIndex } from '../../util/line-index';
import { dirname, join, relative } from '../../util/paths';
import { isMap } from '../landscape-fields';
import type { Messages } from '../messages';

/** One entity as written in the catalog, with where it was written. */
export interface CatalogEntity {
  apiVersion: string;
  kind: string;
  metadata: Record<string, unknown>;
  spec: Record<string, unknown>;
  /** Top-level keys besides apiVersion, kind, metadata and spec (e.g. `relations` of a catalog export). */
  rest: Record<string, unknown>;
  file: string;
  line: number;
}

/** A URL prefix read from a local folder instead (`--url-map`). */
export interface UrlMapping {
  prefix: string;
  dir: string;
}

export interface ReadOptions {
  urlMap?: UrlMapping[];
}

const YAML_FILE = /\.ya?ml$/i;

/**
 * The entities of every input (absolute paths: a file, a folder or a glob), in the order read:
 * depth first, each Location's targets where the Location stands. Each file is read once.
 */
export async function readCatalog(host: Host, inputs: string[], messages: Messages, options: ReadOptions = {}): Promise<CatalogEntity[]> {
  const reader = new CatalogReader(host, messages, options.urlMap ?? []);
  for (const input of inputs) await reader.readInput(input);
  return reader.entities;
}

class CatalogReader {
  readonly entities: CatalogEntity[] = [];
  /** Files read or being read: a Location leading to one being read is a cycle. */
  private readonly done = new Set<string>();
  private readonly reading: string[] = [];

  constructor(private readonly host: Host, private readonly messages: Messages, private readonly urlMap: UrlMapping[]) {}

  /** A command-line argument: a glob, a file or a folder; anything else is fatal. */
  async readInput(input: string): Promise<void> {
    if (isGlob(input)) {
      const files = await this.expand(input);
      if (files.length === 0) this.messages.add('fatal', `${input} matches no file`);
      for (const f of files) await this.readFile(f, true);
      return;
    }
    const content = await safeRead(this.host, input);
    if (content !== undefined) {
      await this.readFile(input, true, content);
      return;
    }
    const listed = await this.list(input);
    const yaml = listed.filter((f) => YAML_FILE.test(f)).sort();
    if (listed.length === 0) this.messages.add('fatal', `cannot read ${input}: no such file or folder`);
    else if (yaml.length === 0) this.messages.add('fatal', `${input} holds no .yaml or .yml file`);
    for (const f of yaml) await this.readFile(f, false);
  }

  /** `given`: named on the command line (a file that is not YAML is then fatal, not an error). */
  private async readFile(file: string, given: boolean, content?: string | Uint8Array): Promise<void> {
    if (this.done.has(file)) return;
    this.done.add(file);
    const bytes = content ?? (await safeRead(this.host, file));
    if (bytes === undefined) {
      this.messages.add(given ? 'fatal' : 'warning', `cannot read ${file}`, { file });
      return;
    }
    const decoded = decode(bytes);
    if (decoded.problem) {
      this.messages.add(given ? 'fatal' : 'error', `${decoded.problem.message} Not read.`, { file });
      return;
    }
    const text = decoded.text;
    const parsed = parseYamlDocuments(text);
    const lines = new LineIndex(text);
    for (const p of parsed.problems) {
      const level = p.code === 'core/yaml-syntax' ? (given ? 'fatal' : 'error') : 'warning';
      this.messages.add(level, parsed.fatal ? `${p.message} (the file is not read)` : p.message, { file, line: lines.positionAt(p.span.start).line + 1 });
    }
    if (parsed.fatal) return;
    this.reading.push(file);
    for (const root of parsed.documents) {
      const line = lines.positionAt(root.start).line + 1;
      const entity = asEntity(toPlain(root), file, line);
      if (entity === undefined) {
        if (toPlain(root) !== null) this.messages.add('note', 'a YAML document without apiVersion and kind is no catalog entity: skipped', { file, line });
        continue;
      }
      if (entity.kind.toLowerCase() === 'location') await this.followLocation(entity, 'file');
      this.entities.push(entity);
    }
    this.reading.pop();
  }

  /** A Location's `spec.target` and `spec.targets`, each read in turn. */
  private async followLocation(location: CatalogEntity, inherited: string): Promise<void> {
    const spec = location.spec;
    const type = typeof spec.type === 'string' ? spec.type : inherited;
    const targets: unknown[] = Array.isArray(spec.targets) ? [...(spec.targets as unknown[])] : [];
    if (spec.target !== undefined) targets.unshift(spec.target);
    const at = { file: location.file, line: location.line };
    for (const t of targets) {
      if (typeof t !== 'string' || t.trim() === '') {
        this.messages.add('warning', `Location target ${JSON.stringify(t)} is not a path or URL: skipped`, at);
        continue;
      }
      const local = this.localPath(t, type, location.file);
      if (local === undefined) {
        this.messages.add('warning', `Location target ${t} is a URL and is not fetched: give a local copy with --url-map <url-prefix>=<dir>`, at);
        continue;
      }
      const files = isGlob(local) ? await this.expand(local) : [local];
      if (isGlob(local) && files.length === 0) this.messages.add('warning', `Location target ${t} matches no file`, at);
      for (const f of files) {
        const cycle = this.reading.indexOf(f);
        if (cycle >= 0) {
          const path = [...this.reading.slice(cycle), f].map((p) => relative(dirname(this.reading[0]), p)).join(' → ');
          this.messages.add('warning', `Location cycle ${path}: not read again`, at);
          continue;
        }
        if (this.done.has(f)) continue;
        if (!isGlob(local) && (await safeRead(this.host, f)) === undefined) {
          this.done.add(f);
          this.messages.add('warning', `Location target ${t} does not exist`, at);
          continue;
        }
        await this.readFile(f, false);
      }
    }
  }

  /** The absolute local path of a target, or undefined for a URL no mapping covers. */
  private localPath(target: string, type: string, from: string): string | undefined {
    const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
    if (isUrl || type === 'url') {
      if (!isUrl) return join(dirname(from), target); // relative to a URL read from a local copy: the same folder
      const m = this.urlMap.find((u) => target.startsWith(u.prefix));
      if (!m) return undefined;
      return join(m.dir, decodePath(target.slice(m.prefix.length).replace(/[?#].*$/, '')));
    }
    return join(dirname(from), target.replace(/^file:/, ''));
  }

  private async expand(pattern: string): Promise<string[]> {
    const base = picomatch.scan(pattern).base || '/';
    let isMatch: (p: string) => boolean;
    try {
      isMatch = picomatch(pattern, { dot: false });
    } catch {
      return [];
    }
    return (await this.list(base)).filter((f) => isMatch(f)).sort();
  }

  private async list(dir: string): Promise<string[]> {
    try {
      return await this.host.listFiles(dir);
    } catch {
      return [];
    }
  }
}

function isGlob(p: string): boolean {
  return picomatch.scan(p).isGlob;
}

function decodePath(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

function asEntity(doc: unknown, file: string, line: number): CatalogEntity | undefined {
  if (!isMap(doc) || typeof doc.apiVersion !== 'string' || typeof doc.kind !== 'string') return undefined;
  const { apiVersion, kind, metadata, spec, ...rest } = doc;
  return { apiVersion, kind, metadata: isMap(metadata) ? metadata : {}, spec: isMap(spec) ? spec : {}, rest, file, line };
}
