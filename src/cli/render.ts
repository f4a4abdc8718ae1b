/**
 * `landscape render <entry> --format svg|html|mermaid|json [-o file]`: the same picture as the
 * editor's; `--focus <id> [--depth n] [--direction up|down|both]` draws one system's
 * neighbourhood instead, each system highlighted by its distance from the focus; `--view
 * <name>` draws a saved view (the landscape's `views:` section). `--measures` also prints how
 * readable the layout is (core/diagram/measures.ts) to stderr.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { diagramModelOf, focusTitle, groupingLayout, measureLayout, neighbourhoodOf, readViews, resolveViews, subsetModel, viewSystems, type DiagramModel, type Direction, type Grouping, type LayoutMeasures, type LayoutOptions, type LintResult } from '../core/index';
import { hint, notRun, parseCommand } from './args';
import { RENDER_COMMAND } from './commands';
import type { Io } from './io';
import { drawPicture, lintForPicture } from './picture';
import { unknownSystem } from './unknown-system';

export async function runRender(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommand(RENDER_COMMAND, argv);
  if (parsed.kind !== 'run') return notRun(io, RENDER_COMMAND, parsed);
  const { values: options, positionals } = parsed;
  if (options.view !== undefined && options.focus !== undefined) return notRun(io, RENDER_COMMAND, { kind: 'usage-error', message: '--view and --focus do not go together (a view may have a focus of its own)' });
  if (options.focus === undefined && (options.depth !== undefined || options.direction !== undefined)) {
    return notRun(io, RENDER_COMMAND, { kind: 'usage-error', message: `--${options.depth !== undefined ? 'depth' : 'direction'} goes with --focus <id>` });
  }
  const result = await lintForPicture(positionals[0], options, io, 'render');
  // An older file at -o stays as it was.
  if (typeof result === 'number') return result;
  const picked = options.view === undefined ? { model: focused(result, options.focus, Number(options.depth ?? 1), options.direction ?? 'both', io), layout: {} } : savedView(result, options.view, io);
  const model = picked.model;
  if (model === undefined) return 2;
  // --group-by overrides a view's grouping.
  const layout = options['group-by'] === undefined ? picked.layout : groupingLayout(GROUPING_OF[options['group-by']]);
  // An HTML page offers the landscape's saved views in its picker.
  const views = options.format === 'html' ? resolveViews(result.landscape, diagramModelOf(result).title) : [];
  const drawn = drawPicture(model, options.format ?? 'svg', io, 'render', layout, views);
  if (drawn === undefined) return 2;
  const file = options.output;
  if (file) {
    writeFileSync(path.resolve(io.cwd, file), drawn.out);
    const groups = drawn.diagram.groups.length ? `, collapsed into ${drawn.diagram.groups.length} ${drawn.diagram.groups[0].by} groups` : '';
    io.stderr(`Wrote ${file} (${model.nodes.length} systems, ${model.edges.length} dependencies${groups}).\n`);
  } else io.stdout(drawn.out);
  if (options.measures) io.stderr(measuresLine(measureLayout(drawn.diagram)));
  return 0;
}

/** The layout measures in one line (measures.ts says what each counts). */
function measuresLine(m: LayoutMeasures): string {
  return `Layout: ${m.crossings} edge crossings, ${m.sharedTracks} shared tracks, ${m.labelOverlaps} label overlaps, ${m.edgesOutsideGap} edges outside their gap.\n`;
}

const GROUPING_OF: Record<'domain' | 'owner' | 'none', Grouping> = { domain: 'domains', owner: 'owners', none: 'none' };

/** The whole landscape, or the neighbourhood of `focus` (undefined after saying so when no system has that id). */
function focused(result: LintResult, focus: string | undefined, depth: number, direction: Direction, io: Io): DiagramModel | undefined {
  const model = diagramModelOf(result);
  if (focus === undefined) return model;
  const near = neighbourhoodOf(result.landscape, focus, depth, direction);
  if (near === undefined) return unknownSystem(io, 'render', focus, result.landscape.graph.ids);
  return subsetModel(model, near, focusTitle(model.title, focus, depth, direction));
}

/** A saved view's systems and grouping (undefined after saying so when the landscape has no view of that name). */
function savedView(result: LintResult, name: string, io: Io): { model: DiagramModel | undefined; layout: LayoutOptions } {
  const { views } = readViews(result.landscape);
  const view = views.find((v) => v.name === name);
  if (view === undefined) {
    const known = views.length ? ` (its views: ${views.map((v) => v.name).join(', ')})` : ' (it has no views: section)';
    io.stderr(`landscape render: no view '${name}' in the landscape${hint(name, views.map((v) => v.name))}${known}\n`);
    return { model: undefined, layout: {} };
  }
  const model = diagramModelOf(result);
  const layout: LayoutOptions = groupingLayout(view.grouping);
  return { model: subsetModel(model, viewSystems(result.landscape, view), view.title ?? `${model.title}: ${view.name}`), layout };
}
