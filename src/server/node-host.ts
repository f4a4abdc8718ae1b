/**
 * The core's Host in the language server: an open document's text wins over the file on disk
 * (unsaved edits are linted), everything else comes from node:fs. Each lint gets its own view,
 * which records the version of every open document it read (published diagnostics say which).
 */
import { promises as fs } from 'node:fs';
import type { Host } from '../core/index';
import { fromCorePath, listFiles } from '../node/files';

export interface OpenDocument {
  getText(): string;
  version: number;
}

export interface OpenDocuments {
  /** The open document of a core path, if the client has it open. */
  byPath(p: string): OpenDocument | undefined;
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

/**
 * `superseded`: the lint is overtaken by a newer change (its result will be dropped): from then
 * on it reads nothing, so it ends at once instead of loading the rest of the landscape.
 */
export function serverHost(open: OpenDocuments, readFile: DiskReader = readFromDisk, superseded: () => boolean = () => false): RecordingHost {
  const versions = new Map<string, number>();
  return {
    versions,
    async readFile(p) {
      if (superseded()) return undefined;
      const doc = open.byPath(p);
      if (doc) {
        versions.set(p, doc.version);
        return doc.getText();
      }
      const bytes = await readFile(p);
      return superseded() ? undefined : bytes;
    },
    listFiles: (dir) => listFiles(dir),
  };
}
