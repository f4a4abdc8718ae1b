/**
 * Imports are read ahead of the walk, concurrently, but loaded depth-first pre-order exactly
 * as SPEC §2.5 says (src/core/load/load-landscape.ts). Checked against the sequential loader
 * the project had (one read at a time, kept here as the oracle) on random import graphs —
 * literal paths, globs, diamonds, cycles, missing files, imports leaving the entry's folder —
 * with a host whose reads and listings resolve in a scrambled order: the same files in the
 * same order, the same findings in the same order, and no file read twice.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import picomatch from 'picomatch/posix';
import { coreFinding } from '../../../src/core/findings/core-finding';
import { loadLandscape, parseSource, type SourceFile } from '../../../src/core/load/load-landscape';
import { memoryHost, type Host } from '../../../src/core/load/host';
import type { ImportEntry } from '../../../src/core/model/read-entities';
import type { Finding } from '../../../src/core/types';
import { dirname, isInside, join, relative } from '../../../src/core/util/paths';

/** The loader as it was before reads ran ahead: await one file at a time. */
async function sequentialLoad(entry: string, host: Host, allowOutside: boolean): Promise<{ files: string[]; findings: Finding[] }> {
  const root = dirname(entry);
  const files: SourceFile[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const read = async (p: string): Promise<string | Uint8Array | undefined> => {
    try {
      return await host.readFile(p);
    } catch {
      return undefined;
    }
  };
  const resolveImport = async (file: SourceFile, imp: ImportEntry): Promise<string[]> => {
    const absolute = join(dirname(file.path), imp.pattern);
    if (!allowOutside && !isInside(root, absolute)) {
      findings.push(coreFinding('core/import-not-found', file.path, imp.span,
        `Import '${imp.pattern}' leaves the folder of the entry file (${relative(root, absolute)}); it is refused. Allow it with the allowImportsOutsideRoot option (CLI --allow-outside-root).`));
      return [];
    }
    if (!/[*?[\]{}!]/.test(imp.pattern)) return [absolute];
    const base = picomatch.scan(absolute).base || '/';
    const isMatch = picomatch(absolute, { dot: false });
    let listed: string[];
    try {
      listed = await host.listFiles(base);
    } catch {
      listed = [];
    }
    const matches = listed.filter((p) => isMatch(p) && (allowOutside || isInside(root, p))).sort();
    if (matches.length === 0) findings.push(coreFinding('core/import-not-found', file.path, imp.span, `Import '${imp.pattern}' matches no file.`));
    return matches;
  };
  const load = async (path: string, content: string | Uint8Array): Promise<void> => {
    seen.add(path);
    const file = parseSource(path, content);
    files.push(file);
    for (const imp of file.model.imports) {
      for (const target of await resolveImport(file, imp)) {
        if (seen.has(target)) continue;
        const text = await read(target);
        if (text === undefined) {
          findings.push(coreFinding('core/import-not-found', file.path, imp.span, `Import '${imp.pattern}' not found: no file ${relative(root, target)}.`));
          continue;
        }
        await load(target, text);
      }
    }
  };
  const first = await read(entry);
  if (first !== undefined) await load(entry, first);
  return { files: files.map((f) => f.path), findings };
}

/** Files a folder listing shows but that cannot be read (permissions, deleted meanwhile). */
const LOCKED = new Set(['/ws/locked.yaml', '/ws/d/locked.yaml']);

function lockedHost(files: Record<string, string>): Host {
  const inner = memoryHost(files);
  return {
    readFile: async (path) => {
      if (LOCKED.has(path)) throw new Error('EACCES');
      return inner.readFile(path);
    },
    listFiles: (dir) => inner.listFiles(dir),
  };
}

/** A memory host whose answers arrive after delays drawn from `delays`, and that counts reads. */
function scrambledHost(files: Record<string, string>, delays: number[]): Host & { reads: Map<string, number>; maxActive: number } {
  const inner = lockedHost(files);
  let k = 0;
  let active = 0;
  const later = <T>(v: Promise<T>): Promise<T> => {
    const ms = delays.length ? delays[k++ % delays.length] : 0;
    return new Promise((resolve, reject) => setTimeout(() => void v.then(resolve, reject), ms));
  };
  const host = {
    reads: new Map<string, number>(),
    maxActive: 0,
    async readFile(path: string) {
      host.reads.set(path, (host.reads.get(path) ?? 0) + 1);
      host.maxActive = Math.max(host.maxActive, ++active);
      try {
        return await later(inner.readFile(path));
      } finally {
        active--;
      }
    },
    listFiles: (dir: string) => later(inner.listFiles(dir)),
  };
  return host;
}

const H = 'apiVersion: landscape/v1\n';
const TOP = ['./a.yaml', './b.yaml', './d/c.yaml', './d/e.yaml', './missing.yaml', './*.yaml', './d/*.yaml', './**/*.yaml', '../out.yaml', './landscape.yaml', './n*.yaml', './{a,b}.yaml'];
const SUB = ['../a.yaml', '../b.yaml', './c.yaml', './e.yaml', './*.yaml', '../*.yaml', '../../out.yaml', './nothing/*.yaml', '../landscape.yaml', './gone.yaml'];
const PATHS = ['/ws/landscape.yaml', '/ws/a.yaml', '/ws/b.yaml', '/ws/d/c.yaml', '/ws/d/e.yaml'];

describe('imports read ahead, loaded in order (SPEC §2.5)', function () {
  this.timeout(120_000);

  it('the same files and findings in the same order as the sequential loader, each file read once', async () => {
    const graph = fc.record({
      imports: fc.tuple(...PATHS.map((p) => fc.array(fc.constantFrom(...(p.startsWith('/ws/d/') ? SUB : TOP)), { maxLength: 4 }))),
      present: fc.tuple(...PATHS.slice(1).map(() => fc.boolean())),
      delays: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 12 }),
      allowOutside: fc.boolean(),
    });
    await fc.assert(fc.asyncProperty(graph, async (g) => {
      const files: Record<string, string> = { '/out.yaml': H, '/ws/notes.txt': 'x', '/ws/locked.yaml': H, '/ws/d/locked.yaml': H };
      PATHS.forEach((p, i) => {
        if (i === 0 || g.present[i - 1]) files[p] = `${H}imports: [${g.imports[i].map((x) => JSON.stringify(x)).join(', ')}]\n`;
      });
      const want = await sequentialLoad('/ws/landscape.yaml', lockedHost(files), g.allowOutside);
      const host = scrambledHost(files, g.delays);
      const got = await loadLandscape('/ws/landscape.yaml', host, { allowImportsOutsideRoot: g.allowOutside });
      assert.deepEqual(got.files.map((f) => f.path), want.files);
      assert.deepEqual(got.findings, want.findings);
      for (const [p, n] of host.reads) assert.equal(n, 1, `${p} read ${n} times`);
    }), { numRuns: 250, seed: 9 });
  });

  it('reads an entry\'s imports concurrently (bounded) while the order stays the listed order', async () => {
    const files: Record<string, string> = {};
    const n = 60;
    for (let i = 0; i < n; i++) files[`/ws/f/f-${i}.yaml`] = `${H}imports: [./g-${i}.yaml]\nsystems:\n  - { id: s${i}, mode: mode2 }\n`;
    for (let i = 0; i < n; i += 2) files[`/ws/f/g-${i}.yaml`] = `${H}systems:\n  - { id: t${i}, mode: mode2 }\n`;
    files['/ws/landscape.yaml'] = `${H}imports: [${Array.from({ length: n }, (_, i) => `./f/f-${i}.yaml`).join(', ')}]\n`;
    // Later files answer sooner: reads resolve roughly in reverse order.
    const host = scrambledHost(files, Array.from({ length: 2 * n }, (_, i) => (2 * n - i) % 7));
    const r = await loadLandscape('/ws/landscape.yaml', host);
    const order: string[] = ['/ws/landscape.yaml'];
    for (let i = 0; i < n; i++) {
      order.push(`/ws/f/f-${i}.yaml`);
      if (i % 2 === 0) order.push(`/ws/f/g-${i}.yaml`);
    }
    assert.deepEqual(r.files.map((f) => f.path), order);
    assert.deepEqual(r.findings.map((f) => f.message), Array.from({ length: n / 2 }, (_, k) => `Import './g-${2 * k + 1}.yaml' not found: no file f/g-${2 * k + 1}.yaml.`));
    assert.ok(host.maxActive > 4, `reads at once: ${host.maxActive}`);
    assert.ok(host.maxActive <= 24, `reads at once: ${host.maxActive}`);
  });
});
