/**
 * Findings → LSP diagnostics, in the file that holds each node: `source: landscape`, the rule id
 * as `code` with a link to its documentation, the configured severity, related information at
 * every related id, and the `unnecessary` tag where a finding marks text without effect. A
 * fragment imported by several entries shows each finding once.
 */
import { coreCodeInfo, tally, type Finding, type LintResult, type RelatedLocation } from '../core/index';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Position, type Range } from 'vscode-languageserver-types';
import type { Context } from './context';
import { AlignedFindings, Shifts, shown } from './aligned-findings';
import { DiagnosticsByHash, offsetsOf, type MadeOf } from './kept-answers';
import { lineIndexOf, rangeOf, sameRange } from './positions';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

const SOURCE = 'landscape';

function toDiagnostic(ctx: Context, f: Finding, range: Range, related: readonly { uri: string; range: Range; message: string }[]): Diagnostic {
  const d: Diagnostic = {
    range,
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.rule,
    codeDescription: { href: ctx.ruleDocsHref(f.rule) },
    message: f.message,
  };
  if (coreCodeInfo(f.rule)?.unnecessary) d.tags = [DiagnosticTag.Unnecessary];
  if (related.length) d.relatedInformation = related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message }));
  return d;
}

/**
 * What a related location puts into its findings' diagnostics, made once per location object
 * and call: the core gives every finding that names an id the same location object (a pass-
 * through finding names a dozen systems, so 33,000 findings meant 400,000 positions per
 * keystroke).
 */
interface RelatedPart {
  uri: string;
  range: Range;
  message: string;
  hash: number;
}

/** One call's parts, and each file's URI. */
class Parts {
  private readonly byLocation = new Map<RelatedLocation, RelatedPart>();
  private readonly uris = new Map<string, string>();
  constructor(private readonly ctx: Context, private readonly result: LintResult) {}

  uriOf(file: string): string {
    let uri = this.uris.get(file);
    if (uri === undefined) this.uris.set(file, (uri = this.ctx.uris.uriOf(file)));
    return uri;
  }

  of(r: RelatedLocation): RelatedPart {
    let part = this.byLocation.get(r);
    if (part === undefined) {
      const range = rangeOf(this.result, r.file, r.span);
      const memo = this.ctx.diagnosticMemo;
      const hash = mixRange(Math.imul(memo.number(r.file), 0x9e3779b1) ^ memo.number(r.id), range);
      this.byLocation.set(r, (part = { uri: this.uriOf(r.file), range, message: `'${r.id}' is defined here`, hash }));
    }
    return part;
  }
}

const mix = (h: number, v: number): number => Math.imul(h ^ v, 0x01000193) ^ (h >>> 15);
const mixRange = (h: number, r: Range): number => mix(mix(mix(mix(h, r.start.line), r.start.character), r.end.line), r.end.character);

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

/** `d` is what `f` at `range` with these related parts would make (so it can be sent again as it is). */
function sameDiagnostic(d: Diagnostic, f: Finding, range: Range, parts: readonly RelatedPart[]): boolean {
  if (d.code !== f.rule || d.severity !== SEVERITY[f.severity] || d.message !== f.message) return false;
  if (!samePosition(d.range.start, range.start) || !samePosition(d.range.end, range.end)) return false;
  const info = d.relatedInformation ?? [];
  if (info.length !== parts.length) return false;
  for (let i = 0; i < parts.length; i++) {
    const a = info[i];
    const b = parts[i];
    if (a.location.uri !== b.uri || a.message !== b.message || !samePosition(a.location.range.start, b.range.start) || !samePosition(a.location.range.end, b.range.end)) return false;
  }
  return true;
}

/**
 * The Diagnostic of `f` in `result`: the one made before (`ctx.diagnosticMemo`) when nothing in
 * it changed. Looked up by a hash of everything it shows and compared field by field, so no key
 * text is built per finding. (Most findings of a keystroke are matched before, by position:
 * aligned-findings.ts.)
 */
function diagnosticOf(ctx: Context, result: LintResult, f: Finding, findingHash: number, next: DiagnosticsByHash, parts: Parts): Diagnostic {
  tally('diagnostics:looked-up');
  const memo = ctx.diagnosticMemo;
  const index = lineIndexOf(result, f.file);
  const range = { start: index.positionAt(f.span.start), end: index.positionAt(f.span.end) };
  const related: RelatedPart[] = [];
  let hash = mixRange(mix(findingHash, SEVERITY[f.severity]), range);
  for (const r of f.relatedLocations ?? []) {
    if (!shown(f, r)) continue;
    const part = parts.of(r);
    related.push(part);
    hash = mix(hash, part.hash);
  }
  const d = memo.made(f.file, hash, (x) => sameDiagnostic(x, f, range, related)) ?? toDiagnostic(ctx, f, range, related);
  next.record(result.entry, { finding: f, diagnostic: d, hash, start: f.span.start, end: f.span.end, related: f.relatedLocations, relatedAt: offsetsOf(f.relatedLocations) });
  return d;
}

/**
 * `kept` (of the last call) for `f`, which shows what it showed, maybe at other offsets. Changed
 * in place where it is `f`'s and `f` moved: the last call's list is read in order and no further
 * back than the match (aligned-findings.ts), and the core keeps a finding wherever an edit moves it.
 */
function shownAgain(kept: MadeOf, f: Finding): MadeOf {
  if (kept.finding !== f) return { finding: f, diagnostic: kept.diagnostic, hash: kept.hash, start: f.span.start, end: f.span.end, related: f.relatedLocations, relatedAt: offsetsOf(f.relatedLocations) };
  kept.start = f.span.start;
  kept.end = f.span.end;
  kept.relatedAt = offsetsOf(f.relatedLocations, kept.related === f.relatedLocations ? kept.relatedAt : undefined);
  kept.related = f.relatedLocations;
  return kept;
}

/**
 * Whether a finding of the same file, place, rule and message was shown already; else remembers
 * `f`. `group`: for one result, whose findings come sorted by file, place and rule, the run of
 * findings that share those with `f` (no map of every finding); `seen`: over several results.
 */
function shownBefore(seen: Map<number, Finding | Finding[]> | Finding[], f: Finding, hash: () => number): boolean {
  const same = (g: Finding): boolean => g.file === f.file && g.span.start === f.span.start && g.span.end === f.span.end && g.rule === f.rule && g.message === f.message;
  if (Array.isArray(seen)) {
    const g = seen[0];
    if (!g || g.file !== f.file || g.span.start !== f.span.start || g.span.end !== f.span.end || g.rule !== f.rule) seen.length = 0;
    else if (seen.some(same)) return true;
    seen.push(f);
    return false;
  }
  const h = hash();
  const at = seen.get(h);
  if (at === undefined) seen.set(h, f);
  else if (Array.isArray(at)) {
    if (at.some(same)) return true;
    at.push(f);
  } else {
    if (same(at)) return true;
    seen.set(h, [at, f]);
  }
  return false;
}

/** Whether the findings come in the engine's order (file, place, rule), so that equal ones are neighbours. */
function sorted(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) {
    const a = findings[i - 1];
    const b = findings[i];
    if (a.file !== b.file ? a.file > b.file : (a.span.start - b.span.start || a.span.end - b.span.end || (a.rule > b.rule ? 1 : 0)) > 0) return false;
  }
  return true;
}

/**
 * Every file's diagnostics over the given results (the files of every landscape; a file with
 * none is absent). `include` limits the work to the files asked for (a pull for one document).
 */
export function diagnosticsByFile(ctx: Context, results: readonly LintResult[], include?: (file: string) => boolean): Map<string, Diagnostic[]> {
  const memo = ctx.diagnosticMemo;
  memo.bound();
  const byFile = new Map<string, Diagnostic[]>();
  const made = new Map<string, DiagnosticsByHash>();
  const hideSchema = ctx.schemaByYamlExtension();
  // The texts this call's positions are in (the first result's text of a file shared by several).
  const texts = new Map<string, string>();
  for (const result of results) {
    for (const file of result.files) if (!texts.has(file.path)) texts.set(file.path, file.text);
    for (const source of result.config.sources) if (!texts.has(source.path)) texts.set(source.path, source.text);
  }
  const shifts = new Shifts(texts);
  // A fragment imported by several entries is in several results: each finding is shown once.
  const seen = results.length === 1 && sorted(results[0].findings) ? [] : new Map<number, Finding | Finding[]>();
  // Rule, message and file numbered once per run of findings that share them (findings come sorted by file).
  let previous: Finding | undefined;
  let previousHash = 0;
  const findingHash = (f: Finding): number => {
    if (!previous || previous.rule !== f.rule || previous.message !== f.message || previous.file !== f.file) previousHash = mix(mix(memo.number(f.rule), memo.number(f.message)), memo.number(f.file));
    previous = f;
    return previousHash;
  };
  for (const result of results) {
    const parts = new Parts(ctx, result);
    let file: string | undefined;
    let list: Diagnostic[] = [];
    let next: DiagnosticsByHash | undefined;
    let aligned: AlignedFindings | undefined;
    for (const f of result.findings) {
      if (include && !include(f.file)) continue;
      if (hideSchema && coreCodeInfo(f.rule)?.fromSchema) continue;
      if (shownBefore(seen, f, () => mix(mix(findingHash(f), f.span.start), f.span.end))) continue;
      if (f.file !== file || !next) {
        file = f.file;
        list = byFile.get(file) ?? [];
        byFile.set(file, list);
        next = made.get(file) ?? new DiagnosticsByHash(texts);
        made.set(file, next);
        const last = memo.madeIn(file, result.entry);
        aligned = last && new AlignedFindings(last.made, (x) => shifts.of(last.texts, x));
      }
      const kept = aligned?.match(f);
      if (kept) {
        tally('diagnostics:aligned');
        next.record(result.entry, shownAgain(kept, f));
        list.push(kept.diagnostic);
      } else list.push(diagnosticOf(ctx, result, f, findingHash(f), next, parts));
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
