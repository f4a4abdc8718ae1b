/**
 * What the core needs from its environment, injected so the same engine runs in the CLI
 * (node:fs), the extension host (open buffers first, then the workspace file system) and
 * tests (in-memory maps). Paths are '/'-separated and absolute.
 */
export interface Host {
  /** File content, or undefined when the file does not exist or cannot be read. */
  readFile(path: string): Promise<string | Uint8Array | undefined>;
  /** Every file below `dir` (recursive, absolute paths); used to expand import globs. */
  listFiles(dir: string): Promise<string[]>;
}

/** A host over an in-memory map of path → text (tests, benchmarks, the browser). */
export function memoryHost(files: Record<string, string | Uint8Array>): Host {
  return {
    readFile(path) {
      return Promise.resolve(Object.hasOwn(files, path) ? files[path] : undefined);
    },
    listFiles(dir) {
      const prefix = dir.endsWith('/') ? dir : `${dir}/`;
      return Promise.resolve(Object.keys(files).filter((p) => p.startsWith(prefix)));
    },
  };
}
