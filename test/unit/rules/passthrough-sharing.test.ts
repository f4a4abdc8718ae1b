/**
 * no-sync-passthrough-to-mode1 shares its searches between Mode-2 systems instead of running
 * one breadth-first search per Mode-2 system. Checked here against the plain SPEC §3.3.6
 * definition (one BFS per Mode-2 system, a node's consumes entries in order, then its
 * dependsOn entries) on random landscapes with gearbox meshes and cycles, parallel edges
 * (several APIs of one provider, the same API twice), async edges and interaction overrides,
 * Mode-1 and Mode-2 systems inside would-be paths, dangling references and duplicate ids:
 * the same findings (subject, related in order, file, span, message, data) in the same order.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { sortFindings, type Finding } from '../../../src/core/index';
import type { Landscape } from '../../../src/core/model/landscape';
import { passThroughs, type PassThroughStrategy } from '../../../src/core/rules/passthrough-paths';
import { lintFiles } from '../../helpers/lint-snippet';
import { referencePassThroughs } from '../../helpers/passthrough-oracle';
import { yaml } from '../../helpers/yaml';

const RULE = 'no-sync-passthrough-to-mode1';

/** The findings the SPEC asks for, in the engine's order (its sort is stable, so ties keep the search's order). */
function referenceFindings(l: Landscape): Partial<Finding>[] {
  const findings = referencePassThroughs(l).map(({ s, path }) => {
    const x = path[path.length - 1].to;
    const hops = [s, ...path.map((e) => `${e.to}${e.via ? ` (${e.via})` : ''}`)].join(' → ');
    return {
      rule: RULE,
      subject: s,
      related: [s, ...path.slice(1).map((e) => e.from), x],
      file: l.systemById.get(s)!.file,
      span: { ...path[0].entry.span },
      message: `Mode-2 system '${s}' reaches Mode-1 system '${x}' only synchronously through the gearbox: ${hops}. Every outage or maintenance window of '${x}' reaches '${s}'; decouple in time (events, a read model fed asynchronously, CDC).`,
      data: { path: [s, ...path.map((e) => e.to)], apis: path.map((e) => e.via ?? null) },
    };
  });
  sortFindings(findings as unknown as Finding[]);
  return findings;
}

const comparable = (f: Partial<Finding>): Partial<Finding> => ({
  rule: f.rule,
  subject: f.subject,
  related: f.related,
  file: f.file,
  span: { start: f.span!.start, end: f.span!.end },
  message: f.message,
  data: f.data,
});

const MODES = ['mode1', 'mode1', 'gearbox', 'gearbox', 'gearbox', 'gearbox', 'mode2', 'mode2', 'none'] as const;
const TYPES = ['openapi', 'odata', 'grpc', 'rfc', 'asyncapi', 'idoc', 'file'] as const;
const INTERACTIONS = ['', '', '', 'sync', 'async'] as const;

/** The parts of a random landscape; `modes` etc. drawn from the given pools. */
const partsArb = (modes: readonly string[], types: readonly string[], interactions: readonly string[], maxEdges: number) =>
  fc.record({
    modes: fc.array(fc.constantFrom(...modes), { minLength: 4, maxLength: 18, size: 'medium' }),
    apis: fc.array(fc.record({ provider: fc.integer({ min: -1, max: 99 }), type: fc.constantFrom(...types), interaction: fc.constantFrom(...interactions) }), { maxLength: 24, size: 'medium' }),
    // -1: a reference that names nothing (no edge).
    consumes: fc.array(fc.record({ from: fc.nat(), api: fc.integer({ min: -1, max: 99 }), interaction: fc.constantFrom(...interactions) }), { maxLength: maxEdges, size: 'medium' }),
    depends: fc.array(fc.record({ from: fc.nat(), to: fc.integer({ min: -1, max: 99 }), interaction: fc.constantFrom(...interactions) }), { maxLength: maxEdges, size: 'medium' }),
    duplicate: fc.boolean(),
  });

/**
 * Random landscapes: APIs with a type and sometimes an interaction; consumes entries (an API
 * twice, several APIs of one provider, an override of the interaction, a dangling API) and
 * dependsOn entries (with and without interaction, dangling); sometimes a duplicate id whose
 * second occurrence is ignored. Half of them are gearbox meshes: mostly gearboxes, mostly
 * synchronous, dense enough for cycles and many shortest paths of equal length.
 */
export const passThroughLandscapeArb = fc
  .oneof(
    partsArb(MODES, TYPES, INTERACTIONS, 40),
    partsArb(['mode1', 'gearbox', 'gearbox', 'gearbox', 'gearbox', 'gearbox', 'mode2', 'mode2'], ['openapi', 'odata', 'asyncapi'], ['', '', '', '', 'async'], 60),
  )
  .map(({ modes, apis, consumes, depends, duplicate }) => {
    const n = modes.length;
    const sys = (i: number): string => (i < 0 ? 'ghost' : `s${i % n}`);
    const api = (i: number): string => (i < 0 || apis.length === 0 ? 'no-such-api' : `a${i % apis.length}`);
    const lists = modes.map(() => ({ consumes: [] as string[], dependsOn: [] as string[] }));
    for (const c of consumes) lists[c.from % n].consumes.push(c.interaction ? `{ api: ${api(c.api)}, interaction: ${c.interaction} }` : api(c.api));
    for (const d of depends) lists[d.from % n].dependsOn.push(d.interaction ? `{ system: ${sys(d.to)}, interaction: ${d.interaction} }` : sys(d.to));
    const systems = modes.map((m, i) => `  - { id: s${i}, owner: t${m === 'none' ? '' : `, mode: ${m}`}, consumes: [${lists[i].consumes.join(', ')}], dependsOn: [${lists[i].dependsOn.join(', ')}] }`);
    if (duplicate) systems.push(`  - { id: s0, owner: t, mode: gearbox, dependsOn: [${sys(1)}] }`);
    const apiLines = apis.map((a, i) => `  - { id: a${i}, provider: ${sys(a.provider)}, type: ${a.type}${a.interaction ? `, interaction: ${a.interaction}` : ''} }`);
    return yaml`
      apiVersion: landscape/v1
      metadata: { asOf: 2025-10-01 }
      owners: [{ id: t, type: team }]
      systems:
      ${systems.join('\n')}
      apis:${apiLines.length ? `\n${apiLines.join('\n')}` : ' []'}
    `;
  });

describe('no-sync-passthrough-to-mode1: shared searches against one BFS per Mode-2 system', () => {
  it('the same findings in the same order as the plain SPEC search (property)', async () => {
    let withFindings = 0;
    await fc.assert(
      fc.asyncProperty(passThroughLandscapeArb, async (text) => {
        const r = await lintFiles({ '/ws/landscape.yaml': text });
        const actual = r.findings.filter((f) => f.rule === RULE).map(comparable);
        const expected = referenceFindings(r.landscape).map(comparable);
        if (expected.length) withFindings++;
        assert.deepEqual(actual, expected, text);
      }),
      { numRuns: 600, seed: 91125 },
    );
    // The generator must make pass-throughs often enough for the comparison to mean something.
    assert.ok(withFindings > 200, `only ${withFindings} of 600 landscapes had a pass-through`);
  });

  it('each way of searching a part alone (from the targets, from the entry lists) gives the SPEC paths in its order (property)', async () => {
    await fc.assert(
      fc.asyncProperty(passThroughLandscapeArb, async (text) => {
        const r = await lintFiles({ '/ws/landscape.yaml': text });
        const g = r.landscape.graph;
        const index = new Map(Array.from({ length: g.edgeCount }, (_, k) => [g.edgeAt(k), k]));
        const expected = referencePassThroughs(r.landscape).map(({ s, path }) => `${s}: ${path.map((e) => index.get(e)).join(' ')}`);
        for (const strategy of ['from-targets', 'from-entries', 'auto'] as PassThroughStrategy[]) {
          const actual = passThroughs(g, strategy).map(({ s, path }) => `${g.ids[s]}: ${path.join(' ')}`);
          assert.deepEqual(actual, expected, `${strategy}\n${text}`);
        }
      }),
      { numRuns: 600, seed: 91126 },
    );
  });
});
