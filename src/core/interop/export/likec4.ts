/**
 * The landscape as a LikeC4 model (`landscape export likec4`): a specification (element kinds
 * `domain` and `system`, a tag per mode and one for shadow IT, relationship kinds `sync` and
 * `async`), the systems nested in their domains, one relationship per dependency labelled with
 * the API, and views: the whole landscape with a group per lane, and one view per domain.
 * `likec4 validate` and `likec4 export json` accept it (test/unit/interop/export-likec4.test.ts).
 */
import type { Lane } from '../../diagram/model';
import { identifier, type Picture, type PictureSystem } from './picture';

/** The tag of each lane's systems (LikeC4 tags are identifiers, declared in the specification). */
const LANE_TAG: Record<Lane, string> = { mode1: 'mode1', gearbox: 'gearbox', mode2: 'mode2', unassigned: 'nomode' };

/**
 * A LikeC4 string: single-quoted, with the escapes its grammar reads (backslash, quote, and
 * line breaks and tabs as \n, \r, \t, so every string stays on one line).
 */
export function likec4String(s: string): string {
  return `'${s.replace(/[\\'\n\r\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\${c}`))}'`;
}

/** View titles are one line in LikeC4 (its layout refuses a line break in one). */
const oneLine = (s: string): string => s.replace(/\s*[\r\n]+\s*/g, ' ');

export function exportLikeC4(p: Picture): string {
  const sysId = (s: PictureSystem): string => identifier('s', s.id, s.index);
  const byId = new Map(p.systems.map((s) => [s.id, s]));
  const out: string[] = [`// ${oneLine(p.title)}: exported by landscape export likec4`, 'specification {'];
  out.push('  element domain {', '    style {', '      shape rectangle', '      color secondary', '    }', '  }');
  out.push('  element system');
  for (const tag of Object.values(LANE_TAG)) out.push(`  tag ${tag}`);
  out.push('  tag shadow');
  out.push('  relationship sync {', '    line solid', '  }', '  relationship async {', '    line dashed', '  }', '}', '', 'model {');
  const system = (s: PictureSystem, indent: string): void => {
    out.push(`${indent}system ${sysId(s)} ${likec4String(s.name)} {`);
    out.push(`${indent}  #${LANE_TAG[s.lane]}${s.shadow ? ' #shadow' : ''}`);
    if (s.description) out.push(`${indent}  description ${likec4String(s.description)}`);
    if (s.type) out.push(`${indent}  technology ${likec4String(s.type)}`);
    out.push(`${indent}  metadata {`, `${indent}    id ${likec4String(s.id)}`, `${indent}    lifecycle ${likec4String(s.lifecycle)}`);
    if (s.owner) out.push(`${indent}    owner ${likec4String(s.owner)}`);
    out.push(`${indent}  }`, `${indent}}`);
  };
  for (const d of p.domains) {
    out.push(`  domain ${identifier('d', d.id, d.index)} ${likec4String(d.name)} {`);
    if (d.description) out.push(`    description ${likec4String(d.description)}`);
    for (const s of p.systems) if (s.domain === d.id) system(s, '    ');
    out.push('  }');
  }
  for (const s of p.systems) if (!s.domain) system(s, '  ');
  for (const e of p.edges) {
    const from = byId.get(e.from), to = byId.get(e.to);
    if (!from || !to) continue;
    out.push(`  ${sysId(from)} -[${e.interaction}]-> ${sysId(to)} ${likec4String(e.label)}${e.apiType ? ` {\n    technology ${likec4String(e.apiType)}\n  }` : ''}`);
  }
  out.push('}', '', 'views {', '  view index {', `    title ${likec4String(oneLine(p.title))}`);
  for (const lane of p.lanes) out.push(`    group ${likec4String(lane.label)} {`, `      include element.tag = #${LANE_TAG[lane.id]}`, '    }');
  out.push('  }');
  for (const d of p.domains) {
    const id = identifier('d', d.id, d.index);
    out.push(`  view ${id} of ${id} {`, `    title ${likec4String(oneLine(d.name))}`, '    include *', '  }');
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
