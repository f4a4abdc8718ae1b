/**
 * The core's `Host` over a git revision's tree (`landscape diff --base <rev>`, the language
 * server's `landscape/diff` for the editor's compare): the entry and
 * every file it imports are read from the revision with git itself, never checked out, so the
 * working tree and the index stay untouched and no temporary file is written.
 *
 * Paths are those of the working tree (the repository root as the working directory names it,
 * from `git rev-parse --show-cdup`), so base and head name their files alike and the report's
 * paths and the diff's matching need no translation. The tree is listed once
 * (`git ls-tree -r -z`); the YAML files below the entry's folder are read in one
 * `git cat-file --batch` (a landscape of thousands of fragments would otherwise cost one
 * process each); any other file is read on demand.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { fromCorePath, toCorePath } from './files';

/**
 * The core's `Host` (src/core/load/host.ts), written out: src/node is below the core's
 * index and names none of it; the callers hand this to the core as a Host.
 */
export interface RevisionHost {
  readFile(p: string): Promise<Uint8Array | undefined>;
  listFiles(dir: string): Promise<string[]>;
}

const MAX_BUFFER = 1024 * 1024 * 1024;

export function git(cwd: string, args: string[], input?: string): Buffer {
  return execFileSync('git', args, { cwd, input, maxBuffer: MAX_BUFFER, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** The repository's root as `cwd` names it (core path), or undefined outside a repository. */
export function repositoryRoot(cwd: string): string | undefined {
  try {
    const cdup = git(cwd, ['rev-parse', '--show-cdup']).toString().trim();
    return toCorePath(path.resolve(cwd, cdup));
  } catch {
    return undefined;
  }
}

/** The commit a revision names (full hash), or undefined when it names none. */
export function resolveRevision(cwd: string, rev: string): string | undefined {
  // `--end-of-options`: a revision given as `--output=x` is a name, never an option of git.
  try {
    return git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A host reading `commit`'s tree of the repository at `root` (core path). `prefetchDir` (core
 * path): the folder whose YAML files are read in one batch up front (the entry's folder).
 */
export function gitHost(root: string, commit: string, prefetchDir: string): RevisionHost {
  const cwd = fromCorePath(root);
  const blobs = new Map<string, string>(); // repository-relative path → object id
  const listing = git(cwd, ['ls-tree', '-r', '-z', '--full-tree', commit]).toString('utf8');
  for (const line of listing.split('\0')) {
    // `<mode> blob <oid>\t<path>`; submodules (commit) and links are not files of the tree.
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid] = line.slice(0, tab).split(' ');
    if (type === 'blob' && mode !== '120000') blobs.set(line.slice(tab + 1), oid);
  }
  const texts = new Map<string, Uint8Array>();
  const rel = (p: string): string | undefined => {
    if (p === root) return undefined;
    const prefix = root.endsWith('/') ? root : `${root}/`;
    return p.startsWith(prefix) ? p.slice(prefix.length) : undefined;
  };

  const dirRel = rel(prefetchDir);
  const wanted = [...blobs].filter(([p]) => /\.ya?ml$/i.test(p) && (prefetchDir === root || (dirRel !== undefined && p.startsWith(`${dirRel}/`))));
  if (wanted.length) {
    const out = git(cwd, ['cat-file', '--batch'], `${wanted.map(([, oid]) => oid).join('\n')}\n`);
    // Each answer: `<oid> blob <size>\n<content>\n`, in the order asked.
    let at = 0;
    for (const [p] of wanted) {
      const eol = out.indexOf(10, at);
      const size = Number(out.subarray(at, eol).toString('latin1').split(' ')[2]);
      texts.set(p, new Uint8Array(out.subarray(eol + 1, eol + 1 + size)));
      at = eol + 1 + size + 1;
    }
  }

  return {
    readFile(p) {
      const r = rel(p);
      const oid = r === undefined ? undefined : blobs.get(r);
      if (r === undefined || oid === undefined) return Promise.resolve(undefined);
      let bytes = texts.get(r);
      if (bytes === undefined) {
        try {
          bytes = new Uint8Array(git(cwd, ['cat-file', 'blob', oid]));
        } catch {
          return Promise.resolve(undefined);
        }
        texts.set(r, bytes);
      }
      return Promise.resolve(bytes);
    },
    listFiles(dir) {
      const d = rel(dir);
      if (dir !== root && d === undefined) return Promise.resolve([]);
      const prefix = d === undefined ? '' : `${d}/`;
      const base = root.endsWith('/') ? root : `${root}/`;
      return Promise.resolve([...blobs.keys()].filter((p) => p.startsWith(prefix)).map((p) => `${base}${p}`));
    },
  };
}
