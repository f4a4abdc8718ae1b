/**
 * The GitHub Action (action.yml, issue 10 §3), its steps run as the runner would
 * (test/cli/action-runner.ts) in a realistic environment: a workspace, GITHUB_* variables,
 * per-step GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_PATH files, RUNNER_TEMP. The CLI is the
 * packed tarball (`version` input), installed with no network. Checked: the exit code, the
 * annotations, every file written (SARIF, summary, outputs, PATH) and nothing else in the workspace.
 */
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { landscape, ROOT, type Manifest } from './cli-helpers';
import { readAction, runAction, runnerEnv, type ActionRun } from './action-runner';
import { packOnce, tempDir } from './pack-helpers';
// @ts-expect-error: plain ESM without types, run by the action on the runner's Node
import { packageSpec as untypedPackageSpec } from '../../action/install.mjs';
// @ts-expect-error: as above
import { summaryMarkdown as untypedSummaryMarkdown } from '../../action/summary.mjs';

const packageSpec = untypedPackageSpec as (input: string) => string;
const summaryMarkdown = untypedSummaryMarkdown as (report: unknown, options: Record<string, unknown>) => string;

const ACTION = path.join(ROOT, 'action.yml');
const SHA = '3f527e7a1b2c3d4e5f60718293a4b5c6d7e8f901';
const STARTER = (() => {
  const dir = tempDir('landscape-starter-');
  assert.equal(landscape(['init'], dir).code, 0);
  return readFileSync(path.join(dir, 'landscape.yaml'), 'utf8');
})();
/** The starter plus a system nobody uses: one warning (no-orphan-system), no error. */
const WARNINGS_ONLY = `${STARTER.replace(/\napis:/, '\n  - { id: intranet-wiki, name: Wiki, mode: mode2, owner: team-web }\n\napis:')}`;

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p, base) : [path.relative(base, p).split(path.sep).join('/')];
  });
}

interface Fixture {
  workspace: string;
  before: string[];
  run: ActionRun;
}

/** A repository checkout with `files` (path → text or a folder to copy), and the action run on it. */
function runOn(files: Record<string, string | { copy: string }>, inputs: Record<string, string>): Fixture {
  const workspace = tempDir('landscape-gh-workspace-');
  for (const [p, content] of Object.entries(files)) {
    const target = path.join(workspace, p);
    mkdirSync(path.dirname(target), { recursive: true });
    if (typeof content === 'string') writeFileSync(target, content);
    else cpSync(content.copy, target, { recursive: true });
  }
  const before = filesUnder(workspace);
  const run = runAction(ACTION, { inputs: { version: packOnce().tarball, ...inputs }, env: runnerEnv(workspace, { GITHUB_SHA: SHA, GITHUB_REF: 'refs/pull/7/merge' }) });
  return { workspace, before, run };
}

const lintStep = (r: ActionRun) => r.steps.find((s) => s.id === 'lint')!;
const tableRows = (summary: string) => summary.split('\n').filter((l) => /^\| (❌ Error|⚠️ Warning|ℹ️ Info) \| `/.test(l));

describe('GitHub Action (action.yml, run step by step)', function () {
  this.timeout(240_000);
  before(() => packOnce());

  it('is a composite action whose inputs and outputs are all described, with bash steps only', () => {
    const action = readAction(ACTION);
    assert.equal(action.runs.using, 'composite');
    for (const name of ['mode', 'files', 'version', 'sarif-file', 'max-warnings', 'fail-on-findings', 'github-token', 'base', 'fail-on', 'comment']) assert.ok(action.inputs[name]?.description, `input ${name}`);
    for (const name of ['errors', 'warnings', 'infos', 'findings', 'exit-code', 'sarif-file', 'new-findings', 'fixed-findings', 'comment-url']) assert.ok(action.outputs[name]?.value, `output ${name}`);
    for (const step of action.runs.steps) assert.equal(step.shell, 'bash');
  });

  describe('on a landscape with error findings (the Fjordbank example, in a sub-folder)', () => {
    let f: Fixture;
    before(() => {
      f = runOn({ 'architecture/fjordbank': { copy: path.join(ROOT, 'examples', 'fjordbank') } }, { files: 'architecture/fjordbank/landscape.yaml', 'sarif-file': 'reports/landscape.sarif' });
    });

    it('fails with the CLI exit code 1 after installing the CLI', () => {
      assert.equal(f.run.steps[0].code, 0, f.run.steps[0].stderr);
      assert.equal(f.run.code, 1, lintStep(f.run).stderr);
    });

    it('prints the CLI’s annotations, with paths from the repository root', () => {
      const cli = landscape(['lint', 'architecture/fjordbank/landscape.yaml', '--format', 'github'], f.workspace);
      assert.ok(cli.stdout.length > 0);
      assert.ok(lintStep(f.run).stdout.includes(cli.stdout), lintStep(f.run).stdout);
      assert.match(lintStep(f.run).stdout, /^::error file=architecture\/fjordbank\/systems\/mode2\.yaml,line=11,col=57,/m);
    });

    it('writes a SARIF 2.1.0 report with every finding, paths from the repository root', () => {
      const sarif = JSON.parse(readFileSync(path.join(f.workspace, 'reports/landscape.sarif'), 'utf8')) as Sarif.Log;
      assert.equal(sarif.version, '2.1.0');
      const results = sarif.runs[0].results ?? [];
      assert.equal(results.length, 13);
      assert.ok(results.some((r) => r.locations?.[0].physicalLocation?.artifactLocation?.uri === 'architecture/fjordbank/systems/mode2.yaml'));
    });

    it('writes a job summary: counts by severity and one linked row per finding', () => {
      const s = f.run.summary;
      assert.match(s, /^## Landscape lint/m);
      assert.match(s, /4 errors, 9 warnings, 0 infos in `architecture\/fjordbank\/landscape\.yaml` \(exit code 1\)/);
      assert.match(s, /^\| ❌ Error \| 4 \|$/m);
      assert.match(s, /^\| ⚠️ Warning \| 9 \|$/m);
      assert.match(s, /^\| ℹ️ Info \| 0 \|$/m);
      assert.equal(tableRows(s).length, 13);
      assert.ok(s.includes(`| ❌ Error | \`shadow-it-sensitive-data\` | Shadow-IT system 'newsletter-tool' holds confidential data;`), s);
      assert.ok(s.includes(`[architecture/fjordbank/systems/mode2.yaml:33](https://github.com/acme/landscape/blob/${SHA}/architecture/fjordbank/systems/mode2.yaml#L33)`), s);
    });

    it('sets the step and action outputs', () => {
      assert.deepEqual(lintStep(f.run).outputs, { errors: '4', warnings: '9', infos: '0', findings: '13', 'exit-code': '1', 'sarif-file': 'reports/landscape.sarif' });
      const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
      // The review mode's outputs are empty in lint mode.
      assert.deepEqual(f.run.outputs, { errors: '4', warnings: '9', infos: '0', findings: '13', 'exit-code': '1', 'sarif-file': 'reports/landscape.sarif', version, 'new-findings': '', 'fixed-findings': '', 'comment-url': '' });
    });

    it('puts the installed `landscape` on the PATH of later steps, outside the workspace', () => {
      assert.equal(f.run.paths.length, 1);
      const bin = path.join(f.run.paths[0], 'landscape');
      assert.ok(existsSync(bin), bin);
      assert.ok(!path.resolve(bin).startsWith(f.workspace));
    });

    it('writes nothing else into the workspace', () => {
      assert.deepEqual(filesUnder(f.workspace).sort(), [...f.before, 'reports/landscape.sarif'].sort());
    });
  });

  it('on a clean landscape: exit 0, an empty SARIF run, a summary without findings, zero outputs', () => {
    const f = runOn({ 'landscape.yaml': STARTER }, {});
    assert.equal(f.run.code, 0, lintStep(f.run).stderr);
    assert.equal(lintStep(f.run).stdout, '');
    assert.deepEqual((JSON.parse(readFileSync(path.join(f.workspace, 'landscape.sarif'), 'utf8')) as Sarif.Log).runs[0].results, []);
    assert.match(f.run.summary, /✅ No findings in `landscape\.yaml`\./);
    assert.equal(tableRows(f.run.summary).length, 0);
    assert.equal(f.run.outputs.findings, '0');
    assert.equal(f.run.outputs['exit-code'], '0');
    assert.deepEqual(filesUnder(f.workspace).sort(), ['landscape.sarif', 'landscape.yaml']);
  });

  it('max-warnings: warnings alone pass, more than allowed fail with exit code 1', () => {
    const ok = runOn({ 'landscape.yaml': WARNINGS_ONLY }, {});
    assert.equal(ok.run.code, 0, lintStep(ok.run).stderr);
    assert.equal(ok.run.outputs.warnings, '1');
    assert.match(lintStep(ok.run).stdout, /^::warning file=landscape\.yaml,.*title=no-orphan-system::/m);
    const strict = runOn({ 'landscape.yaml': WARNINGS_ONLY }, { 'max-warnings': '0' });
    assert.equal(strict.run.code, 1);
    assert.equal(strict.run.outputs['exit-code'], '1');
    assert.match(strict.run.summary, /too many warnings/);
  });

  it("fail-on-findings: 'false' reports the findings and passes; fatal still fails", () => {
    const report = runOn({ 'landscape.yaml': { copy: path.join(ROOT, 'examples/fjordbank/landscape.yaml') }, 'org.yaml': { copy: path.join(ROOT, 'examples/fjordbank/org.yaml') }, systems: { copy: path.join(ROOT, 'examples/fjordbank/systems') }, 'rollouts.yaml': { copy: path.join(ROOT, 'examples/fjordbank/rollouts.yaml') }, governance: { copy: path.join(ROOT, 'examples/fjordbank/governance') } }, { 'fail-on-findings': 'false', 'sarif-file': '' });
    assert.equal(report.run.code, 0);
    assert.equal(report.run.outputs['exit-code'], '1');
    assert.equal(report.run.outputs.errors, '4');
    assert.equal(tableRows(report.run.summary).length, 13);
    assert.deepEqual(filesUnder(report.workspace).sort(), report.before.sort(), 'no SARIF when sarif-file is empty');

    const fatal = runOn({ 'landscape.yaml': STARTER }, { files: 'landscape.yaml missing.yaml', 'fail-on-findings': 'false' });
    assert.equal(fatal.run.code, 2);
    assert.equal(fatal.run.outputs['exit-code'], '2');
    assert.match(fatal.run.summary, /\*\*Fatal\*\*/);
    assert.match(fatal.run.summary, /cannot read missing\.yaml/);
  });

  it('passes `args` to the CLI (a bad --as-of is bad usage: exit 2, the CLI’s message in the summary)', () => {
    const f = runOn({ 'landscape.yaml': STARTER }, { args: '--as-of 2026-13-45' });
    assert.equal(f.run.code, 2);
    assert.match(f.run.summary, /--as-of takes a date as YYYY-MM-DD, not '2026-13-45'/);
    assert.match(lintStep(f.run).stderr, /--as-of takes a date/);
  });

  it('a syntax error is fatal (exit 2) and its finding is annotated and listed', () => {
    const f = runOn({ 'landscape.yaml': 'apiVersion: landscape/v1\nkind: Landscape\nsystems:\n  - id: a\n   name: broken\n' }, {});
    assert.equal(f.run.code, 2);
    assert.match(lintStep(f.run).stdout, /^::error file=landscape\.yaml,.*title=core\/yaml-syntax::/m);
    assert.ok(tableRows(f.run.summary).some((row) => row.includes('`core/yaml-syntax`')), f.run.summary);
  });
});

describe('GitHub Action job summary (action/summary.mjs)', () => {
  const github = { serverUrl: 'https://ghe.example.com', repository: 'acme/it', sha: 'abc123' };
  const finding = (message: string, file = 'landscape.yaml') => ({ rule: 'no-shadow-it', severity: 'warn', message, file, line: 3, column: 1, endLine: 4, endColumn: 2 });

  it('keeps text from the YAML inside its table cell: pipes, HTML and line breaks escaped', () => {
    const md = summaryMarkdown({ version: 1, results: [{ entry: 'landscape.yaml', diagnostics: [finding("'a|b' <img src=x onerror=alert(1)>\nnext")] }] }, { github, exitCode: 0, entries: ['landscape.yaml'] });
    const row = tableRows(md)[0];
    assert.ok(row.includes("'a\\|b' &lt;img src=x onerror=alert(1)&gt; next"), row);
    assert.equal(row.split(/(?<!\\)\|/).length, 6, row);
    assert.ok(row.includes('(https://ghe.example.com/acme/it/blob/abc123/landscape.yaml#L3-L4)'), row);
  });

  it('encodes paths in links and stops the table after maxRows with how many are left', () => {
    const diagnostics = Array.from({ length: 5 }, () => finding('m', 'my systems/a#1.yaml'));
    const md = summaryMarkdown({ version: 1, results: [{ entry: 'landscape.yaml', diagnostics }] }, { github, exitCode: 0, entries: ['landscape.yaml'], maxRows: 2, sarifFile: 'x.sarif' });
    assert.equal(tableRows(md).length, 2);
    assert.match(md, /… and 3 more: see the annotations or `x\.sarif`\./);
    assert.ok(md.includes('/blob/abc123/my%20systems/a%231.yaml#L3-L4'), md);
  });
});

describe('GitHub Action `version` input (action/install.mjs)', () => {
  it("installs the action's own version by default, landscape-lint at a version, range or tag, anything else as given", () => {
    const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    assert.equal(packageSpec(''), `${name}@${version}`);
    assert.equal(packageSpec('  '), `${name}@${version}`);
    assert.equal(packageSpec('0.2.1'), `${name}@0.2.1`);
    assert.equal(packageSpec('v0.2.1'), `${name}@0.2.1`);
    assert.equal(packageSpec('^0.2'), `${name}@^0.2`);
    assert.equal(packageSpec('>=0.1 <0.3'), `${name}@>=0.1 <0.3`);
    assert.equal(packageSpec('beta'), `${name}@beta`);
    assert.equal(packageSpec('./vendor/landscape-lint-0.2.0.tgz'), './vendor/landscape-lint-0.2.0.tgz');
    assert.equal(packageSpec('landscape-lint-0.2.0.tgz'), 'landscape-lint-0.2.0.tgz');
    assert.equal(packageSpec('https://example.com/l.tgz'), 'https://example.com/l.tgz');
    assert.equal(packageSpec('@acme/landscape-fork@1.0.0'), '@acme/landscape-fork@1.0.0');
  });
});
