/**
 * The commits of a repository that may have changed a landscape (`landscape history`, and the
 * language server's `landscape/history` for the editor's *Show history*): the first-parent history of
 * HEAD, newest first, each with the paths it changed against its first parent (merges
 * included, as the change they brought to the mainline; renames as a deletion and an
 * addition), keeping those that changed a path `wanted` accepts. Read with one `git log`,
 * never a checkout. Which of them really touched the landscape (a file it imports at that
 * commit) is the core's decision (`landscapeHistory`).
 */
import { git } from './git-host';
import { fromCorePath } from './files';

export interface LoggedCommit {
  commit: string;
  /** The committer date, strict ISO 8601 with offset. */
  date: string;
  time: number;
  author: string;
  subject: string;
  /** Changed paths, relative to the repository root. */
  changed: string[];
}

export interface LogRange {
  /** Only commits after this one (`<commit>..HEAD`). */
  after?: string;
  /** Only commits at or after this day (YYYY-MM-DD, git's `--since`). */
  since?: string;
}

/** Commits of HEAD's first-parent history that changed a path `wanted` accepts, newest first; none in a repository without commits. */
function changedCommits(root: string, range: LogRange, wanted: (path: string) => boolean): LoggedCommit[] {
  const args = ['log', '--first-parent', '--diff-merges=first-parent', '--no-renames', '--name-only', '-z', '--format=%x1e%H%x1f%cI%x1f%an%x1f%s'];
  // Midnight UTC, whatever the machine's zone (git reads a date without an offset as local time).
  if (range.since) args.push(`--since=${range.since} 00:00:00 +0000`);
  args.push(range.after ? `${range.after}..HEAD` : 'HEAD', '--');
  let out: string;
  try {
    out = git(fromCorePath(root), args).toString('utf8');
  } catch {
    return []; // no commit yet (HEAD names nothing)
  }
  const commits: LoggedCommit[] = [];
  // Each record: \x1e<hash>\x1f<date>\x1f<author>\x1f<subject>\0\n<path>\0<path>\0…
  for (const record of out.split('\x1e')) {
    if (!record) continue;
    const end = record.indexOf('\0');
    const [commit, date, author, subject] = (end < 0 ? record : record.slice(0, end)).split('\x1f');
    const changed = end < 0 ? [] : record.slice(end + 1).replace(/^\n/, '').split('\0').filter((p) => p && wanted(p));
    if (changed.length) commits.push({ commit, date, time: Date.parse(date), author, subject, changed });
  }
  return commits;
}

export interface LandscapeCommits {
  /** The candidates, newest first: a cheap superset of the commits that touched the landscape. */
  commits: LoggedCommit[];
  /** A file's path (core path) relative to the repository root, or undefined outside it. */
  repoPath: (file: string) => string | undefined;
}

/**
 * The candidate commits of the landscape whose entry is `entry` (core path) in the repository at
 * `root` (core path): those that changed the entry or a YAML file below its folder (anywhere in
 * the repository with `anywhere`, for imports allowed outside that folder). The core keeps
 * those that changed a file the landscape read at that commit or its parent (landscapeHistory).
 */
export function landscapeCommits(root: string, entry: string, range: LogRange, anywhere = false): LandscapeCommits {
  const rootSlash = root.endsWith('/') ? root : `${root}/`;
  const repoPath = (file: string): string | undefined => (file.startsWith(rootSlash) ? file.slice(rootSlash.length) : undefined);
  const entryInRepo = repoPath(entry) ?? entry;
  const entryDir = entryInRepo.includes('/') ? entryInRepo.slice(0, entryInRepo.lastIndexOf('/')) : '.';
  const wanted = (p: string): boolean => p === entryInRepo || (/\.ya?ml$/i.test(p) && (anywhere || entryDir === '.' || p.startsWith(`${entryDir}/`)));
  return { commits: changedCommits(root, range, wanted), repoPath };
}
