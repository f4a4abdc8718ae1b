/**
 * Semantic tokens (what each says: token-legend.ts): entity ids where they are defined,
 * references to them, and system modes, kept per entity across keystrokes (file-tokens.ts);
 * a client that sends back its last result id gets only what changed.
 */
import { sourceText, type LintResult } from '../core/index';
import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver-types';
import type { Context } from './context';
import { lineIndexOf } from './positions';
import { perResult } from './result-memo';

/** The file's tokens in LSP's encoding (made once per lint result and file). */
const encoded = perResult<number[]>();

function tokenData(ctx: Context, result: LintResult, path: string): number[] {
  return encoded(result, path, () => {
    const text = sourceText(result, path) ?? '';
    return ctx.fileTokens.of(result.landscape.entry, path).data(result.landscape, path, text, lineIndexOf(result, path));
  });
}

async function currentData(ctx: Context, uri: string): Promise<number[]> {
  const path = ctx.uris.pathOf(uri);
  const result = path === undefined ? undefined : await ctx.results.resultFor(path);
  return result?.landscape && path !== undefined ? tokenData(ctx, result, path) : [];
}

export async function semanticTokens(ctx: Context, uri: string): Promise<SemanticTokens> {
  return ctx.tokenResults.answer(uri, await currentData(ctx, uri));
}

/** The change since the answer `previousResultId` (one edit: the numbers between the common start and end); all tokens when that answer is gone. */
export async function semanticTokensDelta(ctx: Context, uri: string, previousResultId: string): Promise<SemanticTokens | SemanticTokensDelta> {
  const data = await currentData(ctx, uri);
  const before = ctx.tokenResults.previous(uri, previousResultId);
  const { resultId } = ctx.tokenResults.answer(uri, data);
  if (!before) return { resultId, data };
  let start = 0;
  while (start < before.length && start < data.length && before[start] === data[start]) start++;
  let endBefore = before.length;
  let end = data.length;
  while (endBefore > start && end > start && before[endBefore - 1] === data[end - 1]) {
    endBefore--;
    end--;
  }
  const edits = endBefore === start && end === start ? [] : [{ start, deleteCount: endBefore - start, data: data.slice(start, end) }];
  return { resultId, edits };
}
