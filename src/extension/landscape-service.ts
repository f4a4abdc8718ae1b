/**
 * The contract between the extension's lint service (workspace.ts) and the features built
 * on it (diagnostics, language features, the diagram panel). Features never lint
 * themselves: they ask the service for the latest result and listen for updates.
 */
import type * as vscode from 'vscode';
import type { LintResult } from '../core/index';

export interface LandscapeUpdate {
  /** Core path of the entry file. */
  entry: string;
  /** undefined when the entry file was deleted. */
  result: LintResult | undefined;
}

export interface LandscapeService {
  /** Latest result of the landscape that contains this document (its first entry), if any. */
  resultFor(uri: vscode.Uri): LintResult | undefined;
  /** All latest results, one per entry file. */
  results(): LintResult[];
  /** Fires after every (re-)lint of an entry, e.g. ≤ debounce after an unsaved edit. */
  readonly onDidUpdate: vscode.Event<LandscapeUpdate>;
  /** Lints the landscape(s) of this document now (unsaved buffers included). */
  refresh(uri?: vscode.Uri): Promise<void>;
  /** Core paths are '/'-separated absolute file paths. */
  toUri(corePath: string): vscode.Uri;
  toCorePath(uri: vscode.Uri): string;
}
