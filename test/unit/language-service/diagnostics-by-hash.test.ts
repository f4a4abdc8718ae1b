/**
 * The diagnostics memo finds a diagnostic by a hash of what it shows and tells equal hashes
 * apart by comparing (kept-answers.ts): two different diagnostics under one hash are both kept
 * and each found only by its own comparison.
 */
import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticMemo, DiagnosticsByHash } from '../../../src/language-service/kept-answers';

const diagnostic = (message: string): Diagnostic => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message });

describe('diagnostics by hash', () => {
  it('keeps diagnostics whose hashes collide apart, and finds each by its comparison', () => {
    const byHash = new DiagnosticsByHash();
    const a = diagnostic('a');
    const b = diagnostic('b');
    const c = diagnostic('c');
    byHash.add(7, a);
    assert.equal(byHash.find(7, (d) => d.message === 'b'), undefined);
    byHash.add(7, b);
    byHash.add(7, c);
    assert.equal(byHash.find(7, (d) => d.message === 'a'), a);
    assert.equal(byHash.find(7, (d) => d.message === 'b'), b);
    assert.equal(byHash.find(7, (d) => d.message === 'c'), c);
    assert.equal(byHash.find(8, () => true), undefined);
  });

  it('gives a file the diagnostics the last call made for it, and forgets the files a later call has none for', () => {
    const memo = new DiagnosticMemo();
    const first = new DiagnosticsByHash();
    const a = diagnostic('a');
    first.add(1, a);
    memo.replace(new Map([['/ws/a.yaml', first], ['/ws/b.yaml', new DiagnosticsByHash()]]));
    assert.equal(memo.made('/ws/a.yaml', 1, (d) => d === a), a);
    assert.equal(memo.made('/ws/a.yaml', 1, () => false), undefined);
    // A pull for b.yaml only: a.yaml is kept.
    memo.replace(new Map(), (file) => file === '/ws/b.yaml');
    assert.equal(memo.made('/ws/a.yaml', 1, () => true), a);
    memo.replace(new Map());
    assert.equal(memo.made('/ws/a.yaml', 1, () => true), undefined);
  });
});
