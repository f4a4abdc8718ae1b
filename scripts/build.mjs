// Bundles the front ends with esbuild: the extension (Node, `vscode` external), the CLI (Node,
// with a shebang), the language server (Node, with a shebang: the bin landscape-language-server,
// loaded by `landscape lsp`) and the webview (browser IIFE), plus the page host that the CLI
// inlines into standalone diagram pages (browser IIFE). `--minify` for packaging.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const minify = process.argv.includes('--minify');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const common = { bundle: true, minify, sourcemap: !minify, logLevel: 'warning', define: { LANDSCAPE_VERSION: JSON.stringify(pkg.version) } };

/**
 * The page host imports the core through src/core/index.ts (the CLI's rule) but needs only
 * the diagram layout. The core has no module-level side effects anyone relies on (it is pure
 * TS by design), so telling esbuild so lets it drop the parser, schema and rules: ~5 kB
 * minified instead of ~210 kB in every standalone page.
 */
function pureCore() {
  const core = join(root, 'src', 'core') + sep;
  return {
    name: 'pure-core',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        const base = resolve(args.resolveDir, args.path);
        if (!base.startsWith(core)) return undefined;
        for (const p of [base, `${base}.ts`, join(base, 'index.ts')]) if (existsSync(p) && statSync(p).isFile()) return { path: p, sideEffects: false };
        return undefined;
      });
    },
  };
}

/**
 * ELK (1.6 MB) stays out of the Node bundles: even unused, its source made every `landscape`
 * run start ~0.2 s slower. The core requires it lazily (src/core/diagram/elk-sync.ts); here
 * that require becomes `./elk-worker.min.js`, a copy beside the bundle (shipped in the .vsix).
 */
const ELK_WORKER = 'elkjs/lib/elk-worker.min.js';
function elkBeside() {
  return {
    name: 'elk-beside',
    setup(b) {
      b.onResolve({ filter: /^elkjs\/lib\/elk-worker\.min\.js$/ }, () => ({ path: './elk-worker.min.js', external: true }));
    },
  };
}

/**
 * The language server (vscode-languageserver and the editor features) stays out of the CLI's
 * bundle: `landscape lsp` requires it lazily (src/cli/lsp-command.ts), and here that require
 * becomes `./server.js`, the server's own bundle beside the CLI's.
 */
function serverBeside() {
  return {
    name: 'server-beside',
    setup(b) {
      b.onResolve({ filter: /^\.\.\/server\/main$/ }, () => ({ path: './server.js', external: true }));
    },
  };
}

const entries = [
  { in: 'src/extension/extension.ts', out: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], plugins: [elkBeside()] },
  // The bin: loads the CLI's bundle beside it from V8's code cache (src/cli/bin.ts).
  { in: 'src/cli/bin.ts', out: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { in: 'src/cli/main.ts', out: 'dist/landscape-cli.js', platform: 'node', format: 'cjs', plugins: [elkBeside(), serverBeside()] },
  { in: 'src/server/main.ts', out: 'dist/server.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' }, plugins: [elkBeside()] },
  { in: 'src/webview/main.ts', out: 'dist/webview.js', platform: 'browser', format: 'iife' },
  { in: 'src/cli/page-host.ts', out: 'dist/page-host.js', platform: 'browser', format: 'iife', plugins: [pureCore()] },
];

mkdirSync(join(root, 'dist'), { recursive: true });
await Promise.all(entries.map(async (e) => {
  if (!existsSync(join(root, e.in))) {
    console.log(`build: skipping ${e.in} (not present)`);
    return;
  }
  await build({ ...common, entryPoints: [join(root, e.in)], outfile: join(root, e.out), platform: e.platform, format: e.format, target: e.platform === 'node' ? 'node20' : 'es2022', external: e.external, banner: e.banner, plugins: e.plugins });
}));
copyFileSync(join(root, 'node_modules', ELK_WORKER), join(root, 'dist/elk-worker.min.js'));
copyFileSync(join(root, 'node_modules/elkjs/LICENSE.md'), join(root, 'dist/elk-LICENSE.md'));
for (const bin of ['dist/cli.js', 'dist/server.js']) if (existsSync(join(root, bin))) chmodSync(join(root, bin), 0o755);
if (existsSync(join(root, 'src/webview/style.css'))) copyFileSync(join(root, 'src/webview/style.css'), join(root, 'dist/webview.css'));
console.log(`build: done${minify ? ' (minified)' : ''}`);
