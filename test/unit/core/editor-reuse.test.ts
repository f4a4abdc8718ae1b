/**
 * What the editor reuses between lints (via ParseCache): the schema results per section entry
 * (validate-schema.ts) and the entities of entry nodes the incremental re-parse kept
 * (read-entities.ts), and the rules' violations when an edit left the entities as they were
 * (rule-reuse.ts). Only what an edit changed is done again, and the findings (with their
 * related locations and quick fixes) are exactly those of a lint without any cache, edit after
 * edit.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { fixesOf, lintLandscape, memoryHost, ParseCache, type LintResult } from '../../../src/core/index';
import { generateLandscape } from '../../../bench/generate';
import { shape, shapeUnder } from '../../../bench/shapes';
import { countWork } from '../../../src/core/util/work-counter';
import { schemaEntriesOf } from '../../../src/core/lint/engine';

const PATH = '/ws/landscape.yaml';

const BASE = `apiVersion: landscape/v1
metadata: { title: Cache, asOf: 2025-10-01 }
owners:
  - { id: t, type: team }
systems:
  - id: shop
    mode: mode2
    owner: t
  - id: crm
    mode: mode3
    owner: t
    colour: red
  - id: erp
    mode: mode1
    owner: t
apis:
  - { id: crm-api, provider: crm, type: rest }
domains:
  - { id: t, type: team }
`;

const lint = (text: string, cache?: ParseCache): Promise<LintResult> => lintLandscape(PATH, memoryHost({ [PATH]: text }), { cache, today: '2025-10-01' });
const allFindings = (r: LintResult): string[] => r.findings.map((f) => `${f.rule} ${f.severity} ${f.span.start}-${f.span.end} ${f.message} ${JSON.stringify(f.relatedLocations)} ${JSON.stringify(fixesOf(r, f))}`);
const schemaFindings = (r: LintResult): string[] =>
  r.findings.filter((f) => f.rule === 'core/schema' || f.rule === 'core/unknown-property').map((f) => `${f.rule} ${f.span.start}-${f.span.end} ${f.message}`);

describe('what the editor reuses between lints: schema results per entry, entities of kept nodes', () => {
  it('re-validates only the entry an edit touched', async () => {
    const cache = new ParseCache();
    const text = generateLandscape(200);
    await lint(text, cache);
    const entries = schemaEntriesOf(cache, PATH).validated;
    assert.ok(entries > 200, `first lint validates every entry (${entries})`);
    await lint(text.replace('name: System 1\n', 'name: System 1 edited\n'), cache);
    assert.equal(schemaEntriesOf(cache, PATH).validated, 1);
  });

  it('finds the entries an edit only moved by their identity: their texts are not cut out and hashed again', async () => {
    const cache = new ParseCache();
    const text = generateLandscape(400);
    await lint(text, cache);
    // An edit in the middle of the systems moves every later entry (of every later section).
    const edited = text.replace('name: System 200\n', 'name: System 200 edited\n');
    const { counts } = await countWork(() => lint(edited, cache));
    assert.equal(schemaEntriesOf(cache, PATH).validated, 1);
    assert.equal(counts.get('schema:entry-text'), 1, 'only the edited entry is looked up by its text');
    const again = await countWork(() => lint(edited.replace('name: System 300\n', 'name: System 300 edited\n'), cache));
    assert.equal(again.counts.get('schema:entry-text'), 1, 'entries moved twice keep their identity');
    assert.deepEqual(schemaFindings(await lint(edited, cache)), schemaFindings(await lint(edited)));
  });

  it('gives the findings of an uncached lint, also when entries move, change section or share a text with another section', async () => {
    const cache = new ParseCache();
    const edits = [
      BASE,
      BASE.replace('mode: mode3', 'mode: mode2'), // an error goes away
      BASE.replace('    owner: t\n  - id: erp', '    owner: t\n    flavour: x\n  - id: erp'), // an unknown key in one entry
      BASE.replace('systems:\n', 'systems:\n  - id: new-one\n    mode: nope\n'), // every later entry moves down one index
      BASE.replace('  - id: erp\n    mode: mode1\n    owner: t\n', ''), // an entry removed
      BASE.replace('domains:\n  - { id: t, type: team }\n', 'domains: []\n'),
      BASE.replace('    mode: mode1\n    owner: t\n', '    mode: mode1\n    owner: t\n    endOfLife: 2025-02-30\n'), // a date that is no calendar date
      BASE.replace('metadata: { title: Cache,', 'metadata: { title: Cache moved,').replace('    mode: mode1\n    owner: t\n', '    mode: mode1\n    owner: t\n    endOfLife: 2025-02-30\n'), // …kept from the cache, reported where it moved
      BASE.replace('    mode: mode1\n    owner: t\n', '    mode: mode1\n    owner: t\n    endOfLife: 2025-02-28\n'), // …and fixed
      BASE, // back to the start: the cache's older generation
    ];
    for (const text of edits) {
      assert.deepEqual(schemaFindings(await lint(text, cache)), schemaFindings(await lint(text)), text);
    }
    // The same text as an owner (valid) and as a domain (type is unknown there): each section keeps its own result.
    const r = await lint(BASE, cache);
    const typeFindings = r.findings.filter((f) => f.rule === 'core/unknown-property' && f.message.includes("'type'"));
    assert.deepEqual(typeFindings.map((f) => f.span.start), [BASE.indexOf('type', BASE.indexOf('domains:'))]);
  });

  it('reuses the entities of the entries before an edit, and reads the edited one again', async () => {
    const cache = new ParseCache();
    const text = generateLandscape(50);
    const before = await lint(text, cache);
    const after = await lint(text.replace('name: System 40\n', 'name: System 40 renamed\n'), cache);
    const find = (r: LintResult, id: string) => r.landscape.byId.get(id)!;
    assert.equal(find(after, 'sys-1'), find(before, 'sys-1'), 'an entry before the edit: the same entity object');
    assert.notEqual(find(after, 'sys-40'), find(before, 'sys-40'));
    assert.equal(find(after, 'sys-40').name, 'System 40 renamed');
    // Without a cache nothing is reused.
    assert.notEqual(find(await lint(text), 'sys-1'), find(await lint(text), 'sys-1'));
  });

  it('reuses the entities of every entry an edit did not touch, after it too: the nodes are moved, not copied', async () => {
    const cache = new ParseCache();
    // A suppression nothing uses, after the edit: its finding is placed at the entry, which moves.
    const text = generateLandscape(400).replace('name: System 300\n', 'name: System 300\n    suppress: [{ rule: no-shadow-it, reason: none here }]\n');
    const before = await lint(text, cache);
    const edited = text.replace('name: System 100\n', 'name: System 100 renamed\n');
    const { result: after, counts } = await countWork(() => lint(edited, cache));
    assert.equal(counts.get('model:read-entity'), 1, 'only the edited entry is read again');
    const find = (r: LintResult, id: string) => r.landscape.byId.get(id)!;
    const later = find(after, 'sys-300');
    assert.equal(later, find(before, 'sys-300'), 'an entry after the edit: the same entity object');
    assert.equal(later.idSpan.start, edited.indexOf('id: sys-300\n') + 4, 'at its new offset');
    const unused = after.findings.filter((f) => f.rule === 'core/unused-suppression');
    assert.deepEqual(unused.map((f) => f.span.start), [edited.indexOf('{ rule: no-shadow-it')]);
    assert.deepEqual(allFindings(after), allFindings(await lint(edited)));
  });

  it('copies instead of moving while another lint on the same cache is running: both get their own findings', async () => {
    const cache = new ParseCache();
    const text = generateLandscape(60);
    await lint(text, cache);
    // Two edits linted at once: each lint awaits the host between its steps, so they interleave.
    const first = text.replace('name: System 10\n', 'name: System 10 renamed\n');
    const second = first.replace('name: System 5\n', 'name: System 5 renamed once more\n');
    const [a, b] = await Promise.all([lint(first, cache), lint(second, cache)]);
    assert.deepEqual(allFindings(a), allFindings(await lint(first)));
    assert.deepEqual(allFindings(b), allFindings(await lint(second)));
    // And the next lint alone builds on what the last one left in the cache.
    const third = second.replace('name: System 50\n', 'name: System 50 renamed\n');
    assert.deepEqual(allFindings(await lint(third, cache)), allFindings(await lint(third)));
  });

  it('equals an uncached lint after any sequence of small edits: every finding (property)', async () => {
    const TOKENS = ['description: typed', 'name: typed', ' # a comment', '\n# a comment line\n', '   ', 'mode: mode3', 'mode: gearbox', 'colour: red', 'endOfLife: 2025-02-30', 'endOfLife: 2025-02-28', '\n  - id: x\n    mode: mode1', 'owner: 12', 'id: Bad_Id', ' ', '\n', '{', '- '];
    const edit = fc.record({ at: fc.nat(), del: fc.integer({ min: 0, max: 12 }), text: fc.constantFrom(...TOKENS) });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 5 }), async (steps) => {
        const cache = new ParseCache();
        let text = BASE;
        await lint(text, cache);
        for (const s of steps) {
          const at = s.at % (text.length + 1);
          text = text.slice(0, at) + s.text + text.slice(at + s.del);
          assert.deepEqual(allFindings(await lint(text, cache)), allFindings(await lint(text)));
        }
      }),
      { numRuns: 150, seed: 1125 },
    );
  });

  describe('rule results kept when an edit leaves the entities as they were (rule-reuse.ts)', () => {
    // Rollouts after the systems: their findings (with insert-a-skeleton fixes) move with every edit above them.
    const text = generateLandscape(120).replace('rollouts:\n', `rollouts:\n${Array.from({ length: 20 }, (_, i) => `  - { id: rox-${i}, targets: [sys-${i}], status: planned, strategy: big-bang }\n`).join('')}`);
    const at = text.indexOf('  - id: sys-60\n');

    it('a comment, a blank line or spacing in an entry: no entity read again, no rule run, every finding and fix where an uncached lint puts it', async () => {
      const cache = new ParseCache();
      const { result: before, counts: first } = await countWork(() => lint(text, cache));
      const rulesOn = first.get('rule:run')!;
      assert.ok(rulesOn >= 20, `${rulesOn} rules on`);
      assert.ok(before.findings.filter((f) => f.rule.startsWith('rollout-') && f.fixes).length >= 20, 'the landscape has findings with fixes after the edit');
      const edits = [
        text.replace('  - id: sys-60\n', '  - id: sys-60 # the sixtieth\n'),
        text.replace('  - id: sys-60\n', '  # a comment line above\n  - id: sys-60\n\n'),
        text.replace('  - id: sys-60\n    name:', '  - id:   sys-60\n    name:  '),
      ];
      for (const edited of edits) {
        const { result, counts } = await countWork(() => lint(edited, cache));
        assert.equal(counts.get('model:read-entity'), undefined, 'the entry keeps its nodes and its entity');
        assert.equal(counts.get('rule:run'), undefined, 'no rule runs');
        assert.equal(counts.get('model:merge-kept'), 1, 'nor is the landscape merged again');
        assert.equal(counts.get('rule:kept'), rulesOn);
        assert.deepEqual(allFindings(result), allFindings(await lint(edited)));
      }
      assert.ok(at > 0);
    });

    it('typing in a description: the entry is read again, says the same, keeps its entity; no rule runs', async () => {
      const cache = new ParseCache();
      const rulesOn = (await countWork(() => lint(text, cache))).counts.get('rule:run');
      let edited = text;
      for (const typed of [' and', ' and more', ' and more, with "quotes"']) {
        edited = text.replace('description: Generated mode1 system number 60 for the benchmark', `description: Generated mode1 system number 60 for the benchmark${typed}`);
        const { result, counts } = await countWork(() => lint(edited, cache));
        assert.equal(counts.get('model:read-entity'), 1, 'the edited entry is read again');
        assert.equal(counts.get('model:entity-kept'), 1, 'and its old entity kept');
        assert.equal(counts.get('model:merge-kept'), 1);
        assert.equal(counts.get('rule:run'), undefined, 'no rule runs');
        assert.equal(counts.get('rule:kept'), rulesOn);
        assert.deepEqual(allFindings(result), allFindings(await lint(edited)));
      }
      // An unknown key typed into the same entry is a schema finding at once.
      const unknown = edited.replace('    mode: mode1\n    owner: team-core\n    domain: domain-0\n    criticality: businessCritical\n    consumes:\n      - api-82-1', '    mode: mode1\n    owner: team-core\n    domain: domain-0\n    criticalty: businessCritical\n    consumes:\n      - api-82-1');
      assert.notEqual(unknown, edited);
      const { result } = await countWork(() => lint(unknown, cache));
      assert.deepEqual(allFindings(result), allFindings(await lint(unknown)));
      assert.ok(result.findings.some((f) => f.rule === 'core/unknown-property' && f.message.includes('criticalty')));
    });

    it('an edit that changes what an entry says runs every rule again', async () => {
      const cache = new ParseCache();
      const rulesOn = (await countWork(() => lint(text, cache))).counts.get('rule:run');
      for (const edited of [text.replace('  - id: sys-60\n', '  - id: sys-60\n    criticality: missionCritical\n'), text.replace('  - id: sys-60\n    name: System 60', '  - id: sys-60\n    name: System 60 renamed')]) {
        const { result, counts } = await countWork(() => lint(edited, cache));
        assert.equal(counts.get('rule:kept'), undefined);
        assert.equal(counts.get('rule:run'), rulesOn);
        assert.equal(counts.get('model:merge-kept'), undefined);
        assert.deepEqual(allFindings(result), allFindings(await lint(edited)));
      }
    });

    it('a character typed into an id: every rule runs again, and keeps the violations it reports again unchanged', async () => {
      const cache = new ParseCache();
      const before = await lint(text, cache);
      const unchanged = before.findings.filter((f) => !f.fixes && !f.rule.startsWith('core/') && !f.related.includes('sys-60') && f.rule !== 'no-duplicate-id').length;
      assert.ok(unchanged > 20, `${unchanged} findings without fixes that do not name sys-60`);
      for (const typed of ['sys-60x', 'sys-60xy']) {
        const edited = text.replace('  - id: sys-60\n', `  - id: ${typed}\n`);
        const { result, counts } = await countWork(() => lint(edited, cache));
        assert.ok(counts.get('rule:run')! > 20, 'the rules run again');
        assert.ok((counts.get('rule:violation-kept') ?? 0) >= unchanged - 5, `${counts.get('rule:violation-kept')} kept of ~${unchanged}`);
        assert.deepEqual(allFindings(result), allFindings(await lint(edited)));
      }
      // A reference typed wrong adds a violation before most others: the rest are still found (by their node).
      const edited = text.replace('  - id: sys-3\n', '  - id: sys-3\n    dependsOn: [sys-nowhere]\n');
      const { result, counts } = await countWork(() => lint(edited, cache));
      assert.ok((counts.get('rule:violation-kept') ?? 0) >= unchanged - 10, `${counts.get('rule:violation-kept')} kept of ~${unchanged}`);
      assert.deepEqual(allFindings(result), allFindings(await lint(edited)));
    });

    it('a violation with a quick fix made from its entity alone is kept when that entity is unchanged (fixesPerEntity): rollouts below a typed id keep theirs, with their fixes', async () => {
      const cache = new ParseCache();
      const before = await lint(text, cache);
      const entityOnly = new Set(['rollout-requires-pilot', 'rollout-requires-rollback', 'rollout-requires-monitoring', 'rollout-requires-communication', 'rollout-requires-prodlike-test', 'require-security-review', 'require-owner', 'lifecycle-date-passed', 'no-mode1-internet-exposure']);
      const fixable = before.findings.filter((f) => f.fixes && entityOnly.has(f.rule) && !f.related.includes('sys-60')).length;
      assert.ok(fixable > 40, `${fixable} fixable findings that do not name sys-60`);
      const unnamed = (rule: string): number => before.findings.filter((f) => f.rule === rule && !f.related.includes('sys-60')).length;
      const pilots = unnamed('rollout-requires-pilot');
      // The rules that report again (RuleContext.previous) their violations that do not name sys-60.
      const reportedAgain = pilots + unnamed('no-sync-passthrough-to-mode1') + unnamed('rollout-requires-communication') + unnamed('rollout-requires-monitoring') + unnamed('rollout-requires-rollback') + unnamed('rollout-requires-prodlike-test');
      assert.ok(pilots >= 10, `${pilots} pilot findings that do not name sys-60`);
      for (const typed of ['sys-60x', 'sys-60xy']) {
        const edited = text.replace('  - id: sys-60\n', `  - id: ${typed}\n`);
        const { result, counts } = await countWork(() => lint(edited, cache));
        const keptFixable = counts.get('rule:violation-kept-with-fixes') ?? 0;
        assert.ok(keptFixable >= fixable - 5, `${keptFixable} fixable violations kept of ~${fixable}`);
        // rollout-requires-pilot reports its unchanged violations again (RuleContext.previous) rather than making them.
        assert.ok((counts.get('rule:violation-reported-again') ?? 0) >= reportedAgain - 3, `${counts.get('rule:violation-reported-again')} reported again of ~${reportedAgain} (${pilots} pilot findings)`);
        // The kept fixes edit the new text where an uncached lint's do (allFindings compares them).
        assert.deepEqual(allFindings(result), allFindings(await lint(edited)));
      }
    });

    it('a rule may report a violation of the last lint again (RuleContext.previous): the pass-through rule makes none of its unchanged violations again', async () => {
      const { entry, files } = shapeUnder('/ws', shape('sync-mesh').build(300));
      const file = Object.keys(files).find((p) => /^systems:/m.test(files[p]))!;
      const ids = [...files[file].matchAll(/id: (app-\d+),/g)].map((m) => m[1]);
      const victim = ids[ids.length >> 1];
      const lintShape = (fs: Record<string, string>, c?: ParseCache) => lintLandscape(entry, memoryHost(fs), { cache: c, today: '2025-10-01' });
      const cache = new ParseCache();
      const first = await lintShape(files, cache);
      const passing = first.findings.filter((f) => f.rule === 'no-sync-passthrough-to-mode1');
      const unchanged = passing.filter((f) => !f.related.includes(victim)).length;
      assert.ok(unchanged > 200, `${unchanged} pass-through findings that do not name ${victim}`);
      for (const typed of ['x', 'xy']) {
        const edited = { ...files, [file]: files[file].replace(`id: ${victim},`, `id: ${victim}${typed},`) };
        assert.notEqual(edited[file], files[file]);
        const { result, counts } = await countWork(() => lintShape(edited, cache));
        const again = counts.get('rule:violation-reported-again') ?? 0;
        assert.ok(again >= unchanged - 5, `${again} reported again of ~${unchanged}`);
        const plain = (r: LintResult) => r.findings.map((f) => `${f.rule} ${f.span.start}-${f.span.end} ${f.message} ${JSON.stringify(f.relatedLocations)} ${JSON.stringify(f.data)}`);
        assert.deepEqual(plain(result), plain(await lintShape(edited)));
      }
    });

    it('a finding whose violation, severity and message are unchanged is the same object as before wherever the edit moved it, at its new offsets (kept-findings.ts); the others are made again', async () => {
      const cache = new ParseCache();
      const before = await lint(text, cache);
      const was = new Map(before.findings.map((f) => [f, f.span.start] as const));
      // Typed into a system in the middle: every finding below it moves by one character, the rollouts' among them.
      const at = text.indexOf('  - id: sys-60\n');
      const edited = text.replace('  - id: sys-60\n', '  - id: sys-60x\n');
      const { result, counts } = await countWork(() => lint(edited, cache));
      assert.deepEqual(allFindings(result), allFindings(await lint(edited)));
      const kept = result.findings.filter((f) => was.has(f));
      assert.equal(counts.get('rule:finding-kept'), kept.length);
      const unchanged = (f: LintResult['findings'][number]): boolean => !f.related.includes('sys-60') && !f.related.includes('sys-60x') && !f.rule.startsWith('core/') && f.rule !== 'no-duplicate-id';
      const below = result.findings.filter((f) => f.span.start > at + 20 && unchanged(f));
      const keptBelow = kept.filter((f) => f.span.start > at + 20);
      assert.ok(below.length > 60, `${below.length} findings below the edit`);
      assert.ok(below.filter((f) => f.rule.startsWith('rollout-')).length >= 40, 'rollout findings among them');
      // Not made again (the old engine made every one of them anew: its offsets had moved).
      assert.ok(keptBelow.length >= below.length - 5, `${keptBelow.length} of ${below.length} findings below the edit kept`);
      for (const f of keptBelow) assert.equal(f.span.start, was.get(f)! + 1, `${f.rule} ${f.message} moved with its node`);
      // Above the edit, kept where they were.
      const keptAbove = kept.filter((f) => f.span.end <= at);
      assert.ok(keptAbove.length > 10 && keptAbove.every((f) => was.get(f) === f.span.start), `${keptAbove.length} findings above the edit kept in place`);
      // Their related locations are not looked up again: the ids typed into are known, the other ids name what they named.
      assert.ok((counts.get('lint:related-located') ?? 0) < 60, `${counts.get('lint:related-located')} related ids located for ${kept.length} findings kept`);
      // Typed back: the same objects again, at their first offsets, equal to an uncached lint.
      const back = await lint(text, cache);
      assert.deepEqual(allFindings(back), allFindings(await lint(text)));
      assert.ok(back.findings.filter((f) => was.get(f) === f.span.start).length >= keptBelow.length + keptAbove.length - 10);
    });

    it('kept findings equal an uncached lint after random ids typed, lines added and removed, above and below them (many rollouts, property)', async () => {
      const { entry, files } = shapeUnder('/ws', shape('many-rollouts').build(40));
      const file = Object.keys(files).find((p) => /^systems:/m.test(files[p]))!;
      const lintShape = (t: string, c?: ParseCache): Promise<LintResult> => lintLandscape(entry, memoryHost({ ...files, [file]: t }), { cache: c, today: '2025-10-01' });
      const EDITS = ['type', 'untype', 'comment', 'blank', 'remove', 'system', 'rollout'] as const;
      const edit = fc.record({ line: fc.nat(), kind: fc.constantFrom(...EDITS) });
      let kept = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 2, maxLength: 6 }), async (steps) => {
          const cache = new ParseCache();
          const lines = files[file].split('\n');
          await lintShape(lines.join('\n'), cache);
          for (const s of steps) {
            const entries = lines.map((l, i) => (/^ {2}- \{ id: /.test(l) ? i : -1)).filter((i) => i >= 0);
            const i = entries[s.line % entries.length];
            if (s.kind === 'type') lines[i] = lines[i].replace(/id: ([\w-]+)/, 'id: $1x');
            else if (s.kind === 'untype') lines[i] = lines[i].replace(/id: ([\w-]+?)x?,/, 'id: $1,');
            else if (s.kind === 'comment') lines.splice(i, 0, '  # a comment line');
            else if (s.kind === 'blank') lines[i] = `${lines[i]}   `;
            else if (s.kind === 'remove' && entries.length > 4) lines.splice(i, 1);
            else if (s.kind === 'system') lines.splice(i, 0, '  - { id: sys-new, mode: mode1, owner: team-core, criticality: missionCritical }');
            else lines.splice(i, 0, '  - { id: ro-new, targets: [sys-3, sys-new], owner: team-core, start: 2026-03-01, strategy: big-bang }');
            const t = lines.join('\n');
            const { result, counts } = await countWork(() => lintShape(t, cache));
            kept += counts.get('rule:finding-kept') ?? 0;
            assert.deepEqual(allFindings(result), allFindings(await lintShape(t)));
          }
        }),
        { numRuns: 40, seed: 1204 },
      );
      assert.ok(kept > 1000, `${kept} findings kept over the runs`);
    });

    it('settings or the date changed: the rules run again', async () => {
      const cache = new ParseCache();
      const host = memoryHost({ [PATH]: text });
      const rulesOn = (await countWork(() => lintLandscape(PATH, host, { cache, asOf: '2025-10-01' }))).counts.get('rule:run')!;
      const later = await countWork(() => lintLandscape(PATH, host, { cache, asOf: '2031-01-01' }));
      assert.equal(later.counts.get('rule:run'), rulesOn);
      const off = await countWork(() => lintLandscape(PATH, host, { cache, asOf: '2031-01-01', settingsRules: { 'rollout-requires-pilot': 'off' } }));
      assert.equal(off.counts.get('rule:run'), rulesOn - 1);
      assert.ok(!off.result.findings.some((f) => f.rule === 'rollout-requires-pilot'));
      const same = await countWork(() => lintLandscape(PATH, host, { cache, asOf: '2031-01-01', settingsRules: { 'rollout-requires-pilot': 'off' } }));
      assert.equal(same.counts.get('rule:run'), undefined);
    });

    it('a result superseded by a later parse of its file offers no fixes (its nodes moved), the new one offers them at the new offsets', async () => {
      const cache = new ParseCache();
      const first = await lint(text, cache);
      const pilot = (r: LintResult) => r.findings.find((f) => f.rule === 'rollout-requires-monitoring' && f.subject === 'rox-3')!;
      const offered = fixesOf(first, pilot(first));
      assert.equal(offered.length, 1);
      const edited = text.replace('  - id: sys-60\n', '  - id: sys-60 # moved everything below by 14\n');
      const second = await lint(edited, cache);
      assert.deepEqual(fixesOf(first, pilot(first)), [], 'superseded');
      const now = fixesOf(second, pilot(second));
      assert.equal(now[0].edits[0].start, offered[0].edits[0].start + ' # moved everything below by 14'.length);
      assert.equal(now[0].edits[0].newText, offered[0].edits[0].newText);
    });
  });
});

describe('the schema results kept per entry text stay bounded', () => {
  it('holds at most twice what a lint uses (and a thousand more), however many different texts were typed', async () => {
    const cache = new ParseCache();
    let text = BASE;
    for (let i = 0; i < 1500; i++) {
      text = BASE.replace('    colour: red\n', `    colour: red-${i}\n`);
      await lint(text, cache);
    }
    const held = schemaEntriesOf(cache, PATH).held;
    assert.ok(held <= 2 * 6 + 1024 + 1, `${held} results held`);
    assert.ok(held > 6, 'results are kept');
    assert.deepEqual(allFindings(await lint(text, cache)), allFindings(await lint(text)));
  });
});
