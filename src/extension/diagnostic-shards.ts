/**
 * The server's diagnostics in shards (`landscape/publishDiagnosticShards`, asked for with
 * `diagnostics: 'shards'`): one DiagnosticCollection per shard, and a notification sets only the
 * shards it carries. VS Code's extension host serialises every marker of a collection's file for
 * the workbench on each set; with one collection, a keystroke in a 10,000-system file re-sent all
 * 3,000 diagnostics (~3.5 MB) through it. The Problems view and getDiagnostics merge the shards.
 *
 * The diagnostics follow the edits (`diagnosticsFollowEdits`): each change sent to the server
 * moves those shown of its file here (the rule in src/server/protocol.ts, which the
 * server applies too), so an Enter above 3,000 findings costs no message: the server sends only
 * the shards whose diagnostics differ from the moved ones. Before, it sent every shard (~3 MB)
 * that the extension host parsed and converted again, which made stalls of 11-16 ms.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient, type Middleware } from 'vscode-languageclient/node';
import { moveOf, movedPosition, PublishDiagnosticShardsNotification, type Move, type PublishDiagnosticShardsParams } from '../server/protocol';

/** Changes kept per document for notifications placed at an older version (those in flight: a few). */
const MOVES_KEPT = 1000;
/** A task of moving shards that moved nothing yields after this long. */
const SLICE_MS = 2;

/** The range after the moves (as the server's movedRange), or undefined where it stays. */
function movedRange(r: vscode.Range, moves: readonly Move[]): vscode.Range | undefined {
  let sl = r.start.line;
  let sc = r.start.character;
  let el = r.end.line;
  let ec = r.end.character;
  let moved = false;
  for (const m of moves) {
    const s = movedPosition(sl, sc, m);
    const e = movedPosition(el, ec, m);
    if (s) ({ line: sl, character: sc } = s);
    if (e) ({ line: el, character: ec } = e);
    moved ||= s !== undefined || e !== undefined;
  }
  return moved ? new vscode.Range(sl, sc, el, ec) : undefined;
}

/**
 * Whether a related location's URI is the file's. By components, not `toString()`: the first
 * toString of each of the thousands of URIs the client made formats it, which made the first
 * keystroke after opening a 10,000-system file a task of ~30 ms.
 */
function sameFile(a: vscode.Uri, b: vscode.Uri): boolean {
  return a === b || (a.path === b.path && a.scheme === b.scheme && a.authority === b.authority && a.query === b.query && a.fragment === b.fragment);
}

/** Moves a diagnostic of the file `uri` in place (its range, its related locations in that file); whether anything moved. */
function moveDiagnostic(d: vscode.Diagnostic, uri: vscode.Uri, moves: readonly Move[]): boolean {
  let moved = false;
  const range = movedRange(d.range, moves);
  if (range) {
    d.range = range;
    moved = true;
  }
  for (const r of d.relatedInformation ?? []) {
    if (!sameFile(r.location.uri, uri)) continue;
    const to = movedRange(r.location.range, moves);
    if (to) {
      r.location.range = to;
      moved = true;
    }
  }
  return moved;
}

/** What the server sent in shard notifications (tests read it). */
export const shardsReceived = { notifications: 0, diagnostics: 0 };

/** A change within one line that adds no line: it moves only positions on that line. */
const withinLine = (m: Move): boolean => m.startLine === m.endLine && m.newEndLine === m.endLine;

/** The lines on which the diagnostics of a file have a position (their ranges, their related locations in the file). */
function linesOf(diagnostics: readonly vscode.Diagnostic[], uri: vscode.Uri): Set<number> {
  const lines = new Set<number>();
  for (const d of diagnostics) {
    lines.add(d.range.start.line).add(d.range.end.line);
    for (const r of d.relatedInformation ?? []) if (sameFile(r.location.uri, uri)) lines.add(r.location.range.start.line).add(r.location.range.end.line);
  }
  return lines;
}

interface Shown {
  uri: vscode.Uri;
  /** Per shard: the diagnostics set, and the last change (`seq`) they are moved by. */
  shards: ({ diagnostics: vscode.Diagnostic[]; seq: number; lines?: Set<number> } | undefined)[];
  /** The changes sent for the document, numbered; the version of the first one dropped. */
  changes: { seq: number; version: number; moves: Move[] }[];
  seq: number;
  dropped: number;
}

export interface DiagnosticShards {
  /** Sees each change the client sends (and each close). */
  middleware: Required<Pick<Middleware, 'didChange' | 'didClose'>>;
  /** Takes the server's notifications (before the client starts). */
  listen(): void;
}

export function diagnosticShards(context: vscode.ExtensionContext, client: () => LanguageClient): DiagnosticShards {
  const collections: vscode.DiagnosticCollection[] = [];
  const collection = (shard: number): vscode.DiagnosticCollection => {
    while (collections.length <= shard) {
      const c = vscode.languages.createDiagnosticCollection(`landscape#${collections.length}`);
      context.subscriptions.push(c);
      collections.push(c);
    }
    return collections[shard];
  };
  const files = new Map<string, Shown>();
  const fileOf = (uri: vscode.Uri): Shown => {
    const key = uri.toString();
    let f = files.get(key);
    if (!f) files.set(key, (f = { uri, shards: [], changes: [], seq: 0, dropped: -1 }));
    return f;
  };

  // Shards moved by a change are set again one per task: VS Code serialises a set's markers for
  // the workbench inside the set (~100 diagnostics a shard).
  const dirty = new Map<Shown, Set<number>>();
  let flushing = false;
  const flush = (): void => {
    const start = performance.now();
    for (const [f, shards] of dirty) {
      for (const shard of shards) {
        shards.delete(shard);
        const s = f.shards[shard];
        if (!s || s.seq === f.seq) continue;
        const moves = f.changes.filter((c) => c.seq > s.seq).flatMap((c) => c.moves);
        s.seq = f.seq;
        // Most keystrokes change one line and add none: a shard with no position on it is not
        // looked at (the pass over every diagnostic shown cost 1-3 ms a keystroke at 10,000
        // systems). Such changes move no position to another line, so the lines stay valid.
        const inLine = moves.every(withinLine);
        let moved = false;
        if (!inLine || moves.some((m) => (s.lines ??= linesOf(s.diagnostics, f.uri)).has(m.startLine))) {
          for (const d of s.diagnostics) if (moveDiagnostic(d, f.uri, moves)) moved = true;
          if (!inLine) s.lines = undefined;
          if (moved) collection(shard).set(f.uri, s.diagnostics);
        }
        if (moved || performance.now() - start > SLICE_MS) return void setImmediate(flush);
      }
      dirty.delete(f);
    }
    flushing = false;
  };

  // One notification after the other: converting one yields (the client's converter), and a
  // later one for the same file must not be overtaken by it.
  let queue = Promise.resolve();
  const apply = async (p: PublishDiagnosticShardsParams): Promise<void> => {
    const p2c = client().protocol2CodeConverter;
    shardsReceived.notifications++;
    for (const s of p.shards) shardsReceived.diagnostics += s.diagnostics.length;
    const f = fileOf(p2c.asUri(p.uri));
    const key = f.uri.toString();
    for (const s of p.shards) {
      const diagnostics = await p2c.asDiagnostics(s.diagnostics);
      // Placed for the version the server had: moved by the changes sent since.
      if (p.version !== undefined) {
        if (f.dropped > p.version) client().warn(`landscape: diagnostics of ${key} for version ${p.version} came after ${MOVES_KEPT} changes`);
        const moves = f.changes.filter((c) => c.version > p.version!).flatMap((c) => c.moves);
        if (moves.length) for (const d of diagnostics) moveDiagnostic(d, f.uri, moves);
      }
      // Its lines now, in this shard's task, not all shards' in the next keystroke's.
      f.shards[s.shard] = { diagnostics, seq: f.seq, lines: linesOf(diagnostics, f.uri) };
      collection(s.shard).set(f.uri, diagnostics);
      // One shard per task, as above.
      if (p.shards.length > 1) await new Promise((resolve) => setImmediate(resolve));
    }
  };

  return {
    middleware: {
      didChange(event, next) {
        const f = fileOf(event.document.uri);
        const moves = event.contentChanges.map((c) => moveOf({ range: c.range, text: c.text }));
        f.changes.push({ seq: ++f.seq, version: event.document.version, moves });
        if (f.changes.length > MOVES_KEPT) f.dropped = f.changes.shift()!.version;
        let shards = dirty.get(f);
        f.shards.forEach((s, i) => {
          if (!s) return;
          if (!shards) dirty.set(f, (shards = new Set()));
          shards.add(i);
        });
        if (shards?.size && !flushing) {
          flushing = true;
          setImmediate(flush);
        }
        return next(event);
      },
      didClose(document, next) {
        // A document opened again starts its versions anew; the server forgets its changes too.
        const f = files.get(document.uri.toString());
        if (f) {
          f.changes = [];
          f.dropped = -1;
        }
        return next(document);
      },
    },
    listen() {
      const c = client();
      context.subscriptions.push(
        c.onNotification(PublishDiagnosticShardsNotification, (p) => {
          queue = queue.then(() => apply(p)).catch((e: unknown) => c.error('landscape: diagnostics not shown', e));
        }),
        // A server that stopped has no diagnostics: a restarted one publishes all of them again.
        c.onDidChangeState((e) => {
          if (e.newState !== State.Stopped) return;
          for (const col of collections) col.clear();
          files.clear();
          dirty.clear();
        }),
      );
    },
  };
}
