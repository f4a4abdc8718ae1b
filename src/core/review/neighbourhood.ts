/**
 * The changed neighbourhood of a review as a Mermaid flowchart (GitHub renders it in a pull
 * request comment): the touched systems and their direct neighbours, in the three lanes;
 * added systems and dependencies marked, removed ones dashed. Node ids are numbers (`n0`, …)
 * so no id from the YAML is ever Mermaid syntax; every label (a system's name and id) is
 * quoted and escaped (test/webview/diff-comment.test.ts parses it with Mermaid itself).
 */
import type { LintResult } from '../lint/engine';
import type { Edge, Graph } from '../model/graph';
import { compareStrings } from '../util/collections';
import type { LandscapeDiff } from './diff';

const LANES = [['mode1', 'Mode 1'], ['gearbox', 'Gearbox'], ['mode2', 'Mode 2'], ['none', 'No mode']] as const;
const SPEED = ['none', 'mode1', 'gearbox', 'mode2'] as const;

/** A Mermaid label: quoted, with the characters Mermaid reads as syntax as its entity codes. */
function mermaidLabel(s: string): string {
  const text = s.replace(/[\r\n\t]+/g, ' ').replace(/[#"<>`&]/g, (c) => `#${c.charCodeAt(0)};`);
  return `"${text}"`;
}

export interface Neighbourhood {
  mermaid: string;
  /** Systems drawn, and how many the neighbourhood holds (more than `maxNodes` are left out, touched ones first). */
  shown: number;
  total: number;
}

export function neighbourhoodMermaid(diff: LandscapeDiff, base: LintResult | null, head: LintResult, maxNodes = 60): Neighbourhood {
  const hg = head.landscape.graph, bg = base?.landscape.graph;
  const touched = new Set(diff.touched);
  const neighbours = new Set<string>();
  const around = (g: Graph | undefined, id: string): void => {
    const i = g ? g.indexOf(id) : -1;
    if (!g || i < 0) return;
    for (const e of [...g.outEdges(i), ...g.incoming(i)]) for (const x of [e.from, e.to]) if (!touched.has(x)) neighbours.add(x);
  };
  for (const id of diff.touched) {
    around(hg, id);
    around(bg, id);
  }
  const all = [...diff.touched, ...[...neighbours].sort(compareStrings)];
  const shownIds = all.slice(0, maxNodes);
  const added = new Set(diff.entities.added.filter((e) => e.kind === 'system').map((e) => e.id));
  const removed = new Set(diff.entities.removed.filter((e) => e.kind === 'system').map((e) => e.id));
  const num = new Map(shownIds.map((id, i) => [id, `n${i}`] as const));
  const speedOf = (id: string): string => {
    const g = hg.indexOf(id) >= 0 ? hg : bg;
    const i = g ? g.indexOf(id) : -1;
    return g && i >= 0 ? SPEED[g.mode[i]] : 'none';
  };
  // A system's name where it has one (reviewers know systems by name), else its id.
  const names = new Map<string, string>();
  for (const sys of [...(base?.landscape.systems ?? []), ...head.landscape.systems]) if (sys.name && sys.name !== sys.id) names.set(sys.id, `${sys.name} (${sys.id})`);
  const lines = ['flowchart LR'];
  for (const [lane, title] of LANES) {
    const members = shownIds.filter((id) => speedOf(id) === lane);
    if (!members.length) continue;
    lines.push(`  subgraph ${lane}[${mermaidLabel(title)}]`);
    for (const id of members) {
      const name = names.get(id) ?? id;
      const text = added.has(id) ? `+ ${name}` : removed.has(id) ? `− ${name} (removed)` : name;
      const cls = added.has(id) ? ':::added' : removed.has(id) ? ':::removed' : touched.has(id) ? ':::touched' : '';
      lines.push(`    ${num.get(id)}[${mermaidLabel(text)}]${cls}`);
    }
    lines.push('  end');
  }
  const key = (d: { from: string; to: string; via?: string | null }): string => `${d.from}\0${d.to}\0${d.via ?? ''}`;
  const addedEdges = new Set(diff.dependencies.added.map(key));
  const drawn = new Set<string>();
  const styles: { added: number[]; removed: number[] } = { added: [], removed: [] };
  let links = 0;
  const link = (from: string, to: string, via: string | undefined, async: boolean, state: 'added' | 'removed' | 'kept'): void => {
    const a = num.get(from), b = num.get(to);
    const k = `${from}\0${to}\0${via ?? ''}`;
    if (a === undefined || b === undefined || drawn.has(k)) return;
    drawn.add(k);
    const text = state === 'removed' ? `removed${via ? ` via ${via}` : ''}` : state === 'added' ? `added${via ? ` via ${via}` : ''}` : via;
    lines.push(`  ${a} ${async || state === 'removed' ? '-.->' : '-->'}${text ? `|${mermaidLabel(text)}|` : ''} ${b}`);
    if (state !== 'kept') styles[state].push(links);
    links++;
  };
  const edgesOf = (g: Graph, id: string): Edge[] => {
    const i = g.indexOf(id);
    return i < 0 ? [] : [...g.outEdges(i), ...g.incoming(i)];
  };
  for (const id of diff.touched) {
    for (const e of edgesOf(hg, id)) link(e.from, e.to, e.via, e.interaction === 'async', addedEdges.has(key({ from: e.from, to: e.to, via: e.via })) ? 'added' : 'kept');
  }
  for (const d of diff.dependencies.removed) link(d.from, d.to, d.via ?? undefined, d.interaction === 'async', 'removed');
  if (styles.added.length) lines.push(`  linkStyle ${styles.added.join(',')} stroke:#1a7f37,stroke-width:3px`);
  if (styles.removed.length) lines.push(`  linkStyle ${styles.removed.join(',')} stroke:#cf222e,stroke-dasharray:5 4`);
  lines.push('  classDef added stroke:#1a7f37,stroke-width:3px');
  lines.push('  classDef removed stroke:#cf222e,stroke-dasharray:5 4,color:#cf222e');
  lines.push('  classDef touched stroke:#9a6700,stroke-width:2px');
  return { mermaid: `${lines.join('\n')}\n`, shown: shownIds.length, total: all.length };
}
