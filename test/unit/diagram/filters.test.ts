/**
 * The webview's filters as data (src/webview/filters.ts): inside collapsed groups the members
 * are tested one by one when the host sent their facts, and every count follows (the group's,
 * its lane's, the status line's); without the facts a group passes whole, as before. The
 * screen side is test/webview/filters.test.ts.
 */
import { strict as assert } from 'node:assert';
import { diagramModelOf, diagramOf, pickChoices, type Diagram } from '../../../src/core/index';
import type { Filters, SystemFacts } from '../../../src/core/diagram/protocol';
import { applyFilters, NO_FILTERS, statusText } from '../../../src/webview/filters';
import { lintSnippet } from '../../helpers/lint-snippet';

const BODY = `owners: [{ id: a, type: team }, { id: b, type: team }]
domains: [{ id: pay }]
systems:
  - { id: p1, mode: mode2, owner: a, domain: pay }
  - { id: p2, mode: mode2, owner: b, domain: pay, dependsOn: [p1] }
  - { id: p3, mode: mode2, owner: b, domain: pay }
  - { id: core, mode: mode1, owner: a, domain: pay }
  - { id: web, mode: mode2, owner: a, dependsOn: [core] }
`;

describe('diagram filters (data)', () => {
  let diagram: Diagram;
  let facts: Map<string, SystemFacts>;
  before(async () => {
    const r = await lintSnippet(BODY);
    // Every lane's domains collapsed into groups, as a large landscape opens.
    diagram = diagramOf(r, undefined, { collapseAbove: 0 });
    facts = new Map(pickChoices(diagramModelOf(r), []).systems.map((s) => [s.id, s]));
  });
  const only = (f: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...f });
  const groups = (d: Diagram): string[] => d.groups.map((g) => `${g.id}:${g.count}`);

  it('leaves everything when nothing is filtered, with the whole counts', () => {
    const r = applyFilters(diagram, NO_FILTERS, facts);
    assert.equal(r.active, false);
    assert.equal(r.box, undefined);
    assert.deepEqual(groups(r.diagram), ['group:mode1:pay:1', 'group:mode2:pay:3', 'group:mode2::1']);
    assert.equal(statusText(diagram, r), `5 of 5 systems · 3 of 3 domain groups collapsed (click one to expand) · 1 edge`);
  });

  it('with the facts, counts the members of a collapsed group that pass, and its lane', () => {
    const r = applyFilters(diagram, only({ owner: 'b' }), facts);
    assert.deepEqual(groups(r.diagram), ['group:mode2:pay:2']);
    assert.deepEqual(r.diagram.groups[0].members, ['p2', 'p3']);
    assert.deepEqual(r.diagram.lanes.map((l) => `${l.id}:${l.count}`), ['mode1:0', 'gearbox:0', 'mode2:2']);
    assert.equal(r.systems, 2);
    assert.equal(r.totalSystems, 5);
    // The edge between the groups of web and core goes with them.
    assert.deepEqual(r.diagram.edges, []);
    // Every count says what is left: the groups too (they said 3 of 3 collapsed, seen in code-server with a whole lane filtered out).
    assert.equal(statusText(diagram, r), `2 of 5 systems · 1 of 3 domain groups, 1 collapsed (click one to expand) · 0 of 1 edge`);
    assert.equal(statusText(diagram, applyFilters(diagram, { ...only({ owner: 'b' }), dim: true }, facts)), `2 of 5 systems · 1 of 3 domain groups, 1 collapsed (click one to expand) · 0 of 1 edge`);
    const g = r.diagram.groups[0];
    assert.deepEqual(r.box, { x: g.x - 24, y: g.y - 24, w: g.w + 48, h: g.h + 48 });
  });

  it('says one system, one group, one edge in the singular', () => {
    const one: Diagram = { ...diagram, edges: diagram.edges.slice(0, 1), groups: diagram.groups.slice(0, 1) };
    assert.equal(statusText(one, applyFilters(one, only({ search: 'core' }), facts)), '1 of 1 system · 1 of 1 domain group, 1 collapsed (click one to expand) · 0 of 1 edge');
    const flat: Diagram = { ...diagram, groups: [], nodes: [], edges: [] };
    assert.equal(statusText(flat, applyFilters(flat, NO_FILTERS)), '0 of 0 systems · 0 dependencies');
  });

  it('without the facts, a group passes whole if any member may', () => {
    const r = applyFilters(diagram, only({ owner: 'b' }));
    assert.deepEqual(groups(r.diagram), ['group:mode2:pay:3']);
  });

  it('a search by member id counts the members found; one naming the group keeps it whole', () => {
    assert.deepEqual(groups(applyFilters(diagram, only({ search: 'p3' }), facts).diagram), ['group:mode2:pay:1']);
    assert.deepEqual(groups(applyFilters(diagram, only({ search: 'PAY' }), facts).diagram), ['group:mode1:pay:1', 'group:mode2:pay:3']);
  });

  it('dim instead: everything is drawn (a group left out with its own count), the lanes count what is left', () => {
    const r = applyFilters(diagram, only({ modes: ['mode1', 'unassigned'], dim: true }), facts);
    assert.deepEqual(groups(r.diagram), ['group:mode1:pay:1', 'group:mode2:pay:3', 'group:mode2::1']);
    assert.deepEqual(r.diagram.lanes.map((l) => `${l.id}:${l.count}`), ['mode1:1', 'gearbox:0', 'mode2:0']);
    assert.deepEqual([...r.shown], ['group:mode1:pay']);
    assert.equal(r.diagram.edges.length, diagram.edges.length);
  });
});
