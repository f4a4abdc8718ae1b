/**
 * The architecture of src/README.md checked by dependency-cruiser (.dependency-cruiser.cjs, also
 * `npm run lint:deps`): the real tree has no violation, and a deliberately wrong import in a small
 * tree that mirrors the layout gives exactly the violation of its rule. dependency-cruiser runs
 * in plain Node (test/helpers/depcruise.mjs says why), once for every tree.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** A clean little landscape of the layout: an entry, the core's index, a parse and a rules module. */
const BASE: Record<string, string> = {
  'src/cli/main.ts': "import { p, r } from '../core/index';\nexport const x = [p, r];\n",
  'src/core/index.ts': "export { p } from './parse/p';\nexport { r } from './rules/r';\n",
  'src/core/parse/p.ts': 'export const p = 1;\n',
  'src/core/rules/r.ts': 'export type R = { id: string };\nexport const r = 2;\n',
};

const index = (...more: string[]): string => `${BASE['src/core/index.ts']}${more.map((m) => `${m}\n`).join('')}`;

/** Each wrong import (files over BASE) and exactly the violations it must give. */
const CASES: { name: string; files: Record<string, string>; expected: string[] }[] = [
  {
    name: 'a lower layer imports a higher one: parse names a rules type (type-only imports count)',
    files: { 'src/core/parse/p.ts': "import type { R } from '../rules/r';\nexport const p: R | 1 = 1;\n" },
    expected: ['core-layer-parse: src/core/parse/p.ts → src/core/rules/r.ts'],
  },
  {
    name: 'the CLI imports a core module around src/core/index.ts',
    files: { 'src/cli/main.ts': `${BASE['src/cli/main.ts']}export { r as r2 } from '../core/rules/r';\n` },
    expected: ['front-ends-through-core-index: src/cli/main.ts → src/core/rules/r.ts'],
  },
  {
    name: 'the core imports node:*',
    files: { 'src/core/parse/p.ts': "import { readFileSync } from 'node:fs';\nexport const p = readFileSync;\n" },
    expected: ['core-no-node: src/core/parse/p.ts → fs'], // dependency-cruiser names the built-in without its scheme
  },
  {
    name: 'the core imports vscode (unresolved here: the little tree has no node_modules)',
    files: { 'src/core/parse/p.ts': "import * as vscode from 'vscode';\nexport const p = vscode;\n" },
    expected: ['core-no-host: src/core/parse/p.ts → vscode', 'not-to-unresolvable: src/core/parse/p.ts → vscode'],
  },
  {
    name: 'the webview imports more than the protocol and the diagram types',
    files: { 'src/webview/main.ts': "import { p } from '../core/index';\nexport const w = p;\n" },
    expected: ['webview-protocol-and-diagram-types: src/webview/main.ts → src/core/index.ts'],
  },
  {
    name: 'load owns a schema cache (allowed by the layer order alone)',
    files: {
      'src/core/index.ts': index("export { l } from './load/l';"),
      'src/core/load/l.ts': "import { SchemaCache } from '../schema/s';\nexport const l = new SchemaCache();\n",
      'src/core/schema/s.ts': 'export class SchemaCache {}\n',
    },
    expected: ['load-owns-no-schema-cache: src/core/load/l.ts → src/core/schema/s.ts'],
  },
  {
    name: 'the layout imports the SVG writer',
    files: {
      'src/core/index.ts': index("export { order } from './diagram/lane-order';"),
      'src/core/diagram/lane-order.ts': "import { pathBetween } from './svg';\nexport const order = pathBetween;\n",
      'src/core/diagram/svg.ts': "export const pathBetween = '';\n",
    },
    expected: ['layout-not-renderers: src/core/diagram/lane-order.ts → src/core/diagram/svg.ts'],
  },
  {
    name: 'the layout imports the drawing',
    files: {
      'src/core/index.ts': index("export { layout } from './diagram/layout';"),
      'src/core/diagram/layout.ts': "import { drawDiagram } from './drawing';\nexport const layout = drawDiagram;\n",
      'src/core/diagram/drawing.ts': "export const drawDiagram = '';\n",
    },
    expected: ['layout-not-renderers: src/core/diagram/layout.ts → src/core/diagram/drawing.ts'],
  },
  {
    name: 'the drawing (in the webview bundle) imports more than the model and the label layout',
    files: {
      'src/core/index.ts': index("export { drawDiagram } from './diagram/drawing';"),
      'src/core/diagram/drawing.ts': "import { laid } from './layout';\nexport const drawDiagram = laid;\n",
      'src/core/diagram/layout.ts': 'export const laid = 1;\n',
    },
    expected: ['drawing-dom-free-and-small: src/core/diagram/drawing.ts → src/core/diagram/layout.ts'],
  },
  {
    name: 'the vendored parser is read outside core/parse',
    files: {
      'src/core/index.ts': index("export { m } from './model/m';"),
      'src/core/model/m.ts': "import { parseEvents } from '../parse/vendor/events';\nexport const m = parseEvents;\n",
      'src/core/parse/vendor/events.js': 'export function parseEvents() {}\n',
    },
    expected: ['vendored-parser-behind-parse: src/core/model/m.ts → src/core/parse/vendor/events.js'],
  },
  {
    name: 'a circular import',
    files: {
      'src/core/index.ts': index("export { a } from './parse/a';"),
      'src/core/parse/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'src/core/parse/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    },
    expected: ['no-circular: src/core/parse/a.ts → src/core/parse/b.ts'], // a cycle is reported once, where the walk enters it
  },
  {
    name: 'the language service imports node:* (its host reads files)',
    files: {
      'src/server/main.ts': "import { l } from '../language-service/index';\nexport const m = l;\n",
      'src/language-service/index.ts': "import { readFileSync } from 'node:fs';\nexport const l = readFileSync;\n",
    },
    expected: ['language-service-no-node: src/language-service/index.ts → fs'],
  },
  {
    name: 'the language service imports the server',
    files: {
      'src/server/main.ts': "import { l } from '../language-service/index';\nexport const m = l;\n",
      'src/language-service/index.ts': "import { s } from '../server/s';\nexport const l = s;\n",
      'src/server/s.ts': 'export const s = 1;\n',
    },
    expected: ['language-service-host-free: src/language-service/index.ts → src/server/s.ts'],
  },
  {
    name: 'the extension imports the server beyond its protocol file',
    files: {
      'src/extension/extension.ts': "import { s } from '../server/server';\nexport const e = s;\n",
      'src/server/server.ts': 'export const s = 1;\n',
    },
    expected: ['extension-server-protocol-only: src/extension/extension.ts → src/server/server.ts'],
  },
  {
    name: 'the CLI imports the server beyond the bundle it loads (main.ts)',
    files: {
      'src/cli/main.ts': `${BASE['src/cli/main.ts']}export { s } from '../server/server';\n`,
      'src/server/server.ts': 'export const s = 1;\n',
    },
    expected: ['cli-starts-server-only: src/cli/main.ts → src/server/server.ts'],
  },
  {
    name: 'the Node file access the CLI and the server share imports a front end',
    files: {
      'src/cli/main.ts': `${BASE['src/cli/main.ts']}export { f } from '../node/files';\n`,
      'src/node/files.ts': "import { c } from '../cli/c';\nexport const f = c;\n",
      'src/cli/c.ts': 'export const c = 1;\n',
    },
    expected: ['node-files-below-front-ends: src/node/files.ts → src/cli/c.ts'],
  },
  {
    name: 'a module nothing imports',
    files: { 'src/core/util/dead.ts': 'export const dead = 0;\n' },
    expected: ['no-orphans: src/core/util/dead.ts → src/core/util/dead.ts', 'reachable-from-an-entry: src/core/util/dead.ts → src/core/util/dead.ts'],
  },
];

type Outcome = { violations: string[]; ignored: string[] };

describe('layering (dependency-cruiser, .dependency-cruiser.cjs)', function () {
  let tmp = '';
  let results: Record<string, Outcome> = {};
  let known: string[] = [];
  const dirOf = (i: number): string => path.join(tmp, i < 0 ? 'base' : `case-${i}`);

  before(function () {
    this.timeout(120_000); // one Node process cruising 11 trees: ~3 s here, more on a busy machine
    tmp = mkdtempSync(path.join(tmpdir(), 'layering-'));
    const trees = [{ dir: dirOf(-1), files: BASE }, ...CASES.map((c, i) => ({ dir: dirOf(i), files: { ...BASE, ...c.files } }))];
    for (const t of trees) {
      for (const [rel, text] of Object.entries(t.files)) {
        mkdirSync(path.dirname(path.join(t.dir, rel)), { recursive: true });
        writeFileSync(path.join(t.dir, rel), text);
      }
    }
    const out = execFileSync(process.execPath, [path.join(ROOT, 'test/helpers/depcruise.mjs'), ROOT, ...trees.map((t) => t.dir)], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    ({ known, results } = JSON.parse(out) as { known: string[]; results: Record<string, Outcome> });
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('the source tree breaks no rule', () => {
    assert.deepEqual(results[ROOT].violations, []);
  });

  it('ignores exactly the known violations the configuration lists: none (an exception goes once its import is gone)', () => {
    assert.deepEqual(known, []);
    assert.deepEqual(results[ROOT].ignored, []);
  });

  it('the little tree the wrong imports go into breaks no rule', () => {
    assert.deepEqual(results[dirOf(-1)], { violations: [], ignored: [] });
  });

  CASES.forEach((c, i) => {
    it(`fails on ${c.name}`, () => {
      assert.deepEqual(results[dirOf(i)], { violations: [...c.expected].sort(), ignored: [] });
    });
  });
});
