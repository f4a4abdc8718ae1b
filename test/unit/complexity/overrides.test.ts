/**
 * Complexity of the configuration on the shapes that were cliffs (issue "scale without
 * cliffs"): n/10 files × n/10 `lint.overrides` with globs, and overrides giving every file its
 * own rule options. Counted work, two sizes, at most n log n growth; no clock.
 */
import * as assert from 'node:assert/strict';
import { lintLandscape, memoryHost, type LintResult } from '../../../src/core/index';
import { shape, shapeUnder } from '../../../bench/shapes';
import { assertNearLinear } from '../../helpers/complexity';
import { countWork } from '../../../src/core/util/work-counter';

async function lintShape(name: string, n: number): Promise<LintResult> {
  const { entry, files } = shapeUnder('/ws', shape(name).build(n));
  return lintLandscape(entry, memoryHost(files), { today: '2026-02-01' });
}

describe('complexity: configuration overrides', function () {
  this.timeout(120_000);

  it('override globs are compiled once per configuration and a file is tested only against globs that could match it', async () => {
    await assertNearLinear(['glob:compile', 'glob:match'], (n) => lintShape('override-globs', n));
  });
});
