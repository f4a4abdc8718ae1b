/**
 * `npm run bench:layout`: how readable the diagram's layout is, before and after issue 15's
 * edge routing, and what the routing costs. For the examples and generated landscapes, the
 * layout measures (src/core/diagram/measures.ts: edge crossings, shared tracks, label overlaps,
 * edges outside their gap) of the same boxes with the previous routes (bench/legacy-routes.ts:
 * curves, parallel edges on one line) and with today's (src/core/diagram/routing.ts); then the
 * layout time (median of 3) at 1,000 and 10,000 systems, and `landscape render --format svg`
 * end to end at 10,000 (the target of `npm run bench:shapes`: under 3 s). Prints the README's
 * tables and writes bench/results/layout-measures.json. Never part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diagramModelOf, laidOut, lintLandscape, measureLayout, memoryHost, type Diagram, type LayoutMeasures, type LintResult } from '../src/core/index';
import { nodeHost, toCorePath } from '../src/cli/node-host';
import { generateLandscape } from './generate';
import { withLegacyRoutes } from './legacy-routes';

const ROOT = path.resolve(__dirname, '..');
const TODAY = '2026-01-01';
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const lintFile = (entry: string): Promise<LintResult> => lintLandscape(toCorePath(path.join(ROOT, entry)), nodeHost, { today: TODAY });
const lintGenerated = (n: number): Promise<LintResult> => lintLandscape('/w/landscape.yaml', memoryHost({ '/w/landscape.yaml': generateLandscape(n) }), { today: TODAY });

interface Row {
  landscape: string;
  drawnEdges: number;
  before: LayoutMeasures;
  after: LayoutMeasures;
}

async function measureRow(landscape: string, result: Promise<LintResult>, options: { collapseAbove?: number } = {}): Promise<Row> {
  const d: Diagram = laidOut(diagramModelOf(await result), undefined, options);
  return { landscape, drawnEdges: d.edges.filter((e) => e.path && !e.bundledInto).length, before: measureLayout(withLegacyRoutes(d)), after: measureLayout(d) };
}

function layoutMs(result: LintResult): number {
  const model = diagramModelOf(result);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    laidOut(model);
    times.push(performance.now() - t);
  }
  return Math.round(median(times));
}

function renderSvgMs(n: number): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-layout-'));
  const file = path.join(dir, 'landscape.yaml');
  writeFileSync(file, generateLandscape(n));
  const t = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'render', file, '--format', 'svg', '-o', path.join(dir, 'out.svg')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`render failed: ${r.stderr}`);
  return Math.round(performance.now() - t);
}

const pair = (before: number, after: number): string => `${before.toLocaleString('en')} → ${after.toLocaleString('en')}`;

async function main(): Promise<void> {
  const rows = [
    await measureRow('examples/fjordbank', lintFile('examples/fjordbank/landscape.yaml')),
    await measureRow('SPEC example (nordhem-retail)', lintFile('test/fixtures/spec-examples/nordhem-retail/landscape.yaml')),
    await measureRow('generated, 100 systems', lintGenerated(100)),
    await measureRow('generated, 400 systems (collapsed by domain)', lintGenerated(400)),
    await measureRow('generated, 1,000 systems (collapsed by domain)', lintGenerated(1000)),
    await measureRow('generated, 10,000 systems (collapsed by domain)', lintGenerated(10000)),
    await measureRow('generated, 1,000 systems (every system drawn)', lintGenerated(1000), { collapseAbove: Infinity }),
  ];
  const lines = [
    '| landscape | edges drawn | crossings | shared tracks | label overlaps | edges outside their gap |',
    '|---|--:|--:|--:|--:|--:|',
    ...rows.map((r) => `| ${r.landscape} | ${r.drawnEdges.toLocaleString('en')} | ${pair(r.before.crossings, r.after.crossings)} | ${pair(r.before.sharedTracks, r.after.sharedTracks)} | ${pair(r.before.labelOverlaps, r.after.labelOverlaps)} | ${pair(r.before.edgesOutsideGap, r.after.edgesOutsideGap)} |`),
  ];
  const timing = [];
  for (const n of [1000, 10_000]) timing.push({ systems: n, layoutMs: layoutMs(await lintGenerated(n)) });
  const svgMs = renderSvgMs(10_000);
  lines.push('', '| systems | layout (median of 3) |', '|--:|--:|', ...timing.map((t) => `| ${t.systems.toLocaleString('en')} | ${t.layoutMs} ms |`), '', `\`landscape render --format svg\` of 10,000 systems, end to end: ${svgMs} ms.`);
  console.log(lines.join('\n'));
  mkdirSync(path.join(__dirname, 'results'), { recursive: true });
  writeFileSync(path.join(__dirname, 'results', 'layout-measures.json'), `${JSON.stringify({ rows, timing, renderSvg10000Ms: svgMs }, null, 2)}\n`);
}

void main();
