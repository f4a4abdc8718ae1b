/**
 * The language server as an editor sees it (`npm run bench:server [sizes…]`, default 1,000 and
 * 10,000 systems): `landscape lsp --stdio` started on a folder with one generated landscape,
 * the time to its first lint (progress end), then 15 edits of the open document, each answered
 * by publishDiagnostics (debounce 0; the edits alternately break and repair a `mode`, so every
 * one changes what is published), and the server's resident memory (now and peak, from /proc).
 * What it measures includes JSON-RPC both ways; VS Code's own batching is bench:editor's part.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startProcess, uriOf } from '../test/lsp/lsp-client';
import { generateLandscape } from './generate';

const EDITS = 15;

/** VmRSS or VmHWM of a process, in MB (Linux). */
function memoryOf(pid: number, key: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${key}:`)) ?? '';
  return Number(/(\d+) kB/.exec(line)?.[1] ?? NaN) / 1024;
}

async function measure(n: number): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-bench-server-'));
  const file = path.join(dir, 'landscape.yaml');
  const text = generateLandscape(n);
  writeFileSync(file, text);
  const t0 = performance.now();
  const { client } = await startProcess(dir, { settings: { lint: { debounceMs: 0 } } });
  try {
    await client.waitFor(() => client.received.some((r) => r.method === '$/progress' && (r.params as { value: { kind: string } }).value.kind === 'end'), 'the first lint', 300_000);
    const firstLint = performance.now() - t0;
    const uri = uriOf(file);
    client.open(file, text);
    await client.waitFor(() => client.diagnostics(uri) !== undefined, 'diagnostics of the opened file', 300_000);
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => i > lines.length / 2 && /^\s+mode: mode2$/.test(l));
    const end = lines[line].length;
    const latencies: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const before = client.published.length;
      const t = performance.now();
      if (i % 2 === 0) client.edit(uri, { start: { line, character: end }, end: { line, character: end } }, 'x');
      else client.edit(uri, { start: { line, character: end }, end: { line, character: end + 1 } }, '');
      await client.waitFor(() => client.published.slice(before).some((p) => p.uri === uri), 'diagnostics after an edit', 300_000);
      latencies.push(performance.now() - t);
    }
    latencies.sort((a, b) => a - b);
    const pid = client.child!.pid!;
    return {
      systems: n,
      firstLintMs: Math.round(firstLint),
      editToPublishMedianMs: Math.round(latencies[latencies.length >> 1]),
      editToPublishP90Ms: Math.round(latencies[Math.floor(latencies.length * 0.9)]),
      rssMB: Math.round(memoryOf(pid, 'VmRSS')),
      peakRssMB: Math.round(memoryOf(pid, 'VmHWM')),
    };
  } finally {
    client.dispose();
  }
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const rows: Record<string, number>[] = [];
  for (const n of sizes.length ? sizes : [1000, 10000]) rows.push(await measure(n));
  console.table(rows);
}

void main().then(() => process.exit(0));
