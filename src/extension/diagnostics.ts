/**
 * The language service's diagnostics in VS Code's Problems view, refreshed after every lint:
 * one collection, set in one batch (the files with findings and the files that had some).
 */
import * as vscode from 'vscode';
import type { LanguageService } from '../language-service/index';
import type { LandscapeService } from './landscape-service';
import { p2c } from './service-adapter';
import { uriOf } from './vscode-host';

export class DiagnosticsManager implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('landscape');
  private readonly sub: vscode.Disposable;
  /** The files the collection holds diagnostics for. */
  private files = new Set<string>();

  constructor(service: LandscapeService, private readonly language: LanguageService) {
    this.sub = service.onDidUpdate(() => this.refresh());
  }

  refresh(): void {
    const byFile = this.language.diagnostics();
    // One batch: (clear() and then set() sent every diagnostic twice and showed an empty Problems view in between.)
    const entries: [vscode.Uri, vscode.Diagnostic[] | undefined][] = [...byFile].map(([file, ds]) => [uriOf(file), ds.map((d) => p2c.asDiagnostic(d))]);
    for (const file of this.files) if (!byFile.has(file)) entries.push([uriOf(file), undefined]);
    this.files = new Set(byFile.keys());
    this.collection.set(entries);
  }

  dispose(): void {
    this.sub.dispose();
    this.collection.dispose();
  }
}
