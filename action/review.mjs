// Step 2 of action.yml in `mode: review` (issue 12): what a pull request does to the landscape.
// For each entry file it runs `landscape diff <entry> --base <the PR's base commit>` from the
// repository root (markdown for people, json for the outputs), writes the review to the job
// summary, and creates or updates the pull request's one review comment, found again by its
// hidden marker, through the REST API with the workflow's token.
//
// The base is the event's `pull_request.base.sha` (GITHUB_EVENT_PATH), or the `base` input.
// Exit code: the CLI's (1 when the change adds findings at or above `fail-on`, 2 fatal), 1 turned
// into 0 by `fail-on-findings: false`. A comment GitHub refuses for want of permission (403/404,
// the read-only token of a pull request from a fork) is a warning: the summary still has the
// review. Any other failure of the API fails the step (exit 2).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { githubApi, upsertComment } from './github-api.mjs';
import { appendSummary, setOutputs } from './workflow-files.mjs';

export const MARKER = '<!-- landscape-review -->';
/** GitHub refuses a comment body longer than this (characters). */
export const COMMENT_LIMIT = 65_536;

const words = (s) => (s ?? '').split(/\s+/).filter(Boolean);

/** The pull request a `pull_request` (or `pull_request_target`) event is about: number and base commit. */
export function pullRequestOf(event) {
  const pr = event?.pull_request;
  if (!pr || typeof pr.number !== 'number') return undefined;
  return { number: pr.number, baseSha: pr.base?.sha, headSha: pr.head?.sha };
}

/**
 * The comment: the marker, then each entry's review. Longer than GitHub takes (the CLI keeps
 * one review under the limit, several may not be), it says where the whole review is instead.
 */
export function commentBody(sections, { runUrl } = {}) {
  const body = `${MARKER}\n${sections.join('\n---\n\n')}`;
  if (body.length <= COMMENT_LIMIT) return body;
  const firstLines = sections.map((s) => s.split('\n').find((l) => l.startsWith('### ')) ?? '').filter(Boolean);
  return `${MARKER}\n${firstLines.join('\n\n')}\n\nThe review is too long for a comment${runUrl ? `: see the [job summary](${runUrl})` : ': see the job summary'}.\n`;
}

/** Markdown for the CLI's messages about the run (a fatal diff): a code block that cannot be closed from inside. */
function messages(stderr) {
  return stderr.trim() ? `\`\`\`text\n${stderr.trim().replace(/```/g, '`\u200b``')}\n\`\`\`\n` : '';
}

function main() {
  const env = process.env;
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const cli = env.LANDSCAPE_CLI;
  const entries = words(env.LANDSCAPE_FILES);
  const failOnFindings = (env.LANDSCAPE_FAIL_ON_FINDINGS ?? 'true').trim().toLowerCase() !== 'false';
  const comment = (env.LANDSCAPE_COMMENT ?? 'true').trim().toLowerCase() !== 'false';
  const failOn = (env.LANDSCAPE_FAIL_ON ?? '').trim() || 'new-error';
  const fail = (message) => {
    console.log(`::error title=landscape review::${message}`);
    setOutputs({ 'exit-code': 2 });
    process.exit(2);
  };
  if (!cli) fail('LANDSCAPE_CLI is not set: the install step did not run.');
  if (entries.length === 0) fail('The files input is empty: name at least one entry file, e.g. landscape.yaml.');
  if (!['new-error', 'new-warning', 'never'].includes(failOn)) fail(`fail-on takes new-error, new-warning or never, not '${failOn}'.`);

  let event;
  try {
    event = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : undefined;
  } catch (e) {
    fail(`Cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${e.message}`);
  }
  const pr = pullRequestOf(event);
  const base = (env.LANDSCAPE_BASE ?? '').trim() || pr?.baseSha;
  if (!base) fail(`Review mode compares a pull request with its base: run it on pull_request (this run is '${env.GITHUB_EVENT_NAME || 'unknown'}'), or give the base input.`);

  // The base commit must be in the checkout: actions/checkout fetches one commit unless told otherwise.
  const known = spawnSync('git', ['cat-file', '-e', `${base}^{commit}`], { cwd: workspace, encoding: 'utf8' });
  if (known.status !== 0) fail(`The base commit ${base} is not in the checkout: check out with fetch-depth: 0 (actions/checkout) so the base is there.`);

  const temp = env.RUNNER_TEMP || tmpdir();
  const diff = (entry, format) => {
    const file = join(temp, `landscape-review-${process.pid}.${format}`);
    const args = [cli, 'diff', entry, '--base', base, '--format', format, '--fail-on', failOn, '-o', file, ...words(env.LANDSCAPE_ARGS)];
    const r = spawnSync(process.execPath, args, { cwd: workspace, env: { ...env, NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 64 << 20 });
    let out;
    try {
      out = readFileSync(file, 'utf8');
    } catch {
      out = ''; // a fatal run writes nothing
    } finally {
      rmSync(file, { force: true });
    }
    return { code: r.status ?? 2, out, stderr: r.stderr ?? '' };
  };

  let exitCode = 0;
  let fresh = 0, fixed = 0;
  const sections = [];
  for (const entry of entries) {
    const md = diff(entry, 'markdown');
    process.stderr.write(md.stderr);
    exitCode = Math.max(exitCode, md.code);
    if (md.code === 2) {
      sections.push(`### Landscape review: ❌ \`${entry.replace(/`/g, "'")}\` could not be compared (exit code 2)\n\n${messages(md.stderr)}`);
      continue;
    }
    sections.push(md.stderr.trim() ? `${md.out}\n${messages(md.stderr)}` : md.out);
    try {
      const json = JSON.parse(diff(entry, 'json').out);
      fresh += json.findings.new.length;
      fixed += json.findings.fixed.length;
    } catch {
      // The counts stay as they are; the markdown above is the review.
    }
  }

  appendSummary(sections.join('\n---\n\n'));
  const outputs = { 'new-findings': fresh, 'fixed-findings': fixed, 'exit-code': exitCode, 'comment-url': '' };
  const finish = (code) => {
    setOutputs(outputs);
    process.exit(code === 1 && !failOnFindings ? 0 : code);
  };

  if (!comment) return finish(exitCode);
  if (!pr) {
    console.log(`::notice title=landscape review::No pull request in this '${env.GITHUB_EVENT_NAME || 'unknown'}' event: the review is in the job summary only.`);
    return finish(exitCode);
  }
  const token = env.LANDSCAPE_GITHUB_TOKEN;
  if (!token) fail('The github-token input is empty: the review cannot be posted (the default is the workflow token, github.token).');
  const runUrl = env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const api = githubApi({ apiUrl: env.GITHUB_API_URL, token, repository: env.GITHUB_REPOSITORY });
  upsertComment(api, pr.number, MARKER, commentBody(sections, { runUrl })).then(
    ({ action, comment: c }) => {
      console.log(`Review comment ${action}: ${c?.html_url ?? c?.id ?? ''}`);
      outputs['comment-url'] = c?.html_url ?? '';
      finish(exitCode);
    },
    (e) => {
      if (e.status === 403 || e.status === 404) {
        console.log(`::warning title=landscape review::GitHub refused the review comment on pull request #${pr.number} (${e.message}). The token may write no comments: a pull request from a fork gets a read-only token, and the job needs \`permissions: pull-requests: write\`. The review is in the job summary.`);
        finish(exitCode);
      } else {
        console.log(`::error title=landscape review::Could not post the review comment on pull request #${pr.number}: ${e.message}. The review is in the job summary.`);
        setOutputs(outputs);
        process.exit(2);
      }
    },
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
