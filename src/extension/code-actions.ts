/**
 * Quick fixes from the core's fix data (never from message text), "Suppress for this
 * entity", "Show documentation of <rule>", and a fix-all source action for the safe fixes.
 */
import * as vscode from 'vscode';
import { suppressEdit, type Finding, type LintResult, type TextEdit } from '../core/index';
import { findingOf, rangeOf } from './diagnostics';
import type { LandscapeService } from './landscape-service';
import { corePath, uriOf } from './vscode-host';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('landscape');

export function workspaceEdit(result: LintResult, edits: TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(uriOf(e.file), rangeOf(result, e.file, e), e.newText);
  return we;
}

export class LandscapeCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly service: LandscapeService) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const result = this.service.resultFor(doc.uri);
    if (!result) return [];
    if (context.only && FIX_ALL_KIND.contains(context.only)) return this.fixAll(doc, result);
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const f = findingOf.get(d);
      if (!f) continue;
      for (const fix of f.fixes ?? []) {
        const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        a.edit = workspaceEdit(result, fix.edits);
        a.diagnostics = [d];
        a.isPreferred = fix.safe || (f.fixes!.length === 1);
        actions.push(a);
      }
      if (f.rule === 'no-duplicate-id' && f.data?.firstFile) {
        const a = new vscode.CodeAction('Go to first definition', vscode.CodeActionKind.QuickFix);
        const span = f.data.firstSpan as { start: number; end: number };
        a.command = { title: 'Go to first definition', command: 'vscode.open', arguments: [uriOf(String(f.data.firstFile)), { selection: rangeOf(result, String(f.data.firstFile), span) }] };
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
    // A duplicate id's finding sits on the later occurrence: suppress it there, beside the finding.
    const entity = f.rule === 'no-duplicate-id'
      ? result.landscape.duplicates.find((d) => d.file === f.file && d.idSpan.start === f.span.start)
      : result.landscape.byId.get(f.subject);
    const text = result.files.find((x) => x.path === entity?.file)?.text;
    if (!entity || text === undefined) return undefined;
    const a = new vscode.CodeAction(`Suppress ${f.rule} for '${f.subject}'`, vscode.CodeActionKind.QuickFix);
    a.edit = workspaceEdit(result, [suppressEdit(text, entity, f.rule)]);
    a.diagnostics = [d];
    return a;
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
