/**
 * `npm run bench:shapes`: the adversarial benchmark (issue "scale without cliffs"). For every
 * shape of bench/shapes.ts at each of its sizes it writes the landscape to
 * os.tmpdir()/landscape-shapes/<shape>-<n>/ and measures, each in its own process:
 *   1. the CLI, `lint <entry> --format json` (wall time, peak RSS, findings, exit status),
 *   2. the full lint in-process (lintLandscape + memoryHost, bench/shapes-measure.ts),
 *   3. the re-lint after a one-line edit with a warm ParseCache (same child),
 *   4. the CLI, `render <entry> --format svg -o <file>` (wall time),
 * and on the largest 'dangling-mix' also yaml-language-server's schema-only validation of the
 * same file. Prints a Markdown table with every missed target marked ✗ and writes it to
 * bench/results/shapes-latest.md, the figures to bench/results/shapes-latest.json.
 *
 * Environment: SHAPES=a,b (shapes to run), SHAPE_SIZES=1000,3000 (instead of each shape's
 * sizes), RUNS=n (runs per measurement, instead of the defaults below), YLS=0 (skip the
 * yaml-language-server comparison), KEEP_SHAPES=1 (keep the written landscapes).
 * Never part of `npm test`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { SHAPES, type Shape } from './shapes';

const ROOT = path.resolve(__dirname, '..');
const RSS_PROBE = path.join(__dirname, 'report-rss.cjs');
const RESULTS = path.join(__dirname, 'results');
const TMP = path.join(os.tmpdir(), 'landscape-shapes');
const OUT = path.join(TMP, '_out');
/**
 * The CLI runs from a copy of dist/ taken at the start: a long run must measure one build, not
 * whatever `node scripts/build.mjs` of someone working in the same checkout leaves meanwhile.
 */
const DIST = path.join(TMP, '_dist');
const CLI = path.join(DIST, 'cli.js');

/** A single run that takes longer is killed and reported as "> 60 s". */
const KILL_MS = 60_000;
/** Runs longer than this are not repeated (the median is then of fewer runs). */
const REPEAT_BELOW_MS = 10_000;
const RUNS = process.env.RUNS ? Math.max(1, Number(process.env.RUNS)) : undefined;
const CLI_RUNS = RUNS ?? 3;
const RENDER_RUNS = RUNS ?? 3;
const fullRuns = (n: number): number => RUNS ?? (n >= 10_000 ? 3 : 5);
const editRuns = (n: number): number => RUNS ?? (n >= 10_000 ? 5 : 9);
const MILLION = 'million-findings';
const YLS_SHAPE = 'dangling-mix';

/** The issue's targets. Time and re-lint targets hold at the sizes the issue names. */
const TARGET = {
  cliMsAt10k: 3000,
  renderMsAt10k: 3000,
  rssMb: 600,
  relintMs: (n: number): number | undefined => (n <= 1000 ? 50 : n <= 10_000 ? 250 : undefined),
  /** n log n over a size range: 12 for 1,000 → 10,000, scaled for other ranges. */
  growth: (small: number, large: number): number => 1.2 * (large / small),
  ylsRatio: 0.25,
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const num = (v: number): string => Math.round(v).toLocaleString('en-US');

interface Proc {
  ms: number;
  status: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node <args>` and times it. `idle` kills it after KILL_MS without a line on stdout
 * (the in-process child prints one per run); otherwise after KILL_MS in all.
 */
function node(args: string[], opts: { stdoutFile?: string; idle?: boolean } = {}): Promise<Proc> {
  return new Promise((resolve) => {
    const fd = opts.stdoutFile ? openSync(opts.stdoutFile, 'w') : undefined;
    const t = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', fd ?? 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const kill = (): void => {
      timedOut = true;
      child.kill('SIGKILL');
    };
    let timer = setTimeout(kill, KILL_MS);
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (opts.idle) {
        clearTimeout(timer);
        timer = setTimeout(kill, KILL_MS);
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      // The head is what a report needs; a crash can print a lot.
      if (stderr.length < 1 << 16) stderr += d;
    });
    child.on('close', (status, signal) => {
      const ms = performance.now() - t;
      clearTimeout(timer);
      if (fd !== undefined) closeSync(fd);
      resolve({ ms, status, signal, timedOut, stdout, stderr });
    });
  });
}

const maxRssMb = (stderr: string): number | undefined => {
  const m = /maxRSS=(\d+)/.exec(stderr);
  return m ? Math.round(Number(m[1]) / 1024) : undefined;
};
const stderrHead = (stderr: string): string => stderr.replace(/^maxRSS=\d+\n?/m, '').split('\n').filter(Boolean).slice(0, 8).join('\n');

interface Timed {
  /** Median of the runs done, when at least one finished. */
  ms?: number;
  runs: number;
  timedOut?: boolean;
  /** Not run: it timed out or failed at a smaller size of this shape. */
  skipped?: boolean;
  failed?: string;
  stderr?: string;
}
interface CliResult extends Timed {
  rssMb?: number;
  status?: number | null;
  findings?: number;
  /** The JSON document parsed and held every finding its summary counts. */
  complete?: boolean;
  outputMb?: number;
}
interface InProcessResult {
  lint: Timed & { findings?: number };
  relint: Timed;
  /** After a character typed into an id: every rule runs again. */
  retype: Timed;
  rssMb?: number;
  edited?: string;
}
interface Row {
  shape: string;
  n: number;
  files: number;
  mb: number;
  cli: CliResult;
  inProcess: InProcessResult;
  render: Timed & { svgMb?: number };
}
interface YlsResult {
  version: string;
  shape: string;
  n: number;
  cliMs?: number;
  coldMs?: number;
  warmMs?: number;
  runs: number;
  schemaApplied?: boolean;
  diagnostics?: number;
  ratio?: number;
  error?: string;
}

type Diagnostic = { rule?: string; severity?: string; message?: string };
/** The lines bench/shapes-measure.ts prints for `lint`. */
type MeasureEvent = { event: 'lint'; ms: number; findings: number } | { event: 'warm'; ms: number } | { event: 'relint' | 'retype'; ms: number; findings: number } | { event: 'done'; maxRssMb: number; editedFile: string; editedLine: number };
type JsonReport = { version?: number; results?: { diagnostics: Diagnostic[]; summary: Record<string, number> }[] };

/** Above this the report is checked piece by piece: JSON.parse of one string would need GBs (or fail past 512 MB). */
const PARSE_WHOLE_BELOW = 64 * 2 ** 20;

/**
 * Counts findings in the CLI's JSON and checks the document is whole: it parses, and it holds
 * as many diagnostics as its summary counts.
 */
function readJsonReport(file: string): { findings?: number; complete: boolean; outputMb: number; failed?: string; coreError?: string } {
  const buf = readFileSync(file);
  const outputMb = buf.length / 2 ** 20;
  let doc: JsonReport;
  // The first core/* error, which is what makes the CLI exit 2 on a document it did write.
  let coreError: string | undefined;
  const look = (d: Diagnostic): void => {
    if (coreError === undefined && d.rule?.startsWith('core/') && d.severity === 'error') coreError = `${d.rule}: ${d.message}`;
  };
  try {
    if (buf.length < PARSE_WHOLE_BELOW) {
      doc = JSON.parse(buf.toString('utf8')) as JsonReport;
      for (const r of doc.results ?? []) r.diagnostics.forEach(look);
    } else doc = parseInPieces(buf, look);
  } catch (e) {
    return { complete: false, outputMb, failed: `output is not valid JSON (${buf.length} bytes): ${(e as Error).message.slice(0, 160)}` };
  }
  const results = doc.results ?? [];
  const findings = results.reduce((s, r) => s + r.diagnostics.length, 0);
  const counted = results.reduce((s, r) => s + (r.summary.error ?? 0) + (r.summary.warn ?? 0) + (r.summary.info ?? 0), 0);
  return { findings, complete: doc.version === 1 && results.length > 0 && findings === counted, outputMb, coreError };
}

/**
 * A large JSON report parsed without one huge string: every element of a `"diagnostics": [...]`
 * array is cut out (by bracket depth, outside strings) and parsed on its own; the rest, with
 * those arrays emptied, is parsed as the skeleton. Every byte is parsed by JSON.parse once, so
 * a broken document fails as it would whole. Diagnostics are kept as counts (placeholders).
 */
function parseInPieces(buf: Buffer, onDiagnostic: (d: Diagnostic) => void): JsonReport {
  const skeleton: Buffer[] = [];
  const counts: number[] = [];
  let depth = 0;
  let inString = false;
  let diagDepth = -1; // depth inside the diagnostics array being read, or -1
  let elementStart = -1;
  let count = 0;
  let keepFrom = 0;
  const OPEN_BRACE = 0x7b, CLOSE_BRACE = 0x7d, OPEN = 0x5b, CLOSE = 0x5d, QUOTE = 0x22, BACKSLASH = 0x5c;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN) {
      if (diagDepth === -1 && c === OPEN && /"diagnostics"\s*:\s*$/.test(buf.toString('latin1', Math.max(0, i - 40), i))) {
        diagDepth = depth + 1;
        count = 0;
        skeleton.push(buf.subarray(keepFrom, i + 1));
      } else if (depth === diagDepth && c === OPEN_BRACE) elementStart = i;
      depth++;
    } else if (c === CLOSE_BRACE || c === CLOSE) {
      depth--;
      if (depth < 0) throw new Error(`unbalanced '${String.fromCharCode(c)}' at byte ${i}`);
      if (diagDepth !== -1 && depth === diagDepth && c === CLOSE_BRACE && elementStart >= 0) {
        onDiagnostic(JSON.parse(buf.toString('utf8', elementStart, i + 1)) as Diagnostic);
        count++;
        elementStart = -1;
      } else if (diagDepth !== -1 && depth === diagDepth - 1 && c === CLOSE) {
        counts.push(count);
        diagDepth = -1;
        keepFrom = i;
      }
    }
  }
  if (inString || depth !== 0) throw new Error('the document ends inside a string or an open bracket');
  skeleton.push(buf.subarray(keepFrom));
  const doc = JSON.parse(Buffer.concat(skeleton).toString('utf8')) as JsonReport;
  (doc.results ?? []).forEach((r, k) => (r.diagnostics = { length: counts[k] ?? 0 } as Diagnostic[]));
  return doc;
}

/**
 * Runs a measurement up to `runs` times (once when a run takes over REPEAT_BELOW_MS) until
 * `once` returns no time (a failure it recorded), then records the runs and their median.
 */
async function repeated<T extends { runs: number; ms?: number }>(res: T, runs: number, out: string, once: (i: number) => Promise<number | undefined>): Promise<T> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ms = await once(i);
    if (ms === undefined) break;
    times.push(ms);
    if (ms > REPEAT_BELOW_MS) break;
  }
  rmSync(out, { force: true });
  res.runs = times.length;
  if (times.length) res.ms = median(times);
  return res;
}

async function measureCli(entry: string): Promise<CliResult> {
  const out = path.join(OUT, 'lint.json');
  const res: CliResult = { runs: 0 };
  return repeated(res, CLI_RUNS, out, async (i) => {
    const r = await node(['--require', RSS_PROBE, CLI, 'lint', entry, '--format', 'json'], { stdoutFile: out });
    const rss = maxRssMb(r.stderr);
    if (rss !== undefined) res.rssMb = Math.max(res.rssMb ?? 0, rss);
    if (r.timedOut) {
      res.timedOut = true;
      return undefined;
    }
    res.status = r.status;
    if (r.status !== 0 && r.status !== 1) {
      res.failed = r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
      res.stderr = stderrHead(r.stderr);
      // Exit 2 with a whole report: a core/* error finding (a refusal the engine decided), not a crash.
      if (r.status === 2 && statSync(out).size > 0) {
        const report = readJsonReport(out);
        Object.assign(res, { findings: report.findings, complete: report.complete, outputMb: Math.round(report.outputMb * 10) / 10 });
        if (report.coreError) res.stderr = [res.stderr, `(the JSON report, ${report.complete ? 'complete' : 'incomplete'}, has the error finding ${report.coreError})`].filter(Boolean).join('\n');
      }
      return undefined;
    }
    if (i === 0) {
      const report = readJsonReport(out);
      Object.assign(res, { findings: report.findings, complete: report.complete, outputMb: Math.round(report.outputMb * 10) / 10 });
      if (report.failed) {
        res.failed = report.failed;
        return undefined;
      }
    }
    return r.ms;
  });
}

async function measureRender(entry: string): Promise<Row['render']> {
  const out = path.join(OUT, 'render.svg');
  const res: Row['render'] = { runs: 0 };
  return repeated(res, RENDER_RUNS, out, async (i) => {
    const r = await node([CLI, 'render', entry, '--format', 'svg', '-o', out]);
    if (r.timedOut) {
      res.timedOut = true;
      return undefined;
    }
    if (r.status !== 0) {
      res.failed = r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
      res.stderr = stderrHead(r.stderr);
      if (r.status === 2 && /^Wrote /.test(res.stderr)) res.stderr = `${res.stderr}\n(the SVG was written: exit 2 is for a core/* error finding, as in CLI lint)`;
      return undefined;
    }
    if (i === 0 && existsSync(out)) res.svgMb = Math.round((statSync(out).size / 2 ** 20) * 10) / 10;
    return r.ms;
  });
}

/** The in-process lint and re-lint run on an esbuild bundle, as the CLI and the extension do. */
let measureJs: string | undefined;
function bundleMeasure(): string {
  const out = path.join(RESULTS, 'shapes-measure.js');
  buildSync({
    entryPoints: [path.join(__dirname, 'shapes-measure.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    outfile: out,
    external: ['yaml-language-server', 'vscode-languageserver-textdocument'],
    logLevel: 'error',
  });
  return out;
}

async function measureInProcess(name: string, n: number, skip: { lint: boolean; relint: boolean }): Promise<InProcessResult> {
  const res: InProcessResult = { lint: { runs: 0 }, relint: { runs: 0 }, retype: { runs: 0 } };
  if (skip.lint) {
    // The re-lint needs a full lint first: if that took over a minute at a smaller size, neither runs.
    Object.assign(res.lint, { skipped: true, timedOut: true });
    Object.assign(res.relint, { skipped: true, timedOut: true });
    Object.assign(res.retype, { skipped: true, timedOut: true });
    return res;
  }
  measureJs ??= bundleMeasure();
  const r = await node([measureJs, 'lint', name, String(n), String(fullRuns(n)), String(editRuns(n))], { idle: true });
  const lint: number[] = [];
  const relint: number[] = [];
  const retype: number[] = [];
  for (const line of r.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const e = JSON.parse(line) as MeasureEvent;
    if (e.event === 'lint') {
      lint.push(e.ms);
      res.lint.findings = e.findings;
    } else if (e.event === 'relint') relint.push(e.ms);
    else if (e.event === 'retype') retype.push(e.ms);
    else if (e.event === 'done') Object.assign(res, { rssMb: e.maxRssMb, edited: `${e.editedFile}:${e.editedLine}` });
  }
  Object.assign(res.lint, { runs: lint.length, ms: lint.length ? median(lint) : undefined });
  Object.assign(res.relint, { runs: relint.length, ms: relint.length ? median(relint) : undefined });
  Object.assign(res.retype, { runs: retype.length, ms: retype.length ? median(retype) : undefined });
  if (r.timedOut) {
    // Whichever phase was running when the child fell silent for a minute.
    if (!lint.length) res.lint.timedOut = true;
    if (!relint.length) res.relint.timedOut = true;
    if (!retype.length) res.retype.timedOut = true;
  } else if (r.status !== 0) {
    const why = r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
    if (!lint.length) Object.assign(res.lint, { failed: why, stderr: stderrHead(r.stderr) });
    if (!relint.length) Object.assign(res.relint, { failed: why, stderr: lint.length ? stderrHead(r.stderr) : undefined });
    if (!retype.length) Object.assign(res.retype, { failed: why });
  }
  return res;
}

function ylsVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'yaml-language-server', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

async function measureYls(file: string, n: number, cliMs: number | undefined): Promise<YlsResult> {
  const res: YlsResult = { version: ylsVersion(), shape: YLS_SHAPE, n, cliMs, runs: 0 };
  if (res.version === 'not installed') return { ...res, error: 'yaml-language-server is not installed (npm install)' };
  measureJs ??= bundleMeasure();
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < (RUNS ?? 3); i++) {
    const r = await node([measureJs, 'yls', file]);
    const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
    if (r.timedOut || r.status !== 0 || !line) {
      res.error = r.timedOut ? '> 60 s' : `exit ${r.status}: ${stderrHead(r.stderr)}`;
      break;
    }
    const e = JSON.parse(line) as { coldMs: number; warmMs: number; schemaApplied: boolean; diagnostics: number };
    cold.push(e.coldMs);
    warm.push(e.warmMs);
    Object.assign(res, { schemaApplied: e.schemaApplied, diagnostics: e.diagnostics });
  }
  res.runs = cold.length;
  if (cold.length) {
    res.coldMs = median(cold);
    res.warmMs = median(warm);
    if (cliMs !== undefined) res.ratio = cliMs / res.coldMs;
  }
  return res;
}

/** HEAD, and whether src/ had uncommitted changes when the run started (built into dist/). */
function gitState(): string {
  const git = (args: string[]): string => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const head = git(['rev-parse', '--short', 'HEAD']);
  return git(['status', '--porcelain', '--', 'src']) ? `${head} + uncommitted src changes` : head;
}

function writeShape(dir: string, files: Record<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, ...rel.split('/'));
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
}

// ---------------------------------------------------------------------------------------
// The table.

const X = ' ✗';
function timedCell(t: Timed, target?: number): string {
  if (t.failed) return `FAILED (${t.failed})${X}`;
  if (t.ms === undefined) return t.timedOut ? `> 60 s${X}` : '–';
  const few = t.runs === 1 && (RUNS ?? 3) > 1 ? '¹' : '';
  return `${num(t.ms)}${few}${target !== undefined && t.ms >= target ? X : ''}`;
}

function growthOf(rows: Row[]): { text: string; value?: number; target: number; missed: boolean } | undefined {
  if (rows.length < 2) return undefined;
  const small = rows[0];
  const large = rows[rows.length - 1];
  const target = TARGET.growth(small.n, large.n);
  const t0 = small.cli.ms;
  if (t0 === undefined) return { text: '–', target, missed: !!(small.cli.failed || small.cli.timedOut) };
  if (large.cli.ms === undefined) {
    if (large.cli.timedOut) return { text: `> ${(KILL_MS / t0).toFixed(1)}${X}`, target, missed: true };
    return { text: `–${X}`, target, missed: true };
  }
  const value = large.cli.ms / t0;
  return { text: `${value.toFixed(1)}${value > target ? X : ''}`, value, target, missed: value > target };
}

function table(rows: Row[], yls: YlsResult | undefined, meta: Record<string, string | number>): string {
  const L: string[] = [];
  L.push(`Adversarial shapes (\`npm run bench:shapes\`), ${meta.date}, ${meta.commit}, Node ${meta.node}, ${meta.cpus} CPUs, load ${meta.load}.`);
  L.push('CLI and render: wall time of `node dist/cli.js lint <entry> --format json` / `render <entry> --format svg -o <file>`, median of 3 separate processes; RSS: the CLI\'s peak resident memory; in-process: `lintLandscape` with `memoryHost`; re-lint: after a one-line edit (a comment appended to the line of a system) with a warm `ParseCache`; id typed: after a character typed into the id of that system instead (every rule runs again); growth: CLI t(largest)/t(smallest size). Times in ms.');
  L.push(`✗ misses its target: CLI lint < 3 s at 10,000, growth ≤ 12 for 1,000 → 10,000 (1.2 × the size ratio otherwise), peak RSS < 600 MB (up to 10,000), re-lint (both kinds) < 50 ms at ≤ 1,000 and < 250 ms up to 10,000, render < 3 s at 10,000, no failure at any size. A run over 60 s is killed ("> 60 s"); ¹ one run only (runs over 10 s are not repeated).`);
  L.push('');
  L.push('| shape | n | CLI ms | RSS MB | findings | in-process ms | re-lint ms | id typed ms | render ms | growth |');
  L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const byShape = new Map<string, Row[]>();
  for (const r of rows) byShape.set(r.shape, [...(byShape.get(r.shape) ?? []), r]);
  for (const [name, rs] of byShape) {
    const growth = growthOf(rs);
    rs.forEach((r, i) => {
      const label = name === MILLION ? `${name} (1,000,000-findings check)` : name;
      const cli = timedCell(r.cli, r.n === 10_000 ? TARGET.cliMsAt10k : undefined);
      const rss = r.cli.rssMb === undefined ? '–' : `${num(r.cli.rssMb)}${r.n <= 10_000 && r.cli.rssMb >= TARGET.rssMb ? X : ''}`;
      let findings = r.cli.findings !== undefined ? num(r.cli.findings) : r.inProcess.lint.findings !== undefined ? `(${num(r.inProcess.lint.findings)})` : '–';
      if (r.cli.findings !== undefined && r.inProcess.lint.findings !== undefined && r.cli.findings !== r.inProcess.lint.findings) findings += ` ≠ ${num(r.inProcess.lint.findings)} in-process${X}`;
      if (name === MILLION) findings += millionVerdict(r).ok ? ' ✓ complete' : X;
      const inProc = timedCell(r.inProcess.lint);
      const relint = timedCell(r.inProcess.relint, TARGET.relintMs(r.n));
      const retype = r.inProcess.retype ? timedCell(r.inProcess.retype, TARGET.relintMs(r.n)) : '–';
      const render = timedCell(r.render, r.n === 10_000 ? TARGET.renderMsAt10k : undefined);
      L.push(`| ${label} | ${num(r.n)} | ${cli} | ${rss} | ${findings} | ${inProc} | ${relint} | ${retype} | ${render} | ${i === rs.length - 1 && growth ? growth.text : ''} |`);
    });
  }
  const failures = rows.flatMap((r) =>
    ([['CLI lint', r.cli], ['in-process', r.inProcess.lint], ['re-lint', r.inProcess.relint], ['id typed', r.inProcess.retype], ['render', r.render]] as [string, Timed][])
      .filter(([, t]) => t.failed && !t.skipped)
      .map(([k, t]) => `- ${r.shape} ${num(r.n)}, ${k}: ${t.failed}${t.stderr ? `\n\n  \`\`\`\n${t.stderr.replace(/^/gm, '  ')}\n  \`\`\`` : ''}`));
  if (failures.length) L.push('', 'Failures (first lines of stderr):', '', ...failures);
  const million = rows.find((r) => r.shape === MILLION);
  if (million) {
    const v = millionVerdict(million);
    L.push('', `1,000,000 findings (${MILLION}, ${num(million.n)} systems): ${v.text}`);
  }
  if (yls) L.push('', ylsLine(yls));
  return `${L.join('\n')}\n`;
}

function millionVerdict(r: Row): { ok: boolean; text: string } {
  const c = r.cli;
  const expected = r.inProcess.lint.findings;
  if (c.failed) {
    const report = c.findings === undefined ? '' : `; its JSON report (${num(c.outputMb ?? 0)} MB) parsed and is ${c.complete ? 'complete' : 'INCOMPLETE'}: ${num(c.findings)} diagnostics${expected === undefined ? '' : `, in-process ${num(expected)}`}`;
    return { ok: false, text: `FAILED: ${c.failed}${report}${X}` };
  }
  if (c.timedOut) return { ok: false, text: `CLI over 60 s, not checked${X}` };
  const parts = [`CLI exit ${c.status}`, `JSON of ${num(c.outputMb ?? 0)} MB parsed`, `${num(c.findings ?? 0)} diagnostics`];
  if (expected !== undefined) parts.push(`in-process ${num(expected)}`);
  const ok = c.complete === true && (c.findings ?? 0) >= 1_000_000 && (expected === undefined || expected === c.findings);
  if ((c.findings ?? 0) < 1_000_000) parts.push('fewer than 1,000,000 at this size');
  return { ok, text: `${parts.join(', ')}: ${ok ? 'complete ✓' : `incomplete${X}`}` };
}

function ylsLine(y: YlsResult): string {
  const head = `yaml-language-server ${y.version} \`doValidation\` (schema only, schemas/landscape.schema.json) on ${y.shape} ${num(y.n)}`;
  if (y.error) return `${head}: not measured (${y.error}).`;
  if (y.coldMs === undefined) return `${head}: not measured.`;
  const ratio = y.ratio === undefined ? 'CLI not measured' : `CLI / yaml-language-server = ${y.ratio.toFixed(2)} (target ≤ ${TARGET.ylsRatio})${y.ratio > TARGET.ylsRatio ? X : ' ✓'}`;
  return `${head}: ${num(y.coldMs)} ms cold (a fresh language service, median of ${y.runs} processes; ${num(y.warmMs ?? 0)} ms warm), ${y.diagnostics} diagnostics${y.schemaApplied ? '' : ', SCHEMA NOT APPLIED'}; CLI lint --format json ${y.cliMs === undefined ? '–' : `${num(y.cliMs)} ms`}; ${ratio}.`;
}

// ---------------------------------------------------------------------------------------

function pickShapes(): Shape[] {
  const wanted = process.env.SHAPES?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!wanted) return SHAPES;
  const unknown = wanted.filter((w) => !SHAPES.some((s) => s.name === w));
  if (unknown.length) throw new Error(`unknown shape(s) ${unknown.join(', ')} (known: ${SHAPES.map((s) => s.name).join(', ')})`);
  return SHAPES.filter((s) => wanted.includes(s.name));
}

function sizesOf(s: Shape): number[] {
  const override = process.env.SHAPE_SIZES?.split(',').map(Number).filter((x) => x > 0);
  return [...(override?.length ? override : s.sizes)].sort((a, b) => a - b);
}

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js missing: run `node scripts/build.mjs` first (npm run bench:shapes does)');
  rmSync(DIST, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'dist'), DIST, { recursive: true, filter: (src) => !src.endsWith('.vsix') });
  // The in-process side is bundled from src/ now too, so both sides measure the same sources.
  measureJs = bundleMeasure();
  mkdirSync(RESULTS, { recursive: true });
  mkdirSync(OUT, { recursive: true });
  const meta = { date: new Date().toISOString(), commit: gitState(), node: process.version, cpus: os.cpus().length, load: os.loadavg().map((l) => l.toFixed(2)).join(' '), runs: RUNS ?? 'default', killMs: KILL_MS };
  const rows: Row[] = [];
  let yls: YlsResult | undefined;
  const save = (): string => {
    const md = table(rows, yls, meta);
    writeFileSync(path.join(RESULTS, 'shapes-latest.json'), `${JSON.stringify({ ...meta, targets: { ...TARGET, relintMs: '50 at ≤ 1,000, 250 up to 10,000', growth: '1.2 × size ratio' }, rows, yls }, null, 2)}\n`);
    writeFileSync(path.join(RESULTS, 'shapes-latest.md'), md);
    return md;
  };
  for (const s of pickShapes()) {
    // A measurement that took over a minute (or failed) at one size is not tried at larger ones.
    const gaveUp = { cli: false, lint: false, render: false };
    for (const n of sizesOf(s)) {
      const built = s.build(n);
      const dir = path.join(TMP, `${s.name}-${n}`);
      writeShape(dir, built.files);
      const entry = path.join(dir, ...built.entry.split('/'));
      const mb = Object.values(built.files).reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 2 ** 20;
      process.stderr.write(`${s.name} ${n} (${Object.keys(built.files).length} files, ${mb.toFixed(1)} MB): `);
      const cli: CliResult = gaveUp.cli ? { runs: 0, skipped: true, timedOut: true } : await measureCli(entry);
      process.stderr.write(`CLI ${timedCell(cli)}${cli.failed && cli.stderr ? `\n  ${cli.stderr.replace(/\n/g, '\n  ')}\n ` : ''}, `);
      const inProcess = await measureInProcess(s.name, n, { lint: gaveUp.lint, relint: gaveUp.lint });
      process.stderr.write(`in-process ${timedCell(inProcess.lint)}, re-lint ${timedCell(inProcess.relint)}, id typed ${timedCell(inProcess.retype)}, `);
      const render: Row['render'] = gaveUp.render ? { runs: 0, skipped: true, timedOut: true } : await measureRender(entry);
      process.stderr.write(`render ${timedCell(render)}\n`);
      gaveUp.cli ||= !!(cli.timedOut || cli.failed);
      gaveUp.lint ||= !!(inProcess.lint.timedOut || inProcess.lint.failed);
      gaveUp.render ||= !!(render.timedOut || render.failed);
      rows.push({ shape: s.name, n, files: Object.keys(built.files).length, mb: Math.round(mb * 10) / 10, cli, inProcess, render });
      // The comparison with yaml-language-server, on the largest size of its shape, same file.
      if (s.name === YLS_SHAPE && n === sizesOf(s).at(-1) && process.env.YLS !== '0') {
        process.stderr.write(`yaml-language-server on ${s.name} ${n}: `);
        yls = await measureYls(entry, n, cli.ms);
        process.stderr.write(`${ylsLine(yls)}\n`);
      }
      if (process.env.KEEP_SHAPES !== '1') rmSync(dir, { recursive: true, force: true });
      save();
    }
  }
  process.stdout.write(`\n${save()}`);
  process.stderr.write(`\nWritten: ${path.relative(ROOT, path.join(RESULTS, 'shapes-latest.md'))} and shapes-latest.json\n`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
