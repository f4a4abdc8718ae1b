/**
 * `npm run bench`: speed and memory of parse, schema, graph, full lint, re-lint after an
 * edit, each rule, the CLI end to end, and a review (`landscape diff` of two generated
 * revisions, against its target of under twice a lint), for 100, 1,000 and 10,000 systems. Results are
 * printed as a table and written to bench/results/latest.json. Never part of `npm test`.
 * `BENCH=diagram npm run bench`: the diagram's figures alone (bench/diagram.bench.ts), written
 * to bench/results/diagram-latest.json; `BENCH_DIAGRAM=0`: everything but them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { generateLandscape } from './generate';
import type * as DiagramBench from './diagram.bench';

const ROOT = path.resolve(__dirname, '..');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The measurement runs on an esbuild bundle, as the CLI and the extension do (not through tsx). */
function bundleMeasure(): string {
  const out = path.join(__dirname, 'results', 'measure.js');
  mkdirSync(path.dirname(out), { recursive: true });
  buildSync({ entryPoints: [path.join(__dirname, 'measure.ts')], bundle: true, platform: 'node', outfile: out, logLevel: 'error' });
  return out;
}

let measureJs: string | undefined;

function measureInProcess(n: number): Record<string, number> {
  measureJs ??= bundleMeasure();
  const r = spawnSync(process.execPath, [measureJs, String(n)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`measure ${n} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, number>;
}

function measureCli(n: number): { cliMs: number; cliMaxRssMb: number } {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js missing: run npm run build first');
  const dir = path.join(os.tmpdir(), `landscape-bench-${n}`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'landscape.yaml');
  writeFileSync(file, generateLandscape(n));
  const times: number[] = [];
  let rss = 0;
  const rssProbe = path.join(__dirname, 'report-rss.cjs');
  for (let i = 0; i < (n >= 10_000 ? 3 : 7); i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--require', rssProbe, cli, 'lint', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 512 << 20 });
    times.push(performance.now() - t);
    const m = /maxRSS=(\d+)/.exec(r.stderr);
    if (m) rss = Math.max(rss, Number(m[1]));
    if (r.status === 2) throw new Error(`CLI failed on ${n}: ${r.stderr.slice(0, 500)}`);
  }
  return { cliMs: median(times), cliMaxRssMb: Math.round(rss / 1024) };
}

/** Median wall time of `landscape diff <args>` in `cwd` (3 runs at 10,000 systems, else 7). */
function timeDiff(n: number, cwd: string, args: string[]): number {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  const times: number[] = [];
  for (let i = 0; i < (n >= 10_000 ? 3 : 7); i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [cli, 'diff', ...args, '--format', 'json', '--fail-on', 'never'], { cwd, encoding: 'utf8', maxBuffer: 512 << 20 });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`landscape diff failed on ${n}: ${r.stderr.slice(0, 500)}`);
  }
  return median(times);
}

/**
 * `landscape diff` end to end, each side linted, compared and written as JSON, against its
 * target of under twice a lint (`cliMs`):
 * - `cliDiffMs`: a pull request, in a git repository: the generated landscape at `main`, and a
 *   commit renaming a system, moving one to another mode and dropping a dependency
 *   (`--base main --head pr`, both read through git);
 * - `cliDiffAllMs`: the worst case, two unrelated revisions given as paths (seeds 1 and 2 of
 *   the generator: every system's fields and dependencies drawn anew, so everything changed).
 */
function measureCliDiff(n: number): { cliDiffMs: number; cliDiffAllMs: number } {
  const dir = path.join(os.tmpdir(), `landscape-bench-diff-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (...args: string[]): void => {
    const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com' } });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  const text = generateLandscape(n, 1);
  git('init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, 'landscape.yaml'), text);
  git('add', '-A');
  git('commit', '-q', '-m', 'main');
  git('checkout', '-q', '-b', 'pr');
  const changed = text.replace('name: System 1\n', 'name: System 1 renamed\n').replace(/(- id: sys-2\n(?: {4}.*\n)*? {4}mode: )\w+/, '$1gearbox')
    // The first system consuming two APIs or more drops its first.
    .replace(/( {4}consumes:\n) {6}- .*\n( {6}- )/, '$1$2');
  if (changed === text) throw new Error('the pull request of the diff benchmark changed nothing');
  writeFileSync(path.join(dir, 'landscape.yaml'), changed);
  git('commit', '-q', '-am', 'pr');
  writeFileSync(path.join(dir, 'base.yaml'), text);
  writeFileSync(path.join(dir, 'other.yaml'), generateLandscape(n, 2));
  return {
    cliDiffMs: timeDiff(n, dir, ['landscape.yaml', '--base', 'main', '--head', 'pr']),
    cliDiffAllMs: timeDiff(n, dir, ['other.yaml', '--base', 'base.yaml', '--head', 'other.yaml']),
  };
}

async function main(): Promise<void> {
  const results: Record<string, unknown>[] = [];
  const diagramOnly = process.env.BENCH === 'diagram';
  for (const n of diagramOnly ? [] : SIZES) {
    const cli = measureCli(n);
    const diff = measureCliDiff(n);
    const row: Record<string, unknown> = { ...measureInProcess(n), ...cli, ...diff, diffPerLint: diff.cliDiffMs / cli.cliMs, diffAllPerLint: diff.cliDiffAllMs / cli.cliMs };
    results.push(row);
    console.error(`measured ${n} systems`);
  }
  // The diagram benchmark lives beside this one (layout, SVG size, Chromium render time).
  const diagramBench = path.join(__dirname, 'diagram.bench.ts');
  let diagram: unknown = null;
  if (existsSync(diagramBench) && process.env.BENCH_DIAGRAM !== '0') {
    const mod = (await import(diagramBench)) as typeof DiagramBench;
    diagram = await mod.benchDiagram(SIZES);
  }
  mkdirSync(path.join(__dirname, 'results'), { recursive: true });
  if (diagramOnly) {
    writeFileSync(path.join(__dirname, 'results', 'diagram-latest.json'), JSON.stringify({ date: new Date().toISOString(), load: os.loadavg(), cpus: os.cpus().length, diagram }, null, 2));
    return;
  }
  const fmt = (v: unknown): string => (typeof v === 'number' ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : String(v));
  const cols = ['systems', 'lines', 'parseMs', 'schemaMs', 'graphMs', 'lintLoadMs', 'rulesTotalMs', 'lintMs', 'relintAfterEditMs', 'cliMs', 'maxRssMb', 'cliMaxRssMb', 'diffMs', 'cliDiffMs', 'cliDiffAllMs'];
  console.log(`| ${cols.join(' | ')} |\n|${cols.map(() => '---').join('|')}|`);
  for (const r of results) console.log(`| ${cols.map((c) => fmt(r[c])).join(' | ')} |`);
  const big = results[results.length - 1];
  const ruleRows = Object.entries(big).filter(([k]) => k.startsWith('rule:')).sort((a, b) => (b[1] as number) - (a[1] as number));
  console.log(`\nPer rule on ${fmt(big.systems)} systems (ms): ${ruleRows.map(([k, v]) => `${k.slice(5)} ${fmt(v)}`).join(', ')}`);
  const ratio = (v: unknown): string => `${(v as number).toFixed(2)}${(v as number) < 2 ? '' : ' ✗'}`;
  console.log(`\nlandscape diff per CLI lint (target under 2): a pull request ${results.map((r) => `${fmt(r.systems)} systems ${ratio(r.diffPerLint)}`).join(', ')}; everything changed ${results.map((r) => `${fmt(r.systems)} systems ${ratio(r.diffAllPerLint)}`).join(', ')}`);
  if (diagram) console.log('\nDiagram:', JSON.stringify(diagram, null, 1));
  writeFileSync(path.join(__dirname, 'results', 'latest.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, results, diagram }, null, 2));
  void readdirSync;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
