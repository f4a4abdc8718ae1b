/**
 * The landscape as a Structurizr DSL workspace (`landscape export structurizr`): a group per
 * lane holding its software systems (tagged with their mode, `Shadow IT` for shadow IT), one
 * relationship per dependency (the API as description, its type as technology, the
 * interaction as tag), a `systemLandscape` view and a style per tag.
 *
 * No Structurizr parser runs on Node (it is Java), so the output keeps the DSL's published
 * rules, which test/unit/interop/export-structurizr.test.ts checks: one statement per line, `{`
 * last on its line, `}` alone on its line, tokens separated by whitespace, strings in double
 * quotes, identifiers defined before use, tags comma-separated, software system names unique.
 */
import { LANES, type Lane } from '../../diagram/model';
import { identifier, type Picture, type PictureSystem } from './picture';

const LANE_TAG: Record<Lane, string> = { mode1: 'Mode 1', gearbox: 'Gearbox', mode2: 'Mode 2', unassigned: 'No valid mode' };
const SHADOW_TAG = 'Shadow IT';

/**
 * A DSL string. The DSL is read line by line and token by token: a line break would end the
 * statement, so line breaks and other control characters become spaces; a quote is `\"` (the
 * tokenizer's escaped quote); a backslash before the closing quote would escape it, so a
 * trailing backslash is followed by a space; `${` would start a constant's substitution, so
 * it is written `$ {`.
 */
export function structurizrString(s: string): string {
  const text = s
    // eslint-disable-next-line no-control-regex -- a control character would end or split the DSL's line
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/"/g, '\\"')
    .replace(/\$\{/g, '$ {')
    .replace(/\\$/, '\\ ');
  return `"${text}"`;
}

/** A tag in a comma-separated tag list: no commas (they separate tags). */
const tagText = (s: string): string => s.replace(/,/g, ' ');

export function exportStructurizr(p: Picture): string {
  const sysId = (s: PictureSystem): string => identifier('s', s.id, s.index);
  const byId = new Map(p.systems.map((s) => [s.id, s]));
  // Software system names must be unique in a workspace: a name two systems share gets the id.
  const nameCount = new Map<string, number>();
  for (const s of p.systems) nameCount.set(s.name, (nameCount.get(s.name) ?? 0) + 1);
  const names = new Map<PictureSystem, string>();
  const used = new Set<string>();
  for (const s of p.systems) {
    let name = nameCount.get(s.name) === 1 ? s.name : `${s.name} (${s.id})`;
    if (used.has(name)) name = `${s.name} (${s.id} #${s.index + 1})`;
    used.add(name);
    names.set(s, name);
  }
  const nameOf = (s: PictureSystem): string => names.get(s) ?? s.name;
  const out = [`workspace ${structurizrString(p.title)} "Exported by landscape export structurizr" {`, '', '  model {'];
  for (const lane of p.lanes) {
    out.push(`    group ${structurizrString(lane.label)} {`);
    for (const s of lane.systems) {
      const tags = [LANE_TAG[s.lane], ...(s.shadow ? [SHADOW_TAG] : [])].map(tagText).join(',');
      out.push(`      ${sysId(s)} = softwareSystem ${structurizrString(nameOf(s))} ${structurizrString(s.description ?? '')} ${structurizrString(tags)} {`);
      out.push('        properties {', `          "landscape.id" ${structurizrString(s.id)}`, `          "landscape.lifecycle" ${structurizrString(s.lifecycle)}`);
      if (s.domain) out.push(`          "landscape.domain" ${structurizrString(s.domain)}`);
      if (s.owner) out.push(`          "landscape.owner" ${structurizrString(s.owner)}`);
      if (s.type) out.push(`          "landscape.type" ${structurizrString(s.type)}`);
      out.push('        }', '      }');
    }
    out.push('    }');
  }
  for (const e of p.edges) {
    const from = byId.get(e.from), to = byId.get(e.to);
    if (!from || !to) continue;
    out.push(`    ${sysId(from)} -> ${sysId(to)} ${structurizrString(e.label)} ${structurizrString(e.apiType ?? '')} ${structurizrString(e.interaction)}`);
  }
  out.push('  }', '', '  views {', `    systemLandscape "landscape" ${structurizrString(p.title)} {`, '      include *', '      autoLayout lr', '    }', '', '    styles {');
  const laneStyle: Record<Lane, string> = { mode1: '#1f6feb', gearbox: '#8a6d00', mode2: '#1a7f37', unassigned: '#6e7781' };
  for (const lane of LANES) out.push(`      element ${structurizrString(LANE_TAG[lane.id])} {`, `        background ${laneStyle[lane.id]}`, '        color #ffffff', '      }');
  out.push(`      element ${structurizrString(SHADOW_TAG)} {`, '        border dashed', '        opacity 80', '      }');
  out.push('      relationship "async" {', '        dashed true', '      }', '      relationship "sync" {', '        dashed false', '      }');
  out.push('    }', '  }', '}');
  return `${out.join('\n')}\n`;
}
