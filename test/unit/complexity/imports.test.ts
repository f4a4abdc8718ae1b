/**
 * Complexity of loading on the import shapes that were cliffs (issue "scale without cliffs"):
 * n/10 fragments each importing all its siblings by glob (`./*.yaml`). Every glob listed the
 * folder and tested every listed path again, and every importer walked every match: O(files²).
 * Counted work, two sizes, at most n log n growth; no clock.
 */
import { loadLandscape, memoryHost } from '../../../src/core/index';
import { shape, shapeUnder } from '../../../bench/shapes';
import { assertNearLinear } from '../../helpers/complexity';

function loadShape(name: string, n: number): Promise<unknown> {
  const { entry, files } = shapeUnder('/ws', shape(name).build(n));
  return loadLandscape(entry, memoryHost(files));
}

describe('complexity: imports', function () {
  this.timeout(120_000);

  it('glob diamonds: each folder listed once, each pattern matched once, loaded siblings skipped without a look', async () => {
    await assertNearLinear(['load:list', 'load:glob-test', 'load:import-target', 'load:read'], (n) => loadShape('glob-diamonds', n), [2000, 8000]);
  });

  it('an entry importing n files by list, glob or chain reads each once', async () => {
    for (const how of ['list', 'glob', 'chain']) {
      await assertNearLinear(['load:read'], (n) => loadShape(`many-imports-${how}`, n), [500, 2000]);
    }
  });
});
