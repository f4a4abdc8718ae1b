/**
 * Quick fixes from the findings' fix data (never from message text), "Suppress <rule> for
 * '<entity>'", where the rule says to look, "Show documentation of <rule>", and the fix-all
 * source action `source.fixAll.landscape` that applies every safe fix at once.
 */
import { fixesOf, subjectEntity, suppressEdit, type Finding, type LintResult, type TextEdit as CoreEdit } from '../core/index';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { COMMANDS } from './commands';
import type { ClientAbilities, Context } from './context';
import { findingOf } from './diagnostics';
import { fixEdit, plainEdit } from './edits';
import { rangeOf } from './positions';
import { TakenRanges } from './taken-ranges';

const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.landscape`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

export interface CodeActionRequest {
  uri: string;
  /** The document's text as the client has it now (fix-all edits must fit it). */
  text: string;
  diagnostics: Diagnostic[];
  /** LSP `context.only`: the kinds asked for (a kind matches its own and every kind below it). */
  only?: string[];
}

/** Whether an action of `kind` is among those asked for (`source` asks for `source.fixAll.landscape` too). */
function asked(kind: string, only: string[] | undefined): boolean {
  return only === undefined || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export async function codeActions(ctx: Context, req: CodeActionRequest, can: ClientAbilities): Promise<CodeAction[]> {
  const path = ctx.uris.pathOf(req.uri);
  if (path === undefined) return [];
  // Fix-all answers `source`, `source.fixAll` (Fix All, codeActionsOnSave) and its own kind, and only those.
  if (req.only?.length && asked(FIX_ALL_KIND, req.only)) return fixAllNow(ctx, path, req.text);
  if (!asked(CodeActionKind.QuickFix, req.only)) return [];
  const result = await ctx.results.resultFor(path);
  if (!result) return [];
  const actions: CodeAction[] = [];
  for (const d of req.diagnostics) {
    const f = findingOf(result, path, d);
    if (f) quickFixes(ctx, result, f, d, can, actions);
  }
  return actions;
}

function quickFixes(ctx: Context, result: LintResult, f: Finding, d: Diagnostic, can: ClientAbilities, out: CodeAction[]): void {
  const fixes = fixesOf(result, f);
  for (const fix of fixes) {
    out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.safe || fixes.length === 1, edit: fixEdit(ctx, result, fix.edits, can.snippetEdits) });
  }
  // Where the rule says to look (e.g. a duplicate id's first definition), in its words.
  for (const to of f.navigation ?? []) {
    out.push({ title: to.title, kind: CodeActionKind.QuickFix, command: { title: to.title, command: COMMANDS.goTo, arguments: [ctx.uris.uriOf(to.file), rangeOf(result, to.file, to.span)] } });
  }
  const suppress = suppressAction(ctx, result, f, d, can);
  if (suppress) out.push(suppress);
  if (!f.rule.startsWith('core/')) {
    const title = `Show documentation of ${f.rule}`;
    out.push({ title, kind: CodeActionKind.QuickFix, command: { title, command: COMMANDS.openRuleDocs, arguments: [f.rule] } });
  }
}

function suppressAction(ctx: Context, result: LintResult, f: Finding, d: Diagnostic, can: ClientAbilities): CodeAction | undefined {
  if (f.rule.startsWith('core/') || !f.subject) return undefined;
  // The finding says which definition it is about when the id names several (a duplicate id).
  const entity = subjectEntity(result.landscape, f);
  const text = result.files.find((x) => x.path === entity?.file)?.text;
  if (!entity || text === undefined) return undefined;
  return { title: `Suppress ${f.rule} for '${f.subject}'`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: fixEdit(ctx, result, [suppressEdit(text, entity, f.rule)], can.snippetEdits) };
}

/**
 * Fix-all on the document as it is now: a save right after typing (codeActionsOnSave) comes
 * before the debounced lint, and edits computed on older text would land in the wrong place.
 */
async function fixAllNow(ctx: Context, path: string, text: string): Promise<CodeAction[]> {
  const result = await ctx.results.current(path, text);
  return result ? fixAll(ctx, result, path) : [];
}

/** Every safe fix of the document that does not overlap an earlier one, as plain text. */
function fixAll(ctx: Context, result: LintResult, path: string): CodeAction[] {
  const edits: CoreEdit[] = [];
  const taken = new TakenRanges();
  for (const f of result.findings) {
    const fix = fixesOf(result, f).find((x) => x.safe);
    if (!fix || fix.edits.some((e) => e.file !== path)) continue;
    if (fix.edits.some((e) => taken.overlaps(e))) continue;
    for (const e of fix.edits) {
      edits.push(e);
      taken.add(e);
    }
  }
  if (edits.length === 0) return [];
  return [{ title: 'Fix all safe landscape problems', kind: FIX_ALL_KIND, edit: plainEdit(ctx, result, edits) }];
}
