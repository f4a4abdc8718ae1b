/**
 * What the server is doing, shown: a status bar item for the landscape of the active editor (its
 * title, its errors and warnings, a spinner while it is linted; a click opens the Landscape
 * menu) and a line in the "Landscape" output channel per published lint (what was linted, in how
 * long, with which configuration). Both read `landscape/lintStatus`; the extension counts nothing
 * itself. It also keeps the context key `landscape.files` (the paths of every landscape's files),
 * which puts *Show diagram* in the title bar of fragments as well as entry files.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LintStatusNotification, type LintStatus, type LintSummary } from '../../server/protocol';

/** What the item and the menu know of one landscape. */
export interface LandscapeState {
  entry: vscode.Uri;
  busy: boolean;
  summary?: Omit<LintSummary, 'files'>;
  files: vscode.Uri[];
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The time of day a log line starts with, `[14:05:09]`. */
export const clock = (at = new Date()): string => `[${at.toTimeString().slice(0, 8)}]`;

/** The log line of one published lint. */
function logLine(entry: vscode.Uri, s: LintSummary, files: number, at: Date): string {
  return `${clock(at)} Linted ${vscode.workspace.asRelativePath(entry)} ("${s.title}", ${plural(files, 'file')}) in ${s.ms} ms: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}. Configuration: ${s.config}.`;
}

export class LintStatusView implements vscode.Disposable {
  readonly landscapes = new Map<string, LandscapeState>();
  readonly item = vscode.window.createStatusBarItem('landscape.status', vscode.StatusBarAlignment.Left, 10);
  private readonly updated = new vscode.EventEmitter<LintStatus>();
  /** Each `landscape/lintStatus` once it is taken in (the client has one handler per notification: others listen here). */
  readonly onDidUpdate = this.updated.event;
  private readonly disposables: vscode.Disposable[] = [this.item, this.updated];

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Landscape';
    this.item.command = 'landscape.showMenu';
    this.disposables.push(
      client.onNotification(LintStatusNotification, (s) => this.update(s)),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor) this.lastEditor = editor.document.uri;
        this.render();
      }),
    );
  }

  /**
   * The file of the last text editor that was active: with the diagram (a webview) focused no
   * text editor is active, and the item would show the first landscape instead of the one the
   * user works on (seen in the README's 1,000-system screenshot: Fjordbank's figures beside its diagram).
   */
  private lastEditor = vscode.window.activeTextEditor?.document.uri;

  /** The landscape of a file (an entry or a fragment of it), else of the active or last text editor, else the first. */
  landscapeOf(uri = vscode.window.activeTextEditor?.document.uri ?? this.lastEditor): LandscapeState | undefined {
    const all = [...this.landscapes.values()];
    const key = uri?.toString();
    return all.find((l) => l.files.some((f) => f.toString() === key)) ?? all[0];
  }

  private update(s: LintStatus): void {
    const key = s.entry;
    if (s.state === 'removed') this.landscapes.delete(key);
    else {
      const p2c = this.client.protocol2CodeConverter;
      const known = this.landscapes.get(key) ?? { entry: p2c.asUri(s.entry), busy: false, files: [p2c.asUri(s.entry)] };
      known.busy = s.state === 'linting';
      if (s.summary) {
        const { files, ...summary } = s.summary;
        if (files) known.files = files.map((f) => p2c.asUri(f));
        known.summary = summary;
        this.client.outputChannel.appendLine(logLine(known.entry, s.summary, known.files.length, new Date()));
      }
      if (s.state === 'failed') this.client.outputChannel.appendLine(`${clock()} The lint of ${vscode.workspace.asRelativePath(known.entry)} failed (the server's error is above).`);
      this.landscapes.set(key, known);
    }
    if (s.state === 'removed' || s.summary?.files) {
      void vscode.commands.executeCommand('setContext', 'landscape.files', [...this.landscapes.values()].flatMap((l) => l.files.map((f) => f.fsPath)));
      // The Landscape tree view shows while there is a landscape.
      void vscode.commands.executeCommand('setContext', 'landscape.hasLandscape', this.landscapes.size > 0);
    }
    this.render();
    this.updated.fire(s);
  }

  private render(): void {
    const l = this.landscapeOf();
    if (!l) {
      this.item.hide();
      return;
    }
    const title = l.summary?.title ?? vscode.workspace.asRelativePath(l.entry);
    const s = l.summary;
    const counts = s ? `  $(error) ${s.errors}  $(warning) ${s.warnings}` : '';
    this.item.text = `${l.busy ? '$(sync~spin)' : '$(type-hierarchy)'} ${title}${counts}`;
    this.item.tooltip = [
      `Landscape: ${title} (${vscode.workspace.asRelativePath(l.entry)})`,
      l.busy ? 'Linting…' : '',
      s ? `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')} · linted in ${s.ms} ms` : '',
      'Click for the Landscape menu.',
    ].filter(Boolean).join('\n');
    this.item.accessibilityInformation = { label: `Landscape ${title}: ${l.busy ? 'linting, ' : ''}${s ? `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}` : ''}` };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
