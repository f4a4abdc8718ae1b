/**
 * Findings → LSP diagnostics, in the file that holds each node: `source: landscape`, the rule id
 * as `code` with a link to its documentation, the configured severity, related information at
 * every related id, and the `unnecessary` tag where a finding marks text without effect. A
 * fragment imported by several entries shows each finding once.
 */
import { coreCodeInfo, type Finding, type LintResult, type RelatedLocation } from '../core/index';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Context } from './context';
import { lineIndexOf, rangeOf, sameRange } from './positions';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

const SOURCE = 'landscape';

interface Related {
  uri: string;
  range: Range;
  id: string;
}

function toDiagnostic(ctx: Context, f: Finding, range: Range, related: readonly Related[]): Diagnostic {
  const d: Diagnostic = {
    range,
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.rule,
    codeDescription: { href: ctx.ruleDocsHref(f.rule) },
    message: f.message,
  };
  if (coreCodeInfo(f.rule)?.unnecessary) d.tags = [DiagnosticTag.Unnecessary];
  if (related.length) d.relatedInformation = related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: `'${r.id}' is defined here` }));
  return d;
}

/**
 * The part of a diagnostic's key that a related location gives, made once per location object
 * and call: the core gives every finding that names an id the same location object (a pass-
 * through finding names a dozen systems, so 33,000 findings meant 400,000 positions and key
 * pieces made again per keystroke).
 */
type RelatedKeys = Map<RelatedLocation, string>;

function relatedKey(ctx: Context, result: LintResult, r: RelatedLocation, keys: RelatedKeys): string {
  let k = keys.get(r);
  if (k === undefined) {
    const at = lineIndexOf(result, r.file);
    const a = at.positionAt(r.span.start);
    const b = at.positionAt(r.span.end);
    keys.set(r, (k = ` ${ctx.diagnosticMemo.number(r.file)} ${ctx.diagnosticMemo.number(r.id)} ${a.line}:${a.character}-${b.line}:${b.character}`));
  }
  return k;
}

/** A related location the diagnostic shows: not the finding's own place. */
function shown(f: Finding, r: RelatedLocation): boolean {
  return r.id !== f.subject || r.file !== f.file || r.span.start !== f.span.start;
}

/** The Diagnostic of `f` in `result`: the one made before (`ctx.diagnosticMemo`) when nothing in it changed. */
function diagnosticOf(ctx: Context, result: LintResult, f: Finding, message: number, next: Map<string, Diagnostic>, keys: RelatedKeys): Diagnostic {
  const memo = ctx.diagnosticMemo;
  const index = lineIndexOf(result, f.file);
  const start = index.positionAt(f.span.start);
  const end = index.positionAt(f.span.end);
  // Short keys (the message and files by number): thousands of them are hashed per keystroke.
  let key = `${f.rule} ${f.severity} ${message} ${start.line}:${start.character}-${end.line}:${end.character}`;
  for (const r of f.relatedLocations ?? []) if (shown(f, r)) key += relatedKey(ctx, result, r, keys);
  let d = next.get(key) ?? memo.made(f.file, key);
  if (!d) {
    const locations = (f.relatedLocations ?? []).filter((r) => shown(f, r)).map((r) => ({ uri: ctx.uris.uriOf(r.file), range: rangeOf(result, r.file, r.span), id: r.id }));
    d = toDiagnostic(ctx, f, { start, end }, locations);
  }
  next.set(key, d);
  return d;
}

/**
 * Every file's diagnostics over the given results (the files of every landscape; a file with
 * none is absent). `include` limits the work to the files asked for (a pull for one document).
 */
export function diagnosticsByFile(ctx: Context, results: readonly LintResult[], include?: (file: string) => boolean): Map<string, Diagnostic[]> {
  const memo = ctx.diagnosticMemo;
  memo.bound();
  const byFile = new Map<string, Diagnostic[]>();
  const made = new Map<string, Map<string, Diagnostic>>();
  const seen = new Set<string>();
  const hideSchema = ctx.schemaByYamlExtension();
  for (const result of results) {
    const keys: RelatedKeys = new Map();
    for (const f of result.findings) {
      if (include && !include(f.file)) continue;
      if (hideSchema && coreCodeInfo(f.rule)?.fromSchema) continue;
      const message = memo.number(f.message);
      const key = `${memo.number(f.file)} ${f.span.start} ${f.span.end} ${f.rule} ${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let list = byFile.get(f.file);
      if (!list) byFile.set(f.file, (list = []));
      let next = made.get(f.file);
      if (!next) made.set(f.file, (next = new Map<string, Diagnostic>()));
      list.push(diagnosticOf(ctx, result, f, message, next, keys));
    }
  }
  memo.replace(made, include);
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
