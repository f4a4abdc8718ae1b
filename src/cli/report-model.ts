/**
 * What every formatter receives: findings with 1-based positions (UTF-16 columns, as
 * editors count) and paths relative to the working directory, sorted by file then position.
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
  related: { id: string; file: string; line: number; column: number; endLine: number; endColumn: number }[];
}

export interface EntryReport {
  entry: string;
  files: string[];
  diagnostics: Located[];
  summary: { error: number; warn: number; info: number };
}

export function relPath(corePath: string, cwd: string): string {
  return path.relative(cwd, fromCorePath(corePath)).split(path.sep).join('/') || '.';
}

export function toReport(result: LintResult, findings: Finding[], cwd: string): EntryReport {
  const indexes = new Map<string, LineIndex>();
  const texts = new Map(result.files.map((f) => [f.path, f.text] as const));
  const index = (file: string): LineIndex => {
    let i = indexes.get(file);
    if (!i) indexes.set(file, (i = new LineIndex(texts.get(file) ?? '')));
    return i;
  };
  const pos = (file: string, span: { start: number; end: number }) => {
    const a = index(file).positionAt(span.start);
    const b = index(file).positionAt(span.end);
    return { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
  };
  const diagnostics = findings.map((f) => ({
    finding: f,
    file: relPath(f.file, cwd),
    ...pos(f.file, f.span),
    related: (f.relatedLocations ?? []).map((r) => ({ id: r.id, file: relPath(r.file, cwd), ...pos(r.file, r.span) })),
  }));
  const summary = { error: 0, warn: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return { entry: relPath(result.entry, cwd), files: result.files.map((f) => relPath(f.path, cwd)), diagnostics, summary };
}
