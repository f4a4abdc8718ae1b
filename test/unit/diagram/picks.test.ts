/**
 * The parts the diagram's pickers draw (core/diagram/picks.ts): a focus and an impact over the
 * model's graph, a saved view resolved from the landscape, with their titles and an impact's
 * systems by mode; unknown systems and views are said, never thrown. (That the walk over the
 * model's graph meets every system at the landscape's distances is a property in
 * test/unit/model/impact.test.ts.)
 */
import { strict as assert } from 'node:assert';
import { diagramModelOf, layoutDiagram, pickChoices, pickedModel, resolveViews, type DiagramModel } from '../../../src/core/index';
import { drawDiagram, type Shape } from '../../../src/core/diagram/drawing';
import { lintSnippet } from '../../helpers/lint-snippet';

const BODY = `owners: [{ id: team-a, type: team }]
domains: [{ id: payments }]
systems:
  - { id: core, name: Core ledger, mode: mode1, owner: team-a, domain: payments }
  - { id: acl, mode: gearbox, owner: team-a, domain: payments, dependsOn: [core] }
  - { id: web, mode: mode2, owner: team-a, dependsOn: [acl] }
  - { id: batch, mode: mode2, owner: team-a, dependsOn: [{ system: core, interaction: async }] }
views:
  - { name: payments, title: Payments, include: { domains: [payments] }, grouping: domains }
  - { name: near-web, focus: { system: web, direction: up } }
`;

describe('diagram picks (focus, impact, saved view)', () => {
  let model: DiagramModel;
  let views: ReturnType<typeof resolveViews>;
  before(async () => {
    const r = await lintSnippet(BODY);
    // The snippet's metadata has no title (it would be the file's name).
    model = { ...diagramModelOf(r), title: 'Bank' };
    views = resolveViews(r.landscape, 'Bank');
  });

  const drawn = (picked: ReturnType<typeof pickedModel>): string[] => {
    assert.ok('model' in picked);
    return picked.model.nodes.map((n) => `${n.id}@${n.distance ?? '-'}`);
  };

  it('a focus: every interaction, up to the depth, titled as render --focus titles it', () => {
    const picked = pickedModel(model, { kind: 'focus', system: 'core', depth: 1, direction: 'both' }, views);
    assert.deepEqual(drawn(picked), ['core@0', 'acl@1', 'batch@1']);
    assert.ok('title' in picked);
    assert.equal(picked.title, 'Bank: core and 1 step either way');
    assert.equal(picked.summary, undefined);
    assert.deepEqual(drawn(pickedModel(model, { kind: 'focus', system: 'web', depth: 2, direction: 'up' }, views)), ['core@2', 'acl@1', 'web@0']);
  });

  it('an impact: synchronous consumers by default, asynchronous ones on demand, the affected systems by mode', () => {
    const picked = pickedModel(model, { kind: 'impact', system: 'core', direction: 'down', includeAsync: false }, views);
    assert.deepEqual(drawn(picked), ['core@0', 'acl@1', 'web@2']);
    assert.ok('title' in picked);
    assert.equal(picked.title, 'Bank: outage of core, down (its consumers), synchronous edges only');
    assert.equal(picked.summary, '2 systems affected: Gearbox 1 · Mode 2 1');
    const all = pickedModel(model, { kind: 'impact', system: 'core', direction: 'down', includeAsync: true }, views);
    assert.deepEqual(drawn(all), ['core@0', 'acl@1', 'web@2', 'batch@1']);
    assert.ok('summary' in all);
    assert.equal(all.summary, '3 systems affected: Gearbox 1 · Mode 2 2');
    const none = pickedModel(model, { kind: 'impact', system: 'web', direction: 'down', includeAsync: false }, views);
    assert.ok('summary' in none);
    assert.equal(none.summary, 'no system affected');
  });

  it('a saved view: its systems, its focus distances, its grouping and title', () => {
    const payments = pickedModel(model, { kind: 'view', name: 'payments' }, views);
    assert.deepEqual(drawn(payments), ['core@-', 'acl@-']);
    assert.ok('layout' in payments);
    assert.deepEqual(payments.layout, { collapseAbove: 0 });
    assert.equal(payments.title, 'Payments');
    const near = pickedModel(model, { kind: 'view', name: 'near-web' }, views);
    assert.deepEqual(drawn(near), ['acl@1', 'web@0']);
    assert.ok('title' in near);
    assert.equal(near.title, 'Bank: near-web');
  });

  // Seen in code-server: the distances' warm fills read as severities, with nothing saying what they meant.
  it('a focus or impact picture has a legend row for the distances it shows, below the lanes; the whole picture has none', () => {
    const legendOf = (m: DiagramModel): { keys: string[]; texts: string[]; top: number; lanesBottom: number } => {
      const d = layoutDiagram(m);
      const shapes = drawDiagram(d);
      const legend = shapes.find((x) => x.attrs.class === 'ls-legend')!;
      const keys = (legend.children ?? []).filter((x) => x.attrs['data-legend']?.toString().startsWith('distance-'));
      const texts = (legend.children ?? []).filter((x) => x.tag === 'text').map((x) => x.text ?? '');
      const rects = keys.map((k) => k.children![0]);
      const lanes = shapes.filter((x) => x.attrs.class === 'ls-lane-g').map((g) => g.children![0]);
      const bottom = (r: Shape): number => Number(r.attrs.y) + Number(r.attrs.height);
      return { keys: keys.map((k) => String(k.attrs.class)), texts, top: Math.min(...rects.map((r) => Number(r.attrs.y))), lanesBottom: Math.max(...lanes.map(bottom)) };
    };
    const focus = pickedModel(model, { kind: 'focus', system: 'web', depth: 2, direction: 'up' }, views);
    assert.ok('model' in focus);
    const l = legendOf(focus.model);
    assert.deepEqual(l.keys, ['ls-node ls-distance-0', 'ls-node ls-distance-1', 'ls-node ls-distance-2']);
    assert.deepEqual(l.texts.slice(-3), ['the chosen system', '1 step away', '2 steps away']);
    assert.ok(l.top > l.lanesBottom, `legend row at ${l.top}, lanes end at ${l.lanesBottom}`);
    const impact = pickedModel(model, { kind: 'impact', system: 'core', direction: 'down', includeAsync: false }, views);
    assert.ok('model' in impact);
    assert.equal(legendOf(impact.model).keys.length, 3);
    assert.deepEqual(legendOf(model).keys, []);
  });

  it('says which system or view is missing', () => {
    assert.deepEqual(pickedModel(model, { kind: 'focus', system: 'cor', depth: 1, direction: 'both' }, views), { error: "The landscape has no system 'cor'." });
    assert.deepEqual(pickedModel(model, { kind: 'impact', system: '', direction: 'down', includeAsync: false }, views), { error: "The landscape has no system ''." });
    assert.deepEqual(pickedModel(model, { kind: 'view', name: 'gone' }, views), { error: "The landscape has no view 'gone' any more." });
  });

  it('offers every system with what the filters test, and the views by title', () => {
    assert.deepEqual(pickChoices(model, views), {
      systems: [
        { id: 'core', label: 'Core ledger', lane: 'mode1', domain: 'payments', owner: 'team-a', ...(model.nodes[0].worst ? { worst: model.nodes[0].worst } : {}) },
        { id: 'acl', label: 'acl', lane: 'gearbox', domain: 'payments', owner: 'team-a', ...(model.nodes[1].worst ? { worst: model.nodes[1].worst } : {}) },
        { id: 'web', label: 'web', lane: 'mode2', owner: 'team-a', ...(model.nodes[2].worst ? { worst: model.nodes[2].worst } : {}) },
        { id: 'batch', label: 'batch', lane: 'mode2', owner: 'team-a', ...(model.nodes[3].worst ? { worst: model.nodes[3].worst } : {}) },
      ],
      views: [{ name: 'payments', title: 'Payments' }, { name: 'near-web', title: 'Bank: near-web' }],
    });
  });
});
