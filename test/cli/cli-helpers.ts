/** Spawns the built CLI (dist/cli.js), building it first when it is missing or older than the sources. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

function newest(dir: string): number {
  let t = 0;
  for (const n of readdirSync(dir)) {
    const p = path.join(dir, n);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

export function ensureBuilt(): void {
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newest(path.join(ROOT, 'src'))) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function landscape(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 256 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temp folder with the given files (path → content). */
export function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-cli-'));
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), content);
  }
  return dir;
}

/** The document `landscape lint --format json` prints (SPEC §5.2), as the tests read it. */
export interface JsonReport {
  version: number;
  results: {
    entry: string;
    files: string[];
    summary: { error: number; warn: number; info: number };
    diagnostics: { rule: string; severity: string; subject: string; related: string[]; message: string; file: string; line: number; column: number; endLine: number; endColumn: number }[];
  }[];
}

export const jsonReport = (text: string): JsonReport => JSON.parse(text) as JsonReport;

/** The fields of package.json the tests read. */
export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  bin: Record<string, string>;
  engines: Record<string, string>;
  repository: { url: string };
  keywords: string[];
  license: string;
  dependencies?: Record<string, string>;
  scripts: Record<string, string>;
}
