// `npm run package`: the VS Code extension as dist/landscape.vsix, from the same package.json
// as the npm package. The two ship different files: npm the CLI (package.json `files`), the
// .vsix the extension (.vscodeignore). vsce refuses a package.json with `files` beside a
// .vscodeignore ("VSCE does not support combining both strategies"), so it runs in a staging
// copy of the repository whose package.json has no `files`; .vscodeignore decides there as before.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--out <file>` and `--no-build` let a test package the current sources elsewhere, leaving dist/ alone.
const outAt = process.argv.indexOf('--out');
const output = outAt > 0 ? resolve(process.argv[outAt + 1]) : join(root, 'dist', 'landscape.vsix');
// Never packaged (.vscodeignore excludes them anyway) and large or busy: not worth copying.
const NOT_COPIED = new Set(['.git', 'node_modules', '.vscode-test', 'out', 'test-results', 'bench', '.cache']);

const run = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!process.argv.includes('--no-build')) run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--minify'], root);

mkdirSync(join(root, 'out'), { recursive: true });
const stage = mkdtempSync(join(root, 'out', 'vsix-stage-'));
try {
  for (const name of readdirSync(root)) {
    if (NOT_COPIED.has(name) || name === 'package.json') continue;
    cpSync(join(root, name), join(stage, name), { recursive: true, filter: (src) => src !== output });
  }
  const { files: _npmFiles, ...manifest } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  run(join(root, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '-o', output], stage);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
