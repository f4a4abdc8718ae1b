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

/** n/10 fragments of 10 systems; an override per fragment gives three rules options no other fragment has. */
function distinctOptions(n: number): { entry: string; files: Record<string, string> } {
  const parts = Math.max(1, Math.round(n / 10));
  const files: Record<string, string> = {};
  const overrides: string[] = [];
  for (let p = 0; p < parts; p++) {
    const systems: string[] = [];
    for (let k = 0; k < 10; k++) {
      const i = p * 10 + k;
      systems.push(`  - { id: s${i}, mode: mode2, owner: t, exposure: internet${i ? `, dependsOn: [s${i - 1}]` : ''} }`);
    }
    files[`/ws/parts/p-${p}.yaml`] = `apiVersion: landscape/v1\nsystems:\n${systems.join('\n')}\n`;
    overrides.push(`    - { files: [parts/p-${p}.yaml], rules: { max-fan-out: [warn, { max: ${p + 1} }], require-security-review: [warn, { maxAgeDays: ${p} }], stable-dependencies: [info, { minDelta: ${p / (parts + 1)} }] } }`);
  }
  files['/ws/landscape.yaml'] = `apiVersion: landscape/v1\nimports: [./parts/*.yaml]\nowners: [{ id: t, type: team }]\nlint:\n  overrides:\n${overrides.join('\n')}\n`;
  return { entry: '/ws/landscape.yaml', files };
}

describe('complexity: configuration overrides', function () {
  this.timeout(120_000);

  it('override globs are compiled once per configuration and a file is tested only against globs that could match it', async () => {
    await assertNearLinear(['glob:compile', 'glob:match'], (n) => lintShape('override-globs', n));
  });

  it('each rule runs once per lint when every file has options of its own for three rules', async () => {
    await assertNearLinear(['rule:run', 'rule:entities'], (n) => {
      const { entry, files } = distinctOptions(n);
      return lintLandscape(entry, memoryHost(files), { today: '2026-02-01' });
    });
  });

  it('each rule runs once per lint however many files have options of their own (override-options shape)', async () => {
    // The shape gives max-fan-out up to 50 distinct option sets (max: 1 + p % 50), one per
    // fragment: 10 at 100 systems, 50 at 500. Each rule run has the whole landscape in view.
    const counts = await assertNearLinear(['rule:run', 'rule:entities'], (n) => lintShape('override-options', n), [100, 500]);
    const [small, large] = counts.get('rule:run')!;
    assert.equal(small, large, 'the same rules run, once each, at both sizes');
    const { counts: c } = await countWork(() => lintShape('override-options', 500));
    assert.ok((c.get('rule:run') ?? 0) <= 25, `rule runs: ${c.get('rule:run')}`);
  });
});
