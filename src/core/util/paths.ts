/** POSIX path helpers: the core speaks '/'-separated absolute paths, hosts convert at the edge. */
/** A path with an empty, `.` or `..` segment or a trailing slash: one normalize must rewrite. */
const NOT_NORMAL = /\/\/|(^|\/)\.\.?(\/|$)|.\/$/;

export function normalize(p: string): string {
  // Most paths are normal already (the loader joins normal folders with plain names): no split.
  return p !== '' && !NOT_NORMAL.test(p) ? p : normalizeBySegments(p);
}

/** The definition: split into segments, drop empty ones and `.`, let `..` remove the one before. */
export function normalizeBySegments(p: string): string {
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else out.push(seg);
  }
  return (abs ? '/' : '') + out.join('/');
}

export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : p.slice(0, i);
}

export function join(dir: string, rel: string): string {
  if (rel.startsWith('/')) return normalize(rel);
  // `./x.yaml`, the usual import, joins without the general normalisation.
  while (rel.startsWith('./')) rel = rel.slice(2);
  return normalize(`${dir}/${rel}`);
}

/** Path of `to` relative to the directory `from` ('/'-separated, no leading './'). */
export function relative(from: string, to: string): string {
  const a = normalize(from).split('/').filter(Boolean);
  const b = normalize(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/') || '.';
}

/** true when `p` lies inside the folder `dir` (or is it). */
export function isInside(dir: string, p: string): boolean {
  const d = normalize(dir);
  const n = normalize(p);
  return n === d || n.startsWith(d.endsWith('/') ? d : `${d}/`);
}
