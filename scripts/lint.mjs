// `npm run lint`: the three linters in turn, each even after another failed (so one run shows
// every finding), and exit code 1 if any failed.
//   lint:deps    dependency-cruiser: the layering of src/README.md (.dependency-cruiser.cjs)
//   lint:unused  knip: unused files, exports and dependencies (knip.jsonc)
//   lint:es      ESLint with typescript-eslint's type-checked rules (eslint.config.mjs)
// The type check itself is `npm run typecheck` (tsc, TypeScript 7), a step of its own in npm test.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const failed = [];
for (const script of ['lint:deps', 'lint:unused', 'lint:es']) {
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed.push(`${script} (exit ${r.status ?? r.signal})`);
}
if (failed.length) {
  console.error(`lint: failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
