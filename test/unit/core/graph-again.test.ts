/**
 * The graph of a keystroke is built from the graph of the keystroke before when the systems
 * keep their ids and the APIs their entities (graph.ts, `previous`): the id index and API
 * providers are taken over and only the changed systems' entries are looked up again. These
 * tests check that such a graph is the graph a full build makes, edit after edit, and that the
 * work done is that of the changed systems only.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lintLandscape, memoryHost, ParseCache, type LintResult } from '../../../src/core/index';
import { buildGraph, type Graph } from '../../../src/core/model/graph';
import { countWork } from '../../../src/core/util/work-counter';
import { generateLandscape } from '../../../bench/generate';

const PATH = '/ws/landscape.yaml';
const lint = (text: string, cache?: ParseCache): Promise<LintResult> => lintLandscape(PATH, memoryHost({ [PATH]: text }), { cache, today: '2025-10-01' });

/** Everything a graph answers, as text (entries by identity: the index of the entry in its system's lists). */
function describe_(g: Graph): string[] {
  const out: string[] = [];
  for (let i = 0; i < g.ids.length; i++) {
    const edges: string[] = [];
    for (let k = g.outBegin(i); k < g.outEnd(i); k++) {
      const e = g.edgeAt(k);
      edges.push(`${e.from}>${e.to} ${e.fromIndex}>${e.toIndex} ${e.via ?? '-'} ${e.interaction} ${e.kind}`);
    }
    const into: string[] = [];
    for (let j = g.inBegin(i); j < g.inEnd(i); j++) into.push(String(g.inEdgeAt(j)));
    out.push(`${g.ids[i]} mode ${g.mode[i]} ce ${g.ce[i]} ca ${g.ca[i]} out [${edges.join(', ')}] in [${into.join(' ')}] apis [${g.apisOf(i).join(' ')}] index ${g.indexOf(g.ids[i])}`);
  }
  return out;
}

function fresh(r: LintResult): Graph {
  const l = r.landscape;
  return buildGraph(l.systems, l.systemById, l.apiById);
}

/** Each entry of an edge is the system's own entry object (kept edges point at the entries of the current entities). */
function entriesAreCurrent(r: LintResult): void {
  const g = r.landscape.graph;
  for (let k = 0; k < g.edgeCount; k++) {
    const e = g.edgeAt(k);
    const s = r.landscape.systems[e.fromIndex];
    assert.ok((s.consumes as readonly object[]).includes(e.entry) || (s.dependsOn as readonly object[]).includes(e.entry), `edge ${k} of ${s.id} holds an entry of another version`);
  }
}

const TEXT = generateLandscape(60);
const ids = [...TEXT.matchAll(/^ {2}- id: (sys-\d+)$/gm)].map((m) => m[1]);
const apiIds = [...TEXT.matchAll(/^ {2}- id: (api-[\w-]+)$/gm)].map((m) => m[1]);

/** Edits an architect makes to one system: its mode, a dependency added, one renamed, an API consumed. */
function edit(text: string, kind: number, a: number, b: number): string {
  const id = ids[a % ids.length];
  const at = text.indexOf(`  - id: ${id}\n`);
  if (at < 0) return text;
  const head = `  - id: ${id}\n`;
  const rest = text.slice(at + head.length);
  switch (kind) {
    case 0: return `${text.slice(0, at)}${head}${rest.replace(/^ {4}mode: (\w+)/m, (_m, mode: string) => `    mode: ${['mode1', 'mode2', 'gearbox', `${mode}x`][b % 4]}`)}`;
    case 1: return `${text.slice(0, at)}${head}    dependsOn: [${ids[b % ids.length]}]\n${rest}`.replace(/(\n {4}dependsOn: \[[^\]]*\]\n)((?: {4}[^\n]*\n)*?) {4}dependsOn:[^\n]*\n(?: {6}[^\n]*\n)*/, '$1$2');
    case 2: return `${text.slice(0, at)}  - id: ${id}${b % 2 ? 'x' : ''}\n${rest}`;
    default: return `${text.slice(0, at)}${head}    consumes: [${apiIds[b % apiIds.length]}]\n${rest}`.replace(/(\n {4}consumes: \[[^\]]*\]\n)((?: {4}[^\n]*\n)*?) {4}consumes:[^\n]*\n(?: {6}[^\n]*\n)*/, '$1$2');
  }
}

describe('the graph built from the keystroke before (graph.ts, previous)', () => {
  it('is the graph a full build makes, after any sequence of edits to systems (property)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.nat(3), fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }), async (edits) => {
      const cache = new ParseCache();
      let text = TEXT;
      await lint(text, cache);
      for (const [kind, a, b] of edits) {
        text = edit(text, kind, a, b);
        const r = await lint(text, cache);
        assert.deepEqual(describe_(r.landscape.graph), describe_(fresh(r)));
        entriesAreCurrent(r);
      }
    }), { numRuns: 40 });
  });

  it('a mode changed: the ids and API providers are taken over and only that system\'s entries are looked up', async () => {
    const cache = new ParseCache();
    const first = await countWork(() => lint(TEXT, cache));
    const all = first.counts.get('graph:entry') ?? 0;
    assert.ok(all > 150, `${all} entries looked up by a full build`);
    const id = ids[17];
    const edited = TEXT.replace(new RegExp(`(  - id: ${id}\\n(?: {4}[^\\n]*\\n)*? {4}mode: )(\\w+)`), (_m, head: string, mode: string) => `${head}${mode === 'mode1' ? 'mode2' : 'mode1'}`);
    assert.notEqual(edited, TEXT);
    const { result, counts } = await countWork(() => lint(edited, cache));
    const system = result.landscape.systemById.get(id)!;
    assert.equal(counts.get('graph:kept-ids'), 1);
    assert.equal(counts.get('graph:entry'), system.consumes.length + system.dependsOn.length);
    assert.deepEqual(describe_(result.landscape.graph), describe_(fresh(result)));
  });

  it('an id typed: the graph is built in full', async () => {
    const cache = new ParseCache();
    const all = (await countWork(() => lint(TEXT, cache))).counts.get('graph:entry');
    const { result, counts } = await countWork(() => lint(TEXT.replace(`  - id: ${ids[17]}\n`, `  - id: ${ids[17]}x\n`), cache));
    assert.equal(counts.get('graph:kept-ids'), undefined);
    assert.equal(counts.get('graph:entry'), all);
    assert.deepEqual(describe_(result.landscape.graph), describe_(fresh(result)));
  });
});
