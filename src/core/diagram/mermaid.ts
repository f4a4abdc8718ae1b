/** A diagram → Mermaid flowchart (lanes as subgraphs, sync --> and async -.->). */
import type { Diagram } from './model';

const id = (s: string): string => `n_${s.replace(/[^a-zA-Z0-9_]/g, '_')}`;
const label = (s: string): string => `"${s.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'))}"`;

export function renderMermaid(d: Diagram): string {
  const lines = ['flowchart LR'];
  for (const lane of d.lanes) {
    lines.push(`  subgraph ${lane.id}[${label(lane.label)}]`);
    for (const n of d.nodes.filter((x) => x.lane === lane.id)) lines.push(`    ${id(n.id)}[${label(n.label === n.id ? n.id : `${n.label} (${n.id})`)}]${n.shadow ? ':::shadow' : ''}`);
    lines.push('  end');
  }
  d.edges.forEach((e) => {
    const arrow = e.interaction === 'async' ? '-.->' : '-->';
    lines.push(`  ${id(e.from)} ${arrow}${e.via ? `|${label(e.via)}|` : ''} ${id(e.to)}`);
  });
  const styled = d.edges.map((e, i) => (e.worst === 'error' ? i : -1)).filter((i) => i >= 0);
  if (styled.length) lines.push(`  linkStyle ${styled.join(',')} stroke:#cf222e,stroke-width:2px`);
  lines.push('  classDef shadow stroke-dasharray: 5 3,stroke:#8250df');
  return `${lines.join('\n')}\n`;
}
