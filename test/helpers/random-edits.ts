/**
 * Random edits of a generated landscape for the editor's property tests: the kinds of
 * keystrokes an editor sends (ids typed, comments, spacing, modes, lifecycles, references,
 * blank lines, duplicates, CRLF, YAML broken and fixed), each on one line picked at random.
 */
import { generateLandscape } from '../../bench/generate';

export const ENTRY = '/ws/landscape.yaml';
export const FRAGMENT = '/ws/systems.yaml';

/** The generated landscape with its systems in a fragment the entry imports. */
export function twoFiles(n: number): Record<string, string> {
  const text = generateLandscape(n);
  const from = text.indexOf('\nsystems:\n') + 1;
  const to = text.indexOf('\napis:\n') + 1;
  const entry = text.slice(0, from) + text.slice(to).replace(/\n*$/, '\nimports: [systems.yaml]\n');
  return { [ENTRY]: entry, [FRAGMENT]: `apiVersion: landscape/v1\nkind: LandscapeFragment\n${text.slice(from, to)}` };
}

export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Edits `lines` in place at line `at` (or around it), when that line is one this edit applies to; else false. */
export type Edit = (lines: string[], at: number, rnd: () => number) => boolean;
export const EDITS: Record<string, Edit> = {
  'id typed': (lines, at, rnd) => change(lines, at, /\bid: ([\w-]+)/, (_m, id: string) => (rnd() < 0.6 || id.length < 3 ? `id: ${id}x` : `id: ${id.slice(0, -1)}`)),
  'comment line': (lines, at) => (lines.splice(at, 0, '  # a note  that moves what follows by a line'), true),
  // Two characters replaced by two: the text keeps its length, but a line break comes or goes.
  'comment split': (lines, at) => change(lines, at, /^(\s*#.*?\S) {2}(\S.*)$/, (_m, a: string, b: string) => `${a}\n#${b}`),
  'comment joined': (lines) => {
    const at = lines.findIndex((l, i) => i > 0 && /^#\S/.test(l) && /^\s*#.*\S$/.test(lines[i - 1]));
    return at > 0 && (lines.splice(at - 1, 2, `${lines[at - 1]}  ${lines[at].slice(1)}`), true);
  },
  'trailing comment': (lines, at) => change(lines, at, /^(\s+\S.*)$/, (m) => `${m} # why`),
  'mode changed': (lines, at, rnd) => change(lines, at, /mode: \S+/, () => `mode: ${['mode1', 'mode2', 'gearbox', '"mode1"', 'mode3'][Math.floor(rnd() * 5)]}`),
  'retiring': (lines, at) => change(lines, at, /^( {4})mode: (.*)$/, (_m, indent: string, mode: string) => `${indent}mode: ${mode}\n${indent}lifecycle: phaseOut\n${indent}endOfLife: 2026-12-31`),
  'spacing': (lines, at) => change(lines, at, /id: /, () => 'id:   '),
  'description typed': (lines, at) => change(lines, at, /description: .*/, (m) => `${m}s`),
  'reference changed': (lines, at, rnd) => change(lines, at, /^( {6}- )(api-[\w-]+)$/, (_m, dash: string) => `${dash}api-${Math.floor(rnd() * 30)}-0`),
  'blank line': (lines, at) => (lines.splice(at, 0, ''), true),
  'line removed': (lines, at) => (/^\s*(#.*)?$/.test(lines[at] ?? 'x') ? (lines.splice(at, 1), true) : false),
  'duplicate': (lines, at) => (/^ {2}- \{ id: /.test(lines[at] ?? '') ? (lines.splice(at, 0, lines[at]), true) : false),
  'crlf': (lines, at) => change(lines, at, /^(.+)$/, (m) => `${m}\r`),
  'broken yaml': (lines, at) => (lines.splice(at, 0, '  - { id: broken, ['), true),
  'broken fixed': (lines) => {
    const at = lines.indexOf('  - { id: broken, [');
    return at >= 0 && (lines.splice(at, 1), true);
  },
};

/** Replaces `pattern` in the first line from `at` on (around to the start) where it matches; false when no line does. */
function change(lines: string[], at: number, pattern: RegExp, replace: (match: string, ...groups: string[]) => string): boolean {
  for (let k = 0; k < lines.length; k++) {
    const i = (at + k) % lines.length;
    if (!pattern.test(lines[i])) continue;
    lines[i] = lines[i].replace(pattern, replace as (match: string, ...rest: unknown[]) => string);
    return true;
  }
  return false;
}


/** One random edit of `files` (mostly of the fragment): the file and the edit, or undefined when no line picked fitted it. */
export function randomEdit(files: Record<string, string>, rnd: () => number): { path: string; name: string } | undefined {
  const path = rnd() < 0.75 ? FRAGMENT : ENTRY;
  const lines = files[path].split('\n');
  const names = Object.keys(EDITS);
  const name = names[Math.floor(rnd() * names.length)];
  for (let tries = 0; tries < 50; tries++) {
    if (!EDITS[name](lines, Math.floor(rnd() * lines.length), rnd)) continue;
    files[path] = lines.join('\n');
    return { path, name };
  }
  return undefined;
}
