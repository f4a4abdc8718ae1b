// The main job (README's first command): build, package the extension, lint and render the
// bundled example. Lint findings are the point of the example, so exit code 1 (findings) is
// expected; only a fatal run (exit 2) fails the job.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, okCodes = [0]) => {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (!okCodes.includes(r.status)) {
    console.error(`failed (exit ${r.status}): ${cmd} ${args.join(' ')}`);
    process.exit(1);
  }
};
run(process.execPath, ['scripts/build.mjs']);
if (existsSync(join(root, 'src/extension/extension.ts'))) run('npm', ['run', '--silent', 'package']);
else console.log('\n(no extension sources yet: packaging skipped)');
const entry = 'examples/fjordbank/landscape.yaml';
run(process.execPath, ['dist/cli.js', 'lint', entry], [0, 1]);
mkdirSync(join(root, 'dist'), { recursive: true });
run(process.execPath, ['dist/cli.js', 'render', entry, '--format', 'svg', '-o', 'dist/fjordbank.svg'], [0, 2]);
console.log('\nmain job done: dist/cli.js built, examples/fjordbank linted');
