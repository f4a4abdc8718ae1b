/**
 * What every path a picomatch glob matches must contain literally: used to index override
 * globs (config/override-globs.ts) and to list only the folder an import glob can match
 * (load/import-targets.ts). Here, below both, so that load does not import config.
 */

/** Characters picomatch gives a meaning (its parse.js); others match themselves. */
const SPECIAL = /[\0\\"()[\]{}|,?!+@$^*]/;

/** A '/'-separated path without special characters and without empty, '.' or '..' segments. */
export function isPlainPath(s: string): boolean {
  if (s === '' || SPECIAL.test(s)) return false;
  for (const seg of s.split('/')) if (seg === '' || seg === '.' || seg === '..') return false;
  return true;
}

/** What every path a glob matches starts with ('' when nothing is known). */
export function literalStart(glob: string): string {
  const m = SPECIAL.exec(glob);
  if (!m) return '';
  const i = m.index;
  let lit = glob.slice(0, i);
  const c = glob[i];
  const next = glob[i + 1];
  // `*`, `?` and `[…]` take characters in place; `**` and groups (`{a,b}`, `@(…)`, `?(…)`)
  // may take nothing together with the '/' before them, so only the folder is certain.
  const inPlace = (c === '*' && next !== '*' && next !== '(') || (c === '?' && next !== '(') || c === '[';
  if (!inPlace) lit = lit.slice(0, Math.max(0, lit.lastIndexOf('/')));
  // Every whole folder of it must be an ordinary name (no '', '.', '..': picomatch's own rules).
  const segs = lit.split('/');
  for (let k = 0; k < segs.length - 1; k++) if (segs[k] === '' || segs[k] === '.' || segs[k] === '..') return '';
  return lit;
}

/** What every path a glob matches ends with ('' when nothing is known). */
export function literalEnd(glob: string): string {
  let j = glob.length;
  while (j > 0 && !SPECIAL.test(glob[j - 1])) j--;
  if (j === 0) return '';
  // From the last '/' on: a `**` before it may take that '/' too.
  const tail = glob.slice(j);
  return tail.slice(tail.lastIndexOf('/') + 1);
}
