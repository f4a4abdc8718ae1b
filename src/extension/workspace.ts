/**
 * The lint service: knows the landscapes of the workspace (entry files and the fragments
 * they import), re-lints them when any of their files changes — in an editor (debounced,
 * unsaved text) or on disk — and tells the features through `onDidUpdate`.
 */
import * as vscode from 'vscode';
import { lintLandscape, ParseCache, type LintResult } from '../core/index';
import type { LandscapeService, LandscapeUpdate } from './landscape-service';
import { corePath, uriOf, vscodeHost } from './vscode-host';

const ENTRY_GLOB = '**/{landscape.yaml,*.landscape.yaml}';

function isEntryPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name === 'landscape.yaml' || name.endsWith('.landscape.yaml');
}

export class LandscapeWorkspace implements LandscapeService, vscode.Disposable {
  private readonly latest = new Map<string, LintResult>();
  private readonly cache = new ParseCache();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly emitter = new vscode.EventEmitter<LandscapeUpdate>();
  readonly onDidUpdate = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Milliseconds of the last lint per entry (the latency test reads it). */
  readonly lastLintMs = new Map<string, number>();

  constructor(private readonly settings: () => { rules: Record<string, unknown>; run: 'onType' | 'onSave'; debounceMs: number }) {}

  async start(): Promise<void> {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
    this.disposables.push(
      watcher,
      watcher.onDidChange((u) => this.fileChanged(u, 0)),
      watcher.onDidCreate((u) => this.fileChanged(u, 0)),
      watcher.onDidDelete((u) => this.fileDeleted(u)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.settings().run === 'onType') this.fileChanged(e.document.uri, this.settings().debounceMs);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.fileChanged(d.uri, 0)),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (isEntryPath(corePath(d.uri)) && !this.latest.has(corePath(d.uri))) this.schedule(corePath(d.uri), 0);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.fileChanged(d.uri, 0)),
    );
    const entries = await vscode.workspace.findFiles(ENTRY_GLOB, '**/node_modules/**', 500);
    for (const d of vscode.workspace.textDocuments) if (d.uri.scheme === 'file' && isEntryPath(corePath(d.uri))) entries.push(d.uri);
    await Promise.all([...new Set(entries.map(corePath))].map((e) => this.lintNow(e)));
  }

  /** The entries whose landscape includes this file (an entry includes itself). */
  entriesOf(path: string): string[] {
    const out: string[] = [];
    for (const [entry, r] of this.latest) if (entry === path || r.files.some((f) => f.path === path)) out.push(entry);
    if (out.length === 0 && isEntryPath(path)) out.push(path);
    return out;
  }

  resultFor(uri: vscode.Uri): LintResult | undefined {
    const entry = this.entriesOf(corePath(uri))[0];
    return entry ? this.latest.get(entry) : undefined;
  }

  results(): LintResult[] {
    return [...this.latest.values()];
  }

  async refresh(uri?: vscode.Uri): Promise<void> {
    const entries = uri ? this.entriesOf(corePath(uri)) : [...this.latest.keys()];
    await Promise.all(entries.map((e) => this.lintNow(e)));
  }

  toUri(path: string): vscode.Uri {
    return uriOf(path);
  }

  toCorePath(uri: vscode.Uri): string {
    return corePath(uri);
  }

  private fileChanged(uri: vscode.Uri, delay: number): void {
    if (uri.scheme !== 'file') return;
    const path = corePath(uri);
    if (!/\.ya?ml$/i.test(path)) return;
    for (const e of this.entriesOf(path)) this.schedule(e, delay);
  }

  private fileDeleted(uri: vscode.Uri): void {
    const path = corePath(uri);
    this.cache.delete(path);
    if (this.latest.has(path)) {
      this.latest.delete(path);
      this.emitter.fire({ entry: path, result: undefined });
    }
    this.fileChanged(uri, 0);
  }

  private schedule(entry: string, delay: number): void {
    clearTimeout(this.timers.get(entry));
    this.timers.set(entry, setTimeout(() => void this.lintNow(entry), delay));
  }

  /** Lints one entry; overlapping requests for the same entry run one after the other. */
  async lintNow(entry: string): Promise<void> {
    const prev = this.running.get(entry) ?? Promise.resolve();
    const next = prev.then(async () => {
      const t0 = Date.now();
      const result = await lintLandscape(entry, vscodeHost, { cache: this.cache, settingsRules: this.settings().rules });
      this.lastLintMs.set(entry, Date.now() - t0);
      this.latest.set(entry, result);
      this.emitter.fire({ entry, result });
    });
    this.running.set(entry, next.catch(() => undefined));
    return next;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
