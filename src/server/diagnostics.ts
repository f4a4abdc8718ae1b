/**
 * Diagnostics to the client. Pushed (`textDocument/publishDiagnostics`) for every file of every
 * landscape; when the client pulls (`textDocument/diagnostic`, LSP 3.17), an open document's are
 * pulled instead, and the client is asked to pull again after a lint (`workspace/diagnostic/
 * refresh`) — a file is never reported by both. Only what changed is sent: a file whose
 * diagnostics are the same objects as last time is not sent, and a client that takes them in
 * shards (`diagnostics: 'shards'`) gets only the shards that changed, in notifications of about
 * 100 diagnostics.
 */
import type { Connection } from 'vscode-languageserver';
import { DiagnosticRefreshRequest, DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver';
import type { LanguageService, Uris } from '../language-service/index';
import { DiagnosticShards, inBatches } from './diagnostic-shards';
import type { Lint, LintWorkspace } from './lint-workspace';
import { PublishDiagnosticShardsNotification } from './protocol';

export interface PublisherOptions {
  /** The client pulls the diagnostics of open documents. */
  pull: boolean;
  /** The client re-pulls when asked (`workspace.diagnostics.refreshSupport`). */
  refresh: boolean;
  /** Push in shards (`landscape/publishDiagnosticShards`), only those that changed. */
  shards: boolean;
  isOpen(path: string): boolean;
  uris: Uris;
}

/** The same diagnostics (the same objects) in the same order. */
function sameList(a: readonly Diagnostic[] | undefined, b: readonly Diagnostic[]): boolean {
  return a !== undefined && a.length === b.length && a.every((d, i) => d === b[i]);
}

export class DiagnosticsPublisher {
  /**
   * What was last pushed per file, so an unchanged file is not sent again. The language service
   * gives an unchanged finding the same Diagnostic object, so lists compare by identity.
   */
  private readonly pushed = new Map<string, readonly Diagnostic[]>();
  /** What a pull last answered per file: its diagnostics and result id. */
  private readonly pulled = new Map<string, { items: readonly Diagnostic[]; id: string }>();
  private readonly shards = new DiagnosticShards();
  private nextResultId = 1;

  constructor(private readonly connection: Connection, private readonly language: LanguageService, private readonly workspace: LintWorkspace, private readonly o: PublisherOptions) {}

  /** The diagnostics of these files, over every landscape that holds them. */
  private diagnosticsOf(files: ReadonlySet<string>): Map<string, Diagnostic[]> {
    const lints = new Set<Lint>();
    for (const f of files) for (const e of this.workspace.entriesOf(f)) {
      const l = this.workspace.lintOf(e);
      if (l) lints.add(l);
    }
    return this.language.diagnostics([...lints].map((l) => l.result), (p) => files.has(p));
  }

  /** After a lint of an entry: the files of its previous and new landscape. */
  didLint(lint: Lint | undefined, previous: Lint | undefined): void {
    const files = new Set<string>();
    for (const f of previous?.result.files ?? []) files.add(f.path);
    for (const f of lint?.result.files ?? []) files.add(f.path);
    const byFile = this.diagnosticsOf(files);
    let pullChanged = false;
    for (const file of files) {
      const diagnostics = byFile.get(file) ?? [];
      if (this.o.pull && this.o.isOpen(file)) {
        pullChanged ||= !sameList(this.pulled.get(file)?.items, diagnostics);
        continue;
      }
      this.push(file, diagnostics, lint?.versions.get(file));
    }
    if (pullChanged && this.o.refresh) this.connection.sendRequest(DiagnosticRefreshRequest.type).catch(() => undefined);
  }

  private push(file: string, diagnostics: Diagnostic[], version: number | undefined): void {
    if (sameList(this.pushed.get(file) ?? [], diagnostics)) return;
    if (diagnostics.length) this.pushed.set(file, diagnostics);
    else this.pushed.delete(file);
    const uri = this.o.uris.uriOf(file);
    if (this.o.shards) for (const shards of inBatches(this.shards.changed(file, diagnostics))) void this.connection.sendNotification(PublishDiagnosticShardsNotification, { uri, version, shards });
    else void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** A document opened: when the client pulls, what was pushed for it goes (the pull has it now). */
  opened(file: string): void {
    if (this.o.pull && this.pushed.has(file)) this.push(file, [], undefined);
  }

  /** A document closed: what the client pulled for it is pushed from now on. */
  closed(file: string): void {
    if (!this.o.pull) return;
    this.pulled.delete(file);
    this.push(file, this.diagnosticsOf(new Set([file])).get(file) ?? [], undefined);
  }

  /** `textDocument/diagnostic`: the file's diagnostics once its pending lint is done. */
  async pull(file: string, previousResultId: string | undefined): Promise<DocumentDiagnosticReport> {
    await this.workspace.settled(file);
    const items = this.diagnosticsOf(new Set([file])).get(file) ?? [];
    const last = this.pulled.get(file);
    const same = sameList(last?.items, items);
    if (last && same && last.id === previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.id };
    const id = last && same ? last.id : String(this.nextResultId++);
    this.pulled.set(file, { items, id });
    return { kind: DocumentDiagnosticReportKind.Full, resultId: id, items };
  }
}
