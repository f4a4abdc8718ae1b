/**
 * The linters of `npm run lint` besides dependency-cruiser (whose wrong imports
 * test/unit/core/layering.test.ts tries): knip with the repository's knip.jsonc, and ESLint
 * with the repository's eslint.config.mjs (typescript-eslint with type information). Each runs
 * on small trees that mirror the layout, in a temporary folder: a clean tree gives nothing, and
 * each deliberate fault gives exactly its finding. The real tree is linted by `npm run lint`,
 * a step of `npm test`.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** A folder with the given files, the repository's configuration files and its node_modules. */
function tree(parent: string, name: string, files: Record<string, string>, configs: string[]): string {
  const dir = path.join(parent, name);
  mkdirSync(dir, { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  for (const c of configs) copyFileSync(path.join(ROOT, c), path.join(dir, c));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('the type checker and the compiler API', () => {
  it('tsc is TypeScript 7; typescript-eslint loads the TypeScript 6 API (TypeScript 7 has none)', () => {
    const tsc = execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['--version'], { encoding: 'utf8' });
    assert.match(tsc, /^Version 7\./);
    // The parser typescript-eslint uses, as it resolves it, and the `typescript` that resolves from there.
    const estree = createRequire(require.resolve('typescript-eslint')).resolve('@typescript-eslint/typescript-estree');
    const fromEstree = createRequire(estree);
    assert.match((fromEstree('typescript') as { version: string }).version, /^6\./);
  });
});

describe('knip (knip.jsonc): unused files, exports and dependencies', function () {
  this.timeout(120_000);

  /** A clean little tree of the layout: the CLI's entry, the core's index, one util module. */
  const BASE: Record<string, string> = {
    'package.json': '{ "name": "probe", "private": true }\n',
    'src/cli/main.ts': "import { area, p, type P } from '../core/index';\nexport const x: P = area({ n: p });\n",
    'src/core/index.ts': "export { area, p, type P } from './util/p';\n",
    // A type exported beside the function that names it needs no importer (knip.jsonc says why).
    'src/core/util/p.ts': 'export type P = number;\nexport interface Shape { n: P }\nexport const p: P = 1;\nexport function area(s: Shape): P { return s.n; }\n',
  };
  const CASES: { name: string; files: Record<string, string>; expected: string[] }[] = [
    {
      name: 'an export nobody imports',
      files: { 'src/core/util/p.ts': `${BASE['src/core/util/p.ts']}export const unused = 2;\n` },
      expected: ['exports: src/core/util/p.ts unused'],
    },
    {
      name: 'an exported type nobody names, not even its own file',
      files: { 'src/core/util/p.ts': `${BASE['src/core/util/p.ts']}export type Lonely = string;\n` },
      expected: ['types: src/core/util/p.ts Lonely'],
    },
    {
      name: 'a module nothing imports',
      files: { 'src/core/util/dead.ts': 'export const dead = 0;\n' },
      expected: ['files: src/core/util/dead.ts src/core/util/dead.ts'],
    },
    {
      name: 'a dependency nothing imports',
      files: { 'package.json': '{ "name": "probe", "private": true, "devDependencies": { "left-pad": "^1.3.0" } }\n' },
      expected: ['devDependencies: package.json left-pad'],
    },
  ];

  type KnipIssue = Record<string, unknown> & { file: string };
  let tmp = '';
  const knip = (dir: string): { code: number | null; found: string[] } => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'knip', 'bin', 'knip.js'), '--directory', dir, '--no-progress', '--reporter', 'json'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    const found: string[] = [];
    for (const issue of (JSON.parse(r.stdout || '{"issues":[]}') as { issues: KnipIssue[] }).issues) {
      for (const [kind, list] of Object.entries(issue)) {
        if (Array.isArray(list)) for (const i of list as { name: string }[]) found.push(`${kind}: ${issue.file} ${i.name}`);
      }
    }
    return { code: r.status, found: found.sort() };
  };

  before(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'knip-'));
  });
  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('the little tree the faults go into passes', () => {
    assert.deepEqual(knip(tree(tmp, 'base', BASE, ['knip.jsonc'])), { code: 0, found: [] });
  });

  CASES.forEach((c, i) => {
    it(`fails on ${c.name}`, () => {
      assert.deepEqual(knip(tree(tmp, `case-${i}`, { ...BASE, ...c.files }, ['knip.jsonc'])), { code: 1, found: c.expected });
    });
  });
});

describe('ESLint (eslint.config.mjs): typescript-eslint with type information, and our own rules', function () {
  // One ESLint run for all files: typescript-eslint builds the program once (~10-30 s).
  this.timeout(240_000);

  /** Each file and exactly the findings it must give, as "rule line:column". */
  const FILES: Record<string, { text: string; expected: string[] }> = {
    'src/core/util/clean.ts': {
      text: [
        "import type { ErrorObject } from 'ajv';", // ajv for its types is allowed
        'export const widest = (xs: number[]): number => xs.reduce((w, x) => Math.max(w, x), 0);',
        'export const copy = (xs: number[], o: object): unknown => [new Set([...xs]), { ...o }];', // spreads into literals are no arguments
        'export const message = (e: ErrorObject): string => e.message ?? "";',
        '',
      ].join('\n'),
      expected: [],
    },
    'src/core/util/floating.ts': {
      // Needs the types: only the checker knows that f() returns a promise.
      text: 'const f = (): Promise<number> => Promise.resolve(1);\nexport function g(): void {\n  f();\n}\n',
      expected: ['@typescript-eslint/no-floating-promises 3:3'],
    },
    'src/core/util/spread.ts': {
      text: 'export function all(into: number[], xs: number[]): Date {\n  into.push(...xs);\n  return new Date(...(xs as [number]));\n}\n',
      expected: ['no-restricted-syntax 2:13', 'no-restricted-syntax 3:19'],
    },
    'src/core/util/host-free.ts': {
      text: 'export const title = (): string => document.title;\nexport const home = (): string | undefined => process.env.HOME;\n',
      expected: ['no-restricted-globals 1:36', 'no-restricted-globals 2:47'],
    },
    'src/core/schema/compile.ts': {
      text: "import Ajv from 'ajv';\nexport const ajv = new Ajv();\n",
      expected: ['@typescript-eslint/no-restricted-imports 1:1'],
    },
    'src/core/util/lanes.ts': {
      text: "export type Mode = 'mode1' | 'gearbox' | 'mode2';\nexport function lane(m: Mode): number {\n  switch (m) {\n    case 'mode1': return 0;\n    case 'mode2': return 2;\n  }\n  return -1;\n}\n",
      expected: ['@typescript-eslint/switch-exhaustiveness-check 3:11'],
    },
    'src/cli/types-only.ts': {
      text: "import { Dirent } from 'node:fs';\nexport const names = (ds: Dirent[]): string[] => ds.map((d) => d.name);\n",
      expected: ['@typescript-eslint/consistent-type-imports 1:1'],
    },
    'test/unsafe.test.ts': {
      // Spread arguments are a rule of src only (a test's arrays are small).
      text: "export const n = JSON.parse('{\"a\": 1}').a as number;\nexport const m = Math.max(...[n, 2]);\n",
      expected: ['@typescript-eslint/no-unsafe-member-access 1:41'],
    },
  };

  let tmp = '';
  let found: Record<string, string[]> = {};

  before(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'eslint-'));
    const dir = tree(tmp, 'tree', Object.fromEntries(Object.entries(FILES).map(([f, c]) => [f, c.text])), ['eslint.config.mjs', 'tsconfig.json']);
    // ESLint's API from the repository, configured by the copied eslint.config.mjs in `dir`.
    const { ESLint } = await import('eslint');
    const results = await new ESLint({ cwd: dir }).lintFiles(['src', 'test']);
    found = Object.fromEntries(results.map((r) => [path.relative(dir, r.filePath).split(path.sep).join('/'), r.messages.map((m) => `${m.ruleId ?? m.message} ${m.line}:${m.column}`)]));
  });
  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('lints every file of the tree', () => {
    assert.deepEqual(Object.keys(found).sort(), Object.keys(FILES).sort());
  });

  for (const [file, c] of Object.entries(FILES)) {
    it(c.expected.length ? `fails on ${file}: ${c.expected.map((e) => e.split(' ')[0]).join(', ')}` : `passes ${file}`, () => {
      assert.deepEqual(found[file], c.expected);
    });
  }
});
