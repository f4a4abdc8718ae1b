/**
 * Baseline of known violations (dependency-cruiser known-violations, ArchUnit freezing):
 * findings are matched by rule, subject, related ids and file — not by position — so the
 * baseline survives unrelated edits. Matching is a multiset: two recorded entries hide two.
 */
import type { Finding } from '../types';

export interface BaselineEntry {
  rule: string;
  subject: string | null;
  related: string[];
  file: string;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

function key(e: BaselineEntry): string {
  return JSON.stringify([e.rule, e.subject, [...e.related].sort(), e.file]);
}

export function makeBaseline(findings: Finding[], relPath: (file: string) => string): Baseline {
  const entries = findings
    .filter((f) => !f.rule.startsWith('core/'))
    .map((f) => ({ rule: f.rule, subject: f.subject, related: [...f.related].sort(), file: relPath(f.file) }));
  entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { version: 1, findings: entries };
}

/** Returns the findings not recorded in the baseline. core/* findings are never hidden. */
export function filterByBaseline(findings: Finding[], baseline: Baseline, relPath: (file: string) => string): Finding[] {
  const counts = new Map<string, number>();
  for (const e of baseline.findings ?? []) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
  return findings.filter((f) => {
    if (f.rule.startsWith('core/')) return true;
    const k = key({ rule: f.rule, subject: f.subject, related: f.related, file: relPath(f.file) });
    const n = counts.get(k) ?? 0;
    if (n > 0) {
      counts.set(k, n - 1);
      return false;
    }
    return true;
  });
}

export function parseBaseline(text: string): Baseline | string {
  try {
    const b = JSON.parse(text) as Baseline;
    if (!b || b.version !== 1 || !Array.isArray(b.findings)) return 'not a landscape baseline (expected {"version": 1, "findings": [...]})';
    return b;
  } catch (e) {
    return `not valid JSON (${(e as Error).message})`;
  }
}
