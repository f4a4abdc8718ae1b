/**
 * The importers' small parts: the YAML writer (every string reads back as itself, with our
 * parser and with the `yaml` package, whatever it holds), ids made from foreign names and
 * their collisions, Backstage entity references in every form, the CSV separator.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parse } from 'yaml';
import { parseYaml } from '../../../src/core/parse/parse-yaml';
import { toPlain } from '../../../src/core/parse/yaml-tree';
import { writeLandscape, scalar, toYaml, type OutDocument } from '../../../src/core/interop/yaml-writer';
import { IdSpace, toIdWords } from '../../../src/core/interop/ids';
import { parseEntityRef, refKey } from '../../../src/core/interop/backstage/entity-ref';
import { detectSeparator } from '../../../src/core/interop/csv/parse-csv';

const HOSTILE = ['', ' ', 'yes', 'No', 'off', 'null', '~', '1.0', '0x1F', '1_000', '12:30', '2026-02-01', '- item', '? q', ': x', 'a: b', 'a #b', 'a#b', '#c', '&anchor', '*alias', '!tag', '|', '>', '"q"', "it's", '[a, b]', '{a: b}', 'a,b', '@at', '`tick', '%dir', 'tab\there', 'line\nbreak', 'two\n\nlines\n', 'trail\n\n', '\n', '\r\n', ' lead', 'trail ', 'back\\slash', 'nul\0', 'bell\x07', 'del\x7f', 'nel\u0085', 'ls\u2028', 'bom\ufeff', 'lone\ud800', '日本語', 'emoji 😀', '</script>', '\u00a0nbsp'];

function roundTrip(fields: Record<string, unknown>): { ours: unknown; theirs: unknown } {
  const doc: OutDocument = { header: ['hostile # header\nline'], sections: { systems: [{ fields: fields as never, comments: ['comment\nwith: break # and hash'] }] }, trailer: ['end\r\n# not yaml: x'] };
  const text = writeLandscape(doc);
  const ours = parseYaml(text);
  assert.deepEqual(ours.problems, [], text);
  return { ours: (toPlain(ours.root) as { systems: unknown[] }).systems[0], theirs: (parse(text) as { systems: unknown[] }).systems[0] };
}

describe('yaml-writer', () => {
  it('every hostile string reads back as itself, as a value, a key, a list item and a flow list item', () => {
    for (const s of HOSTILE) {
      const fields = { id: 'x', name: s, annotations: { [s === '' ? 'empty' : s]: s }, tags: [s, 'b'], links: [{ url: s }] };
      const { ours, theirs } = roundTrip(fields);
      assert.deepEqual(ours, fields, JSON.stringify(s));
      assert.deepEqual(theirs, fields, JSON.stringify(s));
    }
  });

  it('any string reads back as itself (fast-check, full Unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (a, b) => {
        const fields = { id: 'x', name: a, description: b, tags: [a, b] };
        const { ours, theirs } = roundTrip(fields);
        assert.deepEqual(ours, fields);
        assert.deepEqual(theirs, fields);
      }),
      { numRuns: 300 },
    );
  });

  it('toYaml: any JSON document (nested lists and mappings, hostile keys and strings) reads back as itself (fast-check)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary', maxLength: 8 }), fc.jsonValue({ maxDepth: 4 }), { minKeys: 1 }), (doc) => {
        const text = toYaml(doc);
        const ours = parseYaml(text);
        assert.deepEqual(ours.problems, [], text);
        // JSON has -0, YAML reads `0` back: JSON's own round trip is the measure.
        const json = JSON.parse(JSON.stringify(doc)) as unknown;
        assert.deepEqual(JSON.parse(JSON.stringify(toPlain(ours.root))), json, text);
        assert.deepEqual(JSON.parse(JSON.stringify(parse(text))), json, text);
      }),
      { numRuns: 300 },
    );
    assert.equal(toYaml({ a: [[1, { b: [] }], []], c: { d: 'x\ny\n' }, e: Infinity }), 'a:\n  - - 1\n    - b: []\n  - []\nc:\n  d: |\n    x\n    y\ne: .inf\n');
  });

  it('writes plain what is safe, quotes the rest', () => {
    assert.deepEqual(
      ['team-a', 'SAP S/4HANA', 'https://x.org/a?b=c#d', 'yes', '1.0', '2026-02-01', 'a: b', "it's", 'a,b'].map((s) => scalar(s, true)),
      ['team-a', 'SAP S/4HANA', 'https://x.org/a?b=c#d', "'yes'", "'1.0'", '2026-02-01', "'a: b'", "it's", "'a,b'"],
    );
    assert.equal(scalar('a\u0007b', false), '"a\\u0007b"');
  });
});

describe('ids', () => {
  it('makes names kebab-case ids', () => {
    assert.deepEqual(
      ['Invalid Component', 'playbackOrder', 'HTTPServer', 'Bäckström_ERP', 'Straße', 'a--b', '--', '日本', 'x'.repeat(80), `${'abc-'.repeat(20)}z`].map(toIdWords),
      ['invalid-component', 'playback-order', 'http-server', 'backstrom-erp', 'strasse', 'a-b', '', '', 'x'.repeat(63), 'abc-'.repeat(15).slice(0, -1)],
    );
  });

  it('resolves collisions by kind, then by number, within 63 characters, and records each', () => {
    const ids = new IdSpace();
    assert.deepEqual(
      [ids.take('orders', 'component', 'c'), ids.take('orders', 'api', 'a'), ids.take('orders', 'api', 'a2'), ids.take('', 'group', 'g1'), ids.take('', 'group', 'g2'), ids.take('y'.repeat(63), 'api', 'long1'), ids.take('y'.repeat(63), 'api', 'long2')],
      ['orders', 'orders-api', 'orders-api-2', 'group', 'group-2', 'y'.repeat(63), `${'y'.repeat(59)}-api`],
    );
    assert.deepEqual(ids.renamings.map((r) => [r.source, r.id, r.takenBy]), [['a', 'orders-api', 'c'], ['a2', 'orders-api-2', 'c'], ['g1', 'group', ''], ['g2', 'group-2', ''], ['long2', `${'y'.repeat(59)}-api`, 'long1']]);
  });
});

describe('Backstage entity references', () => {
  it('reads every form with the field defaults', () => {
    const d = { kind: 'group', namespace: 'ops' };
    const cases: [unknown, string][] = [
      ['team-a', 'group:ops/team-a'],
      ['user:anna', 'user:ops/anna'],
      ['default/team-a', 'group:default/team-a'],
      ['Component:Default/WebShop', 'component:default/webshop'],
      [{ kind: 'API', name: 'orders' }, 'api:ops/orders'],
      ['ns/na:me', 'group:ns/na:me'],
    ];
    for (const [value, key] of cases) {
      const ref = parseEntityRef(value, d);
      assert.ok(!('problem' in ref), JSON.stringify(value));
      assert.equal(refKey(ref), key);
    }
    assert.deepEqual(parseEntityRef('stock', { namespace: 'default' }), { problem: "'stock' names no kind (write e.g. component:stock or resource:stock)" });
    assert.deepEqual(parseEntityRef(':x', d), { problem: 'a reference with an empty kind, namespace or name' });
    assert.deepEqual(parseEntityRef(42, d), { problem: '42 is not an entity reference' });
  });
});

describe('CSV separator', () => {
  it('is the one the header line uses most outside quotes', () => {
    assert.deepEqual(['a,b,c\n1;2', 'a;b;"c,d,e"\n', 'a\tb\n', 'a|b|c', 'single\n'].map(detectSeparator), [',', ';', '\t', '|', ',']);
  });
});
