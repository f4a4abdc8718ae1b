// Step 2 of action.yml: lints the entry files with the installed CLI, from the repository root
// (so every path in annotations, SARIF and summary is relative to it, as GitHub expects):
//   --format github  to this step's output: annotations inline in the pull request;
//   --format sarif   to the `sarif-file` input, for github/codeql-action/upload-sarif;
//   --format json    read here for the job summary and the outputs.
// Exits with the CLI's exit code (0 clean, 1 error findings or too many warnings, 2 fatal),
// except that `fail-on-findings: false` turns 1 into 0. Fatal always fails.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { countFindings, summaryMarkdown } from './summary.mjs';
import { appendSummary, setOutputs } from './workflow-files.mjs';

const env = process.env;
const words = (s) => (s ?? '').split(/\s+/).filter(Boolean);
const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
const cli = env.LANDSCAPE_CLI;
const entries = words(env.LANDSCAPE_FILES);
const sarifFile = (env.LANDSCAPE_SARIF_FILE ?? '').trim();
const maxWarnings = (env.LANDSCAPE_MAX_WARNINGS ?? '').trim();
const failOnFindings = (env.LANDSCAPE_FAIL_ON_FINDINGS ?? 'true').trim().toLowerCase() !== 'false';
const extraArgs = words(env.LANDSCAPE_ARGS);

function fail(message) {
  console.log(`::error title=landscape-lint::${message}`);
  setOutputs({ 'exit-code': 2 });
  process.exit(2);
}
if (!cli) fail('LANDSCAPE_CLI is not set: the install step did not run.');
if (entries.length === 0) fail('The files input is empty: name at least one entry file, e.g. landscape.yaml.');
if (maxWarnings && !/^\d+$/.test(maxWarnings)) fail(`max-warnings takes a whole number, not '${maxWarnings}'.`);

const lintArgs = ['lint', ...entries, ...(maxWarnings ? ['--max-warnings', maxWarnings] : []), ...extraArgs];

/** Runs the CLI with one format; stdout to `stdout` ('inherit' or a file path). */
function lint(format, stdout, stderr = 'pipe') {
  const fd = stdout === 'inherit' ? 'inherit' : openSync(stdout, 'w');
  try {
    const r = spawnSync(process.execPath, [cli, ...lintArgs, '--format', format], { cwd: workspace, stdio: ['ignore', fd, stderr], env: { ...env, NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 64 << 20 });
    return { code: r.status ?? 2, stderr: r.stderr ?? '' };
  } finally {
    if (typeof fd === 'number') closeSync(fd);
  }
}

// Annotations first, with the CLI's own messages about the run (a missing file, bad usage).
const annotated = lint('github', 'inherit', 'pipe');
process.stderr.write(annotated.stderr);
const exitCode = annotated.code;

if (sarifFile) {
  mkdirSync(dirname(resolve(workspace, sarifFile)), { recursive: true });
  lint('sarif', resolve(workspace, sarifFile));
}

const jsonFile = join(env.RUNNER_TEMP || tmpdir(), `landscape-report-${process.pid}.json`);
lint('json', jsonFile);
let report;
try {
  report = JSON.parse(readFileSync(jsonFile, 'utf8'));
} catch {
  report = undefined; // a fatal run before any output (a missing file): the summary says so
} finally {
  rmSync(jsonFile, { force: true });
}

const counts = countFindings(report);
const github = { serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', repository: env.GITHUB_REPOSITORY || '', sha: env.GITHUB_SHA || 'HEAD' };
appendSummary(summaryMarkdown(report, { github, exitCode, entries, stderr: annotated.stderr, sarifFile }));
setOutputs({
  errors: counts.error,
  warnings: counts.warn,
  infos: counts.info,
  findings: counts.error + counts.warn + counts.info,
  'exit-code': exitCode,
  'sarif-file': sarifFile,
});

process.exit(exitCode === 1 && !failOnFindings ? 0 : exitCode);
