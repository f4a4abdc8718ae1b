/**
 * Property-based: mutated examples never make the engine throw, ranges stay inside files,
 * output is deterministic. The example is the repository's own multi-file Fjordbank (imports,
 * a glob, a ruleset by `extends`); each run mutates one of its files.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { lintFiles } from '../../helpers/lint-snippet';
import { fixesOf } from '../../../src/core/index';

const EXAMPLE = path.resolve(__dirname, '../../../examples/fjordbank');

/** The example's YAML files under /ws, as `memoryHost` takes them. */
function exampleFiles(dir: string, under = '/ws'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) Object.assign(out, exampleFiles(p, `${under}/${name}`));
    else if (name.endsWith('.yaml')) out[`${under}/${name}`] = readFileSync(p, 'utf8');
  }
  return out;
}

const example = exampleFiles(EXAMPLE);
const paths = Object.keys(example);
const TOKENS = [':', '-', ' ', '\n', '{', '}', '[', ']', ',', '"', "'", '&a', '*a', '#', '|', '>', '\t', 'mode1', 'gearbox', 'id: x', 'sap-s4', '!!str', '? ', '---', 'null', '0', 'é', '😀'];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('swapLines' as const), at: fc.nat(), other: fc.nat() }),
);

function mutate(text: string, ms: { kind: string; at: number; text?: string; len?: number; other?: number }[]): string {
  let t = text;
  for (const m of ms) {
    const at = m.at % (t.length + 1);
    if (m.kind === 'insert') t = t.slice(0, at) + m.text + t.slice(at);
    else if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + (m.len ?? 1));
    else {
      const lines = t.split('\n');
      const a = m.at % lines.length;
      const b = (m.other ?? 0) % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      t = lines.join('\n');
    }
  }
  return t;
}

describe('property: the engine on mutated examples', function () {
  this.timeout(120_000);
  it('never throws, keeps every range inside its file, and is deterministic', async () => {
    // The unmutated example loads every one of its files (entry, imports, the glob; the ruleset
    // is configuration, read without a core/* finding) and has findings of rules to mutate.
    const whole = await lintFiles(example);
    assert.deepEqual(whole.files.map((f) => f.path).sort(), paths.filter((p) => !p.includes('/governance/')).sort());
    assert.deepEqual(whole.findings.filter((f) => f.rule.startsWith('core/')), []);
    assert.ok(whole.findings.length >= 10, `${whole.findings.length} findings`);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 8 }), async (which, ms) => {
        const mutated = paths[which % paths.length];
        const files = { ...example, [mutated]: mutate(example[mutated], ms) };
        const a = await lintFiles(files);
        const b = await lintFiles(files);
        for (const f of a.findings) {
          // Landscape files as loaded; configuration files (the ruleset) are not among them: as given.
          const len = (a.files.find((x) => x.path === f.file)?.text ?? files[f.file])?.length ?? -1;
          assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= len, `${f.rule} ${f.span.start}-${f.span.end} in ${len}`);
          for (const fix of fixesOf(a, f)) for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= len);
        }
        // Quick fixes are made on demand: compared as made.
        const strip = (r: typeof a): string => JSON.stringify(r.findings.map((f) => ({ ...f, fixes: fixesOf(r, f) })));
        assert.equal(strip(a), strip(b));
        assert.ok(!a.findings.some((f) => f.rule === 'core/internal'), a.findings.find((f) => f.rule === 'core/internal')?.message);
      }),
      { numRuns: 150, seed: 20261124 },
    );
  });
});
