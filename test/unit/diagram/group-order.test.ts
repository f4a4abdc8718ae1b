/**
 * The order of an overview's groups (src/core/diagram/group-order.ts): a first layout of
 * collapsed groups takes the order of barycentre sweeps (barycentre.ts) when it reads better by
 * the layout measures, else the groups' names; later layouts keep every group's slot.
 */
import { strict as assert } from 'node:assert';
import { createPageHost, diagramModelOf, laidOut, layoutDiagram, measureLayout, type Diagram } from '../../../src/core/index';
import { generateLandscape } from '../../../bench/generate';
import { lintFiles } from '../../helpers/lint-snippet';

const model = async (n: number) => diagramModelOf(await lintFiles({ '/ws/landscape.yaml': generateLandscape(n) }));
const faults = (d: Diagram): number => {
  const m = measureLayout(d);
  return m.sharedTracks + m.labelOverlaps + m.edgesOutsideGap;
};
const laneOrder = (d: Diagram, lane: string): string[] => d.groups.filter((g) => g.lane === lane).sort((a, b) => a.y - b.y).map((g) => g.id);

describe('diagram: the order of an overview\'s groups', () => {
  it('1,000 generated systems by domain: the sweeps\' order, with 40 % fewer crossings than by name and no more faults', async () => {
    const m = await model(1000);
    const byName = layoutDiagram(m);
    const overview = laidOut(m);
    assert.equal(overview.groups.length, 75);
    assert.notDeepEqual(laneOrder(overview, 'mode1'), laneOrder(byName, 'mode1'));
    assert.ok(faults(overview) <= faults(byName));
    const [now, was] = [measureLayout(overview).crossings, measureLayout(byName).crossings];
    assert.ok(now < was * 0.6, `${now} crossings, ${was} by name`);
    // A group keeps its members together, in id order.
    for (const g of overview.groups) assert.deepEqual(g.members, [...g.members].sort());
  });

  it('by owner (4 groups): never worse than by name', async () => {
    const m = await model(1000);
    const overview = laidOut(m, undefined, { groupBy: 'owner' });
    const byName = layoutDiagram(m, undefined, { groupBy: 'owner' });
    assert.deepEqual(measureLayout(overview), measureLayout(byName));
    assert.deepEqual(measureLayout(overview), { crossings: 0, sharedTracks: 0, labelOverlaps: 0, edgesOutsideGap: 0 });
  });

  it('a later layout keeps the order: expanding and collapsing a group keeps every lane\'s order', async () => {
    const m = await model(1000);
    const overview = laidOut(m);
    const first = laneOrder(overview, 'mode2')[0];
    const opened = laidOut(m, overview, { expanded: [first] });
    for (const lane of ['mode1', 'gearbox']) assert.deepEqual(laneOrder(opened, lane), laneOrder(overview, lane));
    // Collapsed again, every lane in the same order (row gaps the expanded systems' edges grew stay grown: row-gaps.ts).
    const closed = laidOut(m, opened);
    for (const lane of ['mode1', 'gearbox', 'mode2']) assert.deepEqual(laneOrder(closed, lane), laneOrder(overview, lane));
  });

  it('above 300 groups (1,200 domains of one system each) the sweeps\' order is taken unmeasured, and crosses less than by name', async () => {
    const lines = ['apiVersion: landscape/v1', 'kind: Landscape', 'metadata: { name: many-domains }', 'owners:', '  - { id: t, type: team }', 'domains:'];
    for (let i = 0; i < 1200; i++) lines.push(`  - { id: d-${i}, owner: t }`);
    lines.push('systems:');
    const modes = ['mode1', 'gearbox', 'mode2'];
    // Each system uses two earlier ones, picked by a fixed pseudo-random sequence.
    let seed = 7;
    const next = (below: number): number => Math.floor(((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32) * below);
    for (let i = 0; i < 1200; i++) lines.push(`  - { id: s-${i}, mode: ${modes[i % 3]}, owner: t, domain: d-${i}${i > 3 ? `, dependsOn: [s-${next(i)}, s-${next(i)}]` : ''} }`);
    const m = diagramModelOf(await lintFiles({ '/ws/landscape.yaml': `${lines.join('\n')}\n` }));
    const overview = laidOut(m);
    const byName = layoutDiagram(m);
    assert.equal(overview.groups.length, 1200);
    assert.notDeepEqual(laneOrder(overview, 'mode1'), laneOrder(byName, 'mode1'));
    assert.ok(measureLayout(overview).crossings < measureLayout(byName).crossings * 0.5, `${measureLayout(overview).crossings} against ${measureLayout(byName).crossings}`);
  });

  // Seen in code-server: after "groups by owner" and back, the domain groups came by name; the
  // layout kept the owner picture's places, which had none for them.
  it('a grouping switched and switched back opens ordered again: in the editor\'s layouts and on the standalone page', async () => {
    const m = await model(1000);
    const overview = laidOut(m);
    const owners = laidOut(m, overview, { groupBy: 'owner' });
    assert.equal(owners.groups.length, 4);
    const back = laidOut(m, owners);
    for (const lane of ['mode1', 'gearbox', 'mode2']) assert.deepEqual(laneOrder(back, lane), laneOrder(overview, lane), lane);
    const host = createPageHost(m, overview);
    assert.equal(host.handle({ type: 'setGrouping', grouping: 'owners' })!.groups.length, 4);
    const page = host.handle({ type: 'setGrouping', grouping: 'domains' })!;
    for (const lane of ['mode1', 'gearbox', 'mode2']) assert.deepEqual(laneOrder(page, lane), laneOrder(overview, lane), lane);
  });
});
