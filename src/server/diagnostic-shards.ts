/**
 * A file's diagnostics in shards, for a client that keeps one collection per shard (the VS Code
 * extension, `diagnostics: 'shards'`). LSP's publishDiagnostics carries a file's whole list, and
 * VS Code's extension host then parses it and serialises every marker of the file again for the
 * workbench: 3,000 diagnostics with their related locations (~3.5 MB at 10,000 systems) after a
 * keystroke that changed one. A diagnostic's shard follows from its rule and message, which an
 * edit elsewhere leaves as they are, so a keystroke changes a few shards and only those are sent.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { DiagnosticShard } from './protocol';

const SHARDS = 32;

/** FNV-1a of the rule and the message: the same finding stays in its shard when it moves. */
function shardOf(d: Diagnostic): number {
  const text = `${String(d.code)}\0${d.message}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

export class DiagnosticShards {
  /** What was last sent per file and shard (the language service keeps unchanged diagnostics the same objects). */
  private readonly sent = new Map<string, (readonly Diagnostic[])[]>();
  private readonly shards = new WeakMap<Diagnostic, number>();

  /** The shards of `file` whose diagnostics differ from those last sent (now taken as sent). */
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
      const old = before?.[shard] ?? [];
      if (old.length !== list.length || old.some((d, i) => d !== list[i])) out.push({ shard, diagnostics: list });
    });
    if (diagnostics.length) this.sent.set(file, next);
    else this.sent.delete(file);
    return out;
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
