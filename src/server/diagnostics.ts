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
import { DiagnosticShards, inBatches, movedDiagnostic } from './diagnostic-shards';
import type { Lint, LintWorkspace } from './lint-workspace';
import { moveOf, PublishDiagnosticShardsNotification, type Move } from './protocol';

export interface PublisherOptions {
  /** The client pulls the diagnostics of open documents. */
  pull: boolean;
  /** The client re-pulls when asked (`workspace.diagnostics.refreshSupport`). */
  refresh: boolean;
  /** Push in shards (`landscape/publishDiagnosticShards`), only those that changed. */
  shards: boolean;
  /** With `shards`: the client moves what it shows with each change it sends (`diagnosticsFollowEdits`). */
  follow: boolean;
  isOpen(path: string): boolean;
  /** The version of the open document at `path` as the server has it now. */
  versionOf(path: string): number | undefined;
  uris: Uris;
}

/** The same diagnostics (the same objects) in the same order. */
function sameList(a: readonly Diagnostic[] | undefined, b: readonly Diagnostic[]): boolean {
  return a !== undefined && a.length === b.length && a.every((d, i) => d === b[i]);
}

/** Changes kept per open file for lints of an older version (a lint reads one version; a few changes come in while it runs). */
const MOVES_KEPT = 1000;

export class DiagnosticsPublisher {
  /**
   * What was last pushed per file, so an unchanged file is not sent again. The language service
   * gives an unchanged finding the same Diagnostic object, so lists compare by identity.
   */
  private readonly pushed = new Map<string, readonly Diagnostic[]>();
  /** What a pull last answered per file: its diagnostics and result id. */
  private readonly pulled = new Map<string, { items: readonly Diagnostic[]; id: string }>();
  private readonly shards: DiagnosticShards;
  private nextResultId = 1;
  /**
   * For a client that follows edits: each open file's latest changes by version (at most
   * MOVES_KEPT), to move a lint's diagnostics from the version it read to the one the client
   * has, and the files moved since they were last pushed (then the same diagnostics as pushed
   * may no longer be what the client shows).
   */
  private readonly moves = new Map<string, { versions: { version: number; moves: Move[] }[]; dropped: number }>();
  private readonly movedSincePush = new Set<string>();

  constructor(private readonly connection: Connection, private readonly language: LanguageService, private readonly workspace: LintWorkspace, private readonly o: PublisherOptions) {
    this.shards = new DiagnosticShards(o.shards && o.follow);
  }

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
    const follow = this.o.shards && this.o.follow;
    if (!this.movedSincePush.has(file) && sameList(this.pushed.get(file) ?? [], diagnostics)) return;
    const uri = this.o.uris.uriOf(file);
    let list = diagnostics;
    let stated = version;
    let lost = false;
    // A lint of an older version than the server has now (the client moved its diagnostics with
    // the changes since): compared and sent as moved by those changes, at the current version.
    const now = follow && version !== undefined ? this.o.versionOf(file) : undefined;
    if (now !== undefined && version !== undefined && now > version) {
      const kept = this.moves.get(file);
      if (kept && kept.dropped <= version) {
        const moves = kept.versions.filter((v) => v.version > version && v.version <= now).flatMap((v) => v.moves);
        list = diagnostics.map((d) => movedDiagnostic(d, uri, moves));
        stated = now;
      } else lost = true;
    }
    this.movedSincePush.delete(file);
    if (list.length) this.pushed.set(file, list);
    else this.pushed.delete(file);
    if (this.o.shards) {
      for (const shards of inBatches(this.shards.changed(file, list))) if (shards.length) void this.connection.sendNotification(PublishDiagnosticShardsNotification, { uri, version: stated, shards });
      // The client moves these by changes this server no longer knows: the next lint sends every shard.
      if (lost) this.shards.forget(file);
    } else void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /**
   * A change of an open document, as the client sent it: a client that follows edits moved what
   * it shows of the file with it (the rule in protocol.ts), and so does what the server takes it to show.
   */
  didChange(file: string, version: number, changes: readonly ({ range: Parameters<typeof moveOf>[0]['range']; text: string } | { text: string })[]): void {
    if (!this.o.shards || !this.o.follow) return;
    this.movedSincePush.add(file);
    if (changes.some((c) => !('range' in c))) {
      // The whole text replaced: what the client shows is not known.
      this.moves.delete(file);
      this.shards.forget(file);
      return;
    }
    const moves = (changes as Parameters<typeof moveOf>[0][]).map(moveOf);
    let kept = this.moves.get(file);
    if (!kept) this.moves.set(file, (kept = { versions: [], dropped: -1 }));
    kept.versions.push({ version, moves });
    if (kept.versions.length > MOVES_KEPT) kept.dropped = kept.versions.shift()!.version;
    this.shards.moved(file, this.o.uris.uriOf(file), moves);
  }

  /** A document opened: when the client pulls, what was pushed for it goes (the pull has it now). */
  opened(file: string): void {
    if (this.o.pull && this.pushed.has(file)) this.push(file, [], undefined);
  }

  /** A document closed: what the client pulled for it is pushed from now on. */
  closed(file: string): void {
    this.moves.delete(file);
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
