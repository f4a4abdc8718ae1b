/** The CLI's file access for the core: node:fs behind the core's Host interface. */
import { readFileSync } from 'node:fs';
import type { Host } from '../core/index';
import { fromCorePath, listFiles } from '../node/files';

export { fromCorePath, toCorePath } from '../node/files';

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
  listFiles: (dir) => listFiles(dir),
};
