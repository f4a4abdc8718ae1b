/**
 * The core's Host in the language server: an open document's text wins over the file on disk
 * (unsaved edits are linted), everything else comes from node:fs. Each lint gets its own view,
 * which records the version of every open document it read (published diagnostics say which).
 */
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import type { Host } from '../core/index';

/** Bounded so an import glob at the top of a huge tree, or a huge workspace folder, cannot run away. */
const MAX_LISTED = 50_000;

export interface OpenDocument {
  getText(): string;
  version: number;
}

export interface OpenDocuments {
  /** The open document of a core path, if the client has it open. */
  byPath(p: string): OpenDocument | undefined;
}

const fromCorePath = (p: string): string => p.split('/').join(path.sep);

export async function listFiles(dir: string, skip: (name: string) => boolean = (n) => n === 'node_modules' || n === '.git'): Promise<string[]> {
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
      if (skip(e.name)) continue;
      const p = `${d === '/' ? '' : d}/${e.name}`;
      if (e.isDirectory()) await walk(p, depth + 1);
      else if (e.isFile()) out.push(p);
    }
  };
  await walk(dir, 0);
  return out;
}

export interface RecordingHost extends Host {
  /** Core path → version of each open document read. */
  readonly versions: Map<string, number>;
}

/** Reads a file from disk: undefined when it does not exist or cannot be read. */
export type DiskReader = (p: string) => Promise<Uint8Array | undefined>;

const readFromDisk: DiskReader = async (p) => {
  try {
    return new Uint8Array(await fs.readFile(fromCorePath(p)));
  } catch {
    return undefined;
  }
};

export function serverHost(open: OpenDocuments, readFile: DiskReader = readFromDisk): RecordingHost {
  const versions = new Map<string, number>();
  return {
    versions,
    async readFile(p) {
      const doc = open.byPath(p);
      if (doc) {
        versions.set(p, doc.version);
        return doc.getText();
      }
      return readFile(p);
    },
    listFiles: (dir) => listFiles(dir),
  };
}
