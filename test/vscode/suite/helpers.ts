/** Helpers for the extension-host tests: wait for events (never sleep), read diagnostics. */
import * as vscode from 'vscode';

const root = (): vscode.Uri => vscode.workspace.workspaceFolders![0].uri;
export const file = (name: string): vscode.Uri => vscode.Uri.joinPath(root(), name);

/** Resolves when `check` returns a value, re-checking on every diagnostics change; rejects after `ms`. */
export function waitFor<T>(check: () => T | undefined | false, what: string, ms = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const done = (v: T): void => {
      sub.dispose();
      clearTimeout(timer);
      clearInterval(poll);
      resolve(v);
    };
    const test = (): void => {
      const v = check();
      if (v !== undefined && v !== false) done(v);
    };
    const sub = vscode.languages.onDidChangeDiagnostics(test);
    // Some conditions (code actions, completions) change without a diagnostics event: poll too.
    const poll = setInterval(test, 100);
    const timer = setTimeout(() => {
      sub.dispose();
      clearInterval(poll);
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    test();
  });
}

export function landscapeDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'landscape');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(file(name));
  return vscode.window.showTextDocument(doc);
}

interface LandscapeApi {
  lint(uri: vscode.Uri): Promise<void>;
}

/** Resolves once the language server's latest lint has seen exactly the document's current text (it lints it if not) and published it. */
export async function linted(doc: vscode.TextDocument): Promise<void> {
  const ext = vscode.extensions.getExtension<LandscapeApi>('landscape-tools.landscape-lint')!;
  const api = ext.isActive ? ext.exports : await ext.activate();
  await api.lint(doc.uri);
}

/**
 * A workspace YAML file: what the tests edit and the extension lints. The workbench has
 * documents of its own, too: on a fresh profile it may be migrating the user settings.json
 * through an unsaved editor model, which a test must neither revert nor wait on.
 */
function isWorkspaceYaml(doc: vscode.TextDocument): boolean {
  return vscode.workspace.getWorkspaceFolder(doc.uri) !== undefined && /\.ya?ml$/i.test(doc.uri.path);
}

/** Reverts every unsaved workspace YAML file (the workbench saves nothing between tests) and waits for its re-lint. */
export async function revertAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && isWorkspaceYaml(d))) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await linted(doc);
  }
}
