/**
 * `landscape impact <entry> <id> [--direction up|down|both] [--include-async] [--format
 * text|json|svg|html] [-o file]`: the blast radius of one system, computed by the core
 * (`impactOf`, the propagation `rollout-zero-downtime` makes), written as a list by mode or
 * drawn as the diagram of the affected systems, each highlighted by its distance.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { diagramModelOf, impactOf, impactTitle, impactWalk, subsetModel, type Impact, type ImpactMode } from '../core/index';
import { notRun, parseCommand } from './args';
import { IMPACT_COMMAND } from './commands';
import type { Io } from './io';
import { drawPicture, lintForPicture } from './picture';
import { unknownSystem } from './unknown-system';

const MODE_TITLES: Record<ImpactMode, string> = { mode1: 'Mode 1', gearbox: 'Gearbox', mode2: 'Mode 2', none: 'No valid mode' };

/** What was followed, in words (the diagram's pickers say it so too): `down (its consumers), synchronous edges only`. */
const walked = (i: Impact): string => impactWalk(i.direction, i.includeAsync);

function impactText(i: Impact): string {
  const n = i.affected.length;
  const head = `Outage of '${i.system}', ${walked(i)}: ${n === 0 ? 'no system affected' : `${n} ${n === 1 ? 'system' : 'systems'} affected`}.\n`;
  const width = i.affected.reduce((w, a) => Math.max(w, a.id.length), 0);
  const groups = i.byMode.map((g) => `\n${MODE_TITLES[g.mode]} (${g.systems.length})\n${g.systems.map((s) => `  ${String(s.distance).padStart(2)}  ${s.name ? `${s.id.padEnd(width)}  ${s.name}` : s.id}\n`).join('')}`);
  return head + groups.join('');
}

export async function runImpact(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommand(IMPACT_COMMAND, argv);
  if (parsed.kind !== 'run') return notRun(io, IMPACT_COMMAND, parsed);
  const { values: options, positionals } = parsed;
  const [entry, id] = positionals;
  const result = await lintForPicture(entry, options, io, 'impact');
  if (typeof result === 'number') return result;
  const impact = impactOf(result.landscape, id, { direction: options.direction ?? 'down', includeAsync: options['include-async'] === true });
  if (impact === undefined) {
    unknownSystem(io, 'impact', id, result.landscape.graph.ids);
    return 2;
  }
  const format = options.format ?? 'text';
  let out: string;
  if (format === 'text') out = impactText(impact);
  else if (format === 'json') out = `${JSON.stringify(impact, null, 2)}\n`;
  else {
    const model = diagramModelOf(result);
    const distances = new Map([[id, 0], ...impact.affected.map((a) => [a.id, a.distance] as const)]);
    const drawn = drawPicture(subsetModel(model, distances, impactTitle(model.title, id, impact.direction, impact.includeAsync)), format, io, 'impact');
    if (drawn === undefined) return 2;
    out = drawn.out;
  }
  if (options.output) {
    writeFileSync(path.resolve(io.cwd, options.output), out);
    io.stderr(`Wrote ${options.output} (${impact.affected.length} affected ${impact.affected.length === 1 ? 'system' : 'systems'}).\n`);
  } else io.stdout(out);
  return 0;
}
