/** The invariants of src/README.md, checked on the source (DESIGN.md §1). */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const SRC = path.resolve(__dirname, '../../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  // Which module imports which (the core host-free, the front ends through src/core/index.ts,
  // the webview only the protocol and the drawing) is dependency-cruiser's (.dependency-cruiser.cjs,
  // test/unit/core/layering.test.ts); the core's use of DOM or Node globals, ajv for its types
  // only and spread arguments are ESLint's (eslint.config.mjs, test/unit/core/linters.test.ts).
  // Both run in `npm run lint`. What is left here are checks of names and of meaning.

  it('there is one file per rule, named after the rule id, exporting it', async () => {
    const { ALL_RULES } = await import('../../../src/core/index');
    for (const r of ALL_RULES) {
      const mod = (await import(path.join(SRC, 'core', 'rules', `${r.meta.id}.ts`))) as { default: unknown };
      assert.equal(mod.default, r, `src/core/rules/${r.meta.id}.ts must export the rule ${r.meta.id}`);
    }
  });

  // Rule knowledge stays in the rule (issue 11 item 5): what the suppressions and the editor
  // need to know of a finding (which definition it is about, where to go from it) the finding
  // says, so no code outside src/core/rules names a rule. Comments may.
  it('no code outside src/core/rules names a rule id in a string', async () => {
    const { ALL_RULES } = await import('../../../src/core/index');
    const ids = new Set(ALL_RULES.map((r) => r.meta.id));
    const bad: string[] = [];
    for (const f of files(SRC)) {
      if (f.startsWith(path.join(SRC, 'core', 'rules') + path.sep) || f.includes(`${path.sep}generated${path.sep}`)) continue;
      const code = readFileSync(f, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '');
      for (const m of code.matchAll(/(['"`])([a-z0-9-]+)\1/g)) if (ids.has(m[2])) bad.push(`${path.relative(SRC, f)} names ${m[2]}`);
    }
    assert.deepEqual(bad, []);
  });

  it('the core codes are described in one table: nothing outside src/core names one in a string', () => {
    const bad: string[] = [];
    for (const f of files(SRC)) {
      if (f.startsWith(path.join(SRC, 'core') + path.sep)) continue;
      const code = readFileSync(f, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '');
      for (const m of code.matchAll(/(['"`])(core\/[a-z-]+)\1/g)) bad.push(`${path.relative(SRC, f)} names ${m[2]}`);
    }
    assert.deepEqual(bad, []);
  });

  // The graph's rows are an implementation: rules read the graph through its methods
  // (outBegin/outEnd/edgeAt, inBegin/inEnd/inEdgeAt, apisOf, providerOf, …), whose order
  // invariants graph.ts writes down. The compiler keeps the private fields private; this keeps
  // them private (and unread by name anywhere else, bracket access included).
  const GRAPH_ROWS = ['edges', 'outStart', 'inStart', 'inEdges', 'apiStart', 'apiProvider', 'apiIds'];

  it("the graph's index arrays are private to src/core/model/graph.ts", () => {
    const graph = readFileSync(path.join(SRC, 'core', 'model', 'graph.ts'), 'utf8');
    const notPrivate = GRAPH_ROWS.filter((f) => !new RegExp(`^\\s*private readonly ${f}\\b`, 'm').test(graph));
    assert.deepEqual(notPrivate, []);
  });

  it('no file outside graph.ts names those arrays', () => {
    const bad: string[] = [];
    // `edges` is a common word (diagram models have edges too): only a graph's is looked for.
    const read = new RegExp(`\\b(${GRAPH_ROWS.filter((f) => f !== 'edges').join('|')})\\b|\\bgraph\\.edges\\b|\\bg\\.edges\\b`);
    for (const f of files(SRC)) {
      if (f === path.join(SRC, 'core', 'model', 'graph.ts')) continue;
      const code = readFileSync(f, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '');
      const m = read.exec(code);
      if (m) bad.push(`${path.relative(SRC, f)} reads ${m[0]}`);
    }
    assert.deepEqual(bad, []);
  });
});
