/**
 * no-sync-passthrough-to-mode1 enters only gearboxes from which Mode 1 is reachable
 * synchronously (linear pre-pass), so a Mode-2 system next to a large dead gearbox cluster
 * costs nothing. The pruning must not change a single finding: compared here with the
 * plain breadth-first search of the SPEC on random landscapes.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Landscape } from '../../../src/core/model/landscape';
import { lintFiles } from '../../helpers/lint-snippet';
import { referencePassThroughs } from '../../helpers/passthrough-oracle';
import { yaml } from '../../helpers/yaml';

/** The rule's search without pruning: (subject, related, span start) per finding. */
function reference(l: Landscape): string[] {
  return referencePassThroughs(l)
    .map(({ s, path }) => `${s} [${[s, ...path.slice(1).map((e) => e.from), path[path.length - 1].to].join(',')}] @${path[0].entry.span.start}`)
    .sort();
}

const MODES = ['mode1', 'gearbox', 'gearbox', 'mode2'] as const;

const landscapeArb = fc
  .record({
    modes: fc.array(fc.constantFrom(...MODES), { minLength: 2, maxLength: 14 }),
    edges: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), async: fc.boolean() }), { maxLength: 40 }),
  })
  .map(({ modes, edges }) => {
    const deps = new Map<number, string[]>();
    for (const e of edges) {
      const from = e.from % modes.length;
      const to = e.to % modes.length;
      if (from === to) continue;
      deps.set(from, [...(deps.get(from) ?? []), e.async ? `{ system: s${to}, interaction: async }` : `s${to}`]);
    }
    const systems = modes.map((m, i) => `  - { id: s${i}, mode: ${m}, owner: t${deps.has(i) ? `, dependsOn: [${deps.get(i)!.join(', ')}]` : ''} }`);
    return yaml`
      apiVersion: landscape/v1
      metadata: { asOf: 2025-10-01 }
      owners: [{ id: t, type: team }]
      systems:
      ${systems.join('\n')}
    `;
  });

describe('no-sync-passthrough-to-mode1: pruning to gearboxes that reach Mode 1', () => {
  it('finds exactly what the unpruned search finds (property)', async () => {
    await fc.assert(
      fc.asyncProperty(landscapeArb, async (text) => {
        const r = await lintFiles({ '/ws/landscape.yaml': text });
        const actual = r.findings
          .filter((f) => f.rule === 'no-sync-passthrough-to-mode1')
          .map((f) => `${f.subject} [${f.related.join(',')}] @${f.span.start}`)
          .sort();
        assert.deepEqual(actual, reference(r.landscape), text);
      }),
      { numRuns: 400, seed: 251125 },
    );
  });

  it('a Mode-2 system beside a large gearbox cluster that never reaches Mode 1 has no finding', async () => {
    const cluster = Array.from({ length: 60 }, (_, i) => `  - { id: g${i}, mode: gearbox, owner: t, dependsOn: [g${(i + 1) % 60}, g${(i + 7) % 60}] }`);
    const text = yaml`
      apiVersion: landscape/v1
      metadata: { asOf: 2025-10-01 }
      owners: [{ id: t, type: team }]
      systems:
        - { id: sap, mode: mode1, owner: t }
        - { id: bridge, mode: gearbox, owner: t, dependsOn: [{ system: sap, interaction: async }] }
      ${cluster.join('\n')}
        - { id: g0-feeder, mode: gearbox, owner: t, dependsOn: [g0, bridge] }
        - { id: app, mode: mode2, owner: t, dependsOn: [g0-feeder, g30] }
    `;
    const r = await lintFiles({ '/ws/landscape.yaml': text });
    assert.deepEqual(r.findings.filter((f) => f.rule === 'no-sync-passthrough-to-mode1'), []);
    assert.deepEqual(reference(r.landscape), []);
  });
});
