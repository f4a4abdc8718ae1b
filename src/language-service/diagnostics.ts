/**
 * Findings → LSP diagnostics, in the file that holds each node: `source: landscape`, the rule id
 * as `code` with a link to its documentation, the configured severity, related information at
 * every related id, and the `unnecessary` tag where a finding marks text without effect. A
 * fragment imported by several entries shows each finding once.
 */
import { coreCodeInfo, type Finding, type LintResult } from '../core/index';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import type { Context } from './context';
import { rangeOf, sameRange } from './positions';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

const SOURCE = 'landscape';

function toDiagnostic(ctx: Context, result: LintResult, f: Finding): Diagnostic {
  const d: Diagnostic = {
    range: rangeOf(result, f.file, f.span),
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.rule,
    codeDescription: { href: ctx.ruleDocsHref(f.rule) },
    message: f.message,
  };
  if (coreCodeInfo(f.rule)?.unnecessary) d.tags = [DiagnosticTag.Unnecessary];
  const related = (f.relatedLocations ?? []).filter((r) => r.id !== f.subject || r.file !== f.file || r.span.start !== f.span.start);
  if (related.length) {
    d.relatedInformation = related.map((r) => ({ location: { uri: ctx.uris.uriOf(r.file), range: rangeOf(result, r.file, r.span) }, message: `'${r.id}' is defined here` }));
  }
  return d;
}

/**
 * Every file's diagnostics over the given results (the files of every landscape; a file with
 * none is absent). `include` limits the work to the files asked for (a pull for one document).
 */
export function diagnosticsByFile(ctx: Context, results: readonly LintResult[], include?: (file: string) => boolean): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  const seen = new Set<string>();
  const hideSchema = ctx.schemaByYamlExtension();
  for (const result of results) {
    for (const f of result.findings) {
      if (include && !include(f.file)) continue;
      if (hideSchema && coreCodeInfo(f.rule)?.fromSchema) continue;
      const key = `${f.file}:${f.span.start}:${f.span.end}:${f.rule}:${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let list = byFile.get(f.file);
      if (!list) byFile.set(f.file, (list = []));
      list.push(toDiagnostic(ctx, result, f));
    }
  }
  return byFile;
}

/**
 * The finding behind a diagnostic the client sends back with a code action request: same rule,
 * range and text in that file of the result. (The client echoes the diagnostic as we sent it;
 * quick fixes then come from the finding's fix data, never from its message.)
 */
export function findingOf(result: LintResult, file: string, d: Diagnostic): Finding | undefined {
  if (d.source !== SOURCE) return undefined;
  return result.findings.find((f) => f.file === file && f.rule === d.code && f.message === d.message && sameRange(rangeOf(result, file, f.span), d.range));
}
