/**
 * What a landscape is, apart from how its files are written: the entry's metadata and lint
 * block, the entities of each kind in load order with their fields, and the findings as they
 * read (rule, severity, subject, related ids, message), not where they are. Two landscapes with
 * the same essence are the same landscape; the import/export round trip is measured with it.
 */
import type { LintResult } from '../../src/core/index';
import { getValue, toPlain } from '../../src/core/parse/yaml-tree';

export interface Essence {
  metadata: unknown;
  lint: unknown;
  entities: Record<string, unknown[]>;
  findings: string[];
}

export function essence(r: LintResult): Essence {
  const entry = r.landscape.files[0];
  const entities: Record<string, unknown[]> = {};
  for (const e of r.landscape.entities) (entities[e.kind] ??= []).push(toPlain(e.node));
  return {
    metadata: toPlain(entry?.metadata ?? null),
    lint: entry?.root ? toPlain(getValue(entry.root, 'lint')) : null,
    entities,
    findings: r.findings.map((f) => JSON.stringify([f.rule, f.severity, f.subject, [...f.related].sort(), f.message])).sort(),
  };
}
