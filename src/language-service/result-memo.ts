/**
 * Answers kept per lint result and file: the editor asks for a file's symbols, lenses and tokens
 * again after every keystroke, sometimes twice for one version (breadcrumbs and sticky scroll),
 * and a result never changes. Held weakly: an answer goes with its result.
 */
import type { LintResult } from '../core/index';

export function perResult<T>(): (result: LintResult, file: string, make: () => T) => T {
  const kept = new WeakMap<LintResult, Map<string, T>>();
  return (result, file, make) => {
    let byFile = kept.get(result);
    if (!byFile) kept.set(result, (byFile = new Map<string, T>()));
    if (byFile.has(file)) return byFile.get(file)!;
    const value = make();
    byFile.set(file, value);
    return value;
  };
}
