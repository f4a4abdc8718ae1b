/**
 * The repository of the history tests (issue 12: `landscape history`, the server's
 * `landscape/history`, the editor's *Show history*): the review commits (a direct Mode-2 →
 * Mode-1 dependency, a removed system, a changed mode, a renamed id, a moved system, a commit
 * that does not parse and its repair), then a commit of a README, one of a YAML file the
 * landscape does not import, and one deleting an imported fragment (with a hostile message);
 * and the figures expected at each commit that changed the landscape.
 */
import { COMMITS, type ReviewCommit, type ReviewRepo } from './review-repo';

export const HOSTILE_SUBJECT = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> "quoted" & 'co'`;
export const FORMULA_SUBJECT = '=HYPERLINK("http://x.test","fix"), broke it';

export const HISTORY_COMMITS: ReviewCommit[] = [
  ...COMMITS.map(([name, files]): ReviewCommit => (name === 'broken' ? [name, files, FORMULA_SUBJECT] : [name, files])),
  ['docs', { 'README.md': '# Landscape\n' }],
  ['ci', { 'ci/pipeline.yaml': 'steps: []\n' }],
  ['drop', { 'systems/core.yaml': null }, HOSTILE_SUBJECT],
];

/** The figures of a commit: errors, warnings, infos, across speeds, then systems mode1, gearbox, mode2, none; null for a gap. */
type Row = [string, number, number, number, number, number, number, number, number] | [string, null];

/** Every commit that changed the landscape, oldest first: docs (a README) and ci (a YAML file not imported) are not among them. */
const ROWS: Row[] = [
  ['base', 0, 0, 0, 3, 1, 1, 2, 0],
  ['direct', 1, 0, 0, 4, 1, 1, 2, 0],
  ['remove', 1, 0, 0, 3, 1, 1, 1, 0],
  ['mode', 0, 0, 0, 2, 1, 2, 0, 0],
  ['rename', 0, 0, 0, 2, 1, 2, 0, 0],
  ['move', 0, 0, 0, 2, 1, 2, 0, 0],
  ['broken', null],
  ['repaired', 0, 0, 0, 2, 1, 2, 0, 0],
  ['drop', 1, 0, 0, 0, 0, 2, 0, 0],
];

/** The names of the commits that changed the landscape, oldest first. */
export const HISTORY_NAMES = ROWS.map(([n]) => n);

const subjectOf = (name: string): string => (name === 'broken' ? FORMULA_SUBJECT : name === 'drop' ? HOSTILE_SUBJECT : name);

/** The history points (`landscape history`'s JSON) expected for these commits of `repo`, oldest first. */
export function historyPoints(repo: ReviewRepo, names: string[] = HISTORY_NAMES): Record<string, unknown>[] {
  return ROWS.filter(([n]) => names.includes(n)).map(([name, ...v]) => ({
    commit: repo.sha.get(name),
    date: repo.date.get(name)!.replace('Z', '+00:00'),
    time: Date.parse(repo.date.get(name)!),
    author: 'Test',
    subject: subjectOf(name),
    figures: v[0] === null ? null : { findings: { error: v[0], warn: v[1], info: v[2] }, acrossSpeeds: v[3], systems: { mode1: v[4], gearbox: v[5], mode2: v[6], none: v[7] } },
  }));
}
