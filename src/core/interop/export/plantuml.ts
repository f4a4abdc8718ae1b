/**
 * The landscape as C4-PlantUML (`landscape export plantuml`): a `Boundary` per lane, a
 * `System` per system (`System_Ext` for shadow IT: outside what IT sanctions), a `Rel` per
 * dependency labelled with the API and its interaction. It uses only the macros of PlantUML's
 * own C4 library as Debian's plantuml (1.2020) ships it (`!include <C4/C4_Context>`), which
 * newer PlantUML versions keep; Debian's renders it without error
 * (test/unit/interop/export-plantuml.test.ts).
 */
import { identifier, type Picture, type PictureSystem } from './picture';

/**
 * A PlantUML string for a macro argument or a title. PlantUML reads several languages in one
 * text: its preprocessor (`$variables`, `%functions()`, `!directives`, the macro's own
 * quotes and commas), Creole markup (`**bold**`, `<b>`, `<img:…>` that fetches a URL, `~`
 * escapes, `&#…;` entities) and `\n` line breaks. So every character but letters, digits,
 * spaces and `.:;?!` is written as PlantUML's `<U+XXXX>`, which each of them leaves alone and
 * the drawing shows as that character; a line break is PlantUML's `\n`.
 */
export function plantumlText(s: string): string {
  let out = '';
  for (const ch of s.replace(/\r\n?/g, '\n')) {
    if (ch === '\n') out += '\\n';
    else if (/^[A-Za-z0-9 .:;?!]$/.test(ch) || (ch > '\u007f' && /^[\p{L}\p{N}]$/u.test(ch))) out += ch;
    else out += `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;
  }
  return `"${out}"`;
}

/** Characters per line before a label wraps (about what C4-PlantUML's own wrapping gives). */
const WRAP = 40;

/**
 * A text wrapped at spaces into lines of at most WRAP characters (longer words stay whole).
 * The export wraps labels itself and turns PlantUML's wrapping off: PlantUML decodes `&#…;`
 * once more in the text it wraps, so a name that reads `&#34;` would be drawn as `"`.
 */
function wrapped(s: string): string {
  return s
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > WRAP) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

export function exportPlantUml(p: Picture): string {
  const sysId = (s: PictureSystem): string => identifier('s', s.id, s.index);
  const byId = new Map(p.systems.map((s) => [s.id, s]));
  const out = ['@startuml', '!include <C4/C4_Context>', 'skinparam wrapWidth 100000', '', `title ${plantumlText(p.title).slice(1, -1)}`, ''];
  for (const lane of p.lanes) {
    out.push(`Boundary(lane_${lane.id}, ${plantumlText(lane.label)}, "lane") {`);
    for (const s of lane.systems) {
      const details = [s.type, s.domain && `domain ${s.domain}`, s.owner && `owner ${s.owner}`, s.lifecycle !== 'active' && s.lifecycle].filter(Boolean).join(' · ');
      const description = [s.description, details].filter(Boolean).join('\n');
      out.push(`  ${s.shadow ? 'System_Ext' : 'System'}(${sysId(s)}, ${plantumlText(wrapped(s.name))}${description ? `, ${plantumlText(wrapped(description))}` : ''})`);
    }
    out.push('}', '');
  }
  for (const e of p.edges) {
    const from = byId.get(e.from), to = byId.get(e.to);
    if (!from || !to) continue;
    out.push(`Rel(${sysId(from)}, ${sysId(to)}, ${plantumlText(wrapped(e.label))}, ${plantumlText([e.interaction, e.apiType].filter(Boolean).join(' · '))})`);
  }
  out.push('@enduml');
  return `${out.join('\n')}\n`;
}
