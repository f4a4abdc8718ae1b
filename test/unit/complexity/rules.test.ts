/**
 * Complexity of the rules on the shapes that were cliffs (issue "scale without cliffs"): the
 * work each counts, and the size of what a finding carries, at two sizes, must grow at most
 * n log n. No clock: counts are the same on a busy machine.
 */
import * as assert from 'node:assert/strict';
import { lintLandscape, memoryHost, type LintResult } from '../../../src/core/index';
import { buildDiagramModel } from '../../../src/core/diagram/model';
import { shape, shapeUnder } from '../../../bench/shapes';
import { assertNearLinear, nLogNGrowth } from '../../helpers/complexity';

async function lintShape(name: string, n: number): Promise<LintResult> {
  const { entry, files } = shapeUnder('/ws', shape(name).build(n));
  return lintLandscape(entry, memoryHost(files), { today: '2026-02-01' });
}

/** What the findings carry in all: message characters, fix objects, data array entries. */
function carried(r: LintResult, rule: string): { findings: number; chars: number; fixes: number; data: number } {
  let findings = 0, chars = 0, fixes = 0, data = 0;
  for (const f of r.findings) {
    if (f.rule !== rule) continue;
    findings++;
    chars += f.message.length;
    fixes += f.fixes?.length ?? 0;
    for (const v of Object.values(f.data ?? {})) if (Array.isArray(v)) data += v.length;
  }
  return { findings, chars, fixes, data };
}

async function assertCarriedNearLinear(name: string, rule: string, sizes: [number, number] = [500, 2000]): Promise<void> {
  const a = carried(await lintShape(name, sizes[0]), rule);
  const b = carried(await lintShape(name, sizes[1]), rule);
  assert.ok(a.findings > 0, `${name}: no ${rule} finding at ${sizes[0]}`);
  const limit = nLogNGrowth(sizes[0], sizes[1]);
  for (const k of ['chars', 'fixes', 'data'] as const) {
    if (a[k] === 0) continue;
    assert.ok(b[k] <= a[k] * limit, `${name}: ${rule} findings carry ${k} ${a[k]} → ${b[k]} (${(b[k] / a[k]).toFixed(1)}×, n log n allows ${limit.toFixed(1)}×)`);
  }
}

describe('complexity: rules on adversarial shapes', function () {
  this.timeout(120_000);

  it('require-owner: ownerless systems among a tree of owners rank candidates once per domain owner', async () => {
    await assertNearLinear(['owners:merge', 'owners:walk'], (n) => lintShape('ownerless', n));
    await assertCarriedNearLinear('ownerless', 'require-owner');
  });

  it('mode-owner-alignment: an owner chain n deep, all aligned, is walked once', async () => {
    await assertNearLinear(['owners:chain'], (n) => lintShape('deep-owners-aligned', n));
  });

  it('mode-owner-alignment: an owner chain n deep, all misaligned: verdicts once, messages of bounded size', async () => {
    await assertNearLinear(['owners:chain'], (n) => lintShape('deep-owners-misaligned', n));
    await assertCarriedNearLinear('deep-owners-misaligned', 'mode-owner-alignment');
  });

  it('no-mode1-depends-on-mode2: one Mode-2 API consumed by every system walks its consumers once, fixes capped', async () => {
    await assertNearLinear(['wrappers:edge'], (n) => lintShape('hub-api-mode2', n));
    await assertCarriedNearLinear('hub-api-mode2', 'no-mode1-depends-on-mode2');
  });

  it('no-direct-mode2-to-mode1: one Mode-1 API consumed by every system walks its consumers once, fixes capped', async () => {
    await assertNearLinear(['wrappers:edge'], (n) => lintShape('hub-api-mode1', n));
    await assertCarriedNearLinear('hub-api-mode1', 'no-direct-mode2-to-mode1');
  });
});

describe('complexity: parsing adversarial shapes', function () {
  this.timeout(120_000);

  it('block (|) and folded (>) scalars on every system: each indicator found within its own lines', async () => {
    await assertNearLinear(['parse:indicator-scan'], (n) => lintShape('block-scalars', n));
  });
});

describe('complexity: the graph and the diagram on adversarial shapes', function () {
  this.timeout(120_000);

  it('max-fan-out: one system consuming n APIs has its distinct targets found in linear time', async () => {
    await assertNearLinear(['graph:target'], (n) => lintShape('wide-consumer', n));
  });

  it('diagram model of one system consuming n APIs: edges find their findings through an index', async () => {
    await assertNearLinear(['diagram:edge-finding'], async (n) => {
      const r = await lintShape('wide-consumer', n);
      return buildDiagramModel(r.landscape, r.findings);
    });
  });
});
