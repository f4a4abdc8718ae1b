/**
 * The incremental re-parse must be invisible: whenever it answers, its tree equals a full
 * parse of the new text, node for node and offset for offset; it declines instead of guessing.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseYaml } from '../../../src/core/index';
import { reparseIncrementally } from '../../../src/core/parse/incremental';
import { generateLandscape } from '../../../bench/generate';

const nordhem = readFileSync(path.resolve(__dirname, '../../fixtures/spec-examples/nordhem-retail/landscape.yaml'), 'utf8');
const mode2 = readFileSync(path.resolve(__dirname, '../../../examples/fjordbank/systems/mode2.yaml'), 'utf8');
const generated = generateLandscape(30);
const TOKENS = [':', '-', ' ', '  ', '\n', '\n  - ', '\n    ', '{', '}', '[', ']', ',', '"', "'", '&a', '*a', '#', '|', '>', '\t', 'mode1', 'id: x', '? ', '---', 'null', '0', 'é', '😀', '\r\n'];

const edit = fc.record({ at: fc.nat(), del: fc.integer({ min: 0, max: 30 }), text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 5 }), fc.constant('')) });

function apply(text: string, e: { at: number; del: number; text: string }): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.text + text.slice(at + e.del);
}

/** Equal trees, comparing what the tree says (not which object instances hold it). */
function assertSameAsFullParse(text: string, got: ReturnType<typeof parseYaml>): void {
  const full = parseYaml(text);
  assert.deepEqual(JSON.parse(JSON.stringify(got.root)), JSON.parse(JSON.stringify(full.root)));
  assert.deepEqual(got.problems, full.problems);
  assert.equal(got.fatal, full.fatal);
}

describe('incremental re-parse', function () {
  this.timeout(120_000);

  // In place (the editor's path: the nodes after an edit are moved, not copied) and copying.
  for (const [name, base] of [['nordhem', nordhem], ['fjordbank mode2 fragment', mode2], ['generated', generated]] as const) for (const inPlace of [false, true]) {
    it(`equals a full parse after any sequence of edits (${name}${inPlace ? ', nodes moved in place' : ''})`, () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
          let text = base;
          let parsed = parseYaml(text);
          for (const e of edits) {
            const next = apply(text, e);
            const inc = reparseIncrementally(text, parsed, next, inPlace);
            if (inc) assertSameAsFullParse(next, inc);
            parsed = inc ?? parseYaml(next);
            text = next;
          }
        }),
        { numRuns: Number(process.env.INCREMENTAL_RUNS ?? 400) },
      );
    });
  }

  it('answers for the edits typing makes inside an entry: a value, a new key, a new entry, a removed entry', () => {
    const typing: [string, string][] = [
      ['name: Storefront (headless)', 'name: Storefront (headless) v2'],
      ['    releaseCadence: daily\n', '    releaseCadence: daily\n    lifecycle: phaseOut\n'],
      ['  - id: mobile-app-bff\n', '  - id: new-svc\n    mode: mode2\n  - id: mobile-app-bff\n'],
      ['  - { id: s4-hana-db,', '  - { id: s4-hana-database,'],
    ];
    for (const [from, to] of typing) {
      assert.ok(nordhem.includes(from), from);
      const next = nordhem.replace(from, to);
      const inc = reparseIncrementally(nordhem, parseYaml(nordhem), next);
      assert.ok(inc, `incremental for ${JSON.stringify(to)}`);
      assertSameAsFullParse(next, inc);
    }
    // Removing a whole entry from the middle of a section, and appending one at the file's end.
    const from = generated.indexOf('  - id: sys-28\n');
    const to = generated.indexOf('  - id: sys-29\n');
    assert.ok(from > 0 && to > from);
    for (const next of [generated.slice(0, from) + generated.slice(to), `${generated}  - id: ro-new\n    targets: [x]\n`]) {
      const inc = reparseIncrementally(generated, parseYaml(generated), next);
      assert.ok(inc);
      assertSameAsFullParse(next, inc);
    }
  });

  it('declines what is not local: a top-level key, an anchor, a syntax error, a flow section', () => {
    const p = parseYaml(nordhem);
    assert.equal(reparseIncrementally(nordhem, p, nordhem.replace('\nsystems:', '\nsystemz:')), undefined);
    assert.equal(reparseIncrementally(nordhem, p, nordhem.replace('    mode: mode1\n', '    mode: &m mode1\n')), undefined);
    assert.equal(reparseIncrementally(nordhem, p, nordhem.replace('    mode: mode1\n', '    mode: [mode1\n')), undefined);
    const flow = 'apiVersion: landscape/v1\nsystems: [{ id: a, mode: mode1 }]\n';
    assert.equal(reparseIncrementally(flow, parseYaml(flow), flow.replace('mode1', 'mode2')), undefined);
  });
});
