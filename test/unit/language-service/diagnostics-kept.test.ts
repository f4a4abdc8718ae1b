/**
 * The diagnostics the language service keeps from one lint to the next (diagnostics.ts, with
 * kept-answers.ts) are, after random edits of a generated landscape, exactly those a fresh
 * service makes from a fresh lint: over two entries that import one fragment (each finding of
 * the fragment shown once), with ids typed, comments, spacing, modes, lifecycles, references,
 * blank lines, duplicates, CRLF and broken YAML. And a diagnostic whose finding still says
 * the same at the same place is the object made before; after a keystroke only the findings it
 * changed are looked up, the others are matched by position (aligned-findings.ts, counted).
 */
import { strict as assert } from 'node:assert';
import { lintLandscape, memoryHost, ParseCache, type LintResult } from '../../../src/core/index';
import { countWork } from '../../../src/core/util/work-counter';
import { LanguageService } from '../../../src/language-service/index';
import type { Diagnostic } from 'vscode-languageserver-types';
import { EDITS, ENTRY, prng, randomEdit, twoFiles } from '../../helpers/random-edits';
import { shape, shapeUnder } from '../../../bench/shapes';

const TODAY = '2025-10-01';
/** A second entry importing the same fragment. */
const OTHER = '/ws/other.landscape.yaml';

function serviceOf(current: () => LintResult[]): LanguageService {
  return new LanguageService({ results: { resultFor: () => Promise.resolve(current()[0]), results: () => current(), current: () => Promise.resolve(current()[0]) } });
}

async function lintBoth(files: Record<string, string>, cache?: ParseCache): Promise<LintResult[]> {
  const host = memoryHost(files);
  return [await lintLandscape(ENTRY, host, { cache, today: TODAY }), await lintLandscape(OTHER, host, { cache, today: TODAY })];
}

describe('diagnostics kept across edits', () => {
  it('random edits: the diagnostics of every file equal a fresh service\'s, and unchanged ones are the objects made before', async function () {
    this.timeout(240_000);
    const rnd = prng(3);
    const files = twoFiles(40);
    files[OTHER] = files[ENTRY].replace('name: bench-40', 'name: other-40');
    const cache = new ParseCache();
    let current = await lintBoth(files, cache);
    const service = serviceOf(() => current);
    let before = service.diagnostics();
    let kept = 0;
    const done = new Map<string, number>();
    for (let step = 0; step < 300; step++) {
      const edit = randomEdit(files, rnd);
      if (!edit) continue;
      done.set(edit.name, (done.get(edit.name) ?? 0) + 1);
      current = await lintBoth(files, cache);
      const now = service.diagnostics();
      const fresh = await lintBoth(files);
      assert.deepEqual(now, serviceOf(() => fresh).diagnostics(), `step ${step} (${edit.name} in ${edit.path})`);
      // A diagnostic equal to one made before (same rule, message, place, related places) is that object.
      const made = new Map<string, Diagnostic>();
      for (const [file, list] of before) for (const d of list) made.set(`${file} ${JSON.stringify(d)}`, d);
      for (const [file, list] of now) {
        for (const d of list) {
          const old = made.get(`${file} ${JSON.stringify(d)}`);
          if (old) {
            assert.equal(d, old, `step ${step}: a diagnostic equal to one made before is that object`);
            kept++;
          }
        }
      }
      before = now;
    }
    assert.ok(kept > 1000, `${kept} diagnostics kept`);
    for (const name of Object.keys(EDITS)) assert.ok((done.get(name) ?? 0) >= 3, `${name}: ${done.get(name) ?? 0} times`);
  });

  it('a keystroke looks up only the findings it changed: the others are matched by position with those of the last call (counted)', async () => {
    // A mesh of synchronous pass-throughs: findings by the thousand, each naming a dozen systems.
    const { entry, files } = shapeUnder('/ws', shape('sync-mesh').build(300));
    const path = entry;
    const cache = new ParseCache();
    let current = [await lintLandscape(entry, memoryHost(files), { cache, today: TODAY })];
    const service = serviceOf(() => current);
    service.diagnostics();
    assert.ok(current[0].findings.length > 500, `${current[0].findings.length} findings`);
    const lines = files[path].split('\n');
    const at = lines.findIndex((l, i) => i > lines.length / 2 && /^ {2}- \{ id: app-\d+,/.test(l));
    const original = lines[at];
    const text = (line: string): string => [...lines.slice(0, at), line, ...lines.slice(at + 1)].join('\n');
    // [edit, at most this many findings looked up]: a comment changes no finding; an id typed those about that system.
    const edits: [string, string, number][] = [
      ['comment', text(`${original} # the one`), 0],
      ['id typed', text(original.replace(/id: (app-\d+)/, 'id: $1x')), 20],
      ['id typed back', text(original), 20],
    ];
    for (const [name, edited, most] of edits) {
      current = [await lintLandscape(entry, memoryHost({ ...files, [path]: edited }), { cache, today: TODAY })];
      const { result, counts } = await countWork(() => service.diagnostics());
      const fresh = [await lintLandscape(entry, memoryHost({ ...files, [path]: edited }), { today: TODAY })];
      assert.deepEqual(result, serviceOf(() => fresh).diagnostics(), name);
      const lookedUp = counts.get('diagnostics:looked-up') ?? 0;
      assert.ok(lookedUp <= most, `${name}: ${lookedUp} looked up`);
      assert.equal((counts.get('diagnostics:aligned') ?? 0) + lookedUp, current[0].findings.length, `${name}: every finding matched or looked up`);
    }
  });
});
