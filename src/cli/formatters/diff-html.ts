/**
 * `landscape diff --format html`: both revisions overlaid on one diagram (the core's review
 * model: added green, removed red dashed, changed amber, a legend row), drawn by the same
 * renderer as `landscape render --format html`: a self-contained page, strict CSP, nothing remote.
 */
import { laidOut, reviewDiagramModel, reviewLayout, type LintResult } from '../../core/index';
import type { DiffReport } from '../diff-report';
import { standaloneDiagramPage } from '../standalone-page';

/** The page, or undefined when the webview's bundles are not built. */
export function formatDiffHtml(r: DiffReport, sides: { base: LintResult | null; head: LintResult }): string | undefined {
  const model = reviewDiagramModel(r.diff, sides.base, sides.head);
  model.title = `${model.title}: ${r.base.ref} → ${r.head.ref ?? 'working tree'}`;
  return standaloneDiagramPage(laidOut(model, undefined, reviewLayout(model)), model);
}
