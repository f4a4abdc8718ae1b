// The same extension-host suite under @vscode/test-electron, for machines that can download a
// desktop VS Code (this project's CI machines cannot: they use run-in-code-server.mjs, see
// ../shared/TESTING.md). `npm run test:electron`; VSCODE_VERSION picks the build (default 1.139.1,
// the version code-server embeds, so both runs test the same workbench).
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const suiteDir = join(ROOT, 'test/vscode/suite');
mkdirSync(join(ROOT, 'out'), { recursive: true });
const out = mkdtempSync(join(ROOT, 'out', 'vscode-suite-'));
const entries = readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => join(suiteDir, f));
await build({ entryPoints: entries, outdir: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'error' });

// A fresh copy of the workspace: the suite edits files.
const workspace = join(mkdtempSync(join(tmpdir(), 'landscape-electron-')), 'workspace');
cpSync(join(ROOT, 'test/vscode/workspace'), workspace, { recursive: true });

try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? '1.139.1',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(out, 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (e) {
  console.error(`test:electron failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
