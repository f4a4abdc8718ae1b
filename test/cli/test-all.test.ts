/**
 * scripts/test-all.mjs, the runner behind `npm test`: it adds up the counts every suite reports
 * and ends with one line `N passed, N failed`; a step that fails without reporting counts is one
 * failure; the exit code is non-zero when anything failed. Steps here are stand-in commands.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './cli-helpers';

/** Whether a process with this command line runs (ps; the runner must have stopped it). */
function stillRunning(args: string): boolean {
  return spawnSync('ps', ['-eo', 'args='], { encoding: 'utf8' }).stdout.split('\n').some((l) => l.trim() === args);
}

const counts = (passed: number, failed: number, pending = 0) => `node -e "console.log('##landscape-test-counts passed=${passed} failed=${failed} pending=${pending}')"`;

function runAll(steps: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'test-all.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, TEST_ALL_STEPS: JSON.stringify(steps), ...env } });
  const lines = r.stdout.trimEnd().split('\n');
  return { code: r.status, last: lines[lines.length - 1], stdout: r.stdout };
}

describe('npm test runner (scripts/test-all.mjs)', () => {
  it('ends with one line adding up every suite, and exits 0 when all passed', () => {
    const r = runAll(['node -e "0"', counts(12, 0), `${counts(3, 0, 1)} && ${counts(2, 0)}`]);
    assert.equal(r.last, '17 passed, 0 failed');
    assert.equal(r.code, 0);
  });

  it('counts failed tests and exits 1', () => {
    const r = runAll([counts(5, 0), `${counts(4, 2)}; exit 1`]);
    assert.equal(r.last, '9 passed, 2 failed');
    assert.equal(r.code, 1);
  });

  it('counts a step that fails without reporting (build error, crashed suite) as one failure', () => {
    const r = runAll(['node -e "process.exit(3)"', counts(7, 0), 'node -e "console.log(\'##landscape-test-counts passed=1 failed=0 pending=0\'); process.exit(1)"']);
    assert.equal(r.last, '8 passed, 2 failed');
    assert.equal(r.code, 1);
    assert.match(r.stdout, /exit 3 \(counted as 1 failed\)/);
  });

  it('ignores a counts line that is not at the start of a line (a test printing it)', () => {
    const r = runAll([`node -e "console.log('x ##landscape-test-counts passed=99 failed=0 pending=0')" && ${counts(1, 0)}`]);
    assert.equal(r.last, '1 passed, 0 failed');
  });

  // CI once ran into its 90-minute limit right after mocha's last line: something the suite
  // started held the runner's pipe, or kept the step alive. Such a step must end, named.
  it('a step whose output a process it left behind holds open: counted by its exit code, the process named and stopped', () => {
    const marker = `${Date.now() % 100000}.125`;
    const r = runAll([`sleep ${marker} & ${counts(2, 0)}`, counts(1, 0)], { TEST_ALL_OUTPUT_GRACE_MS: '500' });
    assert.equal(r.last, '3 passed, 0 failed');
    assert.equal(r.code, 0);
    assert.match(r.stdout, new RegExp(`ended \\(exit 0\\), but its output is still held open 0\\.5 s later by:\\n +\\d+ sleep ${marker.replace('.', '\\.')}`));
    assert.equal(stillRunning(`sleep ${marker}`), false);
  });

  it('a process left behind with its output closed is named and stopped too', () => {
    const marker = `${Date.now() % 100000}.375`;
    // The step waits until the sleep runs (before its exec, ps would show the forked shell).
    const r = runAll([`(sleep ${marker} >/dev/null 2>&1 &) ; until pgrep -fx 'sleep ${marker}' >/dev/null; do sleep 0.05; done; ${counts(1, 0)}`]);
    assert.equal(r.last, '1 passed, 0 failed');
    assert.match(r.stdout, new RegExp(`left processes behind, stopped now:\\n +\\d+ sleep ${marker.replace('.', '\\.')}`));
    assert.equal(stillRunning(`sleep ${marker}`), false);
  });

  it('a step that hangs is stopped after the step timeout and counted as failed; the next steps still run', () => {
    const r = runAll(['node -e "setInterval(() => {}, 1000)"', counts(4, 0)], { TEST_ALL_STEP_TIMEOUT_MS: '1000' });
    assert.match(r.stdout, /still running after 1 s: stopped, counted as failed\. Its processes:\n +\d+ .*setInterval/);
    assert.match(r.stdout, /exit 124 \(counted as 1 failed\)/);
    assert.equal(r.last, '4 passed, 1 failed');
    assert.equal(r.code, 1);
  });

  it('the test script sets up its environment, then runs every suite through the runner', async () => {
    const pkg = ((await import(path.join(ROOT, 'package.json'), { with: { type: 'json' } })) as { default: { scripts: Record<string, string> } }).default;
    assert.equal(pkg.scripts.test, 'bash scripts/ensure-test-env.sh && node scripts/test-all.mjs');
  });
});

describe('npm test without root rights (scripts/ensure-test-env.sh)', () => {
  it('stops before installing anything and says exactly what to install', () => {
    // Stand-ins on the PATH: a user who is not root, on a machine without libkrb5-dev.
    const bin = mkdtempSync(path.join(os.tmpdir(), 'landscape-no-root-'));
    const stub = (name: string, body: string) => {
      writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`);
      chmodSync(path.join(bin, name), 0o755);
    };
    stub('id', 'echo 1000');
    stub('dpkg', 'exit 1');
    stub('apt-get', 'echo "apt-get must not run" >&2; exit 99');
    stub('npm', 'echo "npm must not run" >&2; exit 99');
    const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'ensure-test-env.sh')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
    assert.equal(r.status, 3, r.stderr);
    // chromium, neovim and plantuml are listed when they are not installed here (their checks find the programs).
    assert.match(r.stderr, /The browser, VS Code, Neovim and PlantUML tests need Debian packages: (chromium )?(neovim )?(plantuml )?libkrb5-dev\n/);
    assert.match(r.stderr, /Install them with: {2}sudo apt-get update && sudo apt-get install -y (chromium )?(neovim )?(plantuml )?libkrb5-dev\n/);
    assert.doesNotMatch(r.stderr, /must not run/);
  });
});
