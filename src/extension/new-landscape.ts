/**
 * *Landscape: New landscape*: the starter of `landscape init` (the core's `starterLandscape`,
 * one template for both) written as `landscape.yaml` into a folder the user picks, then opened.
 * The picker says upfront which folders already have a landscape.yaml: choosing one opens that
 * file (never overwritten), so no choice ends in an error after the fact. The server lints the
 * new file as soon as it is open, inside the workspace or not.
 */
import * as vscode from 'vscode';
import { starterLandscape, today } from '../core/index';
import type { HasLandscape } from './has-landscape';

const HAS_ONE = 'already has landscape.yaml — opens it';
const CREATE_HERE = 'create landscape.yaml here';

/** One folder of the picker; `folder` undefined: *Choose another folder…* (the open dialog). */
export interface FolderChoice extends vscode.QuickPickItem {
  folder?: vscode.Uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

const target = (folder: vscode.Uri): vscode.Uri => vscode.Uri.joinPath(folder, 'landscape.yaml');

/** The workspace's folders, each saying whether it has a landscape.yaml, then another folder. */
export async function folderChoices(): Promise<FolderChoice[]> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const items: FolderChoice[] = await Promise.all(folders.map(async (f) => ({ label: `$(folder) ${f.name}`, description: (await exists(target(f.uri))) ? HAS_ONE : CREATE_HERE, detail: f.uri.fsPath, folder: f.uri })));
  return [...items, { label: '$(folder-opened) Choose another folder…' }];
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const choices = await folderChoices();
  // No workspace folder: the dialog straight away (the picker would offer only it).
  const picked = choices.length > 1 ? await vscode.window.showQuickPick(choices, { title: 'Landscape: New landscape', placeHolder: 'The folder for landscape.yaml' }) : choices[0];
  if (!picked) return undefined;
  if (picked.folder) return picked.folder;
  return (await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    openLabel: 'Create landscape.yaml here',
    title: 'Landscape: New landscape (a folder that has landscape.yaml: it is opened, never overwritten)',
  }))?.[0];
}

/** Writes and opens `<folder>/landscape.yaml`, or opens the one already there; resolves to it, or undefined when dismissed or not written. */
async function newLandscape(has: HasLandscape, folder?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const dir = folder ?? (await pickFolder());
  if (!dir) return undefined;
  const file = target(dir);
  if (await exists(file)) {
    await vscode.window.showTextDocument(file);
    void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(file)} already exists: opened it, nothing written.`);
    return file;
  }
  try {
    await vscode.workspace.fs.createDirectory(dir);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(starterLandscape(today())));
  } catch (e) {
    void vscode.window.showErrorMessage(`Cannot write ${file.fsPath}: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
  has.set(true);
  await vscode.window.showTextDocument(file);
  return file;
}

export function registerNewLandscape(context: vscode.ExtensionContext, has: HasLandscape): void {
  context.subscriptions.push(vscode.commands.registerCommand('landscape.newLandscape', (folder?: unknown) => newLandscape(has, folder instanceof vscode.Uri ? folder : undefined)));
}
