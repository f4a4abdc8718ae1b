/**
 * Quick fixes from the core's fix data (never from message text), "Suppress for this
 * entity", "Show documentation of <rule>", and a fix-all source action for the safe fixes.
 */
import * as vscode from 'vscode';
import { subjectEntity, suppressEdit, type Finding, type LintResult, type TextEdit } from '../core/index';
import { findingOf, rangeOf } from './diagnostics';
import type { LandscapeService } from './landscape-service';
import { snippetEditOf } from './snippet';
import { corePath, uriOf } from './vscode-host';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('landscape');

/** The edits as plain text (fix-all: several fixes at once, nothing for the user to fill in). */
function workspaceEdit(result: LintResult, edits: TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(uriOf(e.file), rangeOf(result, e.file, e), e.newText);
  return we;
}

/**
 * One fix's edits, those with placeholders as snippets: the editor puts a tab stop on each
 * blank (`dashboards: []`, `reason: "TODO…"`) so the user fills it in instead of leaving a
 * skeleton that silences the rule. VS Code applies a snippet edit to the active editor and
 * inserts it as plain text elsewhere.
 */
function fixEdit(result: LintResult, edits: TextEdit[]): vscode.WorkspaceEdit {
  const byFile = new Map<string, (vscode.TextEdit | vscode.SnippetTextEdit)[]>();
  for (const e of edits) {
    const list = byFile.get(e.file) ?? [];
    const text = result.files.find((f) => f.path === e.file)?.text;
    if (e.placeholders?.length && text !== undefined) {
      const s = snippetEditOf(e, text);
      list.push(new vscode.SnippetTextEdit(rangeOf(result, e.file, s), new vscode.SnippetString(s.snippet)));
    } else list.push(vscode.TextEdit.replace(rangeOf(result, e.file, e), e.newText));
    byFile.set(e.file, list);
  }
  const we = new vscode.WorkspaceEdit();
  for (const [file, list] of byFile) we.set(uriOf(file), list);
  return we;
}

export class LandscapeCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly service: LandscapeService) {}

  /**
   * VS Code asks with the kind the user wants: `source` (Source Action…), `source.fixAll`
   * (Fix All, codeActionsOnSave) or our own `source.fixAll.landscape`; the fix-all action
   * answers every request whose kind contains its own. Quick fixes answer the light bulb.
   */
  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] | Promise<vscode.CodeAction[]> {
    if (context.only?.contains(FIX_ALL_KIND)) return this.fixAllNow(doc);
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) return [];
    const result = this.service.resultFor(doc.uri);
    if (!result) return [];
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const f = findingOf.get(d);
      if (!f) continue;
      for (const fix of f.fixes ?? []) {
        const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        a.edit = fixEdit(result, fix.edits);
        a.diagnostics = [d];
        a.isPreferred = fix.safe || (f.fixes!.length === 1);
        actions.push(a);
      }
      // Where the rule says to look (e.g. a duplicate id's first definition), in its words.
      for (const to of f.navigation ?? []) {
        const a = new vscode.CodeAction(to.title, vscode.CodeActionKind.QuickFix);
        a.command = { title: to.title, command: 'vscode.open', arguments: [uriOf(to.file), { selection: rangeOf(result, to.file, to.span) }] };
        actions.push(a);
      }
      const suppress = this.suppressAction(result, f, d);
      if (suppress) actions.push(suppress);
      if (!f.rule.startsWith('core/')) {
        const docs = new vscode.CodeAction(`Show documentation of ${f.rule}`, vscode.CodeActionKind.QuickFix);
        docs.command = { title: docs.title, command: 'landscape.showRuleDocs', arguments: [f.rule] };
        actions.push(docs);
      }
    }
    return actions;
  }

  private suppressAction(result: LintResult, f: Finding, d: vscode.Diagnostic): vscode.CodeAction | undefined {
    if (f.rule.startsWith('core/') || !f.subject) return undefined;
    // The finding says which definition it is about when the id names several (a duplicate id).
    const entity = subjectEntity(result.landscape, f);
    const text = result.files.find((x) => x.path === entity?.file)?.text;
    if (!entity || text === undefined) return undefined;
    const a = new vscode.CodeAction(`Suppress ${f.rule} for '${f.subject}'`, vscode.CodeActionKind.QuickFix);
    a.edit = fixEdit(result, [suppressEdit(text, entity, f.rule)]);
    a.diagnostics = [d];
    return a;
  }

  /**
   * Fix-all on the document as it is now: a save right after typing (codeActionsOnSave) comes
   * before the debounced lint, and edits computed on older text would land in the wrong place.
   */
  private async fixAllNow(doc: vscode.TextDocument): Promise<vscode.CodeAction[]> {
    const path = corePath(doc.uri);
    const current = (): LintResult | undefined => {
      const r = this.service.resultFor(doc.uri);
      return r?.files.find((f) => f.path === path)?.text === doc.getText() ? r : undefined;
    };
    if (!current()) await this.service.refresh(doc.uri);
    const result = current();
    return result ? this.fixAll(doc, result) : [];
  }

  /** Every safe fix of the document that does not overlap an earlier one. */
  private fixAll(doc: vscode.TextDocument, result: LintResult): vscode.CodeAction[] {
    const path = corePath(doc.uri);
    const edits: TextEdit[] = [];
    const taken = new TakenRanges();
    for (const f of result.findings) {
      const fix = f.fixes?.find((x) => x.safe);
      if (!fix || fix.edits.some((e) => e.file !== path)) continue;
      if (fix.edits.some((e) => taken.overlaps(e))) continue;
      for (const e of fix.edits) {
        edits.push(e);
        taken.add(e);
      }
    }
    if (edits.length === 0) return [];
    const a = new vscode.CodeAction('Fix all safe landscape problems', FIX_ALL_KIND);
    a.edit = workspaceEdit(result, edits);
    return [a];
  }
}

/**
 * Ranges already edited by fix-all, sorted by start: an overlap test is a binary search, not
 * a scan of every edit taken so far (fix-all over thousands of findings was quadratic).
 */
class TakenRanges {
  private readonly ranges: { start: number; end: number }[] = [];

  /** Touching counts as overlapping: two edits at one offset would be ambiguous. */
  overlaps(r: { start: number; end: number }): boolean {
    const i = this.firstEndingAtOrAfter(r.start);
    return i < this.ranges.length && this.ranges[i].start <= r.end;
  }

  add(r: { start: number; end: number }): void {
    this.ranges.splice(this.firstEndingAtOrAfter(r.start), 0, { start: r.start, end: r.end });
  }

  /** Index of the first range whose end is ≥ offset (ranges never overlap, so ends are sorted too). */
  private firstEndingAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ranges[mid].end < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
