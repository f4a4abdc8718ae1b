// `npm test` after the test environment is ready (scripts/ensure-test-env.sh): build,
// typecheck, the mocha suites, then every step of `test:vscode` (code-server suites, UI tests,
// the .vsix test), each in turn, and one closing line `N passed, N failed` over all of them.
//
// Each suite prints its counts as one `##landscape-test-counts …` line (scripts/test-counts.cjs:
// mocha through scripts/mocha-count-reporter.cjs, the extension-host suites from their index.ts,
// UI tests from run-in-code-server.mjs). The `test:vscode` steps are read from package.json, so
// a test added there is counted here without a second list to keep in step. A step that fails
// without reporting a failed test (a build error, a crashed or timed-out suite) counts as one
// failure, so the closing line never says 0 failed when something failed. Every step runs even
// after a failure, so the summary covers every suite. A step that hangs, or leaves processes
// behind that hold its output, is stopped with a message that names them (runStep).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import counts from './test-counts.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// TEST_ALL_STEPS (a JSON array of commands) replaces the list: for the runner's own test.
const steps = process.env.TEST_ALL_STEPS ? JSON.parse(process.env.TEST_ALL_STEPS) : [
  'node scripts/build.mjs',
  'npm run --silent typecheck',
  'npm run --silent lint',
  'npm run --silent test:unit -- --reporter ./scripts/mocha-count-reporter.cjs',
  ...splitSteps(pkg.scripts['test:vscode']),
];

/** `a && b && c` → [a, b, c]; a script with pipes, `||`, `;` or parentheses stays one step. */
function splitSteps(script) {
  if (!script) return [];
  return /[|;()]/.test(script) ? [script] : script.split('&&').map((s) => s.trim());
}

// A step that runs longer than this is stopped and counted as failed, so a hung suite ends CI
// with a message that names it instead of running into CI's own limit. The whole of `npm test`
// takes about ten minutes here; the longest step (mocha) about four.
const STEP_TIMEOUT_MS = Number(process.env.TEST_ALL_STEP_TIMEOUT_MS) || 30 * 60_000;
// After a step's own process ended, how long its output may stay open: a process it started
// and left behind (a browser, an editor, a server) holds the pipe, and waiting for it would
// wait forever.
const OUTPUT_GRACE_MS = Number(process.env.TEST_ALL_OUTPUT_GRACE_MS) || 15_000;

/**
 * The processes of a process group, a line each (pid and command), or '' when none is left.
 * Zombies and processes already exiting (no command line: `[esbuild]` as a build ends) are
 * not counted: they hold nothing.
 */
function processesOf(group) {
  const r = spawnSync('ps', ['-eo', 'pid=,pgid=,stat=,args='], { encoding: 'utf8' });
  return (r.stdout ?? '').split('\n').map((l) => l.trim().split(/\s+/))
    .filter((f) => Number(f[1]) === group && !f[2]?.startsWith('Z') && !/^\[.*\]$/.test(f.slice(3).join(' ')))
    .map((f) => `      ${f[0]} ${f.slice(3).join(' ').slice(0, 160)}`).join('\n');
}

/** Kills every process of a group; false when none was left. */
function killGroup(group, signal) {
  try {
    process.kill(-group, signal);
    return true;
  } catch {
    return false;
  }
}

const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const group of running) killGroup(group, 'SIGKILL');
    process.exit(130);
  });
}

/**
 * Runs one step, passing its output through, and returns its exit code and counts. Each step
 * runs in a process group of its own, so what it leaves behind can be named and stopped.
 */
function runStep(command) {
  return new Promise((resolveStep) => {
    console.log(`\n== ${command}`);
    const child = spawn(command, { cwd: root, shell: true, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
    const group = child.pid;
    running.add(group);
    let tail = '';
    let reported;
    let exitCode;
    let graceTimer;
    let timedOut = false;
    let done = false;
    const scan = (text) => {
      const c = counts.parseCounts(text);
      if (!c) return;
      reported ??= { passed: 0, failed: 0, pending: 0 };
      for (const k of Object.keys(reported)) reported[k] += c[k];
    };
    const finish = (code) => {
      if (done) return;
      done = true;
      clearTimeout(stepTimer);
      clearTimeout(graceTimer);
      scan(tail);
      tail = '';
      const left = processesOf(group);
      if (left) console.log(`== ${command}\n   left processes behind, stopped now:\n${left}`);
      killGroup(group, 'SIGKILL');
      // A killed process stays in the table until the kernel has torn it down: wait (2 s at most)
      // so that "stopped now" is true when the next step starts (a test saw one still listed under load).
      for (let i = 0; left && i < 40 && processesOf(group); i++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      running.delete(group);
      resolveStep({ command, code: timedOut ? 124 : code, reported });
    };
    const stepTimer = setTimeout(() => {
      console.log(`== ${command}\n   still running after ${STEP_TIMEOUT_MS / 1000} s: stopped, counted as failed. Its processes:\n${processesOf(group)}`);
      timedOut = true;
      killGroup(group, 'SIGTERM');
      setTimeout(() => {
        child.stdout.destroy();
        finish(124);
      }, 5_000);
    }, STEP_TIMEOUT_MS);
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      // Scan whole lines only; a counts line may arrive split over two chunks.
      const text = tail + chunk.toString('utf8');
      const cut = text.lastIndexOf('\n');
      scan(text.slice(0, cut + 1));
      tail = text.slice(cut + 1);
    });
    child.on('exit', (code, signal) => {
      exitCode = code ?? (signal ? 128 : 1);
      graceTimer = setTimeout(() => {
        console.log(`== ${command}\n   ended (exit ${exitCode}), but its output is still held open ${OUTPUT_GRACE_MS / 1000} s later by:\n${processesOf(group)}`);
        child.stdout.destroy();
        finish(exitCode);
      }, OUTPUT_GRACE_MS);
    });
    child.on('close', (code, signal) => finish(exitCode ?? code ?? (signal ? 128 : 1)));
  });
}

const results = [];
for (const command of steps) results.push(await runStep(command));

let passed = 0;
let failed = 0;
console.log('\n== summary');
for (const r of results) {
  const c = r.reported ?? { passed: 0, failed: 0, pending: 0 };
  // A failing step that reported no failed test still failed once.
  const stepFailed = c.failed + (r.code !== 0 && c.failed === 0 ? 1 : 0);
  passed += c.passed;
  failed += stepFailed;
  const what = r.reported ? `${c.passed} passed, ${c.failed} failed${c.pending ? `, ${c.pending} pending` : ''}` : 'no tests';
  const status = r.code === 0 ? 'ok' : `exit ${r.code}${c.failed === 0 ? ' (counted as 1 failed)' : ''}`;
  console.log(`  ${r.command}\n      ${what}; ${status}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
