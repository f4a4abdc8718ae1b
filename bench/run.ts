/**
 * `npm run bench`: speed and memory of parse, schema, graph, full lint, re-lint after an
 * edit, each rule, and the CLI end to end, for 100, 1,000 and 10,000 systems. Results are
 * printed as a table and written to bench/results/latest.json. Never part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
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

async function main(): Promise<void> {
  const results: Record<string, unknown>[] = [];
  for (const n of SIZES) {
    const row: Record<string, unknown> = { ...measureInProcess(n), ...measureCli(n) };
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
  const fmt = (v: unknown): string => (typeof v === 'number' ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : String(v));
  const cols = ['systems', 'lines', 'parseMs', 'schemaMs', 'graphMs', 'lintLoadMs', 'rulesTotalMs', 'lintMs', 'relintAfterEditMs', 'cliMs', 'maxRssMb', 'cliMaxRssMb'];
  console.log(`| ${cols.join(' | ')} |\n|${cols.map(() => '---').join('|')}|`);
  for (const r of results) console.log(`| ${cols.map((c) => fmt(r[c])).join(' | ')} |`);
  const big = results[results.length - 1];
  const ruleRows = Object.entries(big).filter(([k]) => k.startsWith('rule:')).sort((a, b) => (b[1] as number) - (a[1] as number));
  console.log(`\nPer rule on ${fmt(big.systems)} systems (ms): ${ruleRows.map(([k, v]) => `${k.slice(5)} ${fmt(v)}`).join(', ')}`);
  if (diagram) console.log('\nDiagram:', JSON.stringify(diagram, null, 1));
  mkdirSync(path.join(__dirname, 'results'), { recursive: true });
  writeFileSync(path.join(__dirname, 'results', 'latest.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, results, diagram }, null, 2));
  void readdirSync;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
