/**
 * Test helpers: lint YAML snippets in memory exactly as SPEC §3.2 describes them
 * (the header `apiVersion: landscape/v1` + `metadata: { asOf: 2025-10-01 }` is added).
 */
import { lintLandscape, memoryHost, type Finding, type LintResult } from '../../src/core/index';

export const SNIPPET_HEADER = 'apiVersion: landscape/v1\nmetadata: { asOf: 2025-10-01 }\n';

export async function lintFiles(files: Record<string, string>, entry = '/ws/landscape.yaml', opts: Parameters<typeof lintLandscape>[2] = {}): Promise<LintResult> {
  return lintLandscape(entry, memoryHost(files), { today: '2025-10-01', ...opts });
}

/** Lints one snippet (header added) and returns the result plus the full text. */
export async function lintSnippet(body: string, opts: Parameters<typeof lintLandscape>[2] = {}): Promise<LintResult & { text: string }> {
  const text = SNIPPET_HEADER + body;
  const r = await lintFiles({ '/ws/landscape.yaml': text }, '/ws/landscape.yaml', opts);
  return { ...r, text };
}

/** The findings of one rule, as compact records with the located source text. */
export function findingsOf(r: LintResult & { text?: string }, rule: string): { severity: string; subject: string | null; related: string[]; at: string; file: string }[] {
  const texts = new Map(r.files.map((f) => [f.path, f.text]));
  return r.findings
    .filter((f: Finding) => f.rule === rule)
    .map((f) => ({ severity: f.severity, subject: f.subject, related: [...f.related], at: (texts.get(f.file) ?? '').slice(f.span.start, f.span.end), file: f.file }));
}

/** Applies a fix's edits (end to start) to a text. */
export function applyEdits(text: string, edits: { start: number; end: number; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
