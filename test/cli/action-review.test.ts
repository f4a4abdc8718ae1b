/**
 * The GitHub Action's review mode (issue 12): on a pull_request event it compares the checkout
 * with the pull request's base commit (`landscape diff --base <sha>`) and creates, then updates,
 * one comment on the pull request. Run step by step as the runner would
 * (test/cli/action-runner.ts) in a real git repository made here (a base commit and head
 * commits), with a real pull_request event payload, against a stand-in for GitHub's REST API on
 * 127.0.0.1 (test/helpers/fake-github-api.mjs: comments listed page by page, created, updated;
 * the token and the JSON bodies checked).
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { landscape, ROOT } from './cli-helpers';
import { runAction, runnerEnv, type ActionRun } from './action-runner';
import { packOnce, tempDir } from './pack-helpers';
// @ts-expect-error: plain ESM without types, run by the action on the runner's Node
import * as untypedReview from '../../action/review.mjs';
// @ts-expect-error: as above
import * as untypedApi from '../../action/github-api.mjs';

const review = untypedReview as { MARKER: string; COMMENT_LIMIT: number; commentBody(sections: string[], o?: { runUrl?: string }): string };
const api = untypedApi as { nextPage(link: string | null): string | undefined };

const ACTION = path.join(ROOT, 'action.yml');
const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const PR = 7;

const STARTER = (() => {
  const dir = tempDir('landscape-starter-');
  assert.equal(landscape(['init'], dir).code, 0);
  return readFileSync(path.join(dir, 'landscape.yaml'), 'utf8');
})();
/** Head 1: a system nobody uses (one new warning). */
const ORPHAN = STARTER.replace(/\napis:/, '\n  - { id: intranet-wiki, name: Wiki, mode: mode2, owner: team-web }\n\napis:');
/** Head 2: also the web shop calling the ERP directly (a new error). */
const DIRECT = ORPHAN.replace('consumes: [order-events]', 'consumes: [order-events, erp-sales-api]').replace(/\n$/, '\n  - { id: erp-sales-api, provider: erp, type: openapi }\n');

interface FakeApi {
  url: string;
  log(): Promise<{ requests: { method: string; path: string; query: Record<string, string>; headers: Record<string, string>; body: string }[]; comments: { id: number; body: string }[] }>;
  stop(): void;
}

/** The stand-in API in a process of its own (the runner blocks this one while a step runs). */
function startApi(options: Record<string, unknown>): Promise<FakeApi> {
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'test/helpers/fake-github-api.mjs'), JSON.stringify({ token: TOKEN, pr: PR, ...options })], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`fake GitHub API exited with ${code}`)));
    child.stdout!.once('data', (d: Buffer) => {
      const port = /listening (\d+)/.exec(d.toString())?.[1];
      if (!port) return reject(new Error(`fake GitHub API said ${d.toString()}`));
      const url = `http://127.0.0.1:${port}`;
      resolve({ url, log: async () => (await fetch(`${url}/__log`)).json() as ReturnType<FakeApi['log']>, stop: () => child.kill() });
    });
  });
}

/** A repository with the starter as base commit on main, and a branch with `head` committed on it. */
function repository(head: string): { dir: string; base: string; commit(text: string): string } {
  const dir = tempDir('landscape-gh-review-');
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' } }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'dev@example.com');
  git('config', 'user.name', 'Dev');
  const commit = (text: string): string => {
    writeFileSync(path.join(dir, 'landscape.yaml'), text);
    git('add', 'landscape.yaml');
    git('commit', '-q', '-m', 'landscape');
    return git('rev-parse', 'HEAD');
  };
  const base = commit(STARTER);
  git('checkout', '-q', '-b', 'feature');
  commit(head);
  return { dir, base, commit };
}

/** A `pull_request` event as GitHub writes it to GITHUB_EVENT_PATH (the fields the action reads, and the shape around them). */
function pullRequestEvent(base: string, head: string): string {
  const repo = { id: 1296269, node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5', name: 'landscape', full_name: 'acme/landscape', private: false, owner: { login: 'acme', id: 1, type: 'Organization' }, html_url: 'https://github.com/acme/landscape', default_branch: 'main' };
  const event = {
    action: 'synchronize',
    number: PR,
    before: '0000000000000000000000000000000000000000',
    after: head,
    pull_request: {
      url: `https://api.github.com/repos/acme/landscape/pulls/${PR}`,
      id: 1, node_id: 'PR_kwDOAAABcM5', html_url: `https://github.com/acme/landscape/pull/${PR}`, number: PR, state: 'open', locked: false, draft: false,
      title: 'Add the intranet wiki', user: { login: 'dev', id: 2, type: 'User' }, body: null,
      head: { label: 'acme:feature', ref: 'feature', sha: head, user: { login: 'acme', id: 1 }, repo },
      base: { label: 'acme:main', ref: 'main', sha: base, user: { login: 'acme', id: 1 }, repo },
      merged: false, mergeable: null, comments: 0, commits: 1, additions: 1, deletions: 0, changed_files: 1,
    },
    repository: repo,
    sender: { login: 'dev', id: 2, type: 'User' },
  };
  const file = path.join(tempDir('landscape-gh-event-'), 'event.json');
  writeFileSync(file, JSON.stringify(event, null, 2));
  return file;
}

function runReview(dir: string, event: string, apiUrl: string, inputs: Record<string, string> = {}, eventName = 'pull_request'): ActionRun {
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
  const env = runnerEnv(dir, { GITHUB_SHA: head, GITHUB_REF: `refs/pull/${PR}/merge`, GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: event, GITHUB_API_URL: apiUrl, GITHUB_RUN_ID: '4242', GITHUB_TOKEN: TOKEN });
  return runAction(ACTION, { inputs: { version: packOnce().tarball, mode: 'review', ...inputs }, env });
}

/** What `landscape diff --format markdown` prints for the checkout, with the runner's GitHub variables (its links). */
function cliMarkdown(dir: string, base: string): string {
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
  return landscape(['diff', 'landscape.yaml', '--base', base, '--format', 'markdown'], dir, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/landscape', GITHUB_SHA: head }).stdout;
}

const reviewStep = (r: ActionRun) => r.steps.find((s) => s.id === 'review')!;

/** 150 comments of people and other bots: the list takes two pages of 100. */
const OTHERS = Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: i === 40 ? 'Looks good, but see <!-- landscape-diff --> below' : `comment ${i + 1}`, user: { login: `reviewer${i % 3}`, type: 'User' } }));

describe('GitHub Action review mode (mode: review, on pull_request)', function () {
  this.timeout(240_000);
  before(() => packOnce());

  describe('posts one comment, then updates it on the next push', () => {
    let fake: FakeApi;
    let repo: ReturnType<typeof repository>;
    let first: ActionRun, second: ActionRun;
    let firstLog: Awaited<ReturnType<FakeApi['log']>>;
    let firstMarkdown: string, secondMarkdown: string;

    before(async () => {
      fake = await startApi({ comments: OTHERS });
      repo = repository(ORPHAN);
      const head1 = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo.dir, encoding: 'utf8' }).trim();
      first = runReview(repo.dir, pullRequestEvent(repo.base, head1), fake.url);
      firstMarkdown = cliMarkdown(repo.dir, repo.base);
      firstLog = await fake.log();
      const head2 = repo.commit(DIRECT);
      second = runReview(repo.dir, pullRequestEvent(repo.base, head2), fake.url);
      secondMarkdown = cliMarkdown(repo.dir, repo.base);
    });
    after(() => fake.stop());

    it('runs the review step only, with the CLI’s exit code: 0 for a new warning, 1 once the change adds an error', () => {
      assert.deepEqual(first.steps.map((s) => s.id), ['install', 'review']);
      assert.equal(first.code, 0, reviewStep(first).stdout + reviewStep(first).stderr);
      assert.equal(second.code, 1, reviewStep(second).stdout + reviewStep(second).stderr);
    });

    it('first run: reads every page of the comments (Link rel="next"), finds no review and creates one', () => {
      const calls = firstLog.requests.map((r) => `${r.method} ${r.path}${r.query.page ? `?page=${r.query.page}` : ''}`);
      assert.deepEqual(calls, [`GET /repos/acme/landscape/issues/${PR}/comments`, `GET /repos/acme/landscape/issues/${PR}/comments?page=2`, `POST /repos/acme/landscape/issues/${PR}/comments`]);
      assert.equal(firstLog.requests[0].query.per_page, '100');
      const post = firstLog.requests[2];
      assert.match(post.headers['content-type'], /^application\/json/);
      assert.deepEqual(Object.keys(JSON.parse(post.body) as object), ['body']);
      assert.equal((JSON.parse(post.body) as { body: string }).body, `${review.MARKER}\n${firstMarkdown}`);
      assert.match(firstMarkdown, /This change adds 1 warning\./);
    });

    it('sends the workflow token and GitHub’s media type and API version on every call', async () => {
      for (const r of (await fake.log()).requests) {
        assert.equal(r.headers.authorization, `Bearer ${TOKEN}`);
        assert.equal(r.headers.accept, 'application/vnd.github+json');
        assert.equal(r.headers['x-github-api-version'], '2022-11-28');
      }
    });

    it('second run: finds its comment by the marker on page 2 and updates it, creating none', async () => {
      const log = await fake.log();
      const later = log.requests.slice(firstLog.requests.length).map((r) => `${r.method} ${r.path}${r.query.page ? `?page=${r.query.page}` : ''}`);
      assert.deepEqual(later, [`GET /repos/acme/landscape/issues/${PR}/comments`, `GET /repos/acme/landscape/issues/${PR}/comments?page=2`, 'PATCH /repos/acme/landscape/issues/comments/1000']);
      const ours = log.comments.filter((c) => c.body.startsWith(review.MARKER));
      assert.equal(ours.length, 1);
      assert.equal(log.comments.length, OTHERS.length + 1);
      assert.equal(ours[0].body, `${review.MARKER}\n${secondMarkdown}`);
      assert.match(secondMarkdown, /This change adds 1 error, 1 warning\./);
      assert.match(secondMarkdown, /no-direct-mode2-to-mode1/);
      // The link of a new finding goes to head's line on GitHub.
      const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo.dir, encoding: 'utf8' }).trim();
      assert.ok(ours[0].body.includes(`](https://github.com/acme/landscape/blob/${head}/landscape.yaml#L`), ours[0].body);
    });

    it('writes the review into the job summary and sets the outputs', () => {
      assert.equal(first.summary.trimEnd(), firstMarkdown.trimEnd());
      assert.equal(second.summary.trimEnd(), secondMarkdown.trimEnd());
      const url = `https://github.com/acme/landscape/pull/${PR}#issuecomment-1000`;
      assert.deepEqual(reviewStep(first).outputs, { 'new-findings': '1', 'fixed-findings': '0', 'exit-code': '0', 'comment-url': url });
      assert.equal(second.outputs['new-findings'], '2');
      assert.equal(second.outputs['exit-code'], '1');
      assert.equal(second.outputs['comment-url'], url);
    });
  });

  it('a read-only token (a pull request from a fork): GitHub’s 403 is a warning that says why, the summary keeps the review', async () => {
    const fake = await startApi({ refuseWrites: true });
    try {
      const repo = repository(DIRECT);
      const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo.dir, encoding: 'utf8' }).trim();
      const run = runReview(repo.dir, pullRequestEvent(repo.base, head), fake.url, { 'fail-on-findings': 'false' });
      assert.equal(run.code, 0, reviewStep(run).stdout);
      assert.equal(run.outputs['exit-code'], '1');
      assert.match(reviewStep(run).stdout, /^::warning title=landscape review::GitHub refused the review comment on pull request #7 \(POST \/repos\/acme\/landscape\/issues\/7\/comments: 403 Resource not accessible by integration\)\. .*fork gets a read-only token.*`permissions: pull-requests: write`/m);
      assert.equal(run.summary.trimEnd(), cliMarkdown(repo.dir, repo.base).trimEnd());
      assert.equal(run.outputs['comment-url'], '');
      assert.deepEqual((await fake.log()).comments, []);
    } finally {
      fake.stop();
    }
  });

  it('another failure of the API fails the step (exit 2) with GitHub’s message; a wrong token is one', async () => {
    const fake = await startApi({});
    try {
      const repo = repository(ORPHAN);
      const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo.dir, encoding: 'utf8' }).trim();
      const run = runReview(repo.dir, pullRequestEvent(repo.base, head), fake.url, { 'github-token': 'not-the-token' });
      assert.equal(run.code, 2);
      assert.match(reviewStep(run).stdout, /^::error title=landscape review::Could not post the review comment on pull request #7: GET \/repos\/acme\/landscape\/issues\/7\/comments\?per_page=100: 401 Bad credentials\. The review is in the job summary\.$/m);
      assert.match(run.summary, /This change adds 1 warning\./);
    } finally {
      fake.stop();
    }
  });

  it('a base commit missing from the checkout (a shallow clone) fails with what to change', () => {
    const repo = repository(ORPHAN);
    const event = pullRequestEvent('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b', 'ffffffffffffffffffffffffffffffffffffffff');
    const run = runReview(repo.dir, event, 'http://127.0.0.1:9');
    assert.equal(run.code, 2);
    assert.match(reviewStep(run).stdout, /^::error title=landscape review::The base commit 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b is not in the checkout: check out with fetch-depth: 0/m);
  });

  it('on a push (no pull request) without a base input it says what review mode needs', () => {
    const repo = repository(ORPHAN);
    const event = path.join(tempDir('landscape-gh-event-'), 'push.json');
    writeFileSync(event, JSON.stringify({ ref: 'refs/heads/feature', before: repo.base, after: 'x', commits: [] }));
    const run = runReview(repo.dir, event, 'http://127.0.0.1:9', {}, 'push');
    assert.equal(run.code, 2);
    assert.match(reviewStep(run).stdout, /run it on pull_request \(this run is 'push'\), or give the base input\./);
    // With a base, a push is reviewed into the summary only.
    const withBase = runReview(repo.dir, event, 'http://127.0.0.1:9', { base: repo.base }, 'push');
    assert.equal(withBase.code, 0, reviewStep(withBase).stdout);
    assert.match(reviewStep(withBase).stdout, /::notice title=landscape review::No pull request in this 'push' event: the review is in the job summary only\./);
    assert.match(withBase.summary, /This change adds 1 warning\./);
  });

  it('a misspelt mode fails at the install step', () => {
    const dir = tempDir('landscape-gh-mode-');
    const run = runAction(ACTION, { inputs: { version: packOnce().tarball, mode: 'reveiw' }, env: runnerEnv(dir, { GITHUB_SHA: 'x' }) });
    assert.equal(run.code, 2);
    assert.match(run.steps[0].stdout, /::error title=landscape-lint::The mode input takes lint or review, not 'reveiw'\./);
  });
});

describe('GitHub Action review comment (action/review.mjs, action/github-api.mjs)', () => {
  it('stays under GitHub’s comment limit: too long, it keeps each verdict and points to the job summary', () => {
    const section = (n: number): string => `<!-- landscape-diff -->\n### Landscape review: This change adds ${n} errors.\n\n${'| x |\n'.repeat(9000)}`;
    const body = review.commentBody([section(1), section(2)], { runUrl: 'https://github.com/acme/landscape/actions/runs/4242' });
    assert.ok(body.length <= review.COMMENT_LIMIT);
    assert.equal(body, `${review.MARKER}\n### Landscape review: This change adds 1 errors.\n\n### Landscape review: This change adds 2 errors.\n\nThe review is too long for a comment: see the [job summary](https://github.com/acme/landscape/actions/runs/4242).\n`);
    assert.equal(review.commentBody(['a\n', 'b\n']), `${review.MARKER}\na\n\n---\n\nb\n`);
  });

  it('follows rel="next" of a Link header wherever it stands', () => {
    assert.equal(api.nextPage('<https://api.github.com/r?page=1>; rel="prev", <https://api.github.com/r?page=3>; rel="next", <https://api.github.com/r?page=9>; rel="last"'), 'https://api.github.com/r?page=3');
    assert.equal(api.nextPage('<https://api.github.com/r?page=1>; rel="first"'), undefined);
    assert.equal(api.nextPage(null), undefined);
  });
});
