/**
 * The core's Host inside VS Code: open documents first (so unsaved edits are linted), then
 * the file system through vscode.workspace.fs (works for remote and virtual workspaces too).
 */
import * as vscode from 'vscode';
import type { Host } from '../core/index';

/** Uris are immutable; openDocument asks for every open document's path on every range conversion. */
const corePaths = new WeakMap<vscode.Uri, string>();

export function corePath(uri: vscode.Uri): string {
  let path = corePaths.get(uri);
  if (path === undefined) corePaths.set(uri, (path = uri.fsPath.split('\\').join('/')));
  return path;
}

export function uriOf(path: string): vscode.Uri {
  return vscode.Uri.file(path);
}

function openDocument(path: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && corePath(d.uri) === path);
}

export const vscodeHost: Host = {
  async readFile(path) {
    const doc = openDocument(path);
    if (doc) return doc.getText();
    try {
      return await vscode.workspace.fs.readFile(uriOf(path));
    } catch {
      return undefined;
    }
  },
  async listFiles(dir) {
    const out: string[] = [];
    const walk = async (d: string, depth: number): Promise<void> => {
      if (depth > 20 || out.length > 50_000) return;
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(uriOf(d));
      } catch {
        return;
      }
      for (const [name, type] of entries) {
        if (name === 'node_modules' || name === '.git') continue;
        const p = `${d === '/' ? '' : d}/${name}`;
        if (type & vscode.FileType.Directory) await walk(p, depth + 1);
        else if (type & vscode.FileType.File) out.push(p);
      }
    };
    await walk(dir, 0);
    return out;
  },
};

/**
 * The Red Hat YAML extension validates, completes and describes keys from our schema (through
 * `yamlValidation`) when it is installed; we then leave that structure-level work to it.
 */
export function yamlExtensionActive(): boolean {
  return vscode.extensions.getExtension('redhat.vscode-yaml') !== undefined;
}
