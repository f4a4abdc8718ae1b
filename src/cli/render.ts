/** `landscape render <entry> --format svg|html|mermaid|json [-o file]`: the same picture as the editor's. */
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { diagramModelOf, laidOut, lintLandscape, renderMermaid, renderSvg, today } from '../core/index';
import { notRun, parseCommand } from './args';
import { RENDER_COMMAND } from './commands';
import { refusedForFatalFindings } from './fatal-findings';
import type { Io } from './io';
import { nodeHost, toCorePath } from './node-host';
import { MISSING_BUNDLES, standaloneDiagramPage } from './standalone-page';

export async function runRender(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommand(RENDER_COMMAND, argv);
  if (parsed.kind !== 'run') return notRun(io, RENDER_COMMAND, parsed);
  const { values: options, positionals } = parsed;
  const format = options.format ?? 'svg';
  const entry = path.resolve(io.cwd, positionals[0]);
  if (!existsSync(entry)) {
    io.stderr(`landscape render: cannot read ${positionals[0]}: no such file\n`);
    return 2;
  }
  const result = await lintLandscape(toCorePath(entry), nodeHost, { asOf: options['as-of'], today: today(io.now?.()), allowImportsOutsideRoot: options['allow-outside-root'] === true });
  // An older file at -o stays as it was.
  if (refusedForFatalFindings(result, io, 'render')) return 2;
  // The default view: above COLLAPSE_ABOVE systems every domain group is collapsed, so the
  // static SVG, the Mermaid and the JSON of a huge landscape show the same collapsed picture
  // the editor and the HTML page open with (the page can expand groups; a file cannot).
  const model = diagramModelOf(result);
  const diagram = laidOut(model);
  let out: string;
  if (format === 'svg') out = renderSvg(diagram, { standalone: true });
  else if (format === 'mermaid') out = renderMermaid(diagram);
  else if (format === 'json') out = `${JSON.stringify(diagram, null, 2)}\n`;
  else {
    const page = standaloneDiagramPage(diagram, model);
    if (page === undefined) {
      io.stderr(`landscape render: ${MISSING_BUNDLES}\n`);
      return 2;
    }
    out = page;
  }
  const file = options.output;
  if (file) {
    writeFileSync(path.resolve(io.cwd, file), out);
    const groups = diagram.groups.length ? `, collapsed into ${diagram.groups.length} domain groups` : '';
    io.stderr(`Wrote ${file} (${model.nodes.length} systems, ${model.edges.length} dependencies${groups}).\n`);
  } else io.stdout(out);
  return 0;
}
