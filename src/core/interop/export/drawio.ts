/**
 * The landscape as a draw.io file (`landscape export drawio`, mxGraph XML): the diagram's
 * lanes as swimlane containers and every system at the place our own layout gives it (the
 * editor's picture: src/core/diagram), so the file opens laid out; one edge per dependency,
 * dashed when asynchronous. Labels are plain text (`html=0`): draw.io draws them as written.
 */
import { laidOut } from '../../diagram/index';
import { buildDiagramModel, type Lane } from '../../diagram/model';
import type { Landscape } from '../../model/landscape';
import { escapeXml } from '../../diagram/escape';
import { landscapeTitle } from './picture';

const LANE_FILL: Record<Lane, string> = { mode1: '#dae8fc', gearbox: '#fff2cc', mode2: '#d5e8d4', unassigned: '#f5f5f5' };
const LANE_STROKE: Record<Lane, string> = { mode1: '#6c8ebf', gearbox: '#d6b656', mode2: '#82b366', unassigned: '#666666' };
/** The lane's title bar, above the systems (the layout leaves more room than this for its header). */
const LANE_HEADER = 30;

/**
 * Text for an XML attribute: the five markup characters as entities, line breaks and tabs as
 * character references (an attribute's raw line break is read back as a space), and what XML
 * 1.0 cannot hold at all (other control characters, lone surrogates, U+FFFE/U+FFFF) as U+FFFD.
 */
function xmlAttribute(s: string): string {
  return (
    escapeXml(s)
      // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 cannot hold
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/[\n\r\t]/g, (c) => `&#${c.charCodeAt(0)};`)
  );
}

export function exportDrawio(l: Landscape): string {
  const title = landscapeTitle(l);
  // Every system drawn on its own (no collapsed domain groups: a file has no expand control).
  const d = laidOut(buildDiagramModel(l, [], title), undefined, { collapseAbove: Infinity });
  const a = xmlAttribute;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<mxfile host="landscape" type="device">',
    `  <diagram id="landscape" name="${a(title)}">`,
    `    <mxGraphModel grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" pageWidth="${d.width}" pageHeight="${d.height}" math="0" shadow="0">`,
    '      <root>',
    '        <mxCell id="0"/>',
    '        <mxCell id="1" parent="0"/>',
  ];
  const laneX = new Map(d.lanes.map((lane) => [lane.id, lane.x]));
  for (const lane of d.lanes) {
    const style = `swimlane;startSize=${LANE_HEADER};horizontal=1;html=0;whiteSpace=wrap;fillColor=${LANE_FILL[lane.id]};strokeColor=${LANE_STROKE[lane.id]};fontStyle=1;`;
    out.push(`        <mxCell id="lane:${lane.id}" value="${a(lane.label)}" style="${style}" vertex="1" parent="1">`);
    out.push(`          <mxGeometry x="${lane.x}" y="0" width="${lane.w}" height="${d.height}" as="geometry"/>`);
    out.push('        </mxCell>');
  }
  for (const n of d.nodes) {
    const style = `rounded=1;html=0;whiteSpace=wrap;fillColor=#ffffff;strokeColor=${LANE_STROKE[n.lane]};${n.shadow ? 'dashed=1;' : ''}`;
    const tooltip = [`id: ${n.id}`, n.domain && `domain: ${n.domain}`, n.owner && `owner: ${n.owner}`, `lifecycle: ${n.lifecycle}`, n.shadow && 'shadow IT'].filter(Boolean).join('\n');
    out.push(`        <UserObject id="system:${a(n.id)}" label="${a(n.label)}" tooltip="${a(tooltip)}" landscapeId="${a(n.id)}">`);
    out.push(`          <mxCell style="${style}" vertex="1" parent="lane:${n.lane}">`);
    out.push(`            <mxGeometry x="${n.x - (laneX.get(n.lane) ?? 0)}" y="${n.y}" width="${n.w}" height="${n.h}" as="geometry"/>`);
    out.push('          </mxCell>', '        </UserObject>');
  }
  d.edges.forEach((e, i) => {
    const style = `html=0;endArrow=block;endFill=1;curved=1;${e.interaction === 'async' ? 'dashed=1;' : ''}`;
    out.push(`        <mxCell id="edge:${i + 1}" value="${a(e.via ? (l.apiById.get(e.via)?.name ?? e.via) : '')}" style="${style}" edge="1" parent="1" source="system:${a(e.from)}" target="system:${a(e.to)}">`);
    out.push('          <mxGeometry relative="1" as="geometry"/>', '        </mxCell>');
  });
  out.push('      </root>', '    </mxGraphModel>', '  </diagram>', '</mxfile>');
  return `${out.join('\n')}\n`;
}
