/**
 * Findings → VS Code diagnostics, in the file that holds each node, with `source`,
 * `code` (rule id + documentation link), severity and related information. A fragment
 * imported by several entries shows each finding once.
 */
import * as vscode from 'vscode';
import type { Finding, LintResult } from '../core/index';
import type { LandscapeService } from './landscape-service';
import { ruleDocsUri } from './rule-docs';
import { openDocument, uriOf } from './vscode-host';

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warn: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** The finding behind each diagnostic, for code actions (never matched on message text). */
export const findingOf = new WeakMap<vscode.Diagnostic, Finding>();

/** Converts offsets to positions with the open document when there is one, else the linted text. */
export function rangeOf(result: LintResult, file: string, span: { start: number; end: number }): vscode.Range {
  const doc = openDocument(file);
  const text = result.files.find((f) => f.path === file)?.text;
  if (doc && (text === undefined || doc.getText() === text)) return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
  const t = text ?? '';
  const pos = (o: number): vscode.Position => {
    const before = t.slice(0, Math.min(o, t.length));
    const line = before.split(/\r\n|\r|\n/).length - 1;
    const col = before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) - 1;
    return new vscode.Position(line, col);
  };
  return new vscode.Range(pos(span.start), pos(span.end));
}

export class DiagnosticsManager implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('landscape');
  private readonly sub: vscode.Disposable;

  constructor(private readonly service: LandscapeService, private readonly hideSchema: () => boolean) {
    this.sub = service.onDidUpdate(() => this.refresh());
  }

  refresh(): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    const seen = new Set<string>();
    for (const result of this.service.results()) {
      for (const f of result.findings) {
        if (this.hideSchema() && (f.rule === 'core/schema' || f.rule === 'core/unknown-property')) continue;
        const key = `${f.file}:${f.span.start}:${f.span.end}:${f.rule}:${f.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const d = new vscode.Diagnostic(rangeOf(result, f.file, f.span), f.message, SEVERITY[f.severity]);
        d.source = 'landscape';
        d.code = { value: f.rule, target: ruleDocsUri(f.rule) };
        if (f.rule === 'core/unused-suppression') d.tags = [vscode.DiagnosticTag.Unnecessary];
        d.relatedInformation = (f.relatedLocations ?? [])
          .filter((r) => r.id !== f.subject || r.file !== f.file || r.span.start !== f.span.start)
          .map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uriOf(r.file), rangeOf(result, r.file, r.span)), `'${r.id}' is defined here`));
        findingOf.set(d, f);
        if (!byFile.has(f.file)) byFile.set(f.file, []);
        byFile.get(f.file)!.push(d);
      }
    }
    this.collection.clear();
    for (const [file, ds] of byFile) this.collection.set(uriOf(file), ds);
  }

  dispose(): void {
    this.sub.dispose();
    this.collection.dispose();
  }
}
