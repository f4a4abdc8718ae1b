/**
 * The dependency graph is stored as integer arrays (systems numbered, edges grouped by
 * source, an incoming-edge index, distinct-neighbour counts, APIs per provider) and the
 * rules read them through its methods (edge ranges, incoming slots, APIs per system). Those
 * and the order invariants graph.ts states are checked here against plain code written from
 * SPEC §2.4 on random landscapes: dangling APIs and providers, self-edges, duplicate ids,
 * sync and async.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { coupling, type Edge, type Graph } from '../../../src/core/model/graph';
import type { Landscape } from '../../../src/core/model/landscape';
import { forEachReference } from '../../../src/core/model/references';
import { gearboxWrappers } from '../../../src/core/rules/support';
import { lintFiles } from '../../helpers/lint-snippet';
import { specEdges } from '../../helpers/spec-edges';

/** Edges as SPEC §2.4 defines them, in system order, consumes then dependsOn. */
function referenceEdges(l: Landscape): string[] {
  return specEdges(l).map((e) => (e.via ? `${e.from}>${e.to} via ${e.via} ${e.interaction} ${e.kind}` : `${e.from}>${e.to} ${e.interaction} ${e.kind}`));
}

/** The wrappers table as first written (eager, per gearbox in order): the oracle for the lazy lookups. */
function referenceWrappers(l: Landscape): { byProvider: Map<string, string[]>; byApi: Map<string, string[]> } {
  const byProvider = new Map<string, string[]>();
  const byApi = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, k: string, ids: string[]): void => {
    const list = m.get(k) ?? [];
    for (const id of ids) if (!list.includes(id)) list.push(id);
    m.set(k, list);
  };
  for (const g of l.systems) {
    if (g.mode !== 'gearbox') continue;
    const own = l.apis.filter((a) => a.provider?.id === g.id).map((a) => a.id);
    if (own.length === 0) continue;
    for (const c of g.consumes) {
      const api = l.apiById.get(c.api.id);
      const p = api?.provider ? l.systemById.get(api.provider.id) : undefined;
      if (!api || !p || p.id === g.id) continue;
      add(byProvider, p.id, own);
      add(byApi, api.id, own);
    }
  }
  return { byProvider, byApi };
}

const MODES = ['mode1', 'gearbox', 'mode2', 'gearbox', 'none'] as const;
const TYPES = ['openapi', 'asyncapi', 'odata', 'idoc', 'graphql'] as const;

const landscapeArb = fc
  .record({
    modes: fc.array(fc.constantFrom(...MODES), { minLength: 1, maxLength: 12 }),
    apis: fc.array(fc.record({ provider: fc.integer({ min: -1, max: 12 }), type: fc.constantFrom(...TYPES), interaction: fc.constantFrom('', 'sync', 'async') }), { maxLength: 12 }),
    // -1: an id that names nothing; -2: an id of the other kind (a system in consumes, an API in dependsOn).
    consumes: fc.array(fc.record({ from: fc.nat(), api: fc.integer({ min: -2, max: 12 }), async: fc.boolean() }), { maxLength: 30 }),
    depends: fc.array(fc.record({ from: fc.nat(), to: fc.integer({ min: -2, max: 12 }), async: fc.boolean() }), { maxLength: 20 }),
    duplicate: fc.boolean(),
  })
  .map(({ modes, apis, consumes, depends, duplicate }) => {
    const n = modes.length;
    const sys = (i: number): string => (i === -2 ? 'a0' : i < 0 ? 'ghost' : `s${i % n}`);
    const api = (i: number): string => (i === -2 ? 's0' : i < 0 || i >= apis.length ? 'no-such-api' : `a${i}`);
    const lists = modes.map(() => ({ consumes: [] as string[], dependsOn: [] as string[] }));
    for (const c of consumes) lists[c.from % n].consumes.push(c.async ? `{ api: ${api(c.api)}, interaction: async }` : api(c.api));
    for (const d of depends) lists[d.from % n].dependsOn.push(d.async ? `{ system: ${sys(d.to)}, interaction: async }` : sys(d.to));
    const systems = modes.map((m, i) => `  - { id: s${i}, owner: t${m === 'none' ? '' : `, mode: ${m}`}, consumes: [${lists[i].consumes.join(', ')}], dependsOn: [${lists[i].dependsOn.join(', ')}] }`);
    if (duplicate) systems.push(`  - { id: s0, owner: t, mode: mode1, dependsOn: [${sys(1)}] }`);
    const apiLines = apis.map((a, i) => `  - { id: a${i}, provider: ${sys(Math.max(-1, a.provider))}, type: ${a.type}${a.interaction ? `, interaction: ${a.interaction}` : ''} }`);
    return `apiVersion: landscape/v1\nmetadata: { asOf: 2025-10-01 }\nowners: [{ id: t, type: team }]\nsystems:\n${systems.join('\n')}\napis:\n${apiLines.length ? apiLines.join('\n') : '  []'}\n`.replace('apis:\n  []', 'apis: []');
  });

describe('dependency graph', () => {
  it('hold exactly the edges, neighbours, couplings and provided APIs of SPEC §2.4 (property)', async () => {
    let edges = 0, wrapped = 0;
    await fc.assert(
      fc.asyncProperty(landscapeArb, async (text) => {
        const r = await lintFiles({ '/ws/landscape.yaml': text });
        assert.deepEqual(r.findings.filter((f) => f.rule === 'core/yaml-syntax'), [], text);
        const l = r.landscape;
        const g = l.graph;
        const all = Array.from({ length: g.edgeCount }, (_, k) => g.edgeAt(k));
        edges += all.length;
        wrapped += l.systems.filter((s) => gearboxWrappers(l).byProvider(s.id).length > 0).length;
        const show = (e: Edge): string => (e.via ? `${e.from}>${e.to} via ${e.via} ${e.interaction} ${e.kind}` : `${e.from}>${e.to} ${e.interaction} ${e.kind}`);
        const ref = referenceEdges(l);
        assert.deepEqual(all.map(show), ref, text);
        assert.deepEqual([...g.ids], l.systems.map((s) => s.id));
        for (let i = 0; i < l.systems.length; i++) {
          const id = g.ids[i];
          assert.equal(g.indexOf(id), i);
          const out = ref.filter((e) => e.startsWith(`${id}>`));
          const into = ref.filter((e) => e.split(' ')[0].split('>')[1] === id);
          // The out-edges are one contiguous range of edge numbers, those of system i + 1 next.
          assert.deepEqual(all.slice(g.outBegin(i), g.outEnd(i)).map(show), out);
          assert.equal(g.outEnd(i), i + 1 < l.systems.length ? g.outBegin(i + 1) : g.edgeCount);
          assert.equal(g.outDegree(i), out.length);
          assert.deepEqual(g.outEdges(i).map(show), out);
          // The incoming edges in edge order, read by slot and as a list.
          const slots: number[] = [];
          for (let j = g.inBegin(i); j < g.inEnd(i); j++) slots.push(g.inEdgeAt(j));
          assert.deepEqual(slots, [...slots].sort((a, b) => a - b));
          assert.deepEqual(slots.map((k) => show(g.edgeAt(k))), into);
          assert.deepEqual(g.incoming(i).map(show), into);
          assert.equal(g.inDegree(i), into.length);
          assert.deepEqual((g.out.get(id) ?? []).map(show), out);
          assert.deepEqual((g.in.get(id) ?? []).map(show), into);
          const targets = [...new Set(out.map((e) => e.split(' ')[0].split('>')[1]))];
          const sources = [...new Set(into.map((e) => e.split('>')[0]))];
          assert.deepEqual(g.targetIds(i), targets);
          assert.deepEqual(g.targets.get(id) ?? [], targets);
          assert.deepEqual(g.sources.get(id) ?? [], sources);
          assert.deepEqual([g.ce[i], g.ca[i]], [targets.length, sources.length]);
          const c = coupling(g, id);
          assert.equal(c.instability, targets.length + sources.length === 0 ? undefined : targets.length / (targets.length + sources.length));
          const provided = l.apis.filter((a) => a.provider?.id === id).map((a) => a.id);
          assert.deepEqual(g.apisOf(i), provided);
          const apiSlots: string[] = [];
          for (let a = g.apiBegin(i); a < g.apiEnd(i); a++) apiSlots.push(g.apiIdAt(a));
          assert.deepEqual(apiSlots, provided);
          for (const e of g.outEdges(i)) assert.equal(e.fromIndex, i);
        }
        assert.equal(g.indexOf('ghost'), -1);
        assert.deepEqual([g.outEdges(-1), g.incoming(-1), g.apisOf(-1)], [[], [], []]);
        assert.deepEqual(l.apis.map((_, a) => g.providerOf(a)), l.apis.map((a) => (a.provider && l.systemById.has(a.provider.id) ? g.indexOf(a.provider.id) : -1)));
      }),
      { numRuns: 300, seed: 112526 },
    );
    // The generated landscapes are not trivial: many edges, and providers with gearbox wrappers.
    assert.ok(edges > 1000 && wrapped > 40, `${edges} edges, ${wrapped} wrapped providers`);
  });

  it('cannot be changed by its readers: the per-system arrays are read-only, the rows private (npm run typecheck checks this)', () => {
    // Never run: each line must fail to type-check, or `@ts-expect-error` itself is an error.
    void ((g: Graph): void => {
      // @ts-expect-error ids are read-only
      g.ids[0] = 'x';
      // @ts-expect-error modes are read-only
      g.mode[0] = 0;
      // @ts-expect-error Ce is read-only
      g.ce[0] = 0;
      // @ts-expect-error Ca is read-only
      g.ca[0] = 0;
      // @ts-expect-error the edge rows are private
      void g.outStart;
      // @ts-expect-error the incoming rows are private
      void g.inEdges;
    });
  });

  it('no-dangling-reference, which skips the lookup for entries that gave an edge, reports exactly the unresolved references (property)', async () => {
    let dangling = 0;
    await fc.assert(
      fc.asyncProperty(landscapeArb, async (text) => {
        const r = await lintFiles({ '/ws/landscape.yaml': text });
        const l = r.landscape;
        const expected: string[] = [];
        forEachReference(l.entities, (holder, ref, kind, field) => {
          const target = l.byId.get(ref.id);
          if (!target || target.kind !== kind) expected.push(`${holder.id} ${field} ${ref.id} @${ref.span.start}`);
        });
        const actual = r.findings.filter((f) => f.rule === 'no-dangling-reference');
        dangling += actual.length;
        const fieldOf = (m: string): string => /^(\S+) of /.exec(m)?.[1] ?? '?';
        assert.deepEqual(actual.map((f) => `${f.subject} ${fieldOf(f.message)} ${f.related[1]} @${f.span.start}`).sort(), expected.sort(), text);
      }),
      { numRuns: 300, seed: 112528 },
    );
    assert.ok(dangling > 300, `${dangling} dangling references`);
  });

  it('gearbox wrapper candidates are those of the eager table, in the same order (property)', async () => {
    await fc.assert(
      fc.asyncProperty(landscapeArb, async (text) => {
        const r = await lintFiles({ '/ws/landscape.yaml': text });
        const l = r.landscape;
        const lazy = gearboxWrappers(l);
        const eager = referenceWrappers(l);
        for (const s of l.systems) assert.deepEqual(lazy.byProvider(s.id), eager.byProvider.get(s.id) ?? [], `${s.id} in\n${text}`);
        for (const a of l.apis) assert.deepEqual(lazy.byApi(a.id), eager.byApi.get(a.id) ?? [], `${a.id} in\n${text}`);
        assert.deepEqual(lazy.byProvider('ghost'), []);
        assert.deepEqual(lazy.byApi('no-such-api'), []);
      }),
      { numRuns: 300, seed: 112527 },
    );
  });
});
