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

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

describe('architecture', () => {
  it('src/core imports nothing from vscode, the DOM or node:*', () => {
    const bad: string[] = [];
    for (const f of files(path.join(SRC, 'core'))) {
      for (const i of imports(f)) {
        if (i === 'vscode' || i.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'worker_threads'].includes(i)) bad.push(`${path.relative(SRC, f)} imports ${i}`);
      }
      const text = readFileSync(f, 'utf8');
      if (/\b(document|window)\.\w/.test(text.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''))) bad.push(`${path.relative(SRC, f)} uses the DOM`);
    }
    assert.deepEqual(bad, []);
  });

  it('nothing compiles a JSON schema at run time: ajv is imported for its types only (validators are generated ahead of time)', () => {
    const bad: string[] = [];
    for (const f of files(SRC)) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s*['"](ajv(?:\/[^'"]*)?)['"]/gm)) if (!m[1]) bad.push(`${path.relative(SRC, f)} imports ${m[2]}`);
    }
    assert.deepEqual(bad, []);
  });

  it('the CLI and the extension import the core only through src/core/index.ts', () => {
    const bad: string[] = [];
    for (const front of ['cli', 'extension']) {
      const dir = path.join(SRC, front);
      let list: string[] = [];
      try { list = files(dir); } catch { continue; }
      for (const f of list) {
        for (const i of imports(f)) {
          if (!i.startsWith('.')) continue;
          const target = path.resolve(path.dirname(f), i);
          const rel = path.relative(path.join(SRC, 'core'), target);
          if (!rel.startsWith('..') && rel !== 'index' && rel !== 'index.ts') bad.push(`${path.relative(SRC, f)} imports ${i}`);
        }
      }
    }
    assert.deepEqual(bad, []);
  });

  it('the webview imports only the protocol and diagram types', () => {
    const dir = path.join(SRC, 'webview');
    let list: string[] = [];
    try { list = files(dir); } catch { return; }
    const bad: string[] = [];
    for (const f of list) {
      for (const i of imports(f)) {
        if (!i.startsWith('.')) { bad.push(`${path.relative(SRC, f)} imports package ${i}`); continue; }
        const target = path.resolve(path.dirname(f), i);
        const rel = path.relative(SRC, target);
        if (!rel.startsWith('webview') && !rel.startsWith(path.join('core', 'diagram'))) bad.push(`${path.relative(SRC, f)} imports ${i}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('there is one file per rule, named after the rule id, exporting it', async () => {
    const { ALL_RULES } = await import('../../../src/core/index');
    for (const r of ALL_RULES) {
      const mod = await import(path.join(SRC, 'core', 'rules', `${r.meta.id}.ts`));
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
