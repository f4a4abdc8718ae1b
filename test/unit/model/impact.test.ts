/**
 * The impact of a failing system and a system's neighbourhood (core/model/impact.ts), both the
 * one propagation `rollout-zero-downtime` makes (core/model/propagation.ts): checked against a
 * plain breadth-first search written from SPEC §2.4 (edges from the entities, not the graph's
 * arrays) on random landscapes, and by hand on a small one.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { diagramModelOf, impactOf, neighbourhoodOf, pickedModel, type Direction } from '../../../src/core/index';
import { lintFiles, lintSnippet } from '../../helpers/lint-snippet';
import { specEdges, type SpecEdge } from '../../helpers/spec-edges';

/** Distances from `start` by a textbook BFS over an adjacency list of ids. */
function plainBfs(edges: SpecEdge[], start: string, direction: Direction, includeAsync: boolean, depth = Infinity): Map<string, number> {
  const next = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    next.set(a, [...(next.get(a) ?? []), b]);
  };
  for (const e of edges) {
    if (e.interaction === 'async' && !includeAsync) continue;
    if (direction !== 'down') link(e.from, e.to);
    if (direction !== 'up') link(e.to, e.from);
  }
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; frontier.length && d <= depth; d++) {
    const following: string[] = [];
    for (const v of frontier) {
      for (const w of next.get(v) ?? []) {
        if (dist.has(w)) continue;
        dist.set(w, d);
        following.push(w);
      }
    }
    frontier = following;
  }
  return dist;
}

const MODES = ['mode1', 'gearbox', 'mode2', 'none'] as const;

const landscapeArb = fc
  .record({
    modes: fc.array(fc.constantFrom(...MODES), { minLength: 1, maxLength: 14 }),
    apis: fc.array(fc.record({ provider: fc.integer({ min: -1, max: 14 }), type: fc.constantFrom('openapi', 'asyncapi', 'idoc', 'grpc') }), { maxLength: 10 }),
    consumes: fc.array(fc.record({ from: fc.nat(), api: fc.nat(), interaction: fc.constantFrom('', 'sync', 'async') }), { maxLength: 30 }),
    depends: fc.array(fc.record({ from: fc.nat(), to: fc.integer({ min: -1, max: 20 }), async: fc.boolean() }), { maxLength: 25 }),
  })
  .map(({ modes, apis, consumes, depends }) => {
    const n = modes.length;
    const sys = (i: number): string => (i < 0 ? 'ghost' : `s${i % n}`);
    const lists = modes.map(() => ({ consumes: [] as string[], dependsOn: [] as string[] }));
    for (const c of consumes) if (apis.length) lists[c.from % n].consumes.push(`{ api: a${c.api % apis.length}${c.interaction ? `, interaction: ${c.interaction}` : ''} }`);
    for (const d of depends) lists[d.from % n].dependsOn.push(d.async ? `{ system: ${sys(d.to)}, interaction: async }` : sys(d.to));
    const systems = modes.map((m, i) => `  - { id: s${i}, owner: t${m === 'none' ? '' : `, mode: ${m}`}, consumes: [${lists[i].consumes.join(', ')}], dependsOn: [${lists[i].dependsOn.join(', ')}] }`);
    const apiLines = apis.map((a, i) => `  - { id: a${i}, provider: ${sys(a.provider)}, type: ${a.type} }`);
    return { n, text: `apiVersion: landscape/v1\nmetadata: { asOf: 2025-10-01 }\nowners: [{ id: t, type: team }]\nsystems:\n${systems.join('\n')}\napis:${apiLines.length ? `\n${apiLines.join('\n')}` : ' []'}\n` };
  });

describe('impact and focus (one propagation)', () => {
  it('reach exactly the systems a plain BFS reaches, at its distances, grouped by mode (property)', async () => {
    let reached = 0;
    await fc.assert(
      fc.asyncProperty(landscapeArb, fc.nat(), fc.constantFrom<Direction>('up', 'down', 'both'), fc.boolean(), fc.integer({ min: 1, max: 3 }), async ({ n, text }, pick, direction, includeAsync, depth) => {
        const r = await lintFiles({ '/ws/landscape.yaml': text });
        assert.deepEqual(r.findings.filter((f) => f.rule === 'core/yaml-syntax'), [], text);
        const l = r.landscape;
        const id = `s${pick % n}`;
        const expected = plainBfs(specEdges(l), id, direction, includeAsync);
        const impact = impactOf(l, id, { direction, includeAsync })!;
        reached += impact.affected.length;
        assert.deepEqual(new Map(impact.affected.map((a) => [a.id, a.distance])), new Map([...expected].filter(([k]) => k !== id)), text);
        // Nearest first, and each mode's group holds exactly that mode's affected systems.
        assert.deepEqual(impact.affected.map((a) => a.distance), impact.affected.map((a) => a.distance).sort((a, b) => a - b));
        for (const g of impact.byMode) assert.deepEqual(g.systems.map((s) => s.id), impact.affected.filter((a) => a.mode === g.mode).map((a) => a.id));
        assert.equal(impact.byMode.reduce((sum, g) => sum + g.systems.length, 0), impact.affected.length);
        // The focus: every interaction, stopped at the depth.
        assert.deepEqual(neighbourhoodOf(l, id, depth, direction), plainBfs(specEdges(l), id, direction, true, depth), text);
        // The diagram's pickers walk the model's graph (the standalone page has no landscape): the same systems at the same distances.
        const model = diagramModelOf(r);
        const distances = (pick: Parameters<typeof pickedModel>[1]): Map<string, number | undefined> => {
          const picked = pickedModel(model, pick, []);
          assert.ok('model' in picked, text);
          return new Map(picked.model.nodes.map((node) => [node.id, node.distance]));
        };
        assert.deepEqual(distances({ kind: 'impact', system: id, direction, includeAsync }), expected, text);
        assert.deepEqual(distances({ kind: 'focus', system: id, depth, direction }), neighbourhoodOf(l, id, depth, direction), text);
      }),
      { numRuns: 300, seed: 15_2026 },
    );
    // Not trivial: the walks reach many systems over the runs.
    assert.ok(reached > 300, `${reached} affected systems in all`);
  });

  it('follows sync edges against their direction by default, stops at async ones, and names no unknown system', async () => {
    const r = await lintSnippet(`owners: [{ id: t, type: team }]
systems:
  - { id: core, name: Core ledger, mode: mode1, owner: t }
  - { id: acl, mode: gearbox, owner: t, dependsOn: [core] }
  - { id: web, mode: mode2, owner: t, dependsOn: [acl] }
  - { id: batch, mode: mode2, owner: t, dependsOn: [{ system: core, interaction: async }] }
`);
    const l = r.landscape;
    assert.deepEqual(impactOf(l, 'core'), {
      system: 'core', direction: 'down', includeAsync: false,
      affected: [{ id: 'acl', distance: 1, mode: 'gearbox' }, { id: 'web', distance: 2, mode: 'mode2' }],
      byMode: [{ mode: 'gearbox', systems: [{ id: 'acl', distance: 1 }] }, { mode: 'mode2', systems: [{ id: 'web', distance: 2 }] }],
    });
    assert.deepEqual(impactOf(l, 'core', { includeAsync: true })!.affected.map((a) => `${a.id}@${a.distance}`), ['acl@1', 'batch@1', 'web@2']);
    assert.deepEqual(impactOf(l, 'web', { direction: 'up' })!.affected.map((a) => `${a.id}@${a.distance}`), ['acl@1', 'core@2']);
    assert.deepEqual(impactOf(l, 'web', { direction: 'up' })!.byMode.map((g) => g.mode), ['mode1', 'gearbox']);
    assert.equal(impactOf(l, 'cor'), undefined);
    assert.deepEqual([...neighbourhoodOf(l, 'core', 1, 'down')!], [['core', 0], ['acl', 1], ['batch', 1]]);
  });
});
