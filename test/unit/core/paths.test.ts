import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { join, normalize, normalizeBySegments } from '../../../src/core/util/paths';

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
