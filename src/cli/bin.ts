/**
 * The `landscape` bin (dist/cli.js): runs the CLI's bundle (dist/landscape-cli.js, beside it)
 * from V8's code cache, so a run after the first neither compiles the 1.2 MB bundle nor the
 * functions the command calls (measured: ~40–50 ms of a 10,000-system lint, a fifth of a small
 * one). Node ≥ 22.1 has this built in (`module.enableCompileCache`); on Node 20 and 21 the
 * same is done with `vm.Script`'s cached data, made after the run, when it holds every
 * function the command compiled.
 *
 * The cache is per user, in $XDG_CACHE_HOME/landscape or ~/.cache/landscape (made 0700): one in
 * a shared temporary folder could be planted by another user, and V8 checks a cache only
 * against the source's length. So the Node 20 cache is named by a hash of the source and of
 * Node's version, and a changed bundle never meets an old cache. Any failure (no home folder,
 * a read-only one, a cache V8 rejects) falls back to compiling as usual.
 * LANDSCAPE_NO_COMPILE_CACHE=1 turns it off.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { Script } from 'node:vm';

const BUNDLE = path.join(__dirname, 'landscape-cli.js');

interface Cli {
  runCommandLine(): void;
}

function cacheDir(): string | undefined {
  if (process.env.LANDSCAPE_NO_COMPILE_CACHE === '1') return undefined;
  try {
    // A relative XDG_CACHE_HOME is invalid (XDG Base Directory spec): ignored, or the cache would land in the working folder.
    const xdg = process.env.XDG_CACHE_HOME;
    const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(homedir(), '.cache');
    const dir = path.join(base, 'landscape');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return dir;
  } catch {
    return undefined;
  }
}

/** Node ≥ 22.1: its own compile cache, for the bundle required after it is on. */
function loadWithNodeCache(dir: string): Cli | undefined {
  const enable = (Module as unknown as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (typeof enable !== 'function') return undefined;
  try {
    enable(path.join(dir, 'node'));
  } catch {
    // No cache: the require below compiles as usual.
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle beside the bin, loaded the usual way
  return require(BUNDLE) as Cli;
}

/** Node 20–21: the bundle compiled as a CommonJS module would be, with V8's cached data (undefined: it could not be read or compiled so). */
function loadWithScriptCache(dir: string): Cli | undefined {
  let script: Script;
  let cacheFile: string;
  let cached: Buffer | undefined;
  try {
    const source = readFileSync(BUNDLE, 'utf8');
    const name = createHash('sha256').update(`${process.version}\0${process.arch}\0`).update(source).digest('hex').slice(0, 32);
    // One cache per command: it holds the functions the run compiled, and a lint calls others than `--version`.
    const command = /^[a-z]{2,10}$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
    cacheFile = path.join(dir, `cli-${name}-${command}.bin`);
    try {
      cached = readFileSync(cacheFile);
    } catch {
      cached = undefined;
    }
    // The shebang line is not JavaScript; the wrapper is Node's own, so the bundle sees the usual module variables.
    script = new Script(Module.wrap(source.replace(/^#!.*/, '')), { filename: BUNDLE, cachedData: cached });
  } catch {
    return undefined;
  }
  if (!cached || script.cachedDataRejected) {
    process.once('exit', (code) => {
      // Exit code 2 is a usage error (an unknown command among them) or a fatal one: nothing worth keeping.
      if (code === 2) return;
      try {
        const tmp = `${cacheFile}.${process.pid}`;
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        renameSync(tmp, cacheFile); // whole or not at all, for a run starting meanwhile
        keepNewest(dir, KEPT_CACHES);
      } catch {
        // Read-only or full: the next run compiles again.
      }
    });
  }
  const mod = { exports: {} as Cli, filename: BUNDLE, id: BUNDLE, loaded: false };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, createRequire(BUNDLE), mod, BUNDLE, path.dirname(BUNDLE));
  mod.loaded = true;
  return mod.exports;
}

/** Caches kept: one per command and installed version in use, while old versions' go. */
const KEPT_CACHES = 24;

/** Deletes all but the `keep` most recently written caches of the bin (upgrades leave theirs behind). */
function keepNewest(dir: string, keep: number): void {
  const caches = readdirSync(dir)
    .filter((f) => /^cli-[0-9a-f]{32}-[a-z]+\.bin$/.test(f))
    .map((f) => ({ f, t: statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of caches.slice(keep)) unlinkSync(path.join(dir, f));
}

function load(): Cli {
  const dir = cacheDir();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- no cache: the bundle beside the bin, loaded the usual way
  return (dir && (loadWithNodeCache(dir) ?? loadWithScriptCache(dir))) || (require(BUNDLE) as Cli);
}

load().runCommandLine();
