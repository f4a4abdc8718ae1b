/**
 * What `loadLandscape` needs to stay near-linear on many imports (issue "scale without
 * cliffs"): reads started ahead of the depth-first walk with bounded concurrency, each file
 * read at most once; import globs expanded once per absolute pattern from a listing fetched
 * once per folder; and the expansions shared by the importers, which skip what is loaded
 * already without looking at it again.
 */
import picomatch from 'picomatch/posix';
import { literalStart } from '../util/glob-literals';
import { tally } from '../util/work-counter';
import { isInside } from '../util/paths';
import type { Host } from './host';

export type Content = string | Uint8Array | undefined;

/** Reads at once: enough to hide the latency of a disk or a remote file system, few enough for open-file limits. */
const MAX_READS = 24;

/**
 * Reads files through the host, at most MAX_READS at a time, each path at most once per load.
 * The waiting reads form a stack, each batch pushed so its first path is on top: the files a
 * depth-first walk needs next (the imports of the file it has just parsed) are read first.
 */
export class ReadAhead {
  private readonly reads = new Map<string, Promise<Content>>();
  private readonly waiting: { path: string; done: (c: Content) => void }[] = [];
  private active = 0;

  constructor(private readonly host: Host) {}

  /** Starts reading these paths (in this order of priority) unless they were asked for already. */
  request(paths: readonly string[], skip: (path: string) => boolean): void {
    const batch: { path: string; done: (c: Content) => void }[] = [];
    for (const path of paths) {
      if (this.reads.has(path) || skip(path)) continue;
      let done!: (c: Content) => void;
      this.reads.set(path, new Promise<Content>((resolve) => (done = resolve)));
      batch.push({ path, done });
    }
    for (let i = batch.length - 1; i >= 0; i--) this.waiting.push(batch[i]);
    this.pump();
  }

  /** The content of `path` (undefined: missing or unreadable), read once. */
  read(path: string): Promise<Content> {
    if (!this.reads.has(path)) this.request([path], () => false);
    return this.reads.get(path)!;
  }

  /** Lets go of a content the walk has taken (the file is loaded now and never read again). */
  release(path: string): void {
    this.reads.set(path, LOADED);
  }

  private pump(): void {
    while (this.active < MAX_READS && this.waiting.length) {
      const job = this.waiting.pop()!;
      this.active++;
      tally('load:read');
      void safeRead(this.host, job.path).then((c) => {
        this.active--;
        job.done(c);
        this.pump();
      });
    }
  }
}

const LOADED: Promise<Content> = Promise.resolve(undefined);

export async function safeRead(host: Host, path: string): Promise<Content> {
  try {
    return await host.readFile(path);
  } catch {
    return undefined;
  }
}

/**
 * The files an import glob matches, in lexical order, shared by every importer of the same
 * absolute pattern (siblings importing `./*.yaml`). `next` skips entries known to be loaded:
 * each importer walks the list from the start, and an entry found loaded is jumped over by
 * every later walk (path halving), so n importers of one n-file list cost O(n) in all, not n².
 */
export class Expansion {
  private readonly next: Int32Array;
  readAhead = false;

  constructor(readonly files: string[]) {
    this.next = new Int32Array(files.length + 1);
    for (let i = 0; i <= files.length; i++) this.next[i] = i;
  }

  /** The first entry at or after `i` not known to be loaded (files.length when none). */
  from(i: number): number {
    const next = this.next;
    while (next[i] !== i) {
      next[i] = next[next[i]];
      i = next[i];
    }
    return i;
  }

  /** Entry `i` is loaded: later walks skip it. */
  loaded(i: number): void {
    this.next[i] = i + 1;
  }
}

/**
 * Expands import globs for one load: each folder is listed once (sorted once), each absolute
 * pattern compiled and matched once, and only the listed paths that start with the pattern's
 * literal beginning are tested (a binary search finds them in the sorted listing).
 */
export class GlobExpander {
  private readonly listings = new Map<string, Promise<string[]>>();
  private readonly expansions = new Map<string, Promise<Expansion>>();

  constructor(private readonly host: Host, private readonly root: string, private readonly allowOutsideRoot: boolean) {}

  expand(absolute: string): Promise<Expansion> {
    let e = this.expansions.get(absolute);
    if (!e) this.expansions.set(absolute, (e = this.match(absolute)));
    return e;
  }

  private async match(absolute: string): Promise<Expansion> {
    const scan = picomatch.scan(absolute);
    const listed = await this.listing(scan.base || '/');
    let isMatch: (path: string) => boolean;
    try {
      isMatch = picomatch(absolute, { dot: false });
    } catch {
      isMatch = () => false; // a pattern picomatch refuses (e.g. too long) matches nothing
    }
    // Every match starts with the pattern's literal beginning (join() made it a normal absolute path).
    const start = absolute.startsWith('/') ? `/${literalStart(absolute.slice(1))}` : '';
    const files: string[] = [];
    for (let i = lowerBound(listed, start); i < listed.length && listed[i].startsWith(start); i++) {
      const p = listed[i];
      tally('load:glob-test');
      if (isMatch(p) && (this.allowOutsideRoot || isInside(this.root, p))) files.push(p);
    }
    return new Expansion(files);
  }

  /** Every file below `dir`, sorted (lexical order, as imports are expanded), listed once per load. */
  private listing(dir: string): Promise<string[]> {
    let l = this.listings.get(dir);
    if (!l) {
      tally('load:list');
      // A host that throws (even before returning a promise) lists nothing.
      l = Promise.resolve().then(() => this.host.listFiles(dir)).then((files) => [...files].sort(), () => []);
      this.listings.set(dir, l);
    }
    return l;
  }
}

/** The first index whose string is ≥ `key` in a sorted array (code-unit order, as `sort()`). */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
