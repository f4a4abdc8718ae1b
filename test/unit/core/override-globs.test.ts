/**
 * Override globs are compiled once and looked up by what every match must contain literally
 * (src/core/config/override-globs.ts). The lookup may only narrow the candidates: checked here
 * against `picomatch.isMatch` on every override and every path, as settingsForFile did it, on
 * random globs and paths full of picomatch's special characters.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import picomatch from 'picomatch/posix';
import { OverrideGlobs } from '../../../src/core/config/override-globs';
import { literalEnd, literalStart } from '../../../src/core/util/glob-literals';
import { countWork } from '../../../src/core/util/work-counter';
import { lintFiles } from '../../helpers/lint-snippet';

/** The overrides matching `rel` as SPEC §2.6 says and the code did before: every glob of every override. */
function plain(overrides: { files: string[] }[], rel: string): number[] {
  const out: number[] = [];
  overrides.forEach((o, i) => {
    if (o.files.some((g) => {
      try {
        return picomatch.isMatch(rel, g.replace(/^\.\//, ''), { dot: true });
      } catch {
        return false;
      }
    })) out.push(i);
  });
  return out;
}

const segment = fc.constantFrom('a', 'b', 'ab', 'x.yaml', 'a.yaml', '.hidden', 'p-1.yaml', 'q-2-1.yaml', '..', '.', 'legacy', 'a b');
const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
const piece = fc.constantFrom('a', 'b', 'x', '.yaml', '/', '-1', 'p-', 'q-', '*', '**', '**/', '/**', '?', '[ab]', '[/]', '{a,b}', '{,a/}', '@(a|b)', '?(a)', '*(b)', '+(a)', '!', '!(a)', '\\*', '\\', './', '.', '..', 'legacy', '$', '^', '"a"', ',', 'a b');
const glob = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join(''));

describe('override globs (SPEC §2.6)', () => {
  it('match exactly as picomatch.isMatch on every override (random globs and paths)', () => {
    fc.assert(fc.property(
      fc.array(fc.array(glob, { minLength: 1, maxLength: 3 }).map((files) => ({ files })), { minLength: 1, maxLength: 8 }),
      fc.array(path, { minLength: 1, maxLength: 12 }),
      (overrides, rels) => {
        const globs = new OverrideGlobs(overrides);
        for (const rel of rels) assert.deepEqual(globs.matching(rel), plain(overrides, rel), `path ${rel}`);
      },
    ), { numRuns: 400 });
  });

  it('the same with globs made of the paths (literal ones, folders, names, stars in between)', () => {
    const fromPath = path.chain((p) => fc.constantFrom(p, `${p}/**`, `**/${p}`, `./${p}`, p.replace(/a/g, '*'), p.replace(/\.yaml$/, '.*'), p.replace(/-\d/, '-*'), `${p.slice(0, 2)}*${p.slice(3)}`));
    fc.assert(fc.property(
      fc.array(fc.array(fromPath, { minLength: 1, maxLength: 3 }).map((files) => ({ files })), { minLength: 1, maxLength: 8 }),
      fc.array(path, { minLength: 1, maxLength: 12 }),
      (overrides, rels) => {
        const globs = new OverrideGlobs(overrides);
        for (const rel of rels) assert.deepEqual(globs.matching(rel), plain(overrides, rel), `path ${rel}`);
      },
    ), { numRuns: 400 });
  });

  it('knows the literal start and end of a glob', () => {
    assert.equal(literalStart('parts/q-*-7.yaml'), 'parts/q-');
    assert.equal(literalEnd('parts/q-*-7.yaml'), '-7.yaml');
    assert.equal(literalStart('legacy/**'), 'legacy');
    assert.equal(literalEnd('legacy/**'), '');
    assert.equal(literalStart('**/old.yaml'), '');
    assert.equal(literalEnd('**/old.yaml'), 'old.yaml');
    assert.equal(literalStart('domains/{a,b}/*.yaml'), 'domains');
  });

  it('compiles each distinct glob once and tests a file only against globs that could match it', async () => {
    const overrides = Array.from({ length: 200 }, (_, p) => ({ files: [`parts/p-${p}.yaml`, `parts/q-*-${p}.yaml`, `./parts/p-${p}.yaml`, `dom-${p}/**`, `**/n-${p}.yaml`] }));
    const { result, counts } = await countWork(() => {
      const globs = new OverrideGlobs(overrides);
      return Array.from({ length: 200 }, (_, p) => globs.matching(`parts/p-${p}.yaml`));
    });
    assert.deepEqual(result, Array.from({ length: 200 }, (_, p) => [p]));
    assert.equal(counts.get('glob:compile'), 4 * 200);
    // parts/p-7.yaml is tested against parts/p-7.yaml only: the q-globs start with parts/q-, the
    // folder globs with dom-, the name globs end with n-….yaml.
    assert.equal(counts.get('glob:match'), 200);
  });

  it('an empty glob (files: ["./"]) matches no file instead of failing the lint', async () => {
    const r = await lintFiles({ '/ws/landscape.yaml': 'apiVersion: landscape/v1\nlint:\n  overrides:\n    - { files: ["./"], rules: { require-owner: "off" } }\nsystems:\n  - { id: a, mode: mode2 }\n' });
    assert.ok(r.findings.some((f) => f.rule === 'require-owner' && f.subject === 'a'));
  });
});
