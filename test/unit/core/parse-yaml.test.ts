import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Parser, LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, visit } from 'yaml';
import fc from 'fast-check';
import { parseYaml } from '../../../src/core/parse/parse-yaml';
import { asMap, getValue, type YNode } from '../../../src/core/parse/yaml-tree';

const slice = (t: string, n: { start: number; end: number } | null | undefined): string => (n ? t.slice(n.start, n.end) : '<none>');

describe('parseYaml: exact spans', () => {
  it('places plain, quoted, block and flow nodes exactly', () => {
    const t = 'a: plain value  # c\nb: "dq"\nc: \'sq\'\nd: |\n  line1\n  line2\n\ne: { x: 1, y: [p, q ] }\nf:\n  - one\n  - two\n';
    const r = parseYaml(t);
    const m = asMap(r.root)!;
    assert.equal(slice(t, getValue(m, 'a')), 'plain value');
    assert.equal(slice(t, getValue(m, 'b')), '"dq"');
    assert.equal(slice(t, getValue(m, 'c')), "'sq'");
    assert.equal(slice(t, getValue(m, 'd')), '|\n  line1\n  line2');
    assert.equal(slice(t, getValue(m, 'e')), '{ x: 1, y: [p, q ] }');
    assert.equal(slice(t, getValue(asMap(getValue(m, 'e')), 'y')), '[p, q ]');
    assert.equal(slice(t, getValue(m, 'f')), '- one\n  - two');
    assert.deepEqual(r.problems, []);
  });

  it('ends a flow collection at its bracket when its last key has no value yet (typing `name: }`) or is a duplicate', () => {
    // Found in the real VS Code: the mapping ended at `name`, so a cursor after `name:` was in no system.
    for (const t of ['s: { id: core, mode: mode1, mode: mode2 }\n', 's: { a: [1,], a: [2,] }\n', 's: { id: core, name: }\n', 's: { id: core, name:}\n', 's: { id: core, name: , }\n', 's: [ { id: core, name: } ]\n', 's: { id: core, name # later\n  }\n']) {
      const s = getValue(asMap(parseYaml(t).root), 's')!;
      const flowMap = s.kind === 'seq' ? s.items[0] : s;
      assert.equal(slice(t, flowMap), t.slice(t.indexOf('{'), t.indexOf('}') + 1), t);
    }
  });

  it('property: a flow collection that opens with a bracket ends right after its closing bracket, whatever it holds', () => {
    // Entries as people type them: keys without values, duplicates, trailing commas, comments,
    // nested collections, explicit keys, empty keys.
    const piece = fc.constantFrom('a', 'b: 1', 'c:', 'd: ', ',', ': ', '"q"', "'s'", '[x, y]', '{ e: f }', '{}', '[]', '# c\n', '\n  ', '? k', 'k: [1,]', 'z: {g:}', 'n:');
    const brackets = (n: YNode | null, t: string): string[] => {
      if (!n || (n.kind !== 'map' && n.kind !== 'seq')) return [];
      const inner = n.kind === 'map' ? n.pairs.flatMap((p) => [...brackets(p.key, t), ...brackets(p.value, t)]) : n.items.flatMap((i) => brackets(i, t));
      // A pair in a flow sequence (`[ k: v ]`) is a mapping without brackets of its own.
      const open = n.kind === 'map' ? '{' : '[';
      return n.flow && t[n.start] === open ? [t.slice(n.start, n.end), ...inner] : inner;
    };
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (parts) => {
        const t = `s: { ${parts.join(', ')} }\nq: [ ${parts.join(', ')} ]\n`;
        const r = parseYaml(t);
        if (r.fatal) return;
        for (const text of brackets(r.root, t)) assert.ok(text.endsWith(text[0] === '{' ? '}' : ']'), `${JSON.stringify(t)}: ${JSON.stringify(text)}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('resolves scalars with the YAML 1.2 core schema: dates stay strings, off stays a string', () => {
    const r = parseYaml('d: 2026-02-01\no: off\nn: 2\nb: false\nz: ~\ns: "2"\n');
    const m = asMap(r.root)!;
    const v = (k: string): unknown => (getValue(m, k) as { value: unknown }).value;
    assert.equal(v('d'), '2026-02-01');
    assert.equal(v('o'), 'off');
    assert.equal(v('n'), 2);
    assert.equal(v('b'), false);
    assert.equal(v('z'), null);
    assert.equal(v('s'), '2');
  });

  it('reports a duplicate key at the second key and keeps the first value', () => {
    const t = 'id: a\nmode: mode1\nmode: mode2\n';
    const r = parseYaml(t);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].code, 'core/schema');
    assert.match(r.problems[0].message, /Duplicate key 'mode'/);
    assert.equal(r.problems[0].span.start, t.indexOf('mode:', 7));
    assert.equal((getValue(asMap(r.root), 'mode') as { value: unknown }).value, 'mode1');
    assert.equal(r.fatal, false);
  });

  it('reports a syntax error at its position and marks the file fatal', () => {
    const t = 'systems:\n  - id: a\n    mode: [mode1\n';
    const r = parseYaml(t);
    assert.equal(r.fatal, true);
    assert.equal(r.problems[0].code, 'core/yaml-syntax');
    assert.ok(r.problems[0].span.start >= t.indexOf('[mode1'), `error at ${r.problems[0].span.start}`);
  });

  it('refuses 10,000 levels of nesting with a finding instead of a stack overflow', () => {
    for (const t of ['['.repeat(10000) + ']'.repeat(10000), Array.from({ length: 10000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n')]) {
      const r = parseYaml(t);
      assert.equal(r.fatal, true);
      assert.match(r.problems[0].message, /nest/i);
    }
  });

  it('keeps aliases as references (no expansion) and reports unknown aliases', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const r = parseYaml(lines.join('\n'));
    assert.equal(r.fatal, false);
    const bad = parseYaml('a: *nope\n');
    assert.equal(bad.problems[0].code, 'core/yaml-syntax');
    assert.match(bad.problems[0].message, /Unknown alias/);
  });

  it('never throws and gives an empty root for an empty file', () => {
    assert.equal(parseYaml('').root, null);
    assert.equal(parseYaml('# only a comment\n').root, null);
  });

  it('reads 5,000 distinct keys right, however their shared strings collide', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `k${i.toString(36)}`);
    const t = keys.map((k, i) => `${k}: ${i}\n`).join('') + 'nested:\n' + keys.slice(0, 300).map((k) => `  ${k}: x\n`).join('');
    const r = parseYaml(t);
    assert.deepEqual(r.problems, []);
    const root = asMap(r.root)!;
    assert.deepEqual(root.pairs.slice(0, 5000).map((p) => (p.key as { text: string }).text), keys);
    assert.deepEqual(root.pairs.slice(0, 5000).map((p) => (p.value as { value: unknown }).value), keys.map((_, i) => i));
    assert.deepEqual(asMap(getValue(root, 'nested'))!.pairs.map((p) => (p.key as { text: string }).text), keys.slice(0, 300));
  });

  it('gives the same tree when the event storage of a larger file is reused', () => {
    const small = 'a: 1\nlist:\n  - { x: y }\n  - [1, 2]\nb: |\n  text\n';
    const big = Array.from({ length: 2000 }, (_, i) => `key${i}: { p: [${i}, q, r], s: "t" }`).join('\n');
    const fresh = JSON.stringify(parseYaml(small));
    parseYaml(big);
    assert.equal(JSON.stringify(parseYaml(small)), fresh);
  });

  it('agrees with the yaml package on every scalar span of the Nordhem example', () => {
    const file = path.resolve(__dirname, '../../fixtures/spec-examples/nordhem-retail/landscape.yaml');
    const text = readFileSync(file, 'utf8');
    const ours: string[] = [];
    const walk = (n: YNode | null): void => {
      if (!n) return;
      // yaml's span of a block scalar ends after its last newline; ours at the last character.
      if (n.kind === 'scalar' && !/^[|>]/.test(text.slice(n.start))) ours.push(`${n.start}-${n.end}`);
      else if (n.kind === 'map') for (const p of n.pairs) { walk(p.key); walk(p.value); }
      else if (n.kind === 'seq') n.items.forEach(walk);
    };
    walk(parseYaml(text).root);
    const theirs: string[] = [];
    visit(parseDocument(text), {
      Scalar(_k, node) {
        const [s, e] = node.range!;
        theirs.push(`${s}-${e}`);
      },
    });
    assert.ok(ours.length > 500);
    const setTheirs = new Set(theirs);
    const mismatched = ours.filter((s) => !setTheirs.has(s));
    assert.deepEqual(mismatched.slice(0, 5), [], `${mismatched.length} spans differ`);
    void Parser; void LineCounter; void isMap; void isSeq; void isScalar; void isPair;
  });
});
