/**
 * Findings → VS Code diagnostics, in the file that holds each node, with `source`,
 * `code` (rule id + documentation link), severity and related information. A fragment
 * imported by several entries shows each finding once.
 */
import * as vscode from 'vscode';
import { coreCodeInfo, LineIndex, sourceText, type Finding, type LintResult } from '../core/index';
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

interface Converter {
  doc: vscode.TextDocument | undefined;
  version: number | undefined;
  at: (offset: number) => vscode.Position;
}

/** Offset → position converters per lint result and file, valid while the open document is unchanged. */
const converters = new WeakMap<LintResult, Map<string, Converter>>();

/**
 * Converts offsets to positions with the open document when it still holds the linted text,
 * else with the linted text. Called for every diagnostic, related location, symbol and
 * CodeLens, so the comparison and the line index are made once per result, file and
 * document version (not per call: that cost seconds on a 12,000-line file).
 */
export function rangeOf(result: LintResult, file: string, span: { start: number; end: number }): vscode.Range {
  const at = converterFor(result, file);
  return new vscode.Range(at(span.start), at(span.end));
}

function converterFor(result: LintResult, file: string): (offset: number) => vscode.Position {
  let byFile = converters.get(result);
  if (!byFile) converters.set(result, (byFile = new Map<string, Converter>()));
  const known = byFile.get(file);
  // Still open and unchanged: no need to look the document up (that alone cost ~1 µs × 10,000 calls).
  if (known?.doc && !known.doc.isClosed && known.doc.version === known.version) return known.at;
  const doc = openDocument(file);
  if (known && known.doc === doc && known.version === doc?.version) return known.at;
  const text = sourceText(result, file);
  let at: Converter['at'];
  if (doc && (text === undefined || doc.getText() === text)) at = (o) => doc.positionAt(o);
  else {
    const index = new LineIndex(text ?? '');
    at = (o) => {
      const p = index.positionAt(o);
      return new vscode.Position(p.line, p.character);
    };
  }
  byFile.set(file, { doc, version: doc?.version, at });
  return at;
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
        if (this.hideSchema() && coreCodeInfo(f.rule)?.fromSchema) continue;
        const key = `${f.file}:${f.span.start}:${f.span.end}:${f.rule}:${f.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const d = new vscode.Diagnostic(rangeOf(result, f.file, f.span), f.message, SEVERITY[f.severity]);
        d.source = 'landscape';
        d.code = { value: f.rule, target: ruleDocsUri(f.rule) };
        if (coreCodeInfo(f.rule)?.unnecessary) d.tags = [vscode.DiagnosticTag.Unnecessary];
        d.relatedInformation = (f.relatedLocations ?? [])
          .filter((r) => r.id !== f.subject || r.file !== f.file || r.span.start !== f.span.start)
          .map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uriOf(r.file), rangeOf(result, r.file, r.span)), `'${r.id}' is defined here`));
        findingOf.set(d, f);
        if (!byFile.has(f.file)) byFile.set(f.file, []);
        byFile.get(f.file)!.push(d);
      }
    }
    // One batch: the files with findings, and the files that had some and now have none.
    // (clear() and then set() sent every diagnostic twice and showed an empty Problems view in between.)
    const entries: [vscode.Uri, vscode.Diagnostic[] | undefined][] = [...byFile].map(([file, ds]) => [uriOf(file), ds]);
    for (const file of this.files) if (!byFile.has(file)) entries.push([uriOf(file), undefined]);
    this.files = new Set(byFile.keys());
    this.collection.set(entries);
  }

  /** The files the collection holds diagnostics for. */
  private files = new Set<string>();

  dispose(): void {
    this.sub.dispose();
    this.collection.dispose();
  }
}
