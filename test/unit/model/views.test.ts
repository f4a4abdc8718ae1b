/**
 * Saved views (`views:`, src/core/model/views.ts, src/core/lint/view-check.ts): the schema
 * places a wrong key or value at it, an unknown id or a repeated name is a core/invalid-view
 * warning at it, the systems a view picks, and views never change what the rules report.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lintLandscape, readViews, viewSystems, type Finding, type LintResult } from '../../../src/core/index';
import { nodeHost, toCorePath } from '../../../src/cli/node-host';
import { lintSnippet } from '../../helpers/lint-snippet';

const BODY = `owners:
  - { id: team-a, type: team }
  - { id: team-b, type: team }
domains: [{ id: payments }, { id: lending }]
systems:
  - { id: core, mode: mode1, owner: team-a, domain: payments, tags: [erp] }
  - { id: acl, mode: gearbox, owner: team-a, domain: payments, dependsOn: [core] }
  - { id: web, mode: mode2, owner: team-b, domain: lending, dependsOn: [acl] }
  - { id: sheet, mode: mode2, owner: team-b, governance: shadow, dependsOn: [{ system: core, interaction: async }] }
  - { id: far, mode: mode2, owner: team-b, dependsOn: [web] }
`;

/** Each finding as rule@located text: message. */
function located(r: LintResult & { text: string }, rule: string): string[] {
  return r.findings.filter((f) => f.rule === rule).map((f) => `${r.text.slice(f.span.start, f.span.end)}: ${f.severity}: ${f.message}`);
}

describe('saved views', () => {
  it('picks systems by include (every criterion), exclude (any), focus (its neighbourhood, kept)', async () => {
    const r = await lintSnippet(`${BODY}views:
  - { name: payments, include: { domains: [payments] } }
  - { name: team-b-sanctioned, include: { owners: [team-b] }, exclude: { governance: [shadow] } }
  - { name: two, include: { modes: [mode2, mode1], owners: [team-a] } }
  - { name: tagged, include: { tags: [erp] } }
  - { name: listed, include: { systems: [web, core] }, grouping: none }
  - { name: around-acl, focus: { system: acl }, exclude: { systems: [acl, core] } }
  - { name: down-core, focus: { system: core, depth: 3, direction: down }, include: { modes: [mode2] } }
  - { name: everything }
`);
    assert.deepEqual(r.findings.filter((f) => f.rule.startsWith('core/')), []);
    const { views } = readViews(r.landscape);
    const picked = Object.fromEntries(views.map((v) => {
      const s = viewSystems(r.landscape, v);
      return [v.name, s instanceof Map ? [...s].map(([id, d]) => `${id}@${d}`) : [...s]];
    }));
    assert.deepEqual(picked, {
      'payments': ['core', 'acl'],
      'team-b-sanctioned': ['web', 'far'],
      'two': ['core'],
      'tagged': ['core'],
      'listed': ['core', 'web'],
      'around-acl': ['acl@0', 'web@1'],
      'down-core': ['core@0', 'web@2', 'sheet@1', 'far@3'],
      'everything': ['core', 'acl', 'web', 'sheet', 'far'],
    });
    assert.deepEqual(views.map((v) => v.grouping), ['auto', 'auto', 'auto', 'auto', 'none', 'auto', 'auto', 'auto']);
  });

  it('reports unknown ids and repeated names as core/invalid-view warnings at them, with a did-you-mean', async () => {
    const r = await lintSnippet(`${BODY}views:
  - { name: v1, include: { domains: [payment], owners: [team-c], systems: [wbe] }, focus: { system: nowhere-at-all } }
  - { name: v1, include: { systems: [web] } }
`);
    assert.deepEqual(located(r, 'core/invalid-view'), [
      "payment: warn: View 'v1' names domain 'payment', which the landscape does not have; did you mean 'payments'?",
      "team-c: warn: View 'v1' names owner 'team-c', which the landscape does not have; did you mean 'team-a'?",
      "wbe: warn: View 'v1' names system 'wbe', which the landscape does not have; did you mean 'web'?",
      "nowhere-at-all: warn: View 'v1' names system 'nowhere-at-all', which the landscape does not have.",
      "v1: warn: A view named 'v1' is defined earlier; this one is ignored. Give it another name.",
    ]);
    // No rule reads views: an unknown id there is no dangling reference.
    assert.deepEqual(r.findings.filter((f) => f.rule === 'no-dangling-reference'), []);
    // The first view of the name is the one drawn; an unknown focus picks nothing, never throws.
    const { views } = readViews(r.landscape);
    assert.deepEqual(views.map((v) => v.name), ['v1']);
    assert.deepEqual([...viewSystems(r.landscape, views[0])], []);
  });

  it('places a wrong key or value where it is (the schema), and survives any shape', async () => {
    const r = await lintSnippet(`${BODY}views:
  - { name: v1, inclde: { modes: [mode1] } }
  - { name: v2, include: { modes: [mode3] }, grouping: teams }
  - { name: v3, focus: { system: core, depth: 4 } }
  - { title: no name }
  - just-a-string
  - { name: v4, include: [core], exclude: 7, focus: core }
`);
    assert.deepEqual(located(r, 'core/unknown-property').map((s) => s.split(':')[0]), ['inclde']);
    const schema = r.findings.filter((f) => f.rule === 'core/schema').map((f) => r.text.slice(f.span.start, f.span.end));
    assert.deepEqual(schema, ['mode3', 'teams', '4', 'title', 'just-a-string', '[core]', '7', 'core']);
    const { views } = readViews(r.landscape);
    assert.deepEqual(views.map((v) => `${v.name}:${v.focus ? `${v.focus.system}/${v.focus.depth}` : '-'}`), ['v1:-', 'v2:-', 'v3:core/1', 'v4:-']);
    for (const v of views) viewSystems(r.landscape, v);
  });

  for (const entry of ['examples/fjordbank/landscape.yaml', 'test/fixtures/spec-examples/nordhem-retail/landscape.yaml']) {
    it(`leaves every finding as it was: ${entry} with and without views`, async () => {
      const root = path.resolve(__dirname, '../../..');
      const src = path.dirname(path.join(root, entry));
      const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-views-'));
      cpSync(src, dir, { recursive: true });
      const file = path.join(dir, path.basename(entry));
      const lint = (): Promise<LintResult> => lintLandscape(toCorePath(file), nodeHost, { today: '2026-02-01' });
      const shown = (fs: Finding[]): string[] => fs.map((f) => `${f.rule} ${f.severity} ${f.file} ${f.span.start}-${f.span.end} ${f.message}`);
      // The example's own views (at the end of the entry file) are left out first: without any views, then with its own, then with the test's.
      const own = readFileSync(file, 'utf8');
      const text = own.replace(/\n(?:#[^\n]*\n)*views:\n[\s\S]*$/, '\n');
      writeFileSync(file, text);
      const before = await lint();
      if (text !== own) {
        writeFileSync(file, own);
        const withOwn = await lint();
        assert.deepEqual(shown(withOwn.findings), shown(before.findings), 'the example\'s own views change no finding');
        assert.ok(readViews(withOwn.landscape).views.length > 0);
        writeFileSync(file, text);
      }
      const l = before.landscape;
      const first = l.systems[0], shadow = l.systems.find((s) => s.governance === 'shadow') ?? first;
      writeFileSync(file, `${text}${text.endsWith('\n') ? '' : '\n'}views:
  - { name: record, include: { modes: [mode1], owners: [${first.owner?.id ?? 'x'}] }, exclude: { governance: [shadow] } }
  - { name: around, focus: { system: ${first.id}, depth: 2 }, grouping: none }
  - { name: shadow, include: { systems: [${shadow.id}], governance: [shadow] }, grouping: domains }
`);
      const after = await lint();
      assert.ok(before.findings.length > 10, `${before.findings.length} findings`);
      assert.deepEqual(shown(after.findings), shown(before.findings));
      assert.equal(readViews(after.landscape).views.length, 3);
    });
  }
});
