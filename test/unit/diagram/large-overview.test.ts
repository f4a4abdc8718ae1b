/**
 * Large landscapes (issue 15, point 2): groups by owner on demand, the groupings of views and
 * the webview's picker, and the overview's edge budget: between collapsed groups one edge per
 * pair and direction, and at 1,000 and 10,000 generated systems at most EDGE_BUDGET of them,
 * the heaviest, checked against a plain recomputation.
 */
import { strict as assert } from 'node:assert';
import { createPageHost, diagramModelOf, diagramOf, EDGE_BUDGET, groupingLayout, layoutDiagram, type Diagram, type DiagramModel } from '../../../src/core/index';
import { generateLandscape } from '../../../bench/generate';
import { GROUPS } from '../../helpers/diagram-fixtures';
import { lintFiles } from '../../helpers/lint-snippet';

/** The groups' fixture and a system without an owner. */
const TEXT = GROUPS.replace('\napis:\n', '\n  - { id: orphan, mode: mode2, domain: pos }\napis:\n');
const lint = (text: string) => lintFiles({ '/ws/landscape.yaml': text });
const edges = (d: Diagram) => d.edges.map((e) => ({ id: e.id, count: e.count, interaction: e.interaction, worst: e.worst ?? null })).sort((a, b) => (a.id < b.id ? -1 : 1));
const RANK = { error: 3, warn: 2, info: 1 } as const;

/**
 * The overview's edges by plain code: every dependency between two different (lane, domain)
 * groups, one entry per ordered pair with its count, whether any is sync, and its worst finding.
 */
function groupPairs(model: DiagramModel): Map<string, { count: number; sync: boolean; worst: number }> {
  const groupOf = new Map(model.nodes.map((n) => [n.id, `group:${n.lane}:${n.domain ?? ''}`]));
  const pairs = new Map<string, { count: number; sync: boolean; worst: number }>();
  for (const e of model.edges) {
    const a = groupOf.get(e.from);
    const b = groupOf.get(e.to);
    if (!a || !b || a === b) continue;
    const p = pairs.get(`${a}->${b}`) ?? { count: 0, sync: false, worst: 0 };
    p.count++;
    p.sync ||= e.interaction === 'sync';
    p.worst = Math.max(p.worst, e.worst ? RANK[e.worst] : 0);
    pairs.set(`${a}->${b}`, p);
  }
  return pairs;
}

describe('diagram: large landscapes, grouped by owner and summarised', () => {
  it('groups by owner: one group per (lane, owner), "(no owner)" last, spans at the owner, domains of the members', async () => {
    const d = diagramOf(await lint(TEXT), undefined, groupingLayout('owners'));
    assert.deepEqual(d.nodes, []);
    assert.deepEqual(d.groups.map((g) => [g.id, g.by, g.label, g.members, g.domains, g.owners]), [
      ['owner-group:mode1:t', 'owner', 't', ['core', 'ledger', 'legacy'], ['pay'], ['t']],
      ['owner-group:gearbox:t', 'owner', 't', ['gw'], ['pay'], ['t']],
      ['owner-group:mode2:t', 'owner', 't', ['kiosk'], ['pos'], ['t']],
      ['owner-group:mode2:u', 'owner', 'u', ['app', 'shop'], ['retail'], ['u']],
      ['owner-group:mode2:', 'owner', '(no owner)', ['orphan'], ['pos'], []],
    ]);
    assert.ok(d.groups.every((g) => g.domain === undefined));
    const at = (id: string) => {
      const g = d.groups.find((x) => x.id === id)!;
      return TEXT.slice(g.span.start, g.span.end) + '@' + g.span.start;
    };
    assert.equal(at('owner-group:mode1:t'), `t@${TEXT.indexOf('{ id: t,') + 6}`);
    assert.equal(at('owner-group:mode2:u'), `u@${TEXT.indexOf('{ id: u,') + 6}`);
    // Without an owner, the group's first system.
    assert.equal(at('owner-group:mode2:'), `orphan@${TEXT.indexOf('id: orphan') + 4}`);
    // Their edges: one per pair and direction, with the count, sync if any is, the worst finding.
    assert.deepEqual(edges(d), [
      { id: 'owner-group:gearbox:t->owner-group:mode1:t', count: 2, interaction: 'sync', worst: null },
      { id: 'owner-group:mode2:t->owner-group:gearbox:t', count: 1, interaction: 'sync', worst: 'warn' },
      { id: 'owner-group:mode2:u->owner-group:gearbox:t', count: 3, interaction: 'sync', worst: 'warn' },
      { id: 'owner-group:mode2:u->owner-group:mode1:t', count: 1, interaction: 'sync', worst: 'error' },
    ]);
    assert.equal(d.hiddenEdges, undefined);
  });

  it('the groupings: auto (by domain above the threshold), domains and owners always, none never', async () => {
    assert.deepEqual(groupingLayout('auto'), {});
    assert.deepEqual(groupingLayout(undefined), {});
    assert.deepEqual(groupingLayout('domains'), { collapseAbove: 0 });
    assert.deepEqual(groupingLayout('owners'), { collapseAbove: 0, groupBy: 'owner' });
    assert.deepEqual(groupingLayout('none'), { collapseAbove: Infinity });
    const r = await lint(TEXT);
    assert.equal(diagramOf(r, undefined, groupingLayout('auto')).groups.length, 0);
    assert.deepEqual(diagramOf(r, undefined, groupingLayout('domains')).groups.map((g) => g.id), ['group:mode1:pay', 'group:mode1:', 'group:gearbox:pay', 'group:mode2:pos', 'group:mode2:retail']);
    const big = await lint(generateLandscape(400));
    assert.equal(diagramOf(big, undefined, groupingLayout('none')).nodes.length, 400);
    // The generator's owners: team-core (Mode 1), team-int (gearbox), team-web and bu-sales (shadow IT, Mode 2).
    assert.deepEqual(diagramOf(big, undefined, groupingLayout('owners')).groups.map((g) => [g.id, g.count]), [
      ['owner-group:mode1:team-core', 134], ['owner-group:gearbox:team-int', 133], ['owner-group:mode2:bu-sales', 4], ['owner-group:mode2:team-web', 129],
    ]);
  });

  it('the page host switches the grouping on the webview\'s pick, every group collapsed, and back', async () => {
    const model = diagramModelOf(await lint(TEXT));
    const initial = layoutDiagram(model);
    const host = createPageHost(model, initial);
    const byOwner = host.handle({ type: 'setGrouping', grouping: 'owners' })!;
    assert.deepEqual(byOwner.groups.map((g) => g.id), ['owner-group:mode1:t', 'owner-group:gearbox:t', 'owner-group:mode2:t', 'owner-group:mode2:u', 'owner-group:mode2:']);
    const opened = host.handle({ type: 'toggleGroup', group: 'owner-group:mode2:u' })!;
    assert.deepEqual(opened.nodes.map((n) => n.id), ['app', 'shop']);
    // Another grouping starts collapsed; "none" draws every system.
    assert.deepEqual(host.handle({ type: 'setGrouping', grouping: 'domains' })!.groups.filter((g) => g.expanded), []);
    assert.deepEqual(host.expanded(), []);
    assert.equal(host.handle({ type: 'setGrouping', grouping: 'none' })!.nodes.length, 8);
    // A restored page asks for its grouping and open groups again.
    const restored = createPageHost(model, initial).handle({ type: 'ready', grouping: 'owners', expanded: ['owner-group:mode1:t'] })!;
    assert.deepEqual(restored.nodes.map((n) => n.id), ['core', 'ledger', 'legacy']);
  });

  for (const [n, groups, pairs, errorPairs] of [[1000, 75, 1572, 115], [10_000, 750, 23_760, 1023]] as const) {
    it(`the overview of ${n.toLocaleString('en')} generated systems draws ${EDGE_BUDGET} edges between its ${groups} groups, the heaviest`, async function () {
      this.timeout(120_000);
      const r = await lint(generateLandscape(n));
      const d = diagramOf(r);
      assert.equal(d.groups.length, groups);
      const expected = groupPairs(diagramModelOf(r));
      assert.equal(expected.size, pairs);
      assert.equal(EDGE_BUDGET, 250);
      assert.equal(d.edges.length, EDGE_BUDGET);
      // Each drawn edge is its pair's aggregate.
      for (const e of d.edges) {
        const p = expected.get(e.id)!;
        assert.deepEqual([e.count, e.interaction, e.worst ? RANK[e.worst] : 0], [p.count, p.sync ? 'sync' : 'async', p.worst], e.id);
      }
      // Those left out are said, and none is heavier than one drawn: worst finding, then count.
      const total = [...expected.values()].reduce((s, p) => s + p.count, 0);
      assert.deepEqual(d.hiddenEdges, { edges: pairs - EDGE_BUDGET, dependencies: total - d.edges.reduce((s, e) => s + e.count!, 0) });
      const weight = (p: { count: number; worst: number }) => p.worst * 1e9 + p.count;
      const lightestDrawn = Math.min(...d.edges.map((e) => weight(expected.get(e.id)!)));
      const drawn = new Set(d.edges.map((e) => e.id));
      const heaviestLeft = Math.max(...[...expected].filter(([id]) => !drawn.has(id)).map(([, p]) => weight(p)));
      assert.ok(heaviestLeft <= lightestDrawn, `${heaviestLeft} > ${lightestDrawn}`);
      // Edges with errors first: all of them when they fit (1,000 systems: 115 pairs with an error), else only they (10,000: 1,023).
      const errors = [...expected.values()].filter((p) => p.worst === 3).length;
      assert.equal(errors, errorPairs);
      assert.equal(d.edges.filter((e) => e.worst === 'error').length, Math.min(errors, EDGE_BUDGET));
    });
  }

  it('an expanded group\'s own edges are never left out', async () => {
    const r = await lint(generateLandscape(1000));
    const d = diagramOf(r, undefined, { expanded: ['group:mode2:domain-3'] });
    const members = new Set(d.groups.find((g) => g.id === 'group:mode2:domain-3')!.members);
    const touching = diagramModelOf(r).edges.filter((e) => members.has(e.from) || members.has(e.to)).length;
    const drawn = d.edges.filter((e) => members.has(e.from) || members.has(e.to));
    assert.ok(drawn.length > 0);
    assert.equal(drawn.reduce((s, e) => s + (e.count ?? 1), 0), touching);
    assert.equal(d.edges.length - drawn.length, EDGE_BUDGET);
  });
});
