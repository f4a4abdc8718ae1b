/** Bad input gets a clear finding at the right place, never a crash or a hang (issue 2). */
import { strict as assert } from 'node:assert';
import { lintFiles } from '../../helpers/lint-snippet';
import { parseYaml, toPlain } from '../../../src/core/index';
import { generateLandscape } from '../../../bench/generate';

const E = '/ws/landscape.yaml';
const one = async (content: string | Uint8Array) => lintFiles({ [E]: content as string });
const core = (r: Awaited<ReturnType<typeof one>>): string[] => r.findings.filter((f) => f.rule.startsWith('core/')).map((f) => f.rule);

describe('bad input', () => {
  it('malformed YAML: core/yaml-syntax at the error, the file is left out', async () => {
    const text = 'apiVersion: landscape/v1\nsystems:\n  - { id: a, mode: mode1\n  - id: b\n';
    const r = await one(text);
    const f = r.findings.find((x) => x.rule === 'core/yaml-syntax')!;
    assert.ok(f, 'a syntax finding');
    // At the brace that is never closed (where the parser gave up is the line after it).
    assert.equal(text.slice(f.span.start, f.span.end), '{ id: a, mode: mode1');
    assert.equal(f.message, "This '{' is never closed: add the closing '}' after the last entry of the { } mapping.");
    assert.equal(r.landscape.systems.length, 0);
  });

  it('a binary file', async () => {
    const r = await one(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff]));
    assert.deepEqual(core(r), ['core/yaml-syntax']);
    assert.match(r.findings[0].message, /binary/);
  });

  it('non-UTF-8 bytes: reported at the first bad byte', async () => {
    const bytes = new Uint8Array([...Buffer.from('apiVersion: landscape/v1\nmetadata: { name: caf'), 0xe9, ...Buffer.from(' }\n')]);
    const r = await one(bytes);
    assert.deepEqual(core(r), ['core/yaml-syntax']);
    assert.match(r.findings[0].message, /UTF-8/);
    assert.equal(r.findings[0].span.start, 'apiVersion: landscape/v1\nmetadata: { name: caf'.length);
  });

  it('an empty file: one schema error, no crash', async () => {
    const r = await one('');
    assert.ok(core(r).includes('core/schema'));
  });

  it('wrong types everywhere give schema findings and no rule crash', async () => {
    const r = await one('apiVersion: landscape/v1\nsystems: 5\napis: [5, "x", [1]]\nowners: { a: 1 }\nrollouts:\n  - id: r\n    targets: 7\n    rollback: yes\n');
    assert.ok(core(r).includes('core/schema'));
    assert.ok(!core(r).includes('core/internal'));
  });

  it('unknown keys are warnings at the key', async () => {
    const text = 'apiVersion: landscape/v1\nsystems:\n  - { id: a, mode: mode2, owner: t, ownr: t }\nowners: [{ id: t, type: team }]\n';
    const r = await one(text);
    const f = r.findings.find((x) => x.rule === 'core/unknown-property')!;
    assert.equal(f.severity, 'warn');
    assert.equal(text.slice(f.span.start, f.span.end), 'ownr');
  });

  it('10,000 levels of nesting', async () => {
    const r = await one(`apiVersion: landscape/v1\nx-deep: ${'['.repeat(10000)}${']'.repeat(10000)}\n`);
    assert.deepEqual(core(r), ['core/yaml-syntax']);
  });

  it('an alias bomb is never expanded exponentially', async () => {
    const lines = ['apiVersion: landscape/v1', 'x-a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 15; i++) lines.push(`x-a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    // 10^15 nodes written out: expanded, it would never finish. The schema check stops at its
    // alias budget (the next test shows what the budget counts) and says so; no clock is read.
    const r = await one(lines.join('\n') + '\n');
    assert.ok(r.findings.some((f) => f.rule === 'core/schema' && /alias/i.test(f.message)), r.findings.map((f) => f.message).join('\n'));
  });

  it('the alias budget counts only nodes reached through aliases: a large file written out in full is no bomb', () => {
    const written = parseYaml(`list: [${Array(50).fill('{ a: 1, b: [2, 3] }').join(', ')}]\n`).root;
    const plain = { left: 20, exceeded: false };
    assert.equal((toPlain(written, plain) as { list: unknown[] }).list.length, 50);
    assert.equal(plain.exceeded, false, '250 nodes written out, none through an alias');
    const aliased = parseYaml(`x: &x [${Array(30).fill('1').join(', ')}]\ny: [*x, *x]\n`).root;
    const viaAlias = { left: 40, exceeded: false };
    toPlain(aliased, viaAlias);
    assert.equal(viaAlias.exceeded, true, '62 nodes through aliases exceed a budget of 40');
  });

  it('a file above the size limit (50 MB) is refused with a finding', async () => {
    const big = 'apiVersion: landscape/v1\n' + '# padding padding padding padding padding padding padding\n'.repeat(900_000);
    assert.ok(big.length > 50_000_000);
    const r = await one(big);
    assert.deepEqual(core(r), ['core/yaml-syntax']);
    assert.match(r.findings[0].message, /too large/);
  });

  it('an import cycle, a missing import and an import outside the root', async () => {
    const r = await lintFiles({
      [E]: 'apiVersion: landscape/v1\nimports: [./a.yaml, ./gone.yaml, ../outside.yaml]\n',
      '/ws/a.yaml': 'apiVersion: landscape/v1\nimports: [./landscape.yaml]\n',
      '/outside.yaml': 'apiVersion: landscape/v1\n',
    });
    assert.deepEqual(r.findings.filter((f) => f.rule.startsWith('core/')).map((f) => f.message.replace(/ .*/, '')), ['Import', 'Import']);
    assert.deepEqual(r.files.map((f) => f.path), [E, '/ws/a.yaml']);
  });

  it('a 10,000-system landscape lints without findings of core/internal', async () => {
    const r = await one(generateLandscape(10_000));
    assert.ok(!core(r).includes('core/internal'));
    assert.equal(r.landscape.systems.length, 10_000);
  });
});
