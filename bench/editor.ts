/**
 * `npm run bench:editor`: keystroke-to-diagnostics latency inside a real VS Code extension
 * host (code-server, ../shared/TESTING.md), the extension a client of the language server.
 * For each size (1,000 and 10,000 systems by default) generates a landscape into a temp
 * workspace, runs bench/editor-host in the extension host (via
 * test/vscode/run-in-code-server.mjs), prints median / p95 / max per debounce setting (the
 * lint's own time and end from the server's landscape/serverStatus), the longest stall of the
 * extension host and the server's memory, and writes bench/results/editor-latency.json.
 * A benchmark: never part of `npm test`.
 *
 * Environment: BENCH_EDITOR_SYSTEMS (default "1000,10000"), BENCH_EDITOR_EDITS (default 20),
 * BENCH_EDITOR_DEBOUNCES (default "150,0"), BENCH_EDITOR_PROFILE=1 (CPU profile of the
 * extension host), BENCH_EDITOR_SETTINGS (JSON workspace settings, for experiments),
 * BENCH_EDITOR_EDIT=line (each edit also adds or removes a line, moving every finding below it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateLandscape } from './generate';
import type { EditSample } from './editor-host/index';
import { bundleModules, OURS, stallsOf, type CpuProfile, type LongTask } from './long-tasks';

const ROOT = path.resolve(__dirname, '..');
const SIZES = (process.env.BENCH_EDITOR_SYSTEMS ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
const EDITS = Number(process.env.BENCH_EDITOR_EDITS ?? 20);
const DEBOUNCES = process.env.BENCH_EDITOR_DEBOUNCES ?? '150,0';
/** BENCH_EDITOR_PROFILE=1: CPU profile of the extension host during the edits, and its top functions. */
const PROFILE = process.env.BENCH_EDITOR_PROFILE === '1' ? path.join(ROOT, 'bench/results/editor-latency.cpuprofile') : undefined;

/** Self time per function, the largest first. */
function topFunctions(profile: CpuProfile, n = 15): string[] {
  const byId = new Map(profile.nodes.map((x) => [x.id, x] as const));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${k}`);
}

/**
 * The stalls of each measured edit: from its start to the next edit's (VS Code asks for
 * lenses, symbols and folding after its own delays, often after the diagnostics came).
 */
function editTasks(raw: Raw, profile: CpuProfile, tasks: LongTask[]): Map<EditSample, LongTask[]> {
  const out = new Map<EditSample, LongTask[]>();
  for (const p of raw.phases) {
    p.samples.forEach((s, i) => {
      const from = (s.monotonicUs[0] - profile.startTime) / 1000;
      const to = i + 1 < p.samples.length ? (p.samples[i + 1].monotonicUs[0] - profile.startTime) / 1000 : (s.monotonicUs[1] - profile.startTime) / 1000 + 2000;
      out.set(s, tasks.filter((t) => t.startMs >= from && t.startMs < to));
    });
  }
  return out;
}

/** The stalls of the whole run by whose code had most of their time, and the ones with our code in them. */
function describeTasks(tasks: LongTask[]): string {
  const lines = [`Extension host stalls over 10 ms (gaps between 10 ms ticks) during the run: ${tasks.length}; with over 1 ms of our code (extension, language client, the server's IPC messages): ${tasks.filter((t) => t.oursMs > 1).length}, our longest ${Math.max(0, ...tasks.map((t) => t.oursMs)).toFixed(1)} ms`];
  const main = (t: LongTask): string => Object.entries(t.byOwner).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0]?.[0] ?? '(nothing sampled)';
  const groups = new Map<string, LongTask[]>();
  for (const t of tasks) groups.set(main(t), [...(groups.get(main(t)) ?? []), t]);
  for (const [owner, ts] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    const ms = ts.map((t) => t.ms);
    lines.push(`  mostly ${owner}${OURS.includes(owner as never) ? ' (ours)' : ''}: ${ts.length} stalls, median ${quantile(ms, 0.5).toFixed(1)} ms, longest ${Math.max(...ms).toFixed(1)} ms`);
  }
  const show = (t: LongTask): string => `  at ${(t.startMs / 1000).toFixed(1)} s: ${t.ms} ms, ours ${t.oursMs} ms (${JSON.stringify(t.byOwner)}):\n      ${t.top.join('\n      ')}`;
  lines.push('The longest:', ...[...tasks].sort((a, b) => b.ms - a.ms).slice(0, 6).map(show), 'With the most of our code:');
  const ours = tasks.filter((t) => t.oursMs > 1).sort((a, b) => b.oursMs - a.oursMs).slice(0, 8);
  for (const t of ours) lines.push(show(t));
  return lines.join('\n');
}

interface Raw {
  first: { firstDiagnosticsMs: number; lintMs: number; maxBlockedMs: number; diagnostics: number; lines: number; bytes: number; serverRssMB: number };
  phases: { debounceMs: number; samples: EditSample[] }[];
  /** The server's resident memory after the edits. */
  serverRssMB: number;
  /** With a profile: the harness's 10 ms ticks (monotonic µs), whose gaps are the stalls. */
  ticksUs?: number[];
  vscode: string;
  extensionHostNode: string;
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const stats = (xs: number[]): { median: number; p95: number; max: number } => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: Math.max(...xs) });
const round = (v: number): number => Math.round(v * 10) / 10;

/** One size: the extension host run, its figures printed; returns what goes into the results file. */
function measure(SYSTEMS: number): Record<string, unknown> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'landscape-bench-editor-'));
  const workspace = path.join(tmp, 'workspace');
  mkdirSync(workspace);
  writeFileSync(path.join(workspace, 'landscape.yaml'), generateLandscape(SYSTEMS));
  if (process.env.BENCH_EDITOR_SETTINGS) {
    // Extra workspace settings for experiments, e.g. '{"editor.codeLens": false}'.
    mkdirSync(path.join(workspace, '.vscode'));
    writeFileSync(path.join(workspace, '.vscode/settings.json'), process.env.BENCH_EDITOR_SETTINGS);
  }
  const rawFile = path.join(tmp, 'raw.json');
  const loadBefore = os.loadavg()[0];
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'test/vscode/run-in-code-server.mjs'), '--suite', path.join(ROOT, 'bench/editor-host'), '--workspace', workspace,
      '--env', `LANDSCAPE_BENCH_OUT=${rawFile}`, '--env', `LANDSCAPE_BENCH_EDITS=${EDITS}`, '--env', `LANDSCAPE_BENCH_DEBOUNCES=${DEBOUNCES}`,
      ...(PROFILE ? ['--env', `LANDSCAPE_BENCH_PROFILE=${PROFILE}`] : []), ...(process.env.BENCH_EDITOR_EDIT ? ['--env', `LANDSCAPE_BENCH_EDIT=${process.env.BENCH_EDITOR_EDIT}`] : [])],
    // 10,000 systems take longer than a test suite may (run-in-code-server's default: 8 minutes).
    { stdio: 'inherit', env: { ...process.env, VSCODE_TEST_TIMEOUT_MS: process.env.VSCODE_TEST_TIMEOUT_MS ?? String(45 * 60_000) } },
  );
  if (r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`the extension-host run failed (exit ${r.status ?? r.signal})`);
  }
  const raw = JSON.parse(readFileSync(rawFile, 'utf8')) as Raw;
  rmSync(tmp, { recursive: true, force: true });
  const profile = PROFILE ? (JSON.parse(readFileSync(PROFILE, 'utf8')) as CpuProfile) : undefined;
  const tasks = profile && raw.ticksUs ? stallsOf(profile, raw.ticksUs, 'dist/extension.js', bundleModules(path.join(ROOT, 'dist/extension.js'))) : [];
  const tasksOf = profile ? editTasks(raw, profile, tasks) : undefined;

  // Derived per sample: what the extension controls starts when the change reaches its host.
  type Metric = 'editToEventMs' | 'appliedMs' | 'changeToEventMs' | 'afterDebounceMs' | 'lintStartMs' | 'lintMs' | 'listenersMs' | 'maxBlockedMs' | 'longestTaskMs' | 'oursMs';
  const value = (s: EditSample, debounceMs: number): Record<Metric, number> => ({
    editToEventMs: s.eventMs,
    appliedMs: s.appliedMs,
    changeToEventMs: s.eventMs - s.changeMs,
    afterDebounceMs: s.eventMs - s.changeMs - debounceMs,
    lintStartMs: s.lintStartMs,
    lintMs: s.lintMs,
    listenersMs: s.listenersMs,
    maxBlockedMs: s.maxBlockedMs,
    longestTaskMs: Math.max(0, ...(tasksOf?.get(s) ?? []).map((t) => t.ms)),
    oursMs: Math.max(0, ...(tasksOf?.get(s) ?? []).map((t) => t.oursMs)),
  });
  const metrics: [Metric, string][] = [
    ['editToEventMs', 'editor.edit → onDidChangeDiagnostics'],
    ['appliedMs', '  of which editor.edit round trip'],
    ['changeToEventMs', 'change in ext host (didChange) → onDidChangeDiagnostics'],
    ['afterDebounceMs', '  same, minus the debounce'],
    ['lintStartMs', 'editor.edit → lint starts in the server'],
    ['lintMs', 'lint (in the server)'],
    ['listenersMs', 'lint end → onDidChangeDiagnostics'],
    ['maxBlockedMs', 'extension host stall (longest)'],
    ...(profile ? ([['longestTaskMs', 'longest stall till the next edit (ticks)'], ['oursMs', '  longest stall in our code (profile)']] as [Metric, string][]) : []),
  ];
  const phases = raw.phases.map((p) => {
    const row: { debounceMs: number; edits: number; [metric: string]: unknown } = { debounceMs: p.debounceMs, edits: p.samples.length };
    for (const [key] of metrics) {
      const xs = p.samples.map((s) => value(s, p.debounceMs)[key]);
      const st = stats(xs);
      row[key] = { median: round(st.median), p95: round(st.p95), max: round(st.max) };
    }
    return row;
  });
  console.log(`\nEditor latency, ${SYSTEMS} systems (${raw.first.lines} lines, ${raw.first.diagnostics} diagnostics), ${EDITS} edits per setting; VS Code ${raw.vscode}, extension host ${raw.extensionHostNode}; load average ${loadBefore.toFixed(1)} on ${os.cpus().length} CPUs`);
  console.log(`First diagnostics after opening: ${raw.first.firstDiagnosticsMs.toFixed(0)} ms (lint ${raw.first.lintMs.toFixed(0)} ms); server memory (RSS) ${raw.first.serverRssMB.toFixed(0)} MB after the first lint, ${raw.serverRssMB.toFixed(0)} MB after the edits\n`);
  console.log(`| ms | ${phases.map((p) => `debounce ${p.debounceMs}: median | p95 | max`).join(' | ')} |`);
  console.log(`|---|${phases.map(() => '---|---|---').join('|')}|`);
  for (const [key, label] of metrics) {
    console.log(`| ${label} | ${phases.map((p) => { const s = p[key] as { median: number; p95: number; max: number }; return `${s.median} | ${s.p95} | ${s.max}`; }).join(' | ')} |`);
  }
  if (profile) {
    console.log(`\nExtension host self time during the edits (${path.relative(ROOT, PROFILE!)}):\n${topFunctions(profile).join('\n')}`);
    console.log(`\n${describeTasks(tasks)}`);
  }
  return {
    systems: SYSTEMS, lines: raw.first.lines, bytes: raw.first.bytes, diagnostics: raw.first.diagnostics,
    vscode: raw.vscode, extensionHostNode: raw.extensionHostNode, loadAverage: loadBefore, serverRssMB: round(raw.serverRssMB),
    workspaceSettings: process.env.BENCH_EDITOR_SETTINGS ? (JSON.parse(process.env.BENCH_EDITOR_SETTINGS) as unknown) : {},
    first: raw.first, phases, samples: raw.phases, ...(profile ? { stalls: tasks, ticksUs: raw.ticksUs } : {}),
  };
}

function main(): void {
  const outFile = path.join(ROOT, 'bench/results/editor-latency.json');
  mkdirSync(path.dirname(outFile), { recursive: true });
  const runs: Record<string, unknown>[] = [];
  // Written after each size: a failed larger run keeps the smaller one's figures.
  for (const n of SIZES) {
    runs.push(measure(n));
    writeFileSync(outFile, JSON.stringify({ date: new Date().toISOString(), cpus: os.cpus().length, runs }, null, 2));
    console.log(`\nwritten to ${path.relative(ROOT, outFile)}`);
  }
}

try {
  main();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
