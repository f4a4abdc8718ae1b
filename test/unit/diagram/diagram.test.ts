import { strict as assert } from 'node:assert';
import { diagramModelOf, diagramOf, ELK_MAX_SYSTEMS, laneOrderOf, layoutDiagram, renderMermaid, renderSvg } from '../../../src/core/index';
import { layoutSync } from '../../../src/core/diagram/elk-sync';
import { generateLandscape } from '../../../bench/generate';
import { lintFiles } from '../../helpers/lint-snippet';
import { crossings, TANGLED } from '../../helpers/diagram-fixtures';

const BASE = `apiVersion: landscape/v1
metadata: { title: Test bank, asOf: 2025-10-01 }
owners: [{ id: t, type: team }]
systems:
  - { id: sap, mode: mode1, owner: t, domain: finance }
  - { id: gw, mode: gearbox, owner: t, consumes: [sap-api] }
  - { id: shop, mode: mode2, owner: t, consumes: [gw-api, { api: events, interaction: async }] }
  - { id: app, mode: mode2, owner: t, dependsOn: [sap] }
  - { id: hub, mode: gearbox, owner: t }
apis:
  - { id: sap-api, provider: sap, type: odata }
  - { id: gw-api, provider: gw, type: openapi }
  - { id: events, provider: hub, type: asyncapi }
`;

const diagramFor = async (text: string) => {
  const r = await lintFiles({ '/ws/landscape.yaml': text });
  return { r, d: diagramOf(r), text };
};

describe('diagram: model and layout', () => {
  it('puts systems in their lanes, left to right: Mode 1, gearbox, Mode 2', async () => {
    const { d } = await diagramFor(BASE);
    const x = (id: string): number => d.nodes.find((n) => n.id === id)!.x;
    assert.deepEqual(d.lanes.map((l) => l.id), ['mode1', 'gearbox', 'mode2']);
    assert.ok(x('sap') < x('gw') && x('gw') === x('hub') && x('hub') < x('shop') && x('shop') === x('app'));
    assert.equal(d.title, 'Test bank');
  });

  it('edges carry interaction, worst finding and the source span of their entry; nodes the span of their id', async () => {
    const { d, text } = await diagramFor(BASE);
    const edge = (id: string) => d.edges.find((e) => e.id === id)!;
    assert.equal(edge('shop->hub:events').interaction, 'async');
    assert.equal(edge('shop->gw:gw-api').interaction, 'sync');
    assert.equal(edge('app->sap').worst, 'error');
    assert.deepEqual(edge('app->sap').rules, ['no-direct-mode2-to-mode1']);
    assert.equal(text.slice(edge('shop->hub:events').span.start, edge('shop->hub:events').span.end), '{ api: events, interaction: async }');
    for (const n of d.nodes) assert.equal(text.slice(n.span.start, n.span.end), n.id);
    for (const e of d.edges) assert.ok(e.path.startsWith('M'), e.id);
    assert.equal(d.nodes.find((n) => n.id === 'app')!.worst, 'error');
  });

  it('is deterministic: the same input gives identical positions', async function () {
    // Two layouts of 300 systems: ~4 s on a quiet machine, 27 s at a load of 14 (over the 20 s default).
    this.timeout(120_000);
    const text = generateLandscape(300);
    const a = await diagramFor(text);
    const b = await diagramFor(text);
    assert.equal(JSON.stringify(a.d), JSON.stringify(b.d));
  });

  // 300 systems plus one is above the collapse threshold: these two test the layout of systems.
  const ALL_SYSTEMS = { collapseAbove: Infinity };

  it('is stable: with the previous layout, adding or removing a system moves no other system', async () => {
    const text = generateLandscape(300);
    const first = await lintFiles({ '/ws/landscape.yaml': text });
    const before = diagramOf(first, undefined, ALL_SYSTEMS);
    const added = await lintFiles({ '/ws/landscape.yaml': text.replace('\napis:\n', '\n  - { id: sys-150-new, mode: gearbox, owner: team-int, domain: domain-0 }\napis:\n') });
    const after = diagramOf(added, before, ALL_SYSTEMS);
    const pos = new Map(before.nodes.map((n) => [n.id, `${n.x},${n.y}`]));
    assert.deepEqual(after.nodes.filter((n) => pos.has(n.id) && pos.get(n.id) !== `${n.x},${n.y}`).map((n) => n.id), []);
    assert.ok(after.nodes.some((n) => n.id === 'sys-150-new'));
    const removed = diagramOf(first, after, ALL_SYSTEMS);
    assert.deepEqual(removed.nodes.filter((n) => pos.get(n.id) !== `${n.x},${n.y}`).map((n) => n.id), []);
  });

  it('in the id order (no ELK order, no previous layout), a new system shifts only the systems after it in its lane', async () => {
    const text = generateLandscape(300);
    const before = layoutDiagram(diagramModelOf((await diagramFor(text)).r), undefined, ALL_SYSTEMS);
    const after = layoutDiagram(diagramModelOf((await diagramFor(text.replace('\napis:\n', '\n  - { id: sys-150-new, mode: gearbox, owner: team-int, domain: domain-9 }\napis:\n'))).r), undefined, ALL_SYSTEMS);
    assert.equal(after.nodes.length, 301);
    const pos = new Map(before.nodes.map((n) => [n.id, `${n.x},${n.y}`]));
    const moved = after.nodes.filter((n) => pos.has(n.id) && pos.get(n.id) !== `${n.x},${n.y}`);
    assert.ok(moved.every((n) => n.lane === 'gearbox' && ((n.domain ?? '') > 'domain-9' || (n.domain === 'domain-9' && n.id > 'sys-150-new'))), moved.map((n) => n.id).join());
  });

  it('calls the pinned elkjs synchronously and gets positions back', () => {
    const laid = layoutSync({
      id: 'root',
      layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT' },
      children: [{ id: 'a', width: 10, height: 10 }, { id: 'b', width: 10, height: 10 }],
      edges: [{ id: 'e', sources: ['a'], targets: ['b'] }],
    });
    assert.ok(laid, 'elkjs answered');
    const x = new Map(laid.children.map((c) => [c.id, c.x]));
    assert.ok(x.get('a')! < x.get('b')!, JSON.stringify(laid.children));
  });

  it('a first layout orders each lane with ELK: fewer crossings than the id order', async () => {
    const { r, d } = await diagramFor(TANGLED);
    assert.equal(crossings(layoutDiagram(diagramModelOf(r))), 3);
    assert.equal(crossings(d), 0);
    // Still lanes, one column each.
    assert.deepEqual(new Set(d.nodes.filter((n) => n.lane === 'mode1').map((n) => n.x)).size, 1);
  });

  it('the ELK order keeps the systems of a domain together, those without one last', async () => {
    const text = TANGLED.replace('id: a-ledger, mode: mode1,', 'id: a-ledger, mode: mode1, domain: finance,')
      .replace('id: c-crm, mode: mode1,', 'id: c-crm, mode: mode1, domain: finance,')
      .replace('id: b-billing, mode: mode1, owner: t }', 'b-billing, mode: mode1, owner: t }\n  - { id: d-dwh, mode: mode1, owner: t, domain: data }'.replace('b-billing', 'id: b-billing'))
      .replace('dependsOn: [b-billing]', 'dependsOn: [b-billing, d-dwh]');
    const { r } = await diagramFor(text);
    const order = laneOrderOf(diagramModelOf(r))!;
    const mode1 = ['a-ledger', 'b-billing', 'c-crm', 'd-dwh'].sort((p, q) => order.get(p)! - order.get(q)!);
    const domains = mode1.map((id) => ({ 'a-ledger': 'finance', 'c-crm': 'finance', 'd-dwh': 'data' })[id] ?? '');
    assert.equal(domains.at(-1), '', mode1.join());
    assert.equal(domains.indexOf('finance') + 1, domains.lastIndexOf('finance'), mode1.join());
  });

  it(`ELK orders lanes only up to ${ELK_MAX_SYSTEMS} systems (above, the diagram opens collapsed by domain)`, async () => {
    const r = await lintFiles({ '/ws/landscape.yaml': generateLandscape(ELK_MAX_SYSTEMS + 1) });
    assert.equal(laneOrderOf(diagramModelOf(r)), undefined);
    const small = await lintFiles({ '/ws/landscape.yaml': generateLandscape(40) });
    assert.equal(laneOrderOf(diagramModelOf(small))!.size, 40);
  });

  it('escapes hostile names in SVG and Mermaid', async () => {
    const hostile = '<img src=x onerror=alert(1)></script>"\'&';
    const { d } = await diagramFor(`apiVersion: landscape/v1\nsystems:\n  - { id: evil, name: ${JSON.stringify(hostile)}, mode: mode2, owner: t }\n`);
    const svg = renderSvg(d, { standalone: true });
    assert.ok(!svg.includes('<img'), 'no raw markup');
    assert.ok(svg.includes('&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;&quot;&#39;&amp;'));
    const mermaid = renderMermaid(d);
    assert.ok(!/<img|<\/script/.test(mermaid));
  });

  it('renders SVG with lanes, one group per system, dashed async edges and a legend', async () => {
    const { d } = await diagramFor(BASE);
    const svg = renderSvg(d, { standalone: true });
    assert.ok(svg.startsWith('<?xml'));
    assert.equal((svg.match(/class="ls-node[ "]/g) ?? []).length, 5 + 1 /* legend sample */);
    assert.match(svg, /class="ls-edge async" data-edge="shop-&gt;hub:events"/);
    assert.match(svg, /class="ls-edge sync error" data-edge="app-&gt;sap"/);
    assert.match(svg, /synchronous<\/text>/);
    assert.match(renderMermaid(d), /n_shop -\.->\|"events"\| n_hub/);
  });
});
