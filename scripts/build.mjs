// Bundles the three front ends with esbuild: the extension (Node, `vscode` external), the
// CLI (Node, with a shebang) and the webview (browser IIFE). `--minify` for packaging.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const minify = process.argv.includes('--minify');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const common = { bundle: true, minify, sourcemap: !minify, logLevel: 'warning', define: { LANDSCAPE_VERSION: JSON.stringify(pkg.version) } };

const entries = [
  { in: 'src/extension/extension.ts', out: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { in: 'src/cli/main.ts', out: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { in: 'src/webview/main.ts', out: 'dist/webview.js', platform: 'browser', format: 'iife' },
];

mkdirSync(join(root, 'dist'), { recursive: true });
await Promise.all(entries.map(async (e) => {
  if (!existsSync(join(root, e.in))) {
    console.log(`build: skipping ${e.in} (not present)`);
    return;
  }
  await build({ ...common, entryPoints: [join(root, e.in)], outfile: join(root, e.out), platform: e.platform, format: e.format, target: e.platform === 'node' ? 'node20' : 'es2022', external: e.external, banner: e.banner });
}));
if (existsSync(join(root, 'dist/cli.js'))) chmodSync(join(root, 'dist/cli.js'), 0o755);
if (existsSync(join(root, 'src/webview/style.css'))) copyFileSync(join(root, 'src/webview/style.css'), join(root, 'dist/webview.css'));
console.log(`build: done${minify ? ' (minified)' : ''}`);
