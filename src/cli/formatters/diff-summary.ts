/** The words shared by the text and Markdown reports of `landscape diff`: the verdict and the labels of figures. */
import type { DependencyDelta } from '../../core/index';
import type { DiffReport } from '../diff-report';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line: what the change adds, by severity, and what it fixes. */
export function verdict(r: DiffReport): string {
  const count = (s: string): number => r.newFindings.filter((d) => d.finding.severity === s).length;
  const [e, w, i] = [count('error'), count('warn'), count('info')];
  const fixed = r.diff.findings.fixed.length;
  const adds = e + w + i === 0 ? 'adds no finding' : `adds ${[e && plural(e, 'error'), w && plural(w, 'warning'), i && plural(i, 'info finding')].filter(Boolean).join(', ')}`;
  return `This change ${adds}${fixed ? ` and fixes ${plural(fixed, 'finding')}` : ''}.`;
}

export function dependencyLine(d: DependencyDelta): string {
  const was = d.before ? ` (was ${d.before.interaction}, ${d.before.modes})` : '';
  return `${d.from} → ${d.to}${d.via ? ` via ${d.via}` : ''}: ${d.interaction}, ${d.modes}${was}`;
}

export function valueText(v: string | boolean | string[] | null): string {
  if (v === null) return '(none)';
  if (Array.isArray(v)) return v.length ? v.join(', ') : '[]';
  return String(v);
}

/** The figures as rows: label, base, head. */
export function figureRows(r: DiffReport): [string, string, string][] {
  const { base, head } = r.diff.figures;
  const rows: [string, string, string][] = [
    ['Mode 1 systems', String(base.systems.mode1), String(head.systems.mode1)],
    ['Gearbox systems', String(base.systems.gearbox), String(head.systems.gearbox)],
    ['Mode 2 systems', String(base.systems.mode2), String(head.systems.mode2)],
    ['Systems without a mode', String(base.systems.none), String(head.systems.none)],
    ['Dependencies', String(base.dependencies), String(head.dependencies)],
    ['Dependencies across speeds', String(base.acrossSpeeds), String(head.acrossSpeeds)],
    ['Sync Mode 2 → Mode 1, direct', String(base.syncMode2ToMode1.direct), String(head.syncMode2ToMode1.direct)],
    ['Sync Mode 2 → Mode 1, through gearboxes', String(base.syncMode2ToMode1.throughGearbox), String(head.syncMode2ToMode1.throughGearbox)],
  ];
  return rows;
}

/** Ca/Ce/instability of each touched system, base and head ('–' where it does not exist). */
export function couplingRows(r: DiffReport): [string, string, string][] {
  const at = (list: DiffReport['diff']['figures']['base']['coupling'], id: string): string => {
    const c = list.find((x) => x.id === id);
    return c ? `Ca ${c.ca}, Ce ${c.ce}, I ${c.instability ?? '–'}` : '–';
  };
  const { base, head } = r.diff.figures;
  return r.diff.touched.map((id) => [id, at(base.coupling, id), at(head.coupling, id)]);
}
