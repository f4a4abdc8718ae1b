/**
 * The context key `landscape.hasLandscape`: true while the workspace has a landscape file
 * (`landscape.yaml` or `*.landscape.yaml`). The walkthrough's "Create a landscape" step completes
 * on it, so it is ticked when a landscape exists, not merely when *New landscape* ran (which may
 * have written nothing: the folder already had one, or the picker was dismissed).
 */
import * as vscode from 'vscode';

const HAS_LANDSCAPE = 'landscape.hasLandscape';
const GLOB = '**/{landscape.yaml,*.landscape.yaml}';

export class HasLandscape implements vscode.Disposable {
  private value = false;
  private readonly watcher = vscode.workspace.createFileSystemWatcher(GLOB);
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    // A creation sets it at once; a deletion asks the workspace again (another file may remain).
    this.subscriptions = [this.watcher, this.watcher.onDidCreate(() => this.set(true)), this.watcher.onDidDelete(() => void this.refresh()), vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh())];
    void this.refresh();
  }

  get current(): boolean {
    return this.value;
  }

  /** Set by *New landscape* too: the file it wrote may lie outside the workspace's folders. */
  set(value: boolean): void {
    this.value = value;
    void vscode.commands.executeCommand('setContext', HAS_LANDSCAPE, value);
  }

  async refresh(): Promise<boolean> {
    const found = await vscode.workspace.findFiles(GLOB, '**/node_modules/**', 1);
    this.set(found.length > 0);
    return this.value;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
