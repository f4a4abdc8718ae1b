/** The CLI's file access for the core: node:fs behind the core's Host interface. */
import { promises as fs, readFileSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import type { Host } from '../core/index';

/** Converts an OS path to the core's '/'-separated absolute form (and back). */
export function toCorePath(p: string): string {
  const abs = path.resolve(p);
  return abs.split(path.sep).join('/');
}

export function fromCorePath(p: string): string {
  return p.split('/').join(path.sep);
}

/** Bounded so a glob import at the top of a huge tree cannot run away. */
const MAX_LISTED = 50_000;

export const nodeHost: Host = {
  // Synchronous on purpose: the CLI has nothing else to do meanwhile, and a read through the
  // promise API (stat, open, fstat, read, close, each a hop to the thread pool) cost ~0.3 ms a
  // file: seconds for a landscape of 10,000 fragment files. A folder or a missing file is undefined.
  readFile(p) {
    try {
      return Promise.resolve(new Uint8Array(readFileSync(fromCorePath(p))));
    } catch {
      return Promise.resolve(undefined);
    }
  },
  async listFiles(dir) {
    const out: string[] = [];
    const walk = async (d: string, depth: number): Promise<void> => {
      if (out.length >= MAX_LISTED || depth > 20) return;
      let entries: Dirent[];
      try {
        entries = await fs.readdir(fromCorePath(d), { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (e.name === 'node_modules' || e.name === '.git') continue;
        const p = `${d === '/' ? '' : d}/${e.name}`;
        if (e.isDirectory()) await walk(p, depth + 1);
        else if (e.isFile()) out.push(p);
      }
    };
    await walk(dir, 0);
    return out;
  },
};
