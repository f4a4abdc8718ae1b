/**
 * A landscape with a fatal finding (a syntax error leaves its file out, a duplicate key drops a
 * value, a bad import leaves a fragment out) makes any picture or export a wrong one that looks
 * right: `render` and `export` say why, as lint does, and write nothing.
 */
import type { LintResult } from '../core/index';
import { formatStylish } from './formatters/stylish';
import type { Io } from './io';
import { toReport } from './report-model';

/** Reports the fatal findings and returns true when there are any. */
export function refusedForFatalFindings(result: LintResult, io: Io, command: string): boolean {
  const fatal = result.findings.filter((f) => f.rule.startsWith('core/') && f.severity === 'error');
  if (!fatal.length) return false;
  for (const piece of formatStylish([toReport(result, fatal, io.cwd, { related: false })], false)) io.stderr(piece);
  io.stderr(`landscape ${command}: nothing written: fix the ${fatal.length === 1 ? 'error' : `${fatal.length} errors`} above first (landscape lint shows every finding).\n`);
  return true;
}
