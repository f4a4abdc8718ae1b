/**
 * One benchmark size, in its own process so peak memory (maxRSS) belongs to it alone.
 * Prints one JSON line: medians in ms per phase and per rule, and maxRSS in MB.
 */
import { diffLandscapes, lintLandscape, memoryHost, parseYaml, ParseCache } from '../src/core/index';
import { validateFile } from '../src/core/schema/validate-schema';
import { readFileModel } from '../src/core/model/read-entities';
import { mergeLandscape } from '../src/core/model/landscape';
import { generateLandscape } from './generate';

const n = Number(process.argv[2] ?? 1000);
const runs = n >= 10_000 ? 9 : n >= 1000 ? 15 : 30;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (f: () => unknown): number => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

async function main(): Promise<void> {
  const text = generateLandscape(n);
  const path = '/bench/landscape.yaml';
  const out: Record<string, number | string> = { systems: n, bytes: text.length, lines: text.split('\n').length };
  const parse: number[] = [], schema: number[] = [], graph: number[] = [], lint: number[] = [];
  const perRule: Record<string, number[]> = {};
  const loadMs: number[] = [];
  // The phases alone, each on the result of the one before.
  for (let i = 0; i < runs; i++) {
    let parsed = parseYaml(text);
    parse.push(time(() => (parsed = parseYaml(text))));
    schema.push(time(() => validateFile(parsed.root, { isEntry: true })));
    graph.push(time(() => mergeLandscape(path, [readFileModel(path, parsed.root)], '2026-02-01')));
  }
  // The full lint in its own loop, as a CI job or the editor runs it (not beside the garbage of
  // the phase measurements above), with the time of each rule inside it.
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await lintLandscape(path, memoryHost({ [path]: text }), { profile: true });
    lint.push(performance.now() - t);
    for (const [k, v] of Object.entries(r.timings ?? {})) if (k.startsWith('rule:')) (perRule[k.slice(5)] ??= []).push(v);
    loadMs.push(r.timings?.load ?? 0);
  }
  out.parseMs = median(parse);
  out.schemaMs = median(schema);
  out.graphMs = median(graph);
  out.lintMs = median(lint);
  out.rulesTotalMs = Object.values(perRule).reduce((s, xs) => s + median(xs), 0);
  // Reading and parsing the files inside the full lint (decode, YAML tree, entities).
  out.lintLoadMs = median(loadMs);
  // Editor scenario: a one-line edit, then a re-lint with the parse cache warm.
  const cache = new ParseCache();
  await lintLandscape(path, memoryHost({ [path]: text }), { cache });
  const edits: number[] = [];
  for (let i = 0; i < runs; i++) {
    const edited = text.replace('name: System 1\n', `name: System 1 edited ${i}\n`);
    const t = performance.now();
    await lintLandscape(path, memoryHost({ [path]: edited }), { cache });
    edits.push(performance.now() - t);
  }
  out.relintAfterEditMs = median(edits);
  // A review's own work: the comparison of two lint results (seeds 1 and 2 of the generator), without the lints.
  const [before, after] = await Promise.all([1, 2].map((seed) => lintLandscape(path, memoryHost({ [path]: generateLandscape(n, seed) }))));
  const diffs: number[] = [];
  for (let i = 0; i < runs; i++) diffs.push(time(() => diffLandscapes(before, after)));
  out.diffMs = median(diffs);
  for (const [k, xs] of Object.entries(perRule)) out[`rule:${k}`] = median(xs);
  out.maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
