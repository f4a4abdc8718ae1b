/** The drawing (core/diagram/drawing.ts): the one description of the look, and its SVG writer. */
import { strict as assert } from 'node:assert';
import { diagramOf, renderSvg } from '../../../src/core/index';
import { drawDiagram, type Shape } from '../../../src/core/diagram/drawing';
import { lintFiles } from '../../helpers/lint-snippet';

const LONG = 'Core banking system of record for every account & loan';
const TEXT = `apiVersion: landscape/v1
metadata: { title: Drawing test }
owners: [{ id: t, type: team }]
systems:
  - { id: sap, name: ${JSON.stringify(LONG)}, mode: mode1, owner: t }
  - { id: shop, mode: mode2, owner: t, dependsOn: [sap] }
`;

const label = (s: Shape): string => `${s.tag}${s.attrs.class ? `.${String(s.attrs.class).split(' ').join('.')}` : ''}`;

describe('diagram: the drawing', () => {
  it('draws, bottom to top: arrowheads, background, lanes, frames, edges, systems, groups, legend', async () => {
    const d = diagramOf(await lintFiles({ '/ws/landscape.yaml': TEXT }));
    assert.deepEqual(drawDiagram(d).map(label), ['defs', 'rect.ls-bg', 'g.ls-lane-g', 'g.ls-lane-g', 'g.ls-lane-g', 'g.ls-frames', 'g.ls-edges', 'g.ls-nodes', 'g.ls-groups', 'g.ls-legend']);
  });

  it('a lane is a rounded column inset by 6 that leaves 62 at the bottom for the legend, titled with its count', async () => {
    const d = diagramOf(await lintFiles({ '/ws/landscape.yaml': TEXT }));
    const lanes = drawDiagram(d).filter((s) => s.attrs.class === 'ls-lane-g');
    assert.deepEqual(lanes.map((l) => l.attrs['data-lane']), ['mode1', 'gearbox', 'mode2']);
    const mode1 = d.lanes[0];
    assert.deepEqual(lanes[0].children, [
      { tag: 'rect', attrs: { class: 'ls-lane ls-lane-mode1', x: mode1.x + 6, y: 6, width: mode1.w - 12, height: d.height - 62, rx: 10 } },
      { tag: 'text', attrs: { class: 'ls-lane-title', x: mode1.x + 24, y: 34 }, text: 'Mode 1 · record (1)' },
    ]);
  });

  it('a long name is whole: wrapped into lines at a smaller size (an inline style), the SVG writer escapes it', async () => {
    const d = diagramOf(await lintFiles({ '/ws/landscape.yaml': TEXT }));
    const nodes = drawDiagram(d).find((s) => s.attrs.class === 'ls-nodes')!.children!;
    const sap = nodes.find((n) => n.attrs['data-id'] === 'sap')!;
    const n = d.nodes.find((x) => x.id === 'sap')!;
    const [name, sub] = sap.children!.filter((c) => c.tag === 'text' && c.attrs.class !== 'ls-badge-text');
    assert.equal(name.text, undefined);
    assert.deepEqual(name.children!.map((t) => t.text).join(' '), LONG);
    assert.deepEqual(name.children!.map((t) => t.attrs.x), name.children!.map(() => n.x + 10));
    assert.match(name.style!['font-size'], /^(12|11|10|9|8)px$/);
    assert.deepEqual([sub.attrs.class, sub.text], ['ls-sub', 'sap']);
    const shop = nodes.find((x) => x.attrs['data-id'] === 'shop')!;
    const shopNode = d.nodes.find((x) => x.id === 'shop')!;
    // A short name: one line at the screen's 13 px, name on 18 and the sub line on 34 from the top.
    assert.deepEqual(shop.children!.filter((c) => c.tag === 'text' && c.attrs.class !== 'ls-badge-text').map((t) => [t.attrs.y, t.text, t.style]), [[shopNode.y + 18, 'shop', undefined], [shopNode.y + 34, '', undefined]]);

    const svg = renderSvg(d);
    const tspans = name.children!.map((t) => `<tspan x="${t.attrs.x}" y="${t.attrs.y}">${String(t.text).replace('&', '&amp;')}</tspan>`).join('');
    assert.ok(svg.includes(`<text class="ls-name" x="${n.x + 10}" y="${name.attrs.y}" style="font-size:${name.style!['font-size']}">${tspans}</text>`), svg);
  });
});
