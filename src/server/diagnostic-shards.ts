/**
 * A file's diagnostics in shards, for a client that keeps one collection per shard (the VS Code
 * extension, `diagnostics: 'shards'`). LSP's publishDiagnostics carries a file's whole list, and
 * VS Code's extension host then parses it and serialises every marker of the file again for the
 * workbench: 3,000 diagnostics with their related locations (~3.5 MB at 10,000 systems) after a
 * keystroke that changed one. A diagnostic's shard follows from its rule and message, which an
 * edit elsewhere leaves as they are, so a keystroke changes a few shards and only those are sent.
 *
 * A client that also asked for `diagnosticsFollowEdits` moves what it shows with each change it
 * sends (the rule in protocol.ts); `moved` does the same to what was sent, so that a shard whose
 * diagnostics only moved with the text is not sent again.
 */
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver';
import { movedPosition, type DiagnosticShard, type Move } from './protocol';

/**
 * 64: VS Code serialises a set's markers for the workbench inside the set, 3–7 ms for a shard of
 * ~94 diagnostics (3,006 in 32 shards) at 10,000 systems on a loaded machine; an edit that moves
 * every finding sets every shard again, one per task, and a shard of ~47 halves the longest.
 */
const SHARDS = 64;

/** FNV-1a of the rule and the message: the same finding stays in its shard when it moves. */
function shardOf(d: Diagnostic): number {
  const text = `${String(d.code)}\0${d.message}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

/** The range after the moves, or undefined where it stays. */
function movedRange(r: Range, moves: readonly Move[]): Range | undefined {
  let { start, end } = r;
  let moved = false;
  for (const m of moves) {
    const s = movedPosition(start.line, start.character, m);
    const e = movedPosition(end.line, end.character, m);
    if (s) start = s;
    if (e) end = e;
    moved ||= s !== undefined || e !== undefined;
  }
  return moved ? { start, end } : undefined;
}

/**
 * The diagnostic as a client that follows edits shows it after the moves of a change to `uri`
 * (its own file): its range, and its related locations in that file. Itself when nothing moved;
 * else a copy (the language service reuses its diagnostics).
 */
export function movedDiagnostic(d: Diagnostic, uri: string, moves: readonly Move[]): Diagnostic {
  const range = movedRange(d.range, moves);
  let related: DiagnosticRelatedInformation[] | undefined;
  d.relatedInformation?.forEach((r, i) => {
    const to = r.location.uri === uri ? movedRange(r.location.range, moves) : undefined;
    if (!to) return;
    related ??= d.relatedInformation!.slice();
    related[i] = { location: { uri: r.location.uri, range: to }, message: r.message };
  });
  if (!range && !related) return d;
  const out: Diagnostic = { ...d, range: range ?? d.range };
  if (related) out.relatedInformation = related;
  return out;
}

/** The same JSON (what the client receives): properties that are undefined are absent. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((x, i) => sameJson(x, bs[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  for (const k in ao) if (ao[k] !== undefined && !sameJson(ao[k], bo[k])) return false;
  for (const k in bo) if (bo[k] !== undefined && ao[k] === undefined) return false;
  return true;
}

export class DiagnosticShards {
  /** What the client shows per file and shard: what was last sent (the language service keeps unchanged diagnostics the same objects), moved with the edits since when it follows them; `unknown`: send every shard. */
  private readonly sent = new Map<string, (readonly Diagnostic[])[] | 'unknown'>();
  private readonly shards = new WeakMap<Diagnostic, number>();

  /** `follow`: the client moves its diagnostics with the edits (diagnostics then also compare by what they say, not only by identity). */
  constructor(private readonly follow = false) {}

  /** The shards of `file` whose diagnostics differ from those the client shows (now taken as sent). */
  changed(file: string, diagnostics: readonly Diagnostic[]): DiagnosticShard[] {
    const next: Diagnostic[][] = Array.from({ length: SHARDS }, () => []);
    for (const d of diagnostics) {
      let s = this.shards.get(d);
      if (s === undefined) this.shards.set(d, (s = shardOf(d)));
      next[s].push(d);
    }
    const before = this.sent.get(file);
    const out: DiagnosticShard[] = [];
    next.forEach((list, shard) => {
      if (before === 'unknown') return void out.push({ shard, diagnostics: list });
      const old = before?.[shard] ?? [];
      if (old.length !== list.length || old.some((d, i) => d !== list[i] && !(this.follow && sameJson(d, list[i])))) out.push({ shard, diagnostics: list });
    });
    if (diagnostics.length) this.sent.set(file, next);
    else this.sent.delete(file);
    return out;
  }

  /** The client moved what it shows of `file` (its URI `uri`) with a change, as `movedDiagnostic` does. */
  moved(file: string, uri: string, moves: readonly Move[]): void {
    const shards = this.sent.get(file);
    if (shards === undefined || shards === 'unknown') return;
    for (let i = 0; i < shards.length; i++) {
      let list: Diagnostic[] | undefined;
      shards[i].forEach((d, j) => {
        const m = movedDiagnostic(d, uri, moves);
        if (m === d) return;
        list ??= shards[i].slice();
        list[j] = m;
      });
      if (list) shards[i] = list;
    }
  }

  /** What the client shows of `file` is not known: the next lint sends every shard. */
  forget(file: string): void {
    this.sent.set(file, 'unknown');
  }
}

/**
 * The changed shards in notifications of about `most` diagnostics (a shard is never split): an
 * edit that moves every line below it changes every shard, ~3 MB at 10,000 systems, which the
 * client would parse in one task; in notifications of ~100 diagnostics each parse is short.
 */
export function inBatches(shards: readonly DiagnosticShard[], most = 100): DiagnosticShard[][] {
  const batches: DiagnosticShard[][] = [[]];
  let size = 0;
  for (const s of shards) {
    const last = batches[batches.length - 1];
    if (last.length > 0 && size + s.diagnostics.length > most) {
      batches.push([s]);
      size = s.diagnostics.length;
    } else {
      last.push(s);
      size += s.diagnostics.length;
    }
  }
  return batches;
}
