/**
 * The vendored event parser (src/core/parse/vendor/yaml-events.js, generated from js-yaml by
 * scripts/vendor-yaml-events.mjs) must produce exactly js-yaml's events and errors: the only
 * change is where the events are stored. Compared on every YAML file of the project, the
 * examples, a generated 1,000-system landscape and random token soups that exercise the
 * error paths and the parser's backtracking (an inserted mapping start).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseEvents as jsYamlEvents, type Event } from 'js-yaml';
import { parseEvents as vendoredEvents, REC } from '../../../src/core/parse/vendor/yaml-events';
import { generateLandscape } from '../../../bench/generate';

const ROOT = path.resolve(__dirname, '../../..');

/** js-yaml's event objects, as records in the vendored layout. */
function asRecords(events: Event[]): number[][] {
  return events.map((e) => {
    const any = e as unknown as Record<string, number | boolean | undefined>;
    const n = (k: string): number => (typeof any[k] === 'number' ? any[k] : -1);
    switch (e.type) {
      case 1: return [1, any.explicitStart ? 1 : 0, any.explicitEnd ? 1 : 0];
      case 2:
      case 3: return [e.type, n('start'), n('anchorStart'), n('anchorEnd'), n('tagStart'), n('tagEnd'), n('style')];
      case 4: return [4, n('valueStart'), n('valueEnd'), n('anchorStart'), n('anchorEnd'), n('tagStart'), n('tagEnd'), n('style'), n('chomping'), n('indent'), any.fast ? 1 : 0];
      case 5: return [5, n('anchorStart'), n('anchorEnd')];
      default: return [e.type];
    }
  });
}

function vendoredRecords(text: string, maxDepth: number): number[][] {
  const buf = vendoredEvents(text, { maxDepth });
  const out: number[][] = [];
  for (let i = 0; i < buf.length; i++) {
    const r = Array.from(buf.data.subarray(i * REC, (i + 1) * REC));
    switch (r[0]) {
      case 1: out.push(r.slice(0, 3)); break;
      case 2:
      case 3: out.push([r[0], r[1], r[3], r[4], r[5], r[6], r[7]]); break;
      case 4: out.push(r); break;
      case 5: out.push([5, r[3], r[4]]); break;
      default: out.push([r[0]]);
    }
  }
  return out;
}

type Outcome = { events: number[][] } | { error: string; position: number | undefined };

function outcome(run: () => number[][]): Outcome {
  try {
    return { events: run() };
  } catch (e) {
    const err = e as { reason?: string; message?: string; mark?: { position?: number } };
    return { error: err.reason ?? err.message ?? String(e), position: err.mark?.position };
  }
}

function assertSame(text: string, maxDepth = 1000): void {
  const expected = outcome(() => asRecords(jsYamlEvents(text, { maxDepth })));
  const actual = outcome(() => vendoredRecords(text, maxDepth));
  assert.deepEqual(actual, expected, `input: ${JSON.stringify(text.slice(0, 300))}`);
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(name) ? [p] : [];
  });
}

const TOKENS = ['key', 'id', ': ', ':', '- ', '-', '\n', '\n  ', '\n    ', '  ', '"q"', "'s'", '"a\\"b"', "'it''s'", '{', '}', '[', ']', ', ', '&a ', '*a', '!!str ', '! ', '|\n  text\n', '>-\n  folded\n', '# c', '---\n', '...\n', '? ', 'x: y', '\t', '%YAML 1.2\n', 'null', '1.5', '~', '"\\u00e9"'];

describe('vendored YAML event parser', () => {
  it('is what scripts/vendor-yaml-events.mjs makes from the installed js-yaml', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/vendor-yaml-events.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('gives exactly js-yaml\'s events on every YAML file of the project and the shared examples', () => {
    const files = [...yamlFiles(ROOT), ...yamlFiles(path.resolve(ROOT, '../shared/spec/examples'))];
    assert.ok(files.length >= 10, files.join());
    for (const f of files) assertSame(readFileSync(f, 'utf8'));
  });

  it('gives exactly js-yaml\'s events on a generated 1,000-system landscape', () => {
    assertSame(generateLandscape(1000));
  });

  it('gives the same events or the same error (message and position) on random token soups', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), (tokens) => assertSame(tokens.join(''))), { numRuns: 3000, seed: 20261125 });
  });

  it('stops at the same nesting depth with the same error', () => {
    assertSame('['.repeat(50) + ']'.repeat(50), 20);
    assertSame('a:\n' + Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i + 1)}b${i}:`).join('\n'), 10);
  });

  it('handles the backtracking cases: a key that turns out to start a mapping, flow pairs in sequences', () => {
    for (const text of ['- a: 1\n  b: 2\n', '[a: 1, b]\n', '&x a: 1\n', '? complex\n: value\n', 'a: [b: c, {d: e}]\n', 'top:\n  - &anc k: v\n  - *anc\n']) assertSame(text);
  });
});
