/** `landscape diff --format json`: the document of issue 12 (`version: 1`), deterministic and sorted by the core. */
import { lintJsonDiagnostic, type DiffReport } from '../diff-report';

export function formatDiffJson(r: DiffReport): string {
  const d = r.diff;
  const doc = {
    version: 1,
    // A base that did not parse says so (and why); it was compared as an empty landscape.
    base: r.base.parsed ? { ref: r.base.ref, entry: r.base.entry } : { ref: r.base.ref, entry: r.base.entry, parsed: false, fatal: r.base.fatal.map(lintJsonDiagnostic) },
    head: { ref: r.head.ref, entry: r.head.entry },
    entities: d.entities,
    dependencies: d.dependencies,
    findings: { new: r.newFindings.map(lintJsonDiagnostic), fixed: r.fixedFindings.map(lintJsonDiagnostic), unchanged: d.findings.unchanged },
    figures: d.figures,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
