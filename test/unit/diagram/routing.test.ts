/**
 * Edge routes (src/core/diagram/routing.ts) and bundles (bundles.ts): on the examples and
 * generated landscapes no two edges share a track and none leaves its gap (the previous
 * layout's curves, bench/legacy-routes.ts, fail the same check); opposite edges are two
 * lines; every route is orthogonal, from its source's side to its target's; parallel edges
 * are drawn once with their count.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { diagramModelOf, diagramOf, laidOut, lintLandscape, measureLayout, renderSvg, type Diagram } from '../../../src/core/index';
import { polylinesOf } from '../../../src/core/diagram/geometry';
import { nodeHost, toCorePath } from '../../../src/cli/node-host';
import { generateLandscape } from '../../../bench/generate';
import { withLegacyRoutes } from '../../../bench/legacy-routes';
import { lintFiles } from '../../helpers/lint-snippet';

const ROOT = path.resolve(__dirname, '../../..');
const example = async (entry: string): Promise<Diagram> => diagramOf(await lintLandscape(toCorePath(path.join(ROOT, entry)), nodeHost, { today: '2026-01-01' }));
const generated = async (n: number): Promise<Diagram> => diagramOf(await lintFiles({ '/ws/landscape.yaml': generateLandscape(n) }));

/** Every drawn route: horizontal and vertical segments only, leaving its source's left or right side and entering its target's. */
function assertOrthogonalFromSideToSide(d: Diagram): void {
  const boxes = new Map<string, { x: number; y: number; w: number; h: number }>([...d.nodes.map((n) => [n.id, n] as const), ...d.groups.map((g) => [g.id, g] as const)]);
  for (const e of d.edges) {
    if (!e.path) continue;
    const [line, ...more] = polylinesOf(e.path);
    assert.equal(more.length, 0, e.id);
    for (let i = 1; i < line.length; i++) assert.ok(line[i].x === line[i - 1].x || line[i].y === line[i - 1].y, `${e.id}: ${e.path}`);
    const onSide = (p: { x: number; y: number }, id: string): boolean => {
      const b = boxes.get(id)!;
      return (p.x === b.x || p.x === b.x + b.w) && p.y > b.y && p.y < b.y + b.h;
    };
    assert.ok(onSide(line[0], e.from) && onSide(line[line.length - 1], e.to), `${e.id}: ${e.path}`);
  }
}

describe('edge routing', () => {
  for (const [name, load] of [
    ['examples/fjordbank', () => example('examples/fjordbank/landscape.yaml')],
    ['the SPEC example', () => example('test/fixtures/spec-examples/nordhem-retail/landscape.yaml')],
  ] as const) {
    it(`${name}: no shared track, no edge outside its gap, every route orthogonal from side to side; the previous routes failed this`, async () => {
      const d = await load();
      const now = measureLayout(d);
      assert.equal(now.sharedTracks, 0);
      assert.equal(now.edgesOutsideGap, 0);
      assertOrthogonalFromSideToSide(d);
      const before = measureLayout(withLegacyRoutes(d));
      assert.ok(before.sharedTracks + before.edgesOutsideGap > 0, JSON.stringify(before));
    });
  }

  it('generated, every system drawn (100): no shared track, none outside its gap; the channels were widened for their tracks', async () => {
    const d = await generated(100);
    assert.deepEqual([measureLayout(d).sharedTracks, measureLayout(d).edgesOutsideGap], [0, 0]);
    assertOrthogonalFromSideToSide(d);
    assert.ok((d.widened ?? []).length > 0);
  });

  // A collapsed group with dozens of edges has ports a pixel or two apart on each side; where it faces another across a channel, both sides' ports are spread as one (routing.ts), so no two stubs meet at one height. Spread apart, 12 of the 1,000-system overview's 250 edges shared a stretch with another.
  it('generated, collapsed by domain (400; six groups expanded, widths kept as a floor; and 1,000): no shared track, none outside its gap', async () => {
    const r = await lintFiles({ '/ws/landscape.yaml': generateLandscape(400) });
    const collapsed = laidOut(diagramModelOf(r));
    const expanded = laidOut(diagramModelOf(r), collapsed, { expanded: collapsed.groups.slice(0, 6).map((g) => g.id) });
    // Kept widths are a floor: channels of the expanded groups' new sub-columns may widen, none narrows.
    for (const [k, by] of collapsed.widened ?? []) assert.equal(new Map(expanded.widened).get(k), by, k);
    const overview = await generated(1000);
    assert.equal(overview.edges.filter((e) => e.path && !e.bundledInto).length, 250);
    for (const d of [collapsed, expanded, overview]) {
      const m = measureLayout(d);
      assert.deepEqual([m.sharedTracks, m.edgesOutsideGap], [0, 0]);
      assertOrthogonalFromSideToSide(d);
    }
  });

  // A later layout keeps the previous one's widths and heights, so an edit moves nothing; they
  // used to be kept exactly, and ten groups expanded in an overview brought their systems' own
  // edges into channels and row gaps sized for the collapsed picture: 130 pairs of 400
  // generated systems (2,338 of 1,000, forty groups expanded) ran on one line. Kept sizes are now
  // a floor: a channel or gap crowded past them grows, none shrinks.
  it('generated overview (400) with ten groups expanded later: no shared track, no count over another; kept widths and heights only grow', async () => {
    const model = diagramModelOf(await lintFiles({ '/ws/landscape.yaml': generateLandscape(400) }));
    const collapsed = laidOut(model);
    const expanded = laidOut(model, collapsed, { expanded: collapsed.groups.filter((_, i) => i % 3 === 0).slice(0, 10).map((g) => g.id) });
    assert.deepEqual([measureLayout(expanded).sharedTracks, measureLayout(expanded).edgesOutsideGap], [0, 0]);
    assertOrthogonalFromSideToSide(expanded);
    // Counts of loops in a crowded channel had no clear middle or quarter and were drawn over others (9 in the collapsed picture).
    assert.deepEqual([measureLayout(collapsed).labelOverlaps, measureLayout(expanded).labelOverlaps], [0, 0]);
    const grownBy = (d: Diagram): Map<string, number> => new Map([...(d.widened ?? []), ...(d.heightened ?? []).map(([g, by]): [string, number] => [`row ${g}`, by])]);
    const [was, now] = [grownBy(collapsed), grownBy(expanded)];
    for (const [k, by] of was) assert.ok((now.get(k) ?? 0) >= by, k);
    assert.ok([...now].some(([k, by]) => by > (was.get(k) ?? 0)), 'something grew for the expanded groups');
  });

  // 2,461 edges in 30 rows: a hundred horizontal runs overlap in a 14 px row gap, so they came
  // 0.1–0.5 px apart (8,324 shared tracks). Now a gap grows for its tracks and the rows below move down.
  it('generated, every system drawn (1,000): no shared track, the row gaps grown for their tracks; laid out again, nothing moves', async function () {
    this.timeout(120_000);
    const r = await lintFiles({ '/ws/landscape.yaml': generateLandscape(1000) });
    const d = laidOut(diagramModelOf(r), undefined, { collapseAbove: Infinity });
    assert.equal(measureLayout(d).sharedTracks, 0);
    assertOrthogonalFromSideToSide(d);
    assert.ok((d.heightened ?? []).length > 0 && d.heightened!.every(([, by]) => by > 0));
    // The boxes of a row still line up across lanes, and the rows are further apart than 62 px.
    const tops = [...new Set(d.nodes.map((n) => n.y))].sort((a, b) => a - b);
    assert.equal(tops.length, 30);
    assert.ok(tops.slice(1).every((y, i) => y - tops[i] > 62), tops.join());
    assert.ok(d.height >= tops[29] + 48);
    // A later layout keeps the heights and every system's place (its slot read back through them).
    const again = laidOut(diagramModelOf(r), d, { collapseAbove: Infinity });
    assert.deepEqual(again.heightened, d.heightened);
    assert.deepEqual(again.nodes.map((n) => [n.id, n.x, n.y]), d.nodes.map((n) => [n.id, n.x, n.y]));
  });

  it('two opposite edges between two systems are two lines on different ports, not one double-headed line', async () => {
    const r = await lintFiles({
      '/ws/landscape.yaml': `apiVersion: landscape/v1
owners: [{ id: t, type: team }]
systems:
  - { id: gw, mode: gearbox, owner: t, dependsOn: [app] }
  - { id: app, mode: mode2, owner: t, dependsOn: [gw] }
`,
    });
    const d = diagramOf(r);
    const [there, back] = ['gw->app', 'app->gw'].map((id) => polylinesOf(d.edges.find((e) => e.id === id)!.path)[0]);
    // gw's right side: one port out, one in, apart; the same on app's left side.
    assert.notEqual(there[0].y, back[back.length - 1].y);
    assert.notEqual(there[there.length - 1].y, back[0].y);
    assert.deepEqual(measureLayout(d), { crossings: 0, sharedTracks: 0, labelOverlaps: 0, edgesOutsideGap: 0 });
  });

  it('parallel edges with the same interaction are drawn once, with their count and a tooltip listing them; an async one stays apart', async () => {
    const r = await lintFiles({
      '/ws/landscape.yaml': `apiVersion: landscape/v1
owners: [{ id: t, type: team }]
systems:
  - { id: gw, mode: gearbox, owner: t }
  - { id: app, mode: mode2, owner: t, consumes: [gw-api, gw-v2, { api: gw-events, interaction: async }] }
apis:
  - { id: gw-api, provider: gw, type: openapi }
  - { id: gw-v2, provider: gw, type: openapi }
  - { id: gw-events, provider: gw, type: asyncapi }
`,
    });
    const d = diagramOf(r);
    const edge = (id: string) => d.edges.find((e) => e.id === id)!;
    assert.deepEqual(edge('app->gw:gw-api').bundle, ['app->gw:gw-api', 'app->gw:gw-v2']);
    assert.equal(edge('app->gw:gw-v2').bundledInto, 'app->gw:gw-api');
    assert.equal(edge('app->gw:gw-v2').path, edge('app->gw:gw-api').path);
    assert.equal(edge('app->gw:gw-events').bundle, undefined);
    assert.notEqual(edge('app->gw:gw-events').path, edge('app->gw:gw-api').path);
    const svg = renderSvg(d);
    // The bundle a path, the async edge a path or (its route turning) a group of dashed pieces.
    assert.deepEqual(svg.match(/<(?:path|g) class="ls-edge(?: [^"]*)?" data-edge="[^"]*"/g)?.map((m) => m.replace(/^<(path|g) .*data-edge="(.*)"$/, '$2')), ['app-&gt;gw:gw-api', 'app-&gt;gw:gw-events']);
    assert.match(svg, /<path class="ls-edge sync" data-edge="app-&gt;gw:gw-api" data-from="app" data-to="gw" data-count="2" d="[^"]+" marker-end="url\(#ls-arrow\)"><title>app → gw 2 dependencies \(sync\)\nvia gw-api\nvia gw-v2<\/title><\/path>/);
    const { x, y } = edge('app->gw:gw-api').countAt!;
    assert.match(svg, new RegExp(`<g class="ls-edge-count" data-edge="app-&gt;gw:gw-api" data-from="app" data-to="gw" tabindex="0" role="button" aria-label="2 dependencies from app to gw"><title>app → gw 2 dependencies \\(sync\\)\\nvia gw-api\\nvia gw-v2</title><rect x="[\\d.]+" y="${y - 7}" width="[\\d.]+" height="14" rx="7"/><text class="ls-edge-count-text" x="${x}" y="${y + 3.5}" text-anchor="middle">2</text></g>`));
    assert.deepEqual(measureLayout(d), { crossings: 0, sharedTracks: 0, labelOverlaps: 0, edgesOutsideGap: 0 });
  });

  it('is deterministic: 1,000 systems (collapsed by domain) route the same twice', async () => {
    const d = await generated(1000);
    const again = await generated(1000);
    assert.equal(JSON.stringify(d.edges.map((e) => e.path)), JSON.stringify(again.edges.map((e) => e.path)));
    assert.equal(measureLayout(d).edgesOutsideGap, 0);
  });
});
