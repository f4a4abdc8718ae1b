/**
 * The layout measures (src/core/diagram/measures.ts) on hand-made pictures, exact counts:
 * crossings, shared tracks, label overlaps, edges outside their gap; and the path reading
 * they rest on (geometry.ts).
 */
import { strict as assert } from 'node:assert';
import { measureLayout, type Diagram } from '../../../src/core/index';
import { pathOf, polylinesOf } from '../../../src/core/diagram/geometry';
import type { DiagramEdge, DiagramNode, Lane } from '../../../src/core/diagram/model';

const node = (id: string, lane: Lane, x: number, y: number): DiagramNode => ({
  id, label: id, lane, lifecycle: 'active', shadow: false, exposure: 'internal', findings: { error: 0, warn: 0, info: 0 }, messages: [],
  file: '/w/landscape.yaml', span: { start: 0, end: 0 }, x, y, w: 200, h: 44,
});
const edge = (from: string, to: string, path: string, extra: Partial<DiagramEdge> = {}): DiagramEdge => ({
  id: `${from}->${to}${extra.via ? `:${extra.via}` : ''}`, from, to, interaction: 'sync', rules: [], file: '/w/landscape.yaml', span: { start: 0, end: 0 }, path, ...extra,
});
const LANES: Diagram['lanes'] = [
  { id: 'mode1', label: 'Mode 1', x: 0, w: 280, count: 0 },
  { id: 'gearbox', label: 'Gearbox', x: 280, w: 280, count: 0 },
  { id: 'mode2', label: 'Mode 2', x: 560, w: 280, count: 0 },
];
const picture = (nodes: DiagramNode[], edges: DiagramEdge[], lanes: Diagram['lanes'] = []): Diagram => ({ title: '', nodes, edges, groups: [], lanes, width: 840, height: 600 });

// Four systems far apart, so their labels overlap nothing: the edges are what is measured.
const a = node('a', 'mode1', 40, 100);
const b = node('b', 'gearbox', 320, 100);
const c = node('c', 'mode1', 40, 300);
const d = node('d', 'gearbox', 320, 300);

describe('layout measures', () => {
  it('reads path data back as polylines: lines exactly, curves flattened through their ends', () => {
    assert.deepEqual(polylinesOf('M0,0 L10,0 L10,5 H20 V30'), [[{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 5 }, { x: 20, y: 5 }, { x: 20, y: 30 }]]);
    const curve = polylinesOf('M0,0 C10,0 10,20 20,20')[0];
    assert.equal(curve.length, 13);
    assert.deepEqual(curve[12], { x: 20, y: 20 });
    assert.deepEqual(curve[6], { x: 10, y: 10 });
    assert.deepEqual(polylinesOf(''), []);
    assert.equal(pathOf([{ x: 1, y: 2 }, { x: 1, y: 2 }, { x: 3.14159, y: 2 }]), 'M1,2 L3.1,2');
  });

  it('counts each point where two edges cross, once however their polylines are cut, and not where they only meet at an end', () => {
    const m = measureLayout(picture([a, b, c, d], [
      // a → d and c → b cross once, in the middle of the gap (the second cut into two segments at the crossing).
      edge('a', 'd', 'M240,122 L280,122 L280,322 L320,322'),
      edge('c', 'b', 'M240,322 L260,322 L260,130 L280,130 L320,130'),
      // Starts where a → d starts: an end, no crossing.
      edge('a', 'b', 'M240,122 L240,60 L320,60'),
    ]));
    assert.deepEqual(m, { crossings: 1, sharedTracks: 0, labelOverlaps: 0, edgesOutsideGap: 0 });
  });

  it('counts pairs of edges that run on one track for more than a pixel; a bundled member is not drawn, so not counted', () => {
    const m = measureLayout(picture([a, b, c, d], [
      edge('a', 'b', 'M240,122 L280,122 L280,200 L300,200'),
      // On x = 280 from 250 to 150: overlaps a → b's run from 150 to 200 (a → b's corner on it is no crossing).
      edge('c', 'd', 'M240,322 L260,322 L260,250 L280,250 L280,150'),
      // Touches a → b's run end to end (no overlap), then runs on its own.
      edge('c', 'b', 'M280,100 L280,90 L320,90'),
      // The same path as a → b, but a member of its bundle: drawn by a → b.
      edge('a', 'b', 'M240,122 L280,122 L280,200 L300,200', { via: 'x', bundledInto: 'a->b' }),
    ]));
    assert.equal(m.sharedTracks, 1);
    assert.equal(m.crossings, 0);
  });

  it('the curves of the previous layout: two edges drawn one over the other share their track', () => {
    const curve = 'M240,122 C280,122 280,322 320,322';
    const m = measureLayout(picture([a, b, c, d], [edge('a', 'd', curve), edge('a', 'd', curve, { via: 'api', interaction: 'async' })]));
    assert.equal(m.sharedTracks, 1);
  });

  it('counts edges that pass through a box not their own, or leave the lanes between their ends', () => {
    const m = measureLayout(picture([a, b, c, d], [
      // Straight through c (x 40..240, y 300..344).
      edge('a', 'd', 'M140,144 L140,322 L320,322'),
      // Both ends in Mode 1, looping out into the gearbox lane (x ≥ 280).
      edge('a', 'c', 'M240,122 L300,122 L300,322 L240,322'),
      // Both ends in Mode 1 and inside it, along a's and c's borders: no crossing.
      edge('c', 'a', 'M240,310 L260,310 L260,110 L240,110'),
      // From Mode 1 to the gearbox: the lanes between are Mode 1 and the gearbox.
      edge('c', 'b', 'M240,330 L270,330 L270,130 L320,130'),
    ], LANES));
    assert.equal(m.edgesOutsideGap, 2);
  });

  it('counts pairs of a text and another text or a box that overlap, apart from a box and its own texts', () => {
    // b's box covers a's name (1), b's name lies on a's box (2) and on a's name (3).
    const m = measureLayout(picture([node('a', 'mode1', 40, 100), node('b', 'mode1', 40, 110)], []));
    assert.equal(m.labelOverlaps, 3);
    assert.equal(measureLayout(picture([a, b, c, d], [])).labelOverlaps, 0);
  });
});
