/**
 * Complexity of no-sync-passthrough-to-mode1 (issue "scale without cliffs"): a synchronous
 * gearbox mesh reached by many Mode-2 systems was searched once per Mode-2 system (quadratic).
 * The searches are now shared; the nodes and edges they visit ('passthrough:visit') must grow
 * at most n log n, and so must the steps that build and order the reported paths
 * ('passthrough:path'): the landscapes are built so that the findings themselves stay
 * near-linear (a few Mode-1 targets, or a few Mode-2 systems).
 */
import * as assert from 'node:assert/strict';
import { lintLandscape, memoryHost, type LintResult } from '../../../src/core/index';
import { assertNearLinear } from '../../helpers/complexity';

/** A seeded PRNG, so each size is the same landscape at every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * n/3 gearbox systems, each consuming 2–3 random gearbox APIs synchronously; `mode1` Mode-1
 * systems, each consumed synchronously by a random gearbox; `mode2` Mode-2 systems, each
 * consuming 1–2 random gearbox APIs. The rest of the n systems are Mode-1 systems nobody uses.
 */
function mesh(n: number, mode1: number, mode2: number): string {
  const rnd = prng(n);
  const pick = (k: number): number => Math.floor(rnd() * k);
  const g = Math.floor(n / 3);
  const L = ['apiVersion: landscape/v1', 'metadata: { asOf: 2025-10-01 }', 'owners: [{ id: t, type: team }]', 'systems:'];
  const core = new Map<number, string[]>();
  for (let x = 0; x < mode1; x++) {
    const at = pick(g);
    core.set(at, [...(core.get(at) ?? []), `core-api-${x}`]);
  }
  for (let i = 0; i < g; i++) {
    const links = Array.from({ length: 2 + pick(2) }, () => `gw-api-${pick(g)}`);
    L.push(`  - { id: gw-${i}, mode: gearbox, owner: t, consumes: [${[...links, ...(core.get(i) ?? [])].join(', ')}] }`);
  }
  for (let x = 0; x < mode1; x++) L.push(`  - { id: core-${x}, mode: mode1, owner: t }`);
  for (let i = 0; i < mode2; i++) {
    const links = Array.from({ length: 1 + pick(2) }, () => `gw-api-${pick(g)}`);
    L.push(`  - { id: app-${i}, mode: mode2, owner: t, consumes: [${links.join(', ')}] }`);
  }
  for (let i = g + mode1 + mode2; i < n; i++) L.push(`  - { id: idle-${i}, mode: mode1, owner: t }`);
  L.push('apis:');
  for (let i = 0; i < g; i++) L.push(`  - { id: gw-api-${i}, provider: gw-${i} }`);
  for (let x = 0; x < mode1; x++) L.push(`  - { id: core-api-${x}, provider: core-${x}, type: odata }`);
  return `${L.join('\n')}\n`;
}

async function lintMesh(text: string): Promise<LintResult> {
  return lintLandscape('/ws/landscape.yaml', memoryHost({ '/ws/landscape.yaml': text }), { today: '2025-10-01' });
}

const passThroughs = (r: LintResult): number => r.findings.filter((f) => f.rule === 'no-sync-passthrough-to-mode1').length;

describe('complexity: no-sync-passthrough-to-mode1', function () {
  this.timeout(120_000);

  it('a synchronous gearbox mesh reached by n/3 Mode-2 systems (a few Mode-1 targets) is not searched once per Mode-2 system', async () => {
    let findings = 0;
    await assertNearLinear(['passthrough:visit', 'passthrough:path'], async (n) => {
      findings = passThroughs(await lintMesh(mesh(n, 3, Math.floor(n / 3))));
    });
    assert.ok(findings > 500, `the mesh must give pass-throughs (${findings})`);
  });

  it('a mesh in front of n/3 Mode-1 targets, reached by two Mode-2 systems, is not searched once per Mode-1 target', async () => {
    let findings = 0;
    await assertNearLinear(['passthrough:visit', 'passthrough:path'], async (n) => {
      findings = passThroughs(await lintMesh(mesh(n, Math.floor(n / 3), 2)));
    });
    assert.ok(findings > 500, `the mesh must give pass-throughs (${findings})`);
  });
});
