/** Domain groups of large landscapes: collapse threshold, counts, aggregated edges, expand/collapse, stability. */
import { strict as assert } from 'node:assert';
import { COLLAPSE_ABOVE, createPageHost, diagramModelOf, diagramOf, layoutDiagram, NODE_H, renderMermaid, renderSvg, type Diagram } from '../../../src/core/index';
import { rowAt } from '../../../src/core/diagram/row-gaps';
import { generateLandscape } from '../../../bench/generate';
import { GROUPS } from '../../helpers/diagram-fixtures';
import { lintFiles } from '../../helpers/lint-snippet';

const TEXT = GROUPS;
/** Seven systems: a threshold of 3 collapses them. */
const SMALL = { collapseAbove: 3 };
const lint = (text: string) => lintFiles({ '/ws/landscape.yaml': text });
const group = (d: Diagram, id: string) => d.groups.find((g) => g.id === id)!;
const edges = (d: Diagram) => d.edges.map((e) => ({ id: e.id, count: e.count, interaction: e.interaction, worst: e.worst ?? null })).sort((a, b) => (a.id < b.id ? -1 : 1));
/** Where everything is, relative to its lane (lanes to the right may shift as a whole). */
const slots = (d: Diagram): Map<string, string> => {
  const laneX = new Map(d.lanes.map((l) => [l.id, l.x]));
  return new Map([...d.nodes, ...d.groups].map((b) => [b.id, `${b.lane}:${b.x - laneX.get(b.lane)!},${b.y}`]));
};

describe('diagram: domain groups of large landscapes', () => {
  it('collapses only above the threshold (300 systems by default)', async () => {
    assert.equal(COLLAPSE_ABOVE, 300);
    const at = diagramOf(await lint(generateLandscape(300)));
    assert.equal(at.nodes.length, 300);
    assert.deepEqual(at.groups, []);
    const above = diagramOf(await lint(generateLandscape(301)));
    assert.deepEqual(above.nodes, []);
    // 301 systems in 8 domains, in three lanes.
    assert.equal(above.groups.length, 24);
    assert.equal(above.groups.reduce((s, g) => s + g.count, 0), 301);
    assert.deepEqual(above.lanes.map((l) => l.count), [101, 100, 100]);
    assert.ok(above.groups.every((g) => !g.expanded && g.frames.length === 0));
  });

  it('one group per (lane, domain), systems without a domain in "(no domain)", with counts, findings and the worst', async () => {
    const r = await lint(TEXT);
    const d = diagramOf(r, undefined, SMALL);
    assert.deepEqual(d.nodes, []);
    assert.deepEqual(d.groups.map((g) => [g.id, g.label, g.count, g.members]), [
      ['group:mode1:pay', 'pay', 2, ['core', 'ledger']],
      ['group:mode1:', '(no domain)', 1, ['legacy']],
      ['group:gearbox:pay', 'pay', 1, ['gw']],
      ['group:mode2:pos', 'pos', 1, ['kiosk']],
      ['group:mode2:retail', 'retail', 2, ['app', 'shop']],
    ]);
    // The group's findings are its systems' findings, summed (as drawn without groups).
    const all = diagramOf(r);
    for (const g of d.groups) {
      const sum = { error: 0, warn: 0, info: 0 };
      for (const m of all.nodes.filter((n) => g.members.includes(n.id))) for (const s of ['error', 'warn', 'info'] as const) sum[s] += m.findings[s];
      assert.deepEqual(g.findings, sum, g.id);
    }
    assert.equal(group(d, 'group:mode2:retail').worst, 'error');
    assert.equal(group(d, 'group:mode1:pay').worst, 'warn');
    assert.deepEqual(group(d, 'group:mode2:pos').owners, ['t']);
    // The (no domain) group comes last in its lane.
    assert.ok(group(d, 'group:mode1:').y > group(d, 'group:mode1:pay').y);
  });

  it('a group carries the span of its domain definition, or of its first system when the domain is not declared', async () => {
    const d = diagramOf(await lint(TEXT), undefined, SMALL);
    const at = (id: string) => {
      const g = group(d, id);
      return [g.file, g.span.start, TEXT.slice(g.span.start, g.span.end)];
    };
    assert.deepEqual(at('group:mode1:pay'), ['/ws/landscape.yaml', TEXT.indexOf('{ id: pay') + 6, 'pay']);
    assert.deepEqual(at('group:gearbox:pay'), at('group:mode1:pay'));
    assert.deepEqual(at('group:mode2:retail'), ['/ws/landscape.yaml', TEXT.indexOf('{ id: retail') + 6, 'retail']);
    assert.deepEqual(at('group:mode1:'), ['/ws/landscape.yaml', TEXT.indexOf('id: legacy') + 4, 'legacy']);
    assert.deepEqual(at('group:mode2:pos'), ['/ws/landscape.yaml', TEXT.indexOf('id: kiosk') + 4, 'kiosk']);
  });

  it('aggregates edges per pair of visible ends: count, sync if any member is, worst finding, rules; drops edges inside a group', async () => {
    const d = diagramOf(await lint(TEXT), undefined, SMALL);
    assert.deepEqual(edges(d), [
      { id: 'group:gearbox:pay->group:mode1:pay', count: 2, interaction: 'sync', worst: null },
      { id: 'group:mode2:pos->group:gearbox:pay', count: 1, interaction: 'sync', worst: 'warn' },
      { id: 'group:mode2:retail->group:gearbox:pay', count: 3, interaction: 'sync', worst: 'warn' },
      { id: 'group:mode2:retail->group:mode1:pay', count: 1, interaction: 'sync', worst: 'error' },
    ]);
    const direct = d.edges.find((e) => e.id === 'group:mode2:retail->group:mode1:pay')!;
    assert.deepEqual(direct.rules.sort(), ['no-direct-mode2-to-mode1', 'no-sync-passthrough-to-mode1']);
    // It reveals its (first) member's source.
    assert.equal(TEXT.slice(direct.span.start, direct.span.end), 'core');
    for (const e of d.edges) assert.ok(e.path.startsWith('M'), e.id);
    // A dependency inside one collapsed group is no edge.
    const inner = diagramOf(await lint(TEXT.replace('{ id: ledger, mode: mode1, owner: t, domain: pay }', '{ id: ledger, mode: mode1, owner: t, domain: pay, dependsOn: [core] }')), undefined, SMALL);
    assert.deepEqual(edges(inner), edges(d));
  });

  it('an expanded group shows its systems under its header, in a frame; its edges split by system', async () => {
    const r = await lint(TEXT);
    const d = diagramOf(r, undefined, { ...SMALL, expanded: ['group:mode2:retail'] });
    const g = group(d, 'group:mode2:retail');
    assert.equal(g.expanded, true);
    assert.deepEqual(d.nodes.map((n) => n.id), ['app', 'shop']);
    const [app, shop] = d.nodes;
    assert.deepEqual([app.x, app.y - g.y, shop.x, shop.y - app.y], [g.x, NODE_H + 14, g.x, NODE_H + 14]);
    assert.deepEqual(g.frames, [{ x: g.x - 5, y: g.y - 5, w: g.w + 10, h: shop.y + shop.h - g.y + 10 }]);
    assert.deepEqual(edges(d), [
      { id: 'app->group:gearbox:pay', count: 1, interaction: 'async', worst: null },
      { id: 'group:gearbox:pay->group:mode1:pay', count: 2, interaction: 'sync', worst: null },
      { id: 'group:mode2:pos->group:gearbox:pay', count: 1, interaction: 'sync', worst: 'warn' },
      { id: 'shop->group:gearbox:pay', count: 2, interaction: 'sync', worst: 'warn' },
      { id: 'shop->group:mode1:pay', count: 1, interaction: 'sync', worst: 'error' },
    ]);
    // Both ends expanded: the dependencies are the systems' own edges again, one per entry.
    const both = diagramOf(r, undefined, { ...SMALL, expanded: ['group:mode2:retail', 'group:gearbox:pay'] });
    assert.deepEqual(both.edges.filter((e) => e.from === 'shop' && e.to === 'gw').map((e) => [e.id, e.count, e.interaction]), [['shop->gw:gw-api', undefined, 'sync'], ['shop->gw:gw-events', undefined, 'async']]);
  });

  it('is deterministic with groups, collapsed or expanded', async () => {
    const text = generateLandscape(400);
    const opts = { expanded: ['group:mode1:domain-3', 'group:mode2:domain-7'] };
    const [a, b] = [diagramOf(await lint(text), undefined, opts), diagramOf(await lint(text), undefined, opts)];
    assert.equal(JSON.stringify(a), JSON.stringify(b));
    assert.equal(a.nodes.length, group(a, 'group:mode1:domain-3').count + group(a, 'group:mode2:domain-7').count);
  });

  it('expanding pushes down only the later groups of its lane; collapsing again restores the picture', async () => {
    const r = await lint(generateLandscape(400));
    const before = diagramOf(r);
    // The third group of Mode 1 (the groups come in the order of group-order.ts).
    const mode1 = before.groups.filter((x) => x.lane === 'mode1').sort((a, b) => a.y - b.y);
    const clicked = mode1[2].id;
    const opened = diagramOf(r, before, { expanded: [clicked] });
    const g = group(opened, clicked);
    const was = slots(before);
    const now = slots(opened);
    const moved = [...was.keys()].filter((id) => was.get(id) !== now.get(id)).sort();
    // The Mode 1 groups after it, by the group's systems.
    assert.equal(mode1.length, 10);
    assert.deepEqual(moved, mode1.slice(3).map((x) => x.id).sort());
    // Each moves down by as many rows as the group has systems (row gaps its edges crowd grow: row-gaps.ts).
    const rowOf = (d: Diagram, id: string): number => rowAt(group(d, id).y, 56, NODE_H + 14, d.heightened);
    for (const id of moved) assert.equal(rowOf(opened, id) - rowOf(before, id), g.count, id);
    // Collapsed again, the picture is the one before; a row gap that grew stays grown (here only below the last row).
    const { heightened: grown, ...closed } = diagramOf(r, opened);
    const { heightened: had, ...was2 } = before;
    assert.deepEqual(closed, was2);
    for (const [gap, by] of had ?? []) assert.ok((new Map(grown).get(gap) ?? 0) >= by);
  });

  it('with the previous layout, edits move nothing else: a new system joins its group, a new domain takes a free slot', async () => {
    const text = generateLandscape(400);
    const r = await lint(text);
    const before = diagramOf(r);
    const add = (line: string) => lint(text.replace('\napis:\n', `\n${line}\napis:\n`));
    const joined = diagramOf(await add('  - { id: aaa-new, mode: mode2, owner: team-web, domain: domain-5 }'), before);
    assert.deepEqual(slots(joined), slots(before));
    assert.equal(group(joined, 'group:mode2:domain-5').count, group(before, 'group:mode2:domain-5').count + 1);
    const fresh = diagramOf(await add('  - { id: aaa-new, mode: mode2, owner: team-web, domain: aaa-domain }'), before);
    const s = slots(fresh);
    assert.deepEqual([...slots(before)].filter(([id, at]) => s.get(id) !== at), []);
    // First by name, yet placed after the existing groups of its lane.
    const lane = fresh.groups.filter((x) => x.lane === 'mode2');
    assert.equal(lane[lane.length - 1].id, 'group:mode2:aaa-domain');
  });

  it('inside an expanded group, systems keep their place: a new one goes to the group\'s end, later groups move one down', async () => {
    const text = generateLandscape(400);
    const opts = { expanded: ['group:mode2:domain-5'] };
    const before = diagramOf(await lint(text), undefined, opts);
    const after = diagramOf(await lint(text.replace('\napis:\n', '\n  - { id: aaa-new, mode: mode2, owner: team-web, domain: domain-5 }\napis:\n')), before, opts);
    const members = group(after, 'group:mode2:domain-5').members;
    const y = (d: Diagram, id: string) => d.nodes.find((n) => n.id === id)!.y;
    assert.equal(members[0], 'aaa-new');
    assert.equal(y(after, 'aaa-new'), Math.max(...members.filter((m) => m !== 'aaa-new').map((m) => y(after, m))) + NODE_H + 14);
    for (const m of members.slice(1)) assert.equal(y(after, m), y(before, m), m);
    // The groups just after and just before it in its lane (group-order.ts).
    const lane = before.groups.filter((x) => x.lane === 'mode2').sort((a, b) => a.y - b.y).map((x) => x.id);
    const at = lane.indexOf('group:mode2:domain-5');
    const [prev, next] = [lane[at - 1], lane[at + 1]];
    assert.ok(prev && next, lane.join());
    assert.equal(group(after, next).y, group(before, next).y + NODE_H + 14);
    assert.equal(group(after, prev).y, group(before, prev).y);
  });

  it('a group larger than a column wraps, with one frame per sub-column', async () => {
    const many = ['apiVersion: landscape/v1', 'systems:', ...Array.from({ length: 40 }, (_, i) => `  - { id: s-${String(i).padStart(2, '0')}, mode: mode1, owner: t, domain: big }`)].join('\n');
    const d = diagramOf(await lint(many), undefined, { collapseAbove: 10, expanded: ['group:mode1:big'] });
    const g = group(d, 'group:mode1:big');
    // Header + 29 systems in the first column, 11 systems in the second.
    assert.deepEqual(g.frames.map((f) => Math.round((f.h - 10 + 14) / (NODE_H + 14))), [30, 11]);
    assert.equal(g.frames[1].x - g.frames[0].x, 224);
    assert.equal(d.lanes[0].count, 40);
  });

  it('SVG: a collapsed group is a keyboard-accessible button with its name, count and badges, escaped', async () => {
    const hostile = '<b onmouseover=x>"&\'';
    const d = diagramOf(await lint(TEXT.replace('domain: pos', `domain: ${JSON.stringify(hostile)}`)), undefined, SMALL);
    const svg = renderSvg(d, { standalone: true });
    assert.match(svg, /<g class="ls-group collapsed has-error" data-group="group:mode2:retail" tabindex="0" role="button" aria-expanded="false" aria-label="Group retail, 2 systems, mode2, has error"><title>retail: 2 systems in mode2\nfindings: 1 error, 4 warn\nClick to expand<\/title>/);
    assert.match(svg, />\+ retail<\/text><text class="ls-sub" x="\d+" y="\d+">2 systems<\/text>/);
    assert.ok(!svg.includes('<b onmouseover'), 'no raw markup');
    assert.ok(svg.includes('data-group="group:mode2:&lt;b onmouseover=x&gt;&quot;&amp;&#39;"'));
    assert.match(svg, /data-edge="group:mode2:retail-&gt;group:gearbox:pay"[^>]*><title>group:mode2:retail → group:gearbox:pay 3 dependencies \(sync\)/);
    assert.equal((svg.match(/class="ls-node[ "]/g) ?? []).length, 1 /* the legend sample */);
    const open = renderSvg(diagramOf(await lint(TEXT), undefined, { ...SMALL, expanded: ['group:mode2:retail'] }));
    assert.match(open, /<rect class="ls-group-frame" data-frame="group:mode2:retail"/);
    assert.match(open, /class="ls-group expanded has-error" data-group="group:mode2:retail" tabindex="0" role="button" aria-expanded="true"/);
    assert.match(open, />− retail<\/text><text class="ls-sub" x="\d+" y="\d+">2 systems · collapse<\/text>/);
  });

  it('Mermaid: collapsed groups as nodes, expanded ones as subgraphs, counts on aggregated edges', async () => {
    const r = await lint(TEXT);
    const m = renderMermaid(diagramOf(r, undefined, SMALL));
    assert.match(m, /\n {4}g_group_mode2_retail\[\["retail \(2 systems\)"\]\]:::error\n/);
    assert.match(m, /\n {4}g_group_mode1_\[\["\(no domain\) \(1 system\)"\]\]\n/);
    assert.match(m, /\n {2}g_group_mode2_retail -->\|"3"\| g_group_gearbox_pay\n/);
    const open = renderMermaid(diagramOf(r, undefined, { ...SMALL, expanded: ['group:mode2:retail'] }));
    assert.match(open, /\n {4}subgraph g_group_mode2_retail\["retail \(2 systems\)"\]\n {6}n_app\["app"\]\n {6}n_shop\["shop"\]\n {4}end\n/);
    assert.match(open, /\n {2}n_app -\.->\|"1"\| g_group_gearbox_pay\n/);
  });

  it('the page host toggles a group: expand lays out again, collapse restores; unknown groups are ignored', async () => {
    const model = diagramModelOf(await lint(TEXT));
    const initial = layoutDiagram(model, undefined, SMALL);
    const host = createPageHost(model, initial, SMALL);
    const opened = host.handle({ type: 'toggleGroup', group: 'group:mode2:retail' })!;
    assert.deepEqual(opened.nodes.map((n) => n.id), ['app', 'shop']);
    assert.deepEqual(host.expanded(), ['group:mode2:retail']);
    assert.deepEqual(host.handle({ type: 'toggleGroup', group: 'group:mode2:retail' }), initial);
    assert.deepEqual(host.handle({ type: 'toggleGroup', group: 'group:nowhere:x' })!.nodes, []);
    assert.deepEqual(host.expanded(), []);
    assert.equal(host.handle({ type: 'revealSource', id: 'core', kind: 'node' }), undefined);
    // A reloaded page reopens what its state remembered.
    const restored = createPageHost(model, initial, SMALL).handle({ type: 'ready', expanded: ['group:mode1:pay', 'gone'] })!;
    assert.deepEqual(restored.nodes.map((n) => n.id), ['core', 'ledger']);
    // The model is untouched by all this (the page lays it out again and again).
    assert.ok(model.nodes.every((n) => n.x === 0 && n.y === 0));
  });
});
