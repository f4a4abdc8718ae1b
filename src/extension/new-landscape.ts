/**
 * *Landscape: New landscape*: the starter of `landscape init` (the core's `starterLandscape`,
 * one template for both) written as `landscape.yaml` into a folder the user picks, then opened.
 * An existing landscape.yaml is never overwritten. The server lints the new file as soon as it
 * is open, inside the workspace or not.
 */
import * as vscode from 'vscode';
import { starterLandscape, today } from '../core/index';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Writes and opens `<folder>/landscape.yaml`; resolves to its URI, or undefined when nothing was written. */
async function newLandscape(folder?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const target = folder ?? (await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    openLabel: 'Create landscape.yaml here',
    title: 'Landscape: New landscape',
  }))?.[0];
  if (!target) return undefined;
  const file = vscode.Uri.joinPath(target, 'landscape.yaml');
  if (await exists(file)) {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(file)} already exists; nothing written. Pick another folder for a new landscape.`);
    return undefined;
  }
  try {
    await vscode.workspace.fs.createDirectory(target);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(starterLandscape(today())));
  } catch (e) {
    void vscode.window.showErrorMessage(`Cannot write ${file.fsPath}: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
  await vscode.window.showTextDocument(file);
  return file;
}

export function registerNewLandscape(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('landscape.newLandscape', (folder?: unknown) => newLandscape(folder instanceof vscode.Uri ? folder : undefined)));
}
