/**
 * `landscape export drawio`: well-formed XML (fast-xml-parser's validator, then its parser),
 * the lanes as swimlane containers, every system at the place our layout gives it and every
 * dependency as an edge between the two; hostile names read back exactly.
 */
import * as assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { diagramModelOf, exportLandscape, laidOut, type LintResult } from '../../../src/core/index';
import { HOSTILE, HOSTILE_LANDSCAPE } from '../../helpers/hostile-landscape';
import { lintFiles } from '../../helpers/lint-snippet';

interface Cell {
  id?: string;
  value?: string;
  parent?: string;
  source?: string;
  target?: string;
  vertex?: string;
  edge?: string;
  style?: string;
  mxGeometry: { x?: string; y?: string; width?: string; height?: string };
}
interface UserObject {
  id: string;
  label: string;
  landscapeId: string;
  /** One cell (the parser reads every mxCell as a list). */
  mxCell: Cell[];
}

function parse(xml: string): { cells: Cell[]; objects: UserObject[] } {
  assert.equal(XMLValidator.validate(xml), true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, htmlEntities: true, isArray: (name) => name === 'mxCell' || name === 'UserObject' }).parse(xml) as {
    mxfile: { diagram: { mxGraphModel: { root: { mxCell: Cell[]; UserObject?: UserObject[] } } } };
  };
  const root = doc.mxfile.diagram.mxGraphModel.root;
  return { cells: root.mxCell, objects: root.UserObject ?? [] };
}

async function lint(text: string): Promise<LintResult> {
  return lintFiles({ '/ws/landscape.yaml': text });
}

describe('export drawio (mxGraph XML)', () => {
  it('draws the lanes as containers and every system where the layout puts it, every dependency as an edge', async () => {
    const r = await lint(`apiVersion: landscape/v1
metadata: { title: Small }
systems:
  - { id: ledger, name: Ledger, mode: mode1 }
  - { id: hub, mode: gearbox, consumes: [ledger-api] }
  - { id: web, mode: mode2, governance: shadow, dependsOn: [{ system: hub, interaction: async }] }
apis: [{ id: ledger-api, name: Ledger API, provider: ledger, type: odata }]
`);
    const { cells, objects } = parse(exportLandscape('drawio', r.landscape));
    const d = laidOut(diagramModelOf(r), undefined, { collapseAbove: Infinity });
    const lanes = cells.filter((c) => c.id?.startsWith('lane:'));
    assert.deepEqual(lanes.map((c) => [c.id, c.value, c.mxGeometry.x, c.mxGeometry.width]), d.lanes.map((l) => [`lane:${l.id}`, l.label, String(l.x), String(l.w)]));
    assert.ok(lanes.every((c) => c.style?.startsWith('swimlane;')));
    for (const n of d.nodes) {
      const o = objects.find((x) => x.landscapeId === n.id)!;
      const lane = d.lanes.find((l) => l.id === n.lane)!;
      assert.equal(o.label, n.label);
      assert.equal(o.mxCell[0].parent, `lane:${n.lane}`);
      assert.deepEqual(o.mxCell[0].mxGeometry, { x: String(n.x - lane.x), y: String(n.y), width: String(n.w), height: String(n.h), as: 'geometry' });
    }
    assert.match(objects.find((o) => o.landscapeId === 'web')!.mxCell[0].style!, /dashed=1/);
    const edges = cells.filter((c) => c.edge === '1');
    assert.deepEqual(edges.map((e) => [e.source, e.target, e.value, /dashed=1/.test(e.style!)]), [
      ['system:hub', 'system:ledger', 'Ledger API', false],
      ['system:web', 'system:hub', '', true],
    ]);
  });

  it('keeps hostile names exactly (line breaks and tabs as character references)', async () => {
    const r = await lint(HOSTILE_LANDSCAPE);
    const xml = exportLandscape('drawio', r.landscape);
    const { cells, objects } = parse(xml);
    assert.deepEqual(objects.map((o) => o.label), [HOSTILE.system, HOSTILE.system2, HOSTILE.system3, HOSTILE.system4]);
    assert.deepEqual(cells.filter((c) => c.edge === '1').map((e) => e.value).filter((v) => v), [HOSTILE.api, HOSTILE.api]);
    assert.ok(!xml.includes('<img') && !xml.includes('<script'));
  });

  it('writes what XML cannot hold (control characters) as U+FFFD, still well-formed', async () => {
    const r = await lint('apiVersion: landscape/v1\nsystems:\n  - { id: a, name: "bell\\a and nul\\0 end", mode: mode1 }\n');
    const { objects } = parse(exportLandscape('drawio', r.landscape));
    assert.equal(objects[0].label, 'bell\ufffd and nul\ufffd end');
  });
});
