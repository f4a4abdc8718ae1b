/**
 * The npm package as a user gets it: `npm pack` of this repository (once per test process),
 * then `npm install` of that tarball into a temporary prefix with no network.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBuilt, ROOT } from './cli-helpers';

/** An npm run that must not reach the registry: offline, and a registry that is not there. */
export const OFFLINE_NPM_ENV = { npm_config_offline: 'true', npm_config_registry: 'http://127.0.0.1:9/', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

export interface Packed {
  tarball: string;
  name: string;
  version: string;
  files: string[];
}

function npm(args: string[], cwd: string): string {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, ...OFFLINE_NPM_ENV }, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** A temporary folder, removed when the test process ends (installs are a few MB each). */
const made: string[] = [];
export function tempDir(prefix: string): string {
  if (made.length === 0) process.once('exit', () => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

let packed: Packed | undefined;

/**
 * Packs the repository. `--ignore-scripts` skips `prepack` (a minified rebuild of dist/, which
 * would rewrite the bundles other tests run at the same moment); ensureBuilt() has built them.
 */
export function packOnce(): Packed {
  if (packed) return packed;
  ensureBuilt();
  const dest = tempDir('landscape-pack-');
  const [info] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dest], ROOT)) as { filename: string; name: string; version: string; files: { path: string }[] }[];
  packed = { tarball: path.join(dest, info.filename), name: info.name, version: info.version, files: info.files.map((f) => f.path).sort() };
  return packed;
}

/** `npm install -g --prefix <tmp> <tarball>`: returns the prefix (bins in <prefix>/bin). */
export function installGlobally(tarball: string): string {
  const prefix = tempDir('landscape-prefix-');
  npm(['install', '--global', '--prefix', prefix, '--no-save', tarball], prefix);
  return prefix;
}

/** `npm install -D <tarball>` into a new project folder (as the README says); returns the folder. */
export function installInProject(tarball: string): string {
  const project = tempDir('landscape-project-');
  npm(['init', '-y'], project);
  npm(['install', '-D', tarball], project);
  return project;
}
