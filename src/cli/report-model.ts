/**
 * What every formatter receives: findings with 1-based positions (UTF-16 columns, as
 * editors count) and paths relative to the working directory, sorted by file then position.
 * Built for 1,000,000 findings: one line index and one relative path per file (not per
 * finding), and the positions of related ids only for the formats that print them.
 */
import * as path from 'node:path';
import { LineIndex, type Finding, type LintResult } from '../core/index';
import { fromCorePath } from './node-host';

export interface Located {
  finding: Finding;
  /** Path relative to the working directory, '/'-separated. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Where the related ids are defined; empty unless the report was made with `related: true`. */
  related: { id: string; file: string; line: number; column: number; endLine: number; endColumn: number }[];
}

export interface EntryReport {
  entry: string;
  files: string[];
  diagnostics: Located[];
  summary: { error: number; warn: number; info: number };
}

export interface ReportOptions {
  /** Locate every related id (SARIF's relatedLocations); the other formats print none. */
  related: boolean;
}

export function relPath(corePath: string, cwd: string): string {
  return path.relative(cwd, fromCorePath(corePath)).split(path.sep).join('/') || '.';
}

/** Line indexes and relative paths, made once per file of a report. */
class FileLocator {
  private readonly indexes = new Map<string, LineIndex>();
  private readonly paths = new Map<string, string>();
  private readonly texts: Map<string, string>;
  constructor(result: LintResult, private readonly cwd: string) {
    this.texts = new Map(result.files.map((f) => [f.path, f.text] as const));
    // Ruleset files (lint.extends) hold findings too.
    for (const s of result.config.sources) if (!this.texts.has(s.path)) this.texts.set(s.path, s.text);
  }
  rel(file: string): string {
    let p = this.paths.get(file);
    if (p === undefined) this.paths.set(file, (p = relPath(file, this.cwd)));
    return p;
  }
  pos(file: string, span: { start: number; end: number }): { line: number; column: number; endLine: number; endColumn: number } {
    let index = this.indexes.get(file);
    if (!index) this.indexes.set(file, (index = new LineIndex(this.texts.get(file) ?? '')));
    const a = index.positionAt(span.start);
    const b = index.positionAt(span.end);
    return { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
  }
}

const NO_RELATED: Located['related'] = Object.freeze([]) as unknown as Located['related'];

export function toReport(result: LintResult, findings: Finding[], cwd: string, options: ReportOptions = { related: true }): EntryReport {
  const at = new FileLocator(result, cwd);
  const diagnostics = new Array<Located>(findings.length);
  const summary = { error: 0, warn: 0, info: 0 };
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const p = at.pos(f.file, f.span);
    const related = options.related && f.relatedLocations?.length
      ? f.relatedLocations.map((r) => ({ id: r.id, file: at.rel(r.file), ...at.pos(r.file, r.span) }))
      : NO_RELATED;
    diagnostics[i] = { finding: f, file: at.rel(f.file), line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn, related };
    summary[f.severity]++;
  }
  return { entry: at.rel(result.entry), files: result.files.map((f) => at.rel(f.path)), diagnostics, summary };
}
