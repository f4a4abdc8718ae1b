// Step 1 of action.yml: installs the packaged CLI (`landscape-lint` from npm) into the runner's
// temporary folder, puts its `landscape` bin on the PATH of later steps, and sets the outputs
// `cli` (the bundle to run) and `version`.
//
// Which package: the `version` input. Empty means the version of this action (its package.json),
// so `uses: landscape-tools/landscape@v0.1.0` lints with landscape-lint 0.1.0; a version, range or
// dist-tag (no `/`, `\`, `@` or `:`, not a .tgz) means landscape-lint at that version; anything else
// (a tarball path or URL, a fork's `name@version`) is handed to `npm install` as it is.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addPath, setOutputs } from './workflow-files.mjs';

const actionRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const own = JSON.parse(readFileSync(join(actionRoot, 'package.json'), 'utf8'));

export function packageSpec(input, name = own.name, version = own.version) {
  const v = (input ?? '').trim();
  if (v === '') return `${name}@${version}`;
  if (!/[/\\@:]/.test(v) && !v.endsWith('.tgz')) return `${name}@${v.replace(/^v(?=\d)/, '')}`;
  return v;
}

/** The installed package whose bins include `landscape` (npm's global layout differs on Windows). */
function findInstalled(prefix) {
  for (const modules of [join(prefix, 'lib', 'node_modules'), join(prefix, 'node_modules')]) {
    if (!existsSync(modules)) continue;
    const dirs = readdirSync(modules).flatMap((n) => (n.startsWith('@') ? readdirSync(join(modules, n)).map((m) => join(modules, n, m)) : [join(modules, n)]));
    for (const dir of dirs) {
      const manifest = join(dir, 'package.json');
      if (!existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
      const bin = typeof pkg.bin === 'object' ? pkg.bin?.landscape : undefined;
      if (bin) return { dir, cli: join(dir, bin), version: pkg.version };
    }
  }
  return undefined;
}

function main() {
  // Checked first: a misspelt mode would otherwise run neither step of action.yml.
  const mode = (process.env.LANDSCAPE_MODE ?? 'lint').trim() || 'lint';
  if (mode !== 'lint' && mode !== 'review') {
    console.log(`::error title=landscape-lint::The mode input takes lint or review, not '${mode}'.`);
    process.exit(2);
  }
  const spec = packageSpec(process.env.LANDSCAPE_VERSION);
  const prefix = join(process.env.RUNNER_TEMP || tmpdir(), 'landscape-lint');
  console.log(`Installing ${spec}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', spec], { stdio: 'inherit', shell: process.platform === 'win32' });
  const installed = r.status === 0 ? findInstalled(prefix) : undefined;
  if (!installed) {
    console.log(`::error title=landscape-lint::Could not install ${spec} with npm (exit ${r.status ?? r.signal}).`);
    process.exit(2);
  }
  addPath(process.platform === 'win32' ? prefix : join(prefix, 'bin'));
  setOutputs({ cli: installed.cli, version: installed.version });
  console.log(`landscape-lint ${installed.version} at ${installed.dir}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
