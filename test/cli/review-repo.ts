/**
 * The git repository the review tests make (issue 12): a series of commits, each one change a
 * reviewer must see (a direct Mode-2 → Mode-1 dependency, a removed system, a changed mode, a
 * renamed id, a system moved to another fragment, a commit that does not parse, its repair),
 * each tagged with its name and dated one day after the one before (2026-01-01, 01-02, …).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ENTRY = `apiVersion: landscape/v1
kind: Landscape
metadata: { name: review, asOf: 2026-02-01 }
imports: [./systems/*.yaml]
owners:
  - { id: cio, type: executive, role: CIO }
  - { id: team-core, type: team, parent: cio }
systems:
  - { id: core, mode: mode1, owner: team-core }
  - { id: acl, mode: gearbox, owner: team-core, consumes: [{ api: core-api, interaction: async }] }
apis:
  - { id: core-api, provider: core, type: openapi }
  - { id: acl-api, provider: acl, type: openapi }
`;
const DIGITAL = `apiVersion: landscape/v1
kind: LandscapeFragment
owners:
  - { id: cto, type: executive, role: CTO }
  - { id: team-app, type: team, parent: cto }
systems:
  - { id: app, mode: mode2, owner: team-app, consumes: [acl-api] }
  - { id: web, mode: mode2, owner: team-app, consumes: [acl-api] }
`;

/** Each commit: its name (a tag) and the files it writes (relative paths; null deletes). */
export const COMMITS: ReviewCommit[] = [
  ['base', { 'landscape.yaml': ENTRY, 'systems/digital.yaml': DIGITAL }],
  ['direct', { 'systems/digital.yaml': DIGITAL.replace('id: app, mode: mode2, owner: team-app, consumes: [acl-api]', 'id: app, mode: mode2, owner: team-app, consumes: [acl-api, core-api]') }],
  ['remove', { 'systems/digital.yaml': DIGITAL.replace('id: app, mode: mode2, owner: team-app, consumes: [acl-api]', 'id: app, mode: mode2, owner: team-app, consumes: [acl-api, core-api]').replace(/ {2}- \{ id: web.*\n/, '') }],
  ['mode', { 'systems/digital.yaml': DIGITAL.replace('id: app, mode: mode2, owner: team-app, consumes: [acl-api]', 'id: app, mode: gearbox, owner: team-app, consumes: [acl-api, core-api]').replace(/ {2}- \{ id: web.*\n/, '') }],
  ['rename', { 'landscape.yaml': ENTRY.replace('id: acl,', 'id: bridge,').replace('provider: acl,', 'provider: bridge,') }],
  ['move', {
    'landscape.yaml': ENTRY.replace('id: acl,', 'id: bridge,').replace('provider: acl,', 'provider: bridge,').replace('  - { id: core, mode: mode1, owner: team-core }\n', ''),
    'systems/core.yaml': 'apiVersion: landscape/v1\nkind: LandscapeFragment\nsystems:\n  - { id: core, mode: mode1, owner: team-core }\n',
  }],
  ['broken', { 'systems/digital.yaml': 'apiVersion: landscape/v1\nkind: LandscapeFragment\nsystems: [ { id: app\n' }],
  ['repaired', { 'systems/digital.yaml': DIGITAL.replace('id: app, mode: mode2, owner: team-app, consumes: [acl-api]', 'id: app, mode: gearbox, owner: team-app, consumes: [acl-api, core-api]').replace(/ {2}- \{ id: web.*\n/, '') }],
];

/** A commit: its name (its tag, and its message unless a message is given) and the files it writes (null deletes). */
export type ReviewCommit = [name: string, files: Record<string, string | null>, message?: string];

export interface ReviewRepo {
  dir: string;
  git: (...args: string[]) => string;
  /** Each commit's full hash by name. */
  sha: Map<string, string>;
  /** Each commit's date (its author and committer date), by name. */
  date: Map<string, string>;
}

/** The day of the n-th commit (0-based), noon UTC. */
const commitDate = (n: number): string => `2026-01-${String(n + 1).padStart(2, '0')}T12:00:00Z`;

/** A new repository in a temporary folder with `commits` (default COMMITS) on branch main. */
export function makeReviewRepo(commits: ReviewCommit[] = COMMITS): ReviewRepo {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-review-'));
  let when = commitDate(0);
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  const sha = new Map<string, string>(), date = new Map<string, string>();
  commits.forEach(([name, files, message], n) => {
    for (const [rel, text] of Object.entries(files)) {
      const p = path.join(dir, rel);
      mkdirSync(path.dirname(p), { recursive: true });
      if (text === null) rmSync(p);
      else writeFileSync(p, text);
    }
    when = commitDate(n);
    git('add', '-A');
    git('commit', '-q', '-m', message ?? name);
    sha.set(name, git('rev-parse', 'HEAD'));
    date.set(name, when);
    git('tag', name);
  });
  return { dir, git, sha, date };
}
