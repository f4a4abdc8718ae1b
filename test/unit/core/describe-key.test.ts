import { strict as assert } from 'node:assert';
import { describeKey, keyAt, parseYaml } from '../../../src/core/index';

const TEXT = `apiVersion: landscape/v1
systems:
  - id: shop
    mode: mode2
    security: { lastReview: 2025-01-01 }
    consumes:
      - { api: a, interaction: async }
x-team: whatever
lint:
  rules:
    max-fan-out: warn
`;
const root = parseYaml(TEXT).root;
const at = (needle: string, delta = 1): number => TEXT.indexOf(needle) + delta;

describe('describeKey (hover on keys from the schema)', () => {
  it('finds the key under the offset with its path and exact span', () => {
    const k = keyAt(root, at('mode:'));
    assert.deepEqual(k?.path, ['systems', 0, 'mode']);
    assert.equal(TEXT.slice(k.span.start, k.span.end), 'mode');
  });

  it('describes an enum key with its values', () => {
    const d = describeKey(root, at('mode:'))!;
    assert.match(d.markdown, /^\*\*mode\*\*: /);
    assert.match(d.markdown, /Values: `mode1`, `mode2`, `gearbox`/);
  });

  it("gives the schema's default where it has one", () => {
    const lifecycle = describeKey(parseYaml('systems:\n  - { id: a, lifecycle: plan }\n').root, 'systems:\n  - { id: a, l'.length)!;
    assert.match(lifecycle.markdown, /\n\nDefault: `active`$/);
    assert.doesNotMatch(describeKey(root, at('mode:'))!.markdown, /Default:/);
  });

  it('follows nested objects, flow maps and "id or object" list entries', () => {
    assert.match(describeKey(root, at('lastReview'))!.markdown, /^\*\*lastReview\*\*: Date of the last security review/);
    assert.match(describeKey(root, at('interaction'))!.markdown, /^\*\*interaction\*\*: /);
    assert.match(describeKey(root, at('api:'))!.markdown, /^\*\*api\*\*: /);
  });

  it('describes x- keys and rule ids under lint.rules', () => {
    assert.match(describeKey(root, at('x-team'))!.markdown, /Extension data for other tools/);
    assert.ok(describeKey(root, at('max-fan-out')));
  });

  it('says nothing on values, unknown keys or outside the tree', () => {
    assert.equal(describeKey(root, at('mode2')), undefined);
    assert.equal(describeKey(parseYaml('systems:\n  - { id: a, colour: red }\n').root, 'systems:\n  - { id: a, c'.length), undefined);
    assert.equal(describeKey(root, TEXT.length + 5), undefined);
    assert.equal(describeKey(null, 0), undefined);
  });
});
