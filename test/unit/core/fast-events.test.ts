/**
 * The fast path for landscape-shaped YAML (src/core/parse/fast-events.ts) gives exactly the
 * vendored js-yaml parser's event records, slot for slot, or declines (undefined): compared on
 * every YAML file of the project, the examples, every benchmark shape, random edits of a
 * landscape (characters inserted, deleted and replaced where they matter most) and random
 * token soups. It must also take the texts it is made for: a test fails where it declines them.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { fastEvents } from '../../../src/core/parse/fast-events';
import { parseYaml } from '../../../src/core/parse/parse-yaml';
import { parseEvents, REC } from '../../../src/core/parse/vendor/yaml-events';
import { generateLandscape } from '../../../bench/generate';
import { SHAPES } from '../../../bench/shapes';

const ROOT = path.resolve(__dirname, '../../..');

function records(buf: { data: Int32Array; length: number }): number[] {
  return Array.from(buf.data.subarray(0, buf.length * REC));
}

/** js-yaml's records, or its error. */
function reference(text: string): number[] | 'error' {
  try {
    const buf = parseEvents(text, { maxDepth: 1000 });
    const r = records(buf);
    buf.release();
    return r;
  } catch {
    return 'error';
  }
}

/** 'declined', or whether the fast path's records are js-yaml's (asserted). */
function check(text: string): 'fast' | 'declined' {
  const fast = fastEvents(text, 1000);
  if (!fast) return 'declined';
  const got = records(fast);
  fast.release();
  const want = reference(text);
  assert.notEqual(want, 'error', `the fast path read a text js-yaml refuses: ${JSON.stringify(text.slice(0, 400))}`);
  if (got.length !== (want as number[]).length || got.some((v, i) => v !== (want as number[])[i])) {
    assert.deepEqual(chunks(got), chunks(want as number[]), `input: ${JSON.stringify(text.slice(0, 400))}`);
  }
  return 'fast';
}

function chunks(r: number[]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < r.length; i += REC) out.push(r.slice(i, i + REC));
  return out;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(name) ? [p] : [];
  });
}

/** A small landscape in every style the fast path reads, to be edited at random. */
const SAMPLE = `apiVersion: landscape/v1
kind: Landscape
metadata: { name: demo, title: 'Demo: it''s small', asOf: 2026-02-01 }
# owners first
owners:
  - { id: ceo, type: executive, role: CEO }
  - id: team-core
    parent: ceo   # the CEO
systems:
  - id: core
    name: "Core banking"
    mode: mode1
    tags: [a, "b", 'c', { k: v }, [x, y]]
    consumes:
    - api-1
    - { api: api-2, interaction: async }
    security:
      lastReview: 2025-01-01

      reviewedBy: ciso
    description: plain with # no comment and a: colon
      # a comment under the scalar
    notes: |
      literal

        indented more
    summary: >-  # folded, stripped
      one
      two

  - |+
    kept
  - >
  - id: web
    dependsOn: []
    dataAccess: [{ store: s, access: read }]
    empty:
    nested:
      deeper:
        - a
        -   b
lint: {}
`;

const EDIT_CHARS = [' ', '  ', '\n', '\n  ', ':', ': ', '-', '- ', '#', ' #', '"', "'", '{', '}', '[', ']', ',', ', ', '?', '&', '*', '!', '|', '>', '\\', 'x', 'é', '\u0085', '\u007f', '😀', '---', '...', '%', '\t', '\r\n', ''];

describe('the fast path for landscape-shaped YAML', () => {
  it('gives js-yaml\'s events on every YAML file of the project and the shared examples, and reads the landscapes among them', () => {
    const files = [...yamlFiles(ROOT), ...yamlFiles(path.resolve(ROOT, '../shared/spec/examples'))];
    const taken = files.filter((f) => check(readFileSync(f, 'utf8')) === 'fast');
    assert.ok(taken.length >= files.length / 2, `${taken.length} of ${files.length} read on the fast path`);
    assert.ok(taken.some((f) => f.endsWith(path.join('examples', 'fjordbank', 'landscape.yaml'))), 'the bundled example');
  });

  it('reads every benchmark shape at 300 systems (the generated landscapes and the adversarial ones) as js-yaml does', () => {
    assert.equal(check(generateLandscape(1000)), 'fast');
    const declined: string[] = [];
    for (const s of SHAPES) {
      for (const [file, text] of Object.entries(s.build(300).files)) if (check(text) === 'declined') declined.push(`${s.name}/${file}`);
    }
    assert.deepEqual(declined, []);
  });

  it('gives js-yaml\'s events, or declines, after random edits of a landscape', () => {
    assert.equal(check(SAMPLE), 'fast');
    let fast = 0;
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(SAMPLE.length), fc.nat(3), fc.constantFrom(...EDIT_CHARS)), { minLength: 1, maxLength: 4 }), (edits) => {
      let text = SAMPLE;
      for (const [at, removed, inserted] of edits) {
        const i = Math.min(at, text.length);
        text = text.slice(0, i) + inserted + text.slice(i + removed);
      }
      if (check(text) === 'fast') fast++;
    }), { numRuns: 4000, seed: 20261204 });
    // The edits must leave many texts on the fast path, or this compares nothing.
    assert.ok(fast > 600, `${fast} edited texts read on the fast path`);
  });

  it('gives js-yaml\'s events, or declines, where the text ends anywhere (cut, with spaces after the cut)', () => {
    let fast = 0;
    for (let k = 0; k <= SAMPLE.length; k++) {
      for (const tail of ['', ' ', '   ', '\n ', '\n      ']) if (check(SAMPLE.slice(0, k) + tail) === 'fast') fast++;
    }
    assert.ok(fast > SAMPLE.length, `${fast} cut texts read on the fast path`);
  });

  it('block scalars: leading blank lines, their indentation, chomping, comments after the header, where they end', () => {
    const cases = [
      'a: |\n\n  x\n', 'a: |\n    \n  x\n', 'a: |\n      \n    x\n', 'a: >\n  x\n\n\nb: 1\n', 'a: |-\n  x\n  # not a comment\n# a comment\nb: 1\n',
      'a: |\nb: 1\n', 'a: |\n\nb: 1\n', 'a: | # c\n  x\n', 'a: |#c\n  x\n', 'a: |\n  x\n   ', 'a: |\n  x\n  ', 'a: |\n  x\n ', 'a: |\n   ', 'a: |\n ',
      'a: |\n  x', 'a: |', 'a: |\n', 'a:\n  - |\n    x\n  - y\n', '- >+\n  x\n\n', 'a: |\n  x\n y: 1\n', 'a: |\n  \u007f\n', 'a: |\n  x\n---\n',
    ];
    for (const text of cases) check(text);
    assert.equal(check('a: |\n    \n  x\n'), 'declined', 'a blank line indented past the content: js-yaml refuses it');
    assert.equal(check('a: |\n  x\n   '), 'fast');
  });

  it('gives js-yaml\'s events, or declines, on random token soups', () => {
    const tokens = ['key', 'id', 'x y', ': ', ':', '- ', '-', '\n', '\n  ', '\n    ', '  ', ' ', '"q"', "'s'", "'it''s'", '"a b"', '{', '}', '[', ']', ', ', ',', '# c', ' # c', '---', '...', '?', 'null', '1.5', 'é', ':x', '-x'];
    let fast = 0;
    fc.assert(fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 40 }), (t) => {
      if (check(t.join('')) === 'fast') fast++;
    }), { numRuns: 6000, seed: 20261204 });
    assert.ok(fast > 300, `${fast} soups read on the fast path`);
  });

  it('declines what js-yaml must read or refuse: markers, properties, block scalars, multi-line scalars, tabs, escapes, errors', () => {
    for (const text of ['---\na: 1\n', 'a: 1\n...\n', '%YAML 1.2\n---\na: 1\n', 'a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: |2\n  x\n', 'a: |\n  x\n---\n', 'a: b\n  c\n', 'a:\tb\n', 'a: "x\\ny"\n', 'a: "x\n  y"\n', 'a: [b,\n  c]\n', 'a: 1\n b: 2\n', 'a: 1\r\n', '\uFEFFa: 1\n', 'a: b\u0000\n', '? a\n: b\n', 'a: { b }\n', 'a: [b: c]\n', '- - a\n', '-\n  a: 1\n', 'a', '"a": 1\n', 'a: 1 # c\n  b\n', 'a: 😀\n']) {
      assert.equal(fastEvents(text, 1000), undefined, JSON.stringify(text));
      check(text);
    }
  });

  it('the tree built from either is the same (parseYaml)', () => {
    const text = generateLandscape(200);
    const viaFast = parseYaml(text);
    assert.equal(check(text), 'fast');
    // A depth limit below the fast path's own sends the text to js-yaml.
    assert.deepEqual(JSON.parse(JSON.stringify(viaFast)), JSON.parse(JSON.stringify(parseYaml(text, 150))));
  });
});
