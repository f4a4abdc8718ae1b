/**
 * The file system as the Node front ends (the CLI, the language server) give it to the core:
 * paths in the core's '/'-separated absolute form, and the walk of a folder that an import glob
 * or a workspace folder asks for. Here once, so both list files the same way.
 */
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';

/** An OS path (relative to the working directory, or absolute) in the core's '/'-separated absolute form. */
export function toCorePath(p: string): string {
  return path.resolve(p).split(path.sep).join('/');
}

export function fromCorePath(p: string): string {
  return p.split('/').join(path.sep);
}

/** Bounded so an import glob at the top of a huge tree, or a huge workspace folder, cannot run away. */
const MAX_LISTED = 50_000;
const MAX_DEPTH = 20;

/** Folders never walked: packages and the repository's own store hold no landscapes of the user's. */
const SKIPPED = new Set(['node_modules', '.git']);

/** Every file under `dir` (core paths), depth first; a folder that cannot be read is left out. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, depth: number): Promise<void> => {
    if (out.length >= MAX_LISTED || depth > MAX_DEPTH) return;
    let entries: Dirent[];
    try {
      entries = await fs.readdir(fromCorePath(d), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (SKIPPED.has(e.name)) continue;
      const p = `${d === '/' ? '' : d}/${e.name}`;
      if (e.isDirectory()) await walk(p, depth + 1);
      else if (e.isFile()) out.push(p);
    }
  };
  await walk(dir, 0);
  return out;
}
