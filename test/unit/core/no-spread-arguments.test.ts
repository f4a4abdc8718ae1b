/**
 * No call in src passes an array as spread arguments (`xs.push(...ys)`, `Math.max(...xs)`,
 * `el.append(...nodes)`): each item becomes an argument on the stack, and past ~125,000 items
 * V8 throws RangeError (100,000 systems' findings crashed `landscape lint` that way). Loops or
 * `pushAll` instead. Checked on the syntax tree (esbuild strips the types, acorn parses).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as acorn from 'acorn';
import * as walk from 'acorn-walk';
import { transformSync } from 'esbuild';

const SRC = path.resolve(__dirname, '../../../src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|js|mjs)$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}

/** Calls with a spread argument in a piece of TypeScript or JavaScript: "callee(...)" per call. */
export function spreadCalls(code: string, loader: 'ts' | 'js'): string[] {
  const js = loader === 'ts' ? transformSync(code, { loader: 'ts', target: 'es2022' }).code : code;
  const tree = acorn.parse(js, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
  const found: string[] = [];
  const check = (node: acorn.CallExpression | acorn.NewExpression): void => {
    if (node.arguments.some((a) => a.type === 'SpreadElement')) found.push(js.slice(node.start, node.end).split('\n')[0].slice(0, 100));
  };
  walk.simple(tree, { CallExpression: check, NewExpression: check });
  return found;
}

describe('no spread arguments', () => {
  it('finds spread arguments (so the check can fail)', () => {
    assert.deepEqual(spreadCalls('const a: number[] = []; a.push(...[1, 2]); new Set([...a]); f({ ...o }); g(...x.map((y) => y));', 'ts'),
      ['a.push(...[1, 2])', 'g(...x.map((y) => y))']);
  });

  it('no call in src spreads an array into its arguments', () => {
    const bad: string[] = [];
    for (const f of sources(SRC)) {
      for (const call of spreadCalls(readFileSync(f, 'utf8'), f.endsWith('.ts') ? 'ts' : 'js')) bad.push(`${path.relative(SRC, f)}: ${call}`);
    }
    assert.deepEqual(bad, []);
  });
});
