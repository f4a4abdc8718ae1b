/**
 * The CLI as an npm package (issue 10 §2): `npm pack`, installed from the tarball into a
 * temporary prefix with no network, run from another folder with no node_modules in reach:
 * `landscape --version`, `lint` in every format, `render`, `init`, the language server (`landscape lsp
 * --stdio` and the bin `landscape-language-server` answer `initialize`), and `npx landscape-lint`
 * in a project that installed it with `npm install -D`. The tarball holds only what the CLI needs.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, ExitNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { jsonReport, landscape, ROOT, type Manifest, type Run } from './cli-helpers';
import { installGlobally, installInProject, OFFLINE_NPM_ENV, packOnce, tempDir, type Packed } from './pack-helpers';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };

/** Runs an installed bin by its path (its `#!/usr/bin/env node` line starts Node), without NODE_PATH. */
function runBin(bin: string, args: string[], cwd: string): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.NODE_PATH;
  delete env.NODE_OPTIONS; // mocha's tsx loader must not help the installed CLI
  const r = spawnSync(bin, args, { cwd, encoding: 'utf8', env, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the bundled example in a folder of its own, away from the repository. */
function exampleCopy(): string {
  const dir = tempDir('landscape-user-');
  cpSync(path.join(ROOT, 'examples', 'fjordbank'), dir, { recursive: true });
  return dir;
}

describe('npm package (npm pack, installed offline from the tarball)', function () {
  this.timeout(180_000);
  let packed: Packed;
  let prefix: string;
  let landscapeBin: string;

  before(() => {
    packed = packOnce();
    prefix = installGlobally(packed.tarball);
    landscapeBin = path.join(prefix, 'bin', 'landscape');
  });

  it('is publishable: not private, the landscape bin and one named like the package, engines, repository, licence', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    assert.equal(manifest.private, undefined);
    assert.deepEqual(Object.keys(manifest.bin).sort(), ['landscape', 'landscape-language-server', manifest.name].sort());
    assert.ok(manifest.engines.node, 'engines.node');
    assert.match(manifest.repository.url, /github\.com\/landscape-tools\/landscape/);
    assert.ok(manifest.keywords.length > 0);
    assert.equal(manifest.license, 'MIT');
    assert.deepEqual(manifest.dependencies ?? {}, {}, 'the CLI is one bundle: no runtime dependency');
  });

  it('ships the CLI, what it reads at run time and the docs, and no tests, benchmarks, sources or maps', () => {
    for (const f of ['package.json', 'README.md', 'LICENSE', 'THIRD-PARTY-NOTICES.md', 'CHANGELOG.md', 'dist/cli.js', 'dist/landscape-cli.js', 'dist/server.js', 'dist/elk-worker.min.js', 'dist/webview.js', 'dist/page-host.js', 'schemas/landscape.schema.json']) {
      assert.ok(packed.files.includes(f), `${f} missing from the tarball: ${packed.files.join(', ')}`);
    }
    const unwanted = packed.files.filter((f) => /^(test|bench|src|scripts|examples|out|media|node_modules|\.vscode-test|\.ci)\//.test(f) || /\.(map|ts|vsix)$/.test(f) || f.startsWith('.'));
    assert.deepEqual(unwanted, []);
    assert.ok(packed.files.length < 60, `${packed.files.length} files`);
  });

  it('ships the licences of the code its bundles carry: every bundled package has its notice (THIRD-PARTY-NOTICES.md)', () => {
    const check = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'third-party-notices.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    const text = readFileSync(path.join(ROOT, 'THIRD-PARTY-NOTICES.md'), 'utf8');
    for (const name of ['ajv', 'picomatch', 'js-yaml', 'elkjs', 'fast-uri']) assert.match(text, new RegExp(`^## ${name} \\d`, 'm'), name);
  });

  it('installs the three bins into the prefix, and `landscape --version` prints the version', () => {
    for (const bin of ['landscape', 'landscape-language-server', pkg.name]) assert.ok(existsSync(path.join(prefix, 'bin', bin)), `bin ${bin}`);
    const installed = path.join(prefix, 'lib', 'node_modules', pkg.name);
    assert.ok(!existsSync(path.join(installed, 'node_modules')), 'no dependencies installed');
    const r = runBin(landscapeBin, ['--version'], os.tmpdir());
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), pkg.version);
  });

  for (const format of ['stylish', 'json', 'sarif', 'github']) {
    it(`lints the example with --format ${format}: the same output and exit code as the repository's CLI`, () => {
      const dir = exampleCopy();
      const installed = runBin(landscapeBin, ['lint', 'landscape.yaml', '--format', format], dir);
      const dev = landscape(['lint', 'landscape.yaml', '--format', format], dir);
      assert.equal(installed.code, 1, installed.stderr); // the example has error findings on purpose
      assert.equal(installed.stdout, dev.stdout);
      assert.equal(installed.code, dev.code);
      if (format === 'json') assert.ok(jsonReport(installed.stdout).results[0].summary.error > 0);
      if (format === 'sarif') assert.equal((JSON.parse(installed.stdout) as { version: string }).version, '2.1.0');
      if (format === 'github') assert.match(installed.stdout, /^::error file=systems\/mode2\.yaml,line=\d+,col=\d+/m);
      if (format === 'stylish') assert.match(installed.stdout, /\d+ problems? \(\d+ errors?/);
    });
  }

  it('renders the example as SVG and as a self-contained HTML page', () => {
    const dir = exampleCopy();
    const svg = runBin(landscapeBin, ['render', 'landscape.yaml', '--format', 'svg', '-o', 'landscape.svg'], dir);
    assert.equal(svg.code, 0, svg.stderr);
    const text = readFileSync(path.join(dir, 'landscape.svg'), 'utf8');
    assert.match(text, /^(<\?xml[^>]*>\s*)?<svg/);
    assert.match(text, /Mobile bank backend/);
    const html = runBin(landscapeBin, ['render', 'landscape.yaml', '--format', 'html', '-o', 'landscape.html'], dir);
    assert.equal(html.code, 0, html.stderr); // needs dist/webview.js and dist/page-host.js from the package
    assert.match(readFileSync(path.join(dir, 'landscape.html'), 'utf8'), /<script nonce=/);
  });

  for (const [bin, args] of [['landscape', ['lsp', '--stdio']], ['landscape-language-server', ['--stdio']]] as const) {
    it(`\`${[bin, ...args].join(' ')}\` from the installed package answers initialize and publishes the example's findings`, async () => {
      const dir = exampleCopy();
      const env: NodeJS.ProcessEnv = { ...process.env };
      delete env.NODE_PATH;
      delete env.NODE_OPTIONS; // mocha's tsx loader must not help the installed server
      const child = spawn(path.join(prefix, 'bin', bin), [...args], { cwd: dir, env, stdio: ['pipe', 'pipe', 'inherit'] });
      const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
      const published = new Promise<string>((resolve) => conn.onNotification(PublishDiagnosticsNotification.type, (p) => resolve(path.basename(p.uri))));
      conn.listen();
      try {
        const init = await conn.sendRequest(InitializeRequest.type, { processId: null, rootUri: pathToFileURL(dir).toString(), workspaceFolders: null, capabilities: {} });
        assert.deepEqual(init.serverInfo, { name: 'landscape-language-server', version: pkg.version });
        await conn.sendNotification(InitializedNotification.type, {});
        assert.match(await published, /^(mode2|rollouts)\.yaml$/);
        await conn.sendRequest(ShutdownRequest.type);
        await conn.sendNotification(ExitNotification.type);
        const [code] = (await once(child, 'exit')) as [number];
        assert.equal(code, 0);
      } finally {
        conn.dispose();
        child.kill();
      }
    });
  }

  it('`landscape init` writes a starter that names the real package and lints clean', () => {
    const dir = tempDir('landscape-init-');
    const init = runBin(landscapeBin, ['init'], dir);
    assert.equal(init.code, 0, init.stderr);
    const starter = readFileSync(path.join(dir, 'landscape.yaml'), 'utf8');
    assert.match(starter, new RegExp(`npx ${pkg.name} lint landscape\\.yaml`));
    const lint = runBin(landscapeBin, ['lint', 'landscape.yaml'], dir);
    assert.equal(lint.code, 0, lint.stdout + lint.stderr);
  });

  it('`npm install -D` then `npx landscape-lint lint` works in a project, offline', () => {
    const project = installInProject(packed.tarball);
    cpSync(path.join(ROOT, 'examples', 'fjordbank'), project, { recursive: true });
    const r = spawnSync('npx', ['--offline', pkg.name, 'lint', 'landscape.yaml', '--format', 'json'], { cwd: project, encoding: 'utf8', env: { ...process.env, ...OFFLINE_NPM_ENV, NODE_OPTIONS: '' } });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(jsonReport(r.stdout).results[0].entry, 'landscape.yaml');
  });
});
