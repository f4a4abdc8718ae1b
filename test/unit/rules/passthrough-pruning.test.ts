/**
 * no-sync-passthrough-to-mode1 enters only gearboxes from which Mode 1 is reachable
 * synchronously (linear pre-pass), so a Mode-2 system next to a large dead gearbox cluster
 * costs nothing. The pruning must not change a single finding: compared here with the
 * plain breadth-first search of the SPEC on random landscapes.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Edge } from '../../../src/core/model/graph';
import type { Landscape } from '../../../src/core/model/landscape';
import { lintFiles } from '../../helpers/lint-snippet';

/** The rule's search without pruning: (subject, related, span start) per finding. */
function reference(l: Landscape): string[] {
  const mode = (id: string): string | undefined => l.systemById.get(id)?.mode;
  const out: string[] = [];
  for (const s of l.systems) {
    if (s.mode !== 'mode2') continue;
    const reachedBy = new Map<string, Edge>();
    const found = new Map<string, Edge>();
    const queue: string[] = [];
    for (const e of l.graph.out.get(s.id) ?? []) {
      if (e.interaction !== 'sync' || mode(e.to) !== 'gearbox' || reachedBy.has(e.to)) continue;
      reachedBy.set(e.to, e);
      queue.push(e.to);
    }
    for (let i = 0; i < queue.length; i++) {
      for (const e of l.graph.out.get(queue[i]) ?? []) {
        if (e.interaction !== 'sync' || e.to === s.id) continue;
        const m = mode(e.to);
        if (m === 'mode1') {
          if (!found.has(e.to)) found.set(e.to, e);
        } else if (m === 'gearbox' && !reachedBy.has(e.to)) {
          reachedBy.set(e.to, e);
          queue.push(e.to);
        }
      }
    }
    for (const [x, last] of found) {
      const path: Edge[] = [last];
      for (let cur = last.from; cur !== s.id; ) {
        const e = reachedBy.get(cur)!;
        path.unshift(e);
        cur = e.from;
      }
      out.push(`${s.id} [${[s.id, ...path.slice(1).map((e) => e.from), x].join(',')}] @${path[0].entry.span.start}`);
    }
  }
  return out.sort();
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
    return `apiVersion: landscape/v1\nmetadata: { asOf: 2025-10-01 }\nowners: [{ id: t, type: team }]\nsystems:\n${systems.join('\n')}\n`;
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
    const text = `apiVersion: landscape/v1\nmetadata: { asOf: 2025-10-01 }\nowners: [{ id: t, type: team }]\nsystems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: bridge, mode: gearbox, owner: t, dependsOn: [{ system: sap, interaction: async }] }\n${cluster.join('\n')}\n  - { id: g0-feeder, mode: gearbox, owner: t, dependsOn: [g0, bridge] }\n  - { id: app, mode: mode2, owner: t, dependsOn: [g0-feeder, g30] }\n`;
    const r = await lintFiles({ '/ws/landscape.yaml': text });
    assert.deepEqual(r.findings.filter((f) => f.rule === 'no-sync-passthrough-to-mode1'), []);
    assert.deepEqual(reference(r.landscape), []);
  });
});
