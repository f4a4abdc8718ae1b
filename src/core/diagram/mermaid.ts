/**
 * A diagram → Mermaid flowchart (lanes as subgraphs, sync --> and async -.->). Collapsed
 * domain groups are one node each ("domain (n systems)"), expanded ones a nested subgraph,
 * and an edge that stands for several dependencies is labelled with their number.
 */
import type { Diagram } from './model';

const sanitize = (s: string): string => s.replace(/[^a-zA-Z0-9_]/g, '_');
const label = (s: string): string => `"${s.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'))}"`;

export function renderMermaid(d: Diagram): string {
  const groups = d.groups ?? [];
  const groupIds = new Set(groups.map((g) => g.id));
  // Groups get their own prefix: a sanitised group id could equal a sanitised system id.
  const id = (s: string): string => (groupIds.has(s) ? `g_${sanitize(s)}` : `n_${sanitize(s)}`);
  const lines = ['flowchart LR'];
  const nodeLine = (n: Diagram['nodes'][number], indent: string): string => `${indent}${id(n.id)}[${label(n.label === n.id ? n.id : `${n.label} (${n.id})`)}]${n.shadow ? ':::shadow' : ''}`;
  for (const lane of d.lanes) {
    lines.push(`  subgraph ${lane.id}[${label(lane.label)}]`);
    const laneNodes = d.nodes.filter((x) => x.lane === lane.id);
    const inGroup = new Set<string>();
    for (const g of groups.filter((x) => x.lane === lane.id)) {
      const text = `${g.label} (${g.count} system${g.count === 1 ? '' : 's'})`;
      if (!g.expanded) {
        lines.push(`    ${id(g.id)}[[${label(text)}]]${g.worst === 'error' ? ':::error' : ''}`);
        continue;
      }
      lines.push(`    subgraph ${id(g.id)}[${label(text)}]`);
      const members = new Set(g.members);
      for (const n of laneNodes.filter((x) => members.has(x.id))) {
        lines.push(nodeLine(n, '      '));
        inGroup.add(n.id);
      }
      lines.push('    end');
    }
    for (const n of laneNodes) if (!inGroup.has(n.id)) lines.push(nodeLine(n, '    '));
    lines.push('  end');
  }
  d.edges.forEach((e) => {
    const arrow = e.interaction === 'async' ? '-.->' : '-->';
    const text = e.count ? String(e.count) : e.via;
    lines.push(`  ${id(e.from)} ${arrow}${text ? `|${label(text)}|` : ''} ${id(e.to)}`);
  });
  const styled = d.edges.map((e, i) => (e.worst === 'error' ? i : -1)).filter((i) => i >= 0);
  if (styled.length) lines.push(`  linkStyle ${styled.join(',')} stroke:#cf222e,stroke-width:2px`);
  lines.push('  classDef shadow stroke-dasharray: 5 3,stroke:#8250df');
  if (groups.some((g) => !g.expanded && g.worst === 'error')) lines.push('  classDef error stroke:#cf222e,stroke-width:2px');
  return `${lines.join('\n')}\n`;
}
