/**
 * The server's lint service: the landscapes of the workspace folders (entry files and the
 * fragments they import), linted again when any of their files changes — in the client
 * (debounced, unsaved text) or on disk. A newer change supersedes an older lint: a lint that
 * finishes after its entry changed again is dropped, never published. Requests wait for the
 * pending lint of their file, so their positions match the text the client shows.
 */
import { dropSpareParseBuffers, lintLandscape, ParseCache, type LintResult } from '../core/index';
import { listFiles } from '../node/files';
import { IdleRelease, type Timers } from './idle';
import { serverHost, type DiskReader, type OpenDocuments } from './node-host';
import type { Settings } from './settings';

/** One published lint: the result and the versions of the open documents it read. */
export interface Lint {
  entry: string;
  result: LintResult;
  /** Core path → version of each open document the lint read. */
  versions: Map<string, number>;
}

/** What the lint service did for one landscape (`landscape/serverStatus`; benchmarks read it). */
export interface LintStats {
  /** Lints run, published or superseded. */
  lints: number;
  /** Milliseconds of the last lint. */
  lastLintMs: number;
  /** When the last lint ended, in milliseconds since the epoch (comparable with a client's clock on the same machine). */
  lastLintEnd: number;
}

export interface WorkspaceOptions {
  /** The disk (tests hold a read to see a lint overtaken by an edit). */
  readFile?: DiskReader;
  /** Milliseconds without a lint before the parser's spare storage is dropped (default 30 s). */
  idleMs?: number;
  /** The clock of that release (tests fire it themselves). */
  timers?: Timers;
}

export interface LintListener {
  /** `lint` is the entry's new latest lint; undefined: the entry is gone (deleted, its folder closed). */
  didLint(entry: string, lint: Lint | undefined, previous: Lint | undefined): void;
  /** A lint of the entry begins (for a client's busy state). */
  lintStarted?(entry: string): void;
  /** A lint failed (a bug, never the user's input): told, and the server goes on. */
  lintFailed(entry: string, error: unknown): void;
}

/** As VS Code's findFiles did for the extension: a workspace of thousands of entry files is not linted whole. */
const MAX_ENTRIES_PER_FOLDER = 500;

function isEntryPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name === 'landscape.yaml' || name.endsWith('.landscape.yaml');
}

const isYaml = (path: string): boolean => /\.ya?ml$/i.test(path);
const inside = (dir: string, path: string): boolean => path.startsWith(dir.endsWith('/') ? dir : `${dir}/`);

export class LintWorkspace {
  private readonly latest = new Map<string, Lint>();
  /** Entry files known: found in a folder, or opened. */
  private readonly entries = new Set<string>();
  private readonly folders = new Set<string>();
  /** Which entries' landscapes hold a file (from their latest lints): a change re-lints exactly those. */
  private readonly entriesByFile = new Map<string, Set<string>>();
  private readonly cache = new ParseCache();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private disposed = false;
  /** Bumped by every change of an entry's files: a lint of an older generation is superseded. */
  private readonly generation = new Map<string, number>();
  /** The generation each entry's last lint finished (or was dropped) at: behind `generation`, a lint is due. */
  private readonly done = new Map<string, number>();
  /** The lints of an entry run one after the other. */
  private readonly chains = new Map<string, Promise<void>>();
  private readonly waiters = new Map<string, (() => void)[]>();
  /** Per entry: how many lints ran and how long the last one took. */
  private readonly stats = new Map<string, LintStats>();
  /** The parser's spare storage goes once no lint ran for a while (idle.ts). */
  private readonly idle: IdleRelease;

  constructor(
    private readonly open: OpenDocuments,
    private readonly settings: () => Settings,
    private readonly listener: LintListener,
    private readonly options: WorkspaceOptions = {},
  ) {
    this.idle = new IdleRelease(dropSpareParseBuffers, options.idleMs, options.timers);
  }

  /** Lint figures per entry, for the entries with a lint. */
  statsOf(entry: string): LintStats | undefined {
    return this.stats.get(entry);
  }

  /** Files whose parse is kept for the next lint (only files of the known landscapes). */
  get parsedFiles(): number {
    return this.cache.size;
  }

  /** Finds the entry files of a workspace folder; returns those not known before (the caller lints them). */
  async addFolder(folder: string): Promise<string[]> {
    this.folders.add(folder);
    const found = (await listFiles(folder)).filter(isEntryPath).sort().slice(0, MAX_ENTRIES_PER_FOLDER);
    const added = found.filter((e) => !this.entries.has(e));
    for (const e of added) this.entries.add(e);
    return added;
  }

  /** Forgets a closed folder's landscapes (an entry still open in the client stays). */
  removeFolder(folder: string): void {
    this.folders.delete(folder);
    for (const e of [...this.entries]) if (inside(folder, e) && !this.open.byPath(e) && ![...this.folders].some((f) => inside(f, e))) this.removeEntry(e);
  }

  /** The entries whose landscape holds this file (an entry holds itself), in the order they were first linted. */
  entriesOf(path: string): string[] {
    const known = this.entriesByFile.get(path);
    if (known?.size) return [...known];
    return this.entries.has(path) || isEntryPath(path) ? [path] : [];
  }

  /** The latest lint of the first landscape that holds the file. */
  lintFor(path: string): Lint | undefined {
    for (const e of this.entriesOf(path)) {
      const l = this.latest.get(e);
      if (l) return l;
    }
    return undefined;
  }

  lintOf(entry: string): Lint | undefined {
    return this.latest.get(entry);
  }

  lints(): Lint[] {
    return [...this.latest.values()];
  }

  /** Lints these entries now (the first lint of a folder); `progress` hears each one finish. */
  async lintAll(entries: readonly string[], progress?: (done: number) => void): Promise<void> {
    let done = 0;
    await Promise.all(entries.map(async (e) => {
      await this.lintNow(e);
      progress?.(++done);
    }));
  }

  /** Every known landscape again (settings changed). */
  relintAll(): Promise<void> {
    return this.lintAll([...new Set([...this.entries, ...this.latest.keys()])]);
  }

  /** A file changed (an edit in the client after `delay` ms, or on disk now): its landscapes are linted again. */
  changed(path: string, delay: number): void {
    if (!isYaml(path)) return;
    for (const e of this.entriesOf(path)) this.schedule(e, delay);
  }

  /** A file appeared on disk: a new entry file is linted; an entry that may import it is linted again. */
  created(path: string): void {
    if (!isYaml(path)) return;
    if (isEntryPath(path) && [...this.folders].some((f) => inside(f, path))) {
      this.entries.add(path);
      this.schedule(path, 0);
    }
    // A missing import may exist now: the landscapes whose folder holds the file (imports never leave it unless allowed).
    for (const e of this.latest.keys()) if (inside(e.slice(0, e.lastIndexOf('/')), path) || this.entriesByFile.get(path)?.has(e)) this.schedule(e, 0);
  }

  deleted(path: string): void {
    this.cache.delete(path);
    if (this.entries.has(path) || this.latest.has(path)) this.removeEntry(path);
    this.changed(path, 0);
  }

  /** A document opened in the client: an entry file not linted yet is linted now. */
  opened(path: string): void {
    if (isEntryPath(path) && !this.latest.has(path)) {
      this.entries.add(path);
      this.schedule(path, 0);
    }
  }

  /** Whether a lint of the entry is due (debounced, queued or running) for its latest change. */
  private pending(entry: string): boolean {
    return (this.generation.get(entry) ?? 0) !== (this.done.get(entry) ?? 0);
  }

  /**
   * Resolves once the file's landscapes have been linted with their latest changes. A file no
   * lint has placed yet may belong to a landscape not linted yet (the first lint is running):
   * then those are waited for.
   */
  async settled(path: string): Promise<void> {
    let entries = this.entriesOf(path);
    if (entries.length === 0) entries = [...this.entries].filter((e) => !this.latest.has(e));
    await Promise.all(entries.filter((e) => this.pending(e)).map((e) => new Promise<void>((resolve) => {
      const list = this.waiters.get(e) ?? [];
      list.push(resolve);
      this.waiters.set(e, list);
    })));
  }

  /** A lint of the file's landscape that read exactly `text` for it (linting now if needed). */
  async current(path: string, text: string): Promise<Lint | undefined> {
    const matches = (): Lint | undefined => {
      const l = this.lintFor(path);
      return l?.result.files.find((f) => f.path === path)?.text === text ? l : undefined;
    };
    if (!matches()) await Promise.all(this.entriesOf(path).map((e) => this.lintNow(e)));
    return matches();
  }

  /** The client is gone (a server in a test's process): no debounced lint runs after this. */
  dispose(): void {
    this.disposed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private schedule(entry: string, delay: number): void {
    if (this.disposed) return;
    const gen = (this.generation.get(entry) ?? 0) + 1;
    this.generation.set(entry, gen);
    clearTimeout(this.timers.get(entry));
    this.timers.set(entry, setTimeout(() => {
      this.timers.delete(entry);
      void this.run(entry, gen);
    }, delay));
  }

  /** Lints one entry now (a change before it finishes supersedes it). */
  lintNow(entry: string): Promise<void> {
    const gen = (this.generation.get(entry) ?? 0) + 1;
    this.generation.set(entry, gen);
    clearTimeout(this.timers.get(entry));
    this.timers.delete(entry);
    return this.run(entry, gen);
  }

  private run(entry: string, gen: number): Promise<void> {
    const next = (this.chains.get(entry) ?? Promise.resolve()).then(async () => {
      // Superseded while it waited for the lint before it.
      if (this.generation.get(entry) !== gen || !this.entries.has(entry)) return;
      // Overtaken by a newer change, the lint reads nothing more (its result will be dropped).
      const host = serverHost(this.open, this.options.readFile, () => this.generation.get(entry) !== gen);
      this.listener.lintStarted?.(entry);
      const t0 = performance.now();
      const result = await lintLandscape(entry, host, { cache: this.cache, settingsRules: this.settings().rules });
      const t1 = performance.now();
      this.stats.set(entry, { lints: (this.stats.get(entry)?.lints ?? 0) + 1, lastLintMs: t1 - t0, lastLintEnd: performance.timeOrigin + t1 });
      // A newer change came in while it ran: its lint will publish, this one is stale.
      if (this.generation.get(entry) !== gen || !this.entries.has(entry)) return;
      this.publish(entry, { entry, result, versions: host.versions });
    }).catch((e: unknown) => this.listener.lintFailed(entry, e)).finally(() => {
      this.idle.touch();
      // Finished or dropped (a throw included): this generation is no longer due.
      if ((this.done.get(entry) ?? 0) < gen) this.done.set(entry, gen);
      this.wake(entry);
    });
    this.chains.set(entry, next.catch(() => undefined));
    return next;
  }

  private publish(entry: string, lint: Lint): void {
    const previous = this.latest.get(entry);
    this.latest.set(entry, lint);
    for (const f of lint.result.files) {
      let set = this.entriesByFile.get(f.path);
      if (!set) this.entriesByFile.set(f.path, (set = new Set()));
      set.add(entry);
    }
    const kept = new Set(lint.result.files.map((f) => f.path));
    for (const f of previous?.result.files ?? []) if (!kept.has(f.path)) this.forget(f.path, entry);
    this.listener.didLint(entry, lint, previous);
  }

  /** Resolves the waiters of an entry that has nothing due any more. */
  private wake(entry: string): void {
    if (this.pending(entry)) return;
    const list = this.waiters.get(entry);
    this.waiters.delete(entry);
    for (const w of list ?? []) w();
  }

  /** The entry's landscape no longer holds the file; the parse of a file no landscape holds goes (the cache stays bounded). */
  private forget(file: string, entry: string): void {
    const set = this.entriesByFile.get(file);
    set?.delete(entry);
    if (set?.size === 0) {
      this.entriesByFile.delete(file);
      this.cache.delete(file);
    }
  }

  private removeEntry(entry: string): void {
    this.entries.delete(entry);
    clearTimeout(this.timers.get(entry));
    this.timers.delete(entry);
    const gen = (this.generation.get(entry) ?? 0) + 1;
    this.generation.set(entry, gen);
    this.done.set(entry, gen);
    const previous = this.latest.get(entry);
    this.latest.delete(entry);
    this.stats.delete(entry);
    for (const f of previous?.result.files ?? []) this.forget(f.path, entry);
    this.wake(entry);
    if (previous) this.listener.didLint(entry, undefined, previous);
  }
}
