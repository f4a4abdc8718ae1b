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
// after a failure, so the summary covers every suite.
import { spawn } from 'node:child_process';
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

/** Runs one step, passing its output through, and returns its exit code and counts. */
function runStep(command) {
  return new Promise((resolveStep) => {
    console.log(`\n== ${command}`);
    const child = spawn(command, { cwd: root, shell: true, stdio: ['ignore', 'pipe', 'inherit'] });
    let tail = '';
    let reported;
    const scan = (text) => {
      const c = counts.parseCounts(text);
      if (!c) return;
      reported ??= { passed: 0, failed: 0, pending: 0 };
      for (const k of Object.keys(reported)) reported[k] += c[k];
    };
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      // Scan whole lines only; a counts line may arrive split over two chunks.
      const text = tail + chunk.toString('utf8');
      const cut = text.lastIndexOf('\n');
      scan(text.slice(0, cut + 1));
      tail = text.slice(cut + 1);
    });
    child.on('close', (code, signal) => {
      scan(tail);
      resolveStep({ command, code: code ?? (signal ? 128 : 1), reported });
    });
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
