/**
 * Core text edits → LSP workspace edits. Offsets refer to the text the finding was computed on,
 * so ranges come from that text (positions.ts). A fix whose edits have blanks to fill in is sent
 * as snippet edits when the client takes them (rust-analyzer's `snippetTextEdit` extension: a
 * TextEdit with `insertTextFormat: 2` in a TextDocumentEdit); otherwise, and for fix-all, the
 * plain text, which every client applies.
 */
import type { LintResult, TextEdit as CoreEdit } from '../core/index';
import { InsertTextFormat, type TextDocumentEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { Context } from './context';
import { rangeOf } from './positions';
import { snippetEditOf } from './snippet';

/** A TextEdit whose newText is a snippet (rust-analyzer's SnippetTextEdit). */
export interface SnippetTextEdit extends TextEdit {
  insertTextFormat?: InsertTextFormat;
}

function byFile<T>(edits: CoreEdit[], convert: (e: CoreEdit) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const e of edits) {
    let list = out.get(e.file);
    if (!list) out.set(e.file, (list = []));
    list.push(convert(e));
  }
  return out;
}

export function plainEdit(ctx: Context, result: LintResult, edits: CoreEdit[]): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const [file, list] of byFile(edits, (e): TextEdit => ({ range: rangeOf(result, e.file, e), newText: e.newText }))) changes[ctx.uris.uriOf(file)] = list;
  return { changes };
}

/** One fix's edits, those with placeholders as snippets when the client takes them. */
export function fixEdit(ctx: Context, result: LintResult, edits: CoreEdit[], snippets: boolean): WorkspaceEdit {
  if (!snippets || !edits.some((e) => e.placeholders?.length)) return plainEdit(ctx, result, edits);
  const documentChanges: TextDocumentEdit[] = [];
  const convert = (e: CoreEdit): SnippetTextEdit => {
    const text = result.files.find((f) => f.path === e.file)?.text;
    if (!e.placeholders?.length || text === undefined) return { range: rangeOf(result, e.file, e), newText: e.newText };
    const s = snippetEditOf(e, text);
    return { range: rangeOf(result, e.file, s), newText: s.snippet, insertTextFormat: InsertTextFormat.Snippet };
  };
  for (const [file, list] of byFile(edits, convert)) documentChanges.push({ textDocument: { uri: ctx.uris.uriOf(file), version: null }, edits: list });
  return { documentChanges };
}
