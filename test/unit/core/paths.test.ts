import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { join, normalize } from '../../../src/core/util/paths';

/** The plain definition: split into segments, drop empty and `.`, let `..` remove the one before. */
function normalizeBySegments(p: string): string {
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else out.push(seg);
  }
  return (abs ? '/' : '') + out.join('/');
}

const segment = fc.constantFrom('', '.', '..', '...', '.a', 'a.', 'a', 'b', 'x.yaml', '..b');
const path = fc.tuple(fc.boolean(), fc.array(segment, { maxLength: 6 }), fc.boolean())
  .map(([abs, segs, slash]) => `${abs ? '/' : ''}${segs.join('/')}${slash ? '/' : ''}`);

describe('paths', () => {
  it('normalize (with its shortcut for paths that are normal already) equals the segment definition', () => {
    fc.assert(fc.property(path, (p) => assert.equal(normalize(p), normalizeBySegments(p))), { numRuns: 5000 });
  });

  it('join equals normalising the joined path, for ./ imports too', () => {
    fc.assert(fc.property(path, path, (dir, rel) => assert.equal(join(dir, rel), rel.startsWith('/') ? normalizeBySegments(rel) : normalizeBySegments(`${dir}/${rel}`))), { numRuns: 5000 });
  });

  it('keeps the cases a reader checks by eye', () => {
    assert.equal(normalize('/'), '/');
    assert.equal(normalize('/ws/./a//b/../c.yaml'), '/ws/a/c.yaml');
    assert.equal(join('/ws/f', './f-1.yaml'), '/ws/f/f-1.yaml');
    assert.equal(join('/ws/f', '././../g.yaml'), '/ws/g.yaml');
    assert.equal(join('/ws', '.hidden/x.yaml'), '/ws/.hidden/x.yaml');
  });
});
