/**
 * What `render` and `impact` share: the landscape linted for a picture (refused when a core/*
 * error would make it a wrong one that looks right), and a diagram model drawn as SVG, HTML,
 * Mermaid or the laid-out JSON.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { laidOut, lintLandscape, renderMermaid, renderSvg, today, type Diagram, type DiagramModel, type LayoutOptions, type LintResult, type ResolvedView } from '../core/index';
import { refusedForFatalFindings } from './fatal-findings';
import type { Io } from './io';
import { nodeHost, toCorePath } from './node-host';
import { MISSING_BUNDLES, standaloneDiagramPage } from './standalone-page';

export type PictureFormat = 'svg' | 'html' | 'mermaid' | 'json';

/** The lint result, or the exit code (2) after saying why there is none. */
export async function lintForPicture(entryArg: string, options: { 'as-of'?: string; 'allow-outside-root'?: true }, io: Io, command: string): Promise<LintResult | number> {
  const entry = path.resolve(io.cwd, entryArg);
  if (!existsSync(entry)) {
    io.stderr(`landscape ${command}: cannot read ${entryArg}: no such file\n`);
    return 2;
  }
  const result = await lintLandscape(toCorePath(entry), nodeHost, { asOf: options['as-of'], today: today(io.now?.()), allowImportsOutsideRoot: options['allow-outside-root'] === true });
  return refusedForFatalFindings(result, io, command) ? 2 : result;
}

/** The model laid out and written in a format, or undefined (said on stderr) when the page's bundles are missing; `views`: the saved views an HTML page's picker offers. */
export function drawPicture(model: DiagramModel, format: PictureFormat, io: Io, command: string, layout: LayoutOptions = {}, views: ResolvedView[] = []): { out: string; diagram: Diagram } | undefined {
  // The default view: above COLLAPSE_ABOVE systems every domain group is collapsed, so the
  // static SVG, the Mermaid and the JSON of a huge landscape show the same collapsed picture
  // the editor and the HTML page open with (the page can expand groups; a file cannot).
  const diagram = laidOut(model, undefined, layout);
  if (format === 'svg') return { out: renderSvg(diagram, { standalone: true }), diagram };
  if (format === 'mermaid') return { out: renderMermaid(diagram), diagram };
  if (format === 'json') return { out: `${JSON.stringify(diagram, null, 2)}\n`, diagram };
  const page = standaloneDiagramPage(diagram, model, layout, views);
  if (page === undefined) {
    io.stderr(`landscape ${command}: ${MISSING_BUNDLES}\n`);
    return undefined;
  }
  return { out: page, diagram };
}
