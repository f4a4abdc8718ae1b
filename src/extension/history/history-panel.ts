/**
 * The history chart of a landscape in a webview panel (*Landscape: Show history*, issue 12): the
 * language server reads the commits (`landscape/history`, with git, as `landscape history` does)
 * and the core draws the chart (`historyPanelHtml`: the CLI's chart and tooltip, a bar with
 * Refresh and a status line, every text escaped, a strict CSP by nonce, nothing loaded). While
 * it reads, a cancellable notification and the panel's status line say how far it got.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { historyPanelHtml, type HistoryPanelStatus } from '../../core/index';
import { HistoryRequest, type HistoryResult } from '../../server/protocol';

export const HISTORY_VIEW_TYPE = 'landscape.history';

/** What the panel's page posts: Refresh was pressed. */
interface PanelMessage {
  type: 'refresh';
}

/** The time of day now, hh:mm:ss (24 hours, whatever the locale). */
function clock(): string {
  const now = new Date();
  return [now.getHours(), now.getMinutes(), now.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

export class HistoryPanel implements vscode.Disposable {
  /** The history shown (tests read it); undefined while none was read. */
  result: HistoryResult | undefined;
  /** What the panel says instead of a chart (no repository, no commit yet, an error), if anything. */
  message: string | undefined;
  /** The last read found no landscape holding the file (the command then closes the panel and says so). */
  noLandscape = false;
  private status = '';
  /** When the history shown was read (the clock's time). */
  private readAt = '';
  private reading: Promise<void> | undefined;
  /** Counts the pages and statuses sent: a status posted just before a new page is older than it (the page leaves it out). */
  private seq = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(readonly panel: vscode.WebviewPanel, private readonly target: vscode.Uri, private readonly client: LanguageClient, private readonly onDispose: () => void) {
    // Scripts by nonce only, and no resource of the extension or the workspace is ever loaded.
    panel.webview.options = { enableScripts: true, localResourceRoots: [] };
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: PanelMessage) => {
        if (m.type === 'refresh') void this.refresh();
      }),
    );
  }

  /** Whether this panel shows the landscape of a file (the one it was opened for, or any file of its landscape). */
  holds(uri: vscode.Uri): boolean {
    return uri.toString() === this.target.toString() || (this.result?.files.includes(uri.toString()) ?? false);
  }

  /** Reads the history again (once at a time: a refresh while reading waits for that read). */
  refresh(): Promise<void> {
    this.reading ??= this.read().finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }

  private get name(): string {
    return vscode.workspace.asRelativePath(this.result ? vscode.Uri.parse(this.result.entry) : this.target);
  }

  private async read(): Promise<void> {
    this.setStatus(`Reading the commits that changed ${this.name}…`, true);
    const workDoneToken = randomUUID();
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Landscape history of ${this.name}`, cancellable: true }, async (progress, token) => {
      let done = 0;
      // The server reports each commit it read on the request's own progress token.
      const following = this.client.onProgress(WorkDoneProgress.type, workDoneToken, (v) => {
        if (v.kind === 'end' || v.message === undefined) return;
        const percentage = v.percentage ?? done;
        progress.report({ message: v.message, increment: percentage - done });
        done = percentage;
        this.setStatus(`Reading the history of ${this.name}: ${v.message}…`, true);
      });
      try {
        const result = await this.client.sendRequest(HistoryRequest, { uri: this.target.toString(), workDoneToken }, token);
        this.noLandscape = !result;
        if (!result) this.show(undefined, `No landscape holds ${this.name}: open a landscape.yaml (or a file it imports) and run Landscape: Show history.`);
        else if (!result.history.points.length) this.show(result, `No commit changed the landscape of ${vscode.workspace.asRelativePath(vscode.Uri.parse(result.entry))} yet: its history starts with its first commit.`);
        else this.show(result, undefined);
      } catch (e) {
        if (token.isCancellationRequested) {
          // Cancelled: a chart read before stays, said to be as old as it is.
          if (this.result && !this.message) this.setStatus(`Refresh cancelled: the chart is as read at ${this.readAt}.`, false);
          else this.show(undefined, 'Reading the history was cancelled. Refresh to read it.');
        } else this.show(this.result, e instanceof Error ? e.message : String(e));
      } finally {
        following.dispose();
      }
    });
  }

  private show(result: HistoryResult | undefined, message: string | undefined): void {
    this.result = result;
    this.message = message;
    this.readAt = clock();
    this.status = message === undefined
      ? `Read at ${this.readAt} from HEAD's first-parent history (uncommitted edits are not in it). Point at a commit, or Tab to it, for its details.`
      : '';
    this.panel.title = result && !message ? `History: ${result.history.title}` : `History: ${this.name}`;
    this.render(false);
  }

  /** The status line: in the page shown (a post), or in a first page while nothing was shown yet. */
  private setStatus(text: string, busy: boolean): void {
    this.status = text;
    if (!this.panel.webview.html) this.render(busy);
    else void this.panel.webview.postMessage({ type: 'status', text, busy, seq: ++this.seq } satisfies HistoryPanelStatus);
  }

  private render(busy: boolean): void {
    this.panel.webview.html = historyPanelHtml(this.result?.history, { title: this.name, status: this.status, busy, message: this.message, seq: ++this.seq }, randomBytes(16).toString('base64'));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.onDispose();
  }
}
