/**
 * What the language service keeps between requests so that the editor's asks after every
 * keystroke stay small: the diagnostics made (reused while unchanged), the semantic tokens last
 * answered per document (for deltas), the numbers of the files lenses name. Plain stores: the
 * features that fill them say how.
 */
import type { Finding, RelatedLocation } from '../core/index';
import type { Diagnostic, SemanticTokens } from 'vscode-languageserver-types';

/**
 * The diagnostics last made for each file, by what they say and where: a lint that finds the
 * same thing at the same position gives the same Diagnostic object (diagnostics.ts). So the
 * publisher tells an unchanged file by identity (no serialising of thousands of diagnostics to
 * compare them), and a keystroke converts only the findings it moved or made.
 */
export class DiagnosticMemo {
  private readonly byFile = new Map<string, DiagnosticsByHash>();
  /** Messages, paths, rules and ids by number, for hashes (the core keeps a kept finding's message the same string, so its hash is computed once). */
  private readonly numbers = new Map<string, number>();

  number(text: string): number {
    let n = this.numbers.get(text);
    if (n === undefined) this.numbers.set(text, (n = this.numbers.size));
    return n;
  }

  /** Keeps the numbering bounded: past this many texts all is forgotten (hashes made with old numbers must not meet new ones). */
  bound(max = 200_000): void {
    if (this.numbers.size <= max) return;
    this.numbers.clear();
    this.byFile.clear();
  }

  /** A diagnostic the last call made for `file` with this hash that `same` accepts. */
  made(file: string, hash: number, same: (d: Diagnostic) => boolean): Diagnostic | undefined {
    return this.byFile.get(file)?.find(hash, same);
  }

  /** The diagnostics the last call made of `file`'s findings in the landscape of `entry`, in order, and the texts they were made in. */
  madeIn(file: string, entry: string): { made: readonly MadeOf[]; texts: ReadonlyMap<string, string> } | undefined {
    const byHash = this.byFile.get(file);
    const made = byHash?.madeIn(entry);
    return made && { made, texts: byHash!.texts };
  }

  /** The diagnostics of the files `include` names are now `made` (a file absent has none): the next lint starts from these. */
  replace(made: ReadonlyMap<string, DiagnosticsByHash>, include?: (file: string) => boolean): void {
    for (const file of [...this.byFile.keys()]) if (!made.has(file) && (!include || include(file))) this.byFile.delete(file);
    for (const [file, next] of made) this.byFile.set(file, next);
  }
}

/**
 * A diagnostic, its hash and the finding it was made of, with the offsets and related locations
 * the finding had when it was shown: the core keeps a finding across lints wherever an edit moves
 * it, giving it the new offsets (lint/kept-findings.ts), so the finding no longer tells where it was.
 */
export interface MadeOf {
  finding: Finding;
  diagnostic: Diagnostic;
  hash: number;
  start: number;
  end: number;
  /** The finding's related locations then (a list the core replaces, never changes), and their offsets then (start, end of each). */
  related: readonly RelatedLocation[] | undefined;
  relatedAt: number[] | undefined;
}

/** The offsets of `related` now (start, end of each), into `into` when it has the size. */
export function offsetsOf(related: readonly RelatedLocation[] | undefined, into?: number[]): number[] | undefined {
  if (!related?.length) return undefined;
  const out = into?.length === related.length * 2 ? into : new Array<number>(related.length * 2);
  for (let k = 0; k < related.length; k++) {
    out[2 * k] = related[k].span.start;
    out[2 * k + 1] = related[k].span.end;
  }
  return out;
}

/**
 * Diagnostics by a hash of what they show; equal hashes are told apart by comparing them
 * (`find`). Also in the order they were made per landscape (entry file), with the findings
 * they were made of and the texts (file → text) whose positions they show (aligned-findings.ts).
 */
export class DiagnosticsByHash {
  /** Made when first searched: a keystroke whose findings all match by position (aligned-findings.ts) searches none. */
  private byHash: Map<number, Diagnostic | Diagnostic[]> | undefined;
  private readonly byEntry = new Map<string, MadeOf[]>();
  /** Diagnostics added by hash alone, in no landscape's order. */
  private readonly added: { hash: number; diagnostic: Diagnostic }[] = [];

  constructor(readonly texts: ReadonlyMap<string, string> = new Map()) {}

  madeIn(entry: string): readonly MadeOf[] | undefined {
    return this.byEntry.get(entry);
  }

  /** `made` is this call's next diagnostic of the landscape of `entry` (also found by its hash). */
  record(entry: string, made: MadeOf): void {
    let list = this.byEntry.get(entry);
    if (!list) this.byEntry.set(entry, (list = []));
    list.push(made);
    if (this.byHash) hashed(this.byHash, made.hash, made.diagnostic);
  }

  find(hash: number, same: (d: Diagnostic) => boolean): Diagnostic | undefined {
    const at = this.hashes().get(hash);
    if (at === undefined) return undefined;
    if (!Array.isArray(at)) return same(at) ? at : undefined;
    return at.find(same);
  }

  add(hash: number, diagnostic: Diagnostic): void {
    this.added.push({ hash, diagnostic });
    if (this.byHash) hashed(this.byHash, hash, diagnostic);
  }

  private hashes(): Map<number, Diagnostic | Diagnostic[]> {
    if (!this.byHash) {
      const byHash = new Map<number, Diagnostic | Diagnostic[]>();
      for (const list of this.byEntry.values()) for (const made of list) hashed(byHash, made.hash, made.diagnostic);
      for (const made of this.added) hashed(byHash, made.hash, made.diagnostic);
      this.byHash = byHash;
    }
    return this.byHash;
  }
}

function hashed(byHash: Map<number, Diagnostic | Diagnostic[]>, hash: number, d: Diagnostic): void {
  const at = byHash.get(hash);
  if (at === undefined) byHash.set(hash, d);
  else if (Array.isArray(at)) at.push(d);
  else byHash.set(hash, [at, d]);
}

/**
 * Two answers kept, not one: an ask besides the editor's (a command such as
 * vscode.provideDocumentSemanticTokens, a second view) must not make the editor's next ask,
 * which names the answer before it, come back whole: at 10,000 systems that is ~500,000 numbers.
 */
const KEPT_TOKEN_RESULTS = 2;

/**
 * The last tokens answered per document, by result id: a client that sends it back
 * (`semanticTokens/full/delta`) gets only what changed. A keystroke in a 126,000-line file
 * changes a few numbers of half a million, and the whole array would cross to the editor.
 */

export class TokenResults {
  /** The last KEPT answers per document, newest first. */
  private readonly byUri = new Map<string, { resultId: string; data: number[] }[]>();
  private next = 1;

  answer(uri: string, data: number[]): SemanticTokens {
    const resultId = String(this.next++);
    const kept = this.byUri.get(uri) ?? [];
    this.byUri.set(uri, [{ resultId, data }, ...kept.slice(0, KEPT_TOKEN_RESULTS - 1)]);
    return { resultId, data };
  }

  previous(uri: string, resultId: string): number[] | undefined {
    return this.byUri.get(uri)?.find((r) => r.resultId === resultId)?.data;
  }

  /** The document is closed: its tokens are not asked for again. */
  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

/** Files by number, so that 10,000 lenses do not each carry their file's URI. */
export class LensFiles {
  private readonly numbers = new Map<string, number>();
  private readonly uris: string[] = [];

  numberOf(uri: string): number {
    let n = this.numbers.get(uri);
    if (n === undefined) {
      this.numbers.set(uri, (n = this.uris.length));
      this.uris.push(uri);
    }
    return n;
  }

  uriOf(n: unknown): string | undefined {
    return typeof n === 'number' ? this.uris[n] : undefined;
  }
}
