/**
 * The core of review mode (issue 12): two lint results compared by kind and id, by edge
 * (from, to, via) and by finding identity (rule, subject, related ids), never by line.
 */
import { strict as assert } from 'node:assert';
import { diffLandscapes, lintLandscape, memoryHost, type LintResult } from '../../../src/core/index';
import { generateLandscape } from '../../../bench/generate';
import { assertNearLinear } from '../../helpers/complexity';

const HEADER = 'apiVersion: landscape/v1\nkind: Landscape\nmetadata: { name: t, asOf: 2026-02-01 }\n';
const OWNERS = 'owners:\n  - { id: cio, type: executive }\n  - { id: team, type: team, parent: cio }\n';

async function lint(text: string, files: Record<string, string> = {}): Promise<LintResult> {
  return lintLandscape('/ws/landscape.yaml', memoryHost({ '/ws/landscape.yaml': text, ...files }), { today: '2026-02-01' });
}

const BASE = `${HEADER}${OWNERS}systems:
  - { id: core, mode: mode1, owner: team, criticality: businessCritical }
  - { id: acl, mode: gearbox, owner: team, consumes: [core-api] }
  - { id: app, mode: mode2, owner: team, consumes: [acl-api] }
  - { id: old, mode: mode2, owner: team, dependsOn: [acl] }
apis:
  - { id: core-api, provider: core, type: openapi }
  - { id: acl-api, provider: acl, type: openapi }
`;

describe('review: diffLandscapes', () => {
  it('added, removed and changed entities and dependencies, classified by the modes they join', async () => {
    const base = await lint(BASE);
    // app now calls core directly and synchronously, old is gone, acl's API turns async, core changes criticality.
    const head = await lint(`${HEADER}${OWNERS}systems:
  - { id: core, mode: mode1, owner: team, criticality: missionCritical }
  - { id: acl, mode: gearbox, owner: team, consumes: [core-api] }
  - { id: app, mode: mode2, owner: team, consumes: [acl-api, core-api] }
apis:
  - { id: core-api, provider: core, type: openapi }
  - { id: acl-api, provider: acl, type: asyncapi }
`);
    const d = diffLandscapes(base, head);
    assert.deepEqual(d.entities, {
      added: [],
      removed: [{ kind: 'system', id: 'old' }],
      changed: [
        { kind: 'system', id: 'app', fields: [{ field: 'consumes', before: ['acl-api'], after: ['acl-api', 'core-api'] }] },
        { kind: 'system', id: 'core', fields: [{ field: 'criticality', before: 'businessCritical', after: 'missionCritical' }] },
        { kind: 'api', id: 'acl-api', fields: [{ field: 'type', before: 'openapi', after: 'asyncapi' }] },
      ],
    });
    assert.deepEqual(d.dependencies, {
      added: [{ from: 'app', to: 'core', via: 'core-api', interaction: 'sync', modes: 'mode2→mode1', crossing: true }],
      removed: [{ from: 'old', to: 'acl', via: null, interaction: 'sync', modes: 'mode2→gearbox', crossing: true }],
      changed: [{ from: 'app', to: 'acl', via: 'acl-api', interaction: 'async', modes: 'mode2→gearbox', crossing: true, before: { interaction: 'sync', modes: 'mode2→gearbox', crossing: true } }],
    });
    assert.deepEqual(d.touched, ['acl', 'app', 'core', 'old']);
    assert.deepEqual(d.figures.base.systems, { mode1: 1, gearbox: 1, mode2: 2, none: 0 });
    assert.deepEqual(d.figures.head.systems, { mode1: 1, gearbox: 1, mode2: 1, none: 0 });
    assert.deepEqual([d.figures.base.dependencies, d.figures.base.acrossSpeeds, d.figures.head.dependencies, d.figures.head.acrossSpeeds], [3, 3, 3, 3]);
    assert.deepEqual(d.figures.base.syncMode2ToMode1, { direct: 0, throughGearbox: 2 }); // app and old, each over acl
    assert.deepEqual(d.figures.head.syncMode2ToMode1, { direct: 1, throughGearbox: 0 });
    assert.deepEqual(d.figures.head.coupling, [
      { id: 'acl', ca: 1, ce: 1, instability: 0.5 },
      { id: 'app', ca: 0, ce: 2, instability: 1 },
      { id: 'core', ca: 2, ce: 0, instability: 0 },
    ]);
    assert.deepEqual(d.figures.base.coupling.map((c) => c.id), ['acl', 'app', 'core', 'old']);
    // The direct Mode-2 → Mode-1 dependency is a new finding; the pass-through over acl is fixed.
    assert.deepEqual(d.findings.new.map((f) => [f.rule, f.subject, f.related]), [['no-direct-mode2-to-mode1', 'app', ['app', 'core-api', 'core']]]);
    assert.deepEqual(d.findings.fixed.map((f) => [f.rule, f.subject]), [['no-sync-passthrough-to-mode1', 'app'], ['mode-owner-alignment', 'old'], ['no-sync-passthrough-to-mode1', 'old']]);
  });

  it('findings are matched by rule, subject and related ids, not by line: a system moved down and to another file', async () => {
    const base = await lint(BASE);
    // The same landscape with comments above everything and `old` moved to a fragment.
    const moved = BASE.replace('  - { id: old, mode: mode2, owner: team, dependsOn: [acl] }\n', '');
    const head = await lint(`# a comment\n# another\n${moved}imports: [./more.yaml]\n`, {
      '/ws/more.yaml': 'apiVersion: landscape/v1\nkind: LandscapeFragment\nsystems:\n  - { id: old, mode: mode2, owner: team, dependsOn: [acl] }\n',
    });
    const d = diffLandscapes(base, head);
    assert.ok(base.findings.length > 0);
    assert.deepEqual(d.findings, { new: [], fixed: [], unchanged: base.findings.length });
    assert.deepEqual(d.entities, { added: [], removed: [], changed: [{ kind: 'system', id: 'old', fields: [{ field: 'file', before: 'landscape.yaml', after: 'more.yaml' }] }] });
    assert.deepEqual(d.dependencies, { added: [], removed: [], changed: [] });
    assert.deepEqual(d.touched, ['old']);
  });

  it('an empty base (null): everything is added, every finding new', async () => {
    const head = await lint(BASE);
    const d = diffLandscapes(null, head);
    assert.deepEqual(d.entities.added.map((e) => `${e.kind}:${e.id}`), ['owner:cio', 'owner:team', 'system:acl', 'system:app', 'system:core', 'system:old', 'api:acl-api', 'api:core-api']);
    assert.equal(d.dependencies.added.length, 3);
    assert.equal(d.findings.new.length, head.findings.length);
    assert.deepEqual(d.figures.base, { systems: { mode1: 0, gearbox: 0, mode2: 0, none: 0 }, dependencies: 0, acrossSpeeds: 0, syncMode2ToMode1: { direct: 0, throughGearbox: 0 }, coupling: [] });
  });

  it('the same landscape: no change at all', async () => {
    const a = await lint(BASE);
    const b = await lint(BASE);
    const d = diffLandscapes(a, b);
    assert.deepEqual([d.entities, d.dependencies, d.touched, d.findings.new, d.findings.fixed], [{ added: [], removed: [], changed: [] }, { added: [], removed: [], changed: [] }, [], [], []]);
  });

  it('complexity: the matching work grows near-linearly with the landscape (a generated landscape against itself minus a tenth)', async () => {
    const results = new Map<number, [LintResult, LintResult]>();
    for (const n of [500, 2000]) {
      const text = generateLandscape(n);
      const head = await lintLandscape('/ws/l.yaml', memoryHost({ '/ws/l.yaml': text }), { today: '2026-02-01' });
      // Every tenth system line dropped: removed systems, dangling references, changed findings.
      let i = 0;
      const cut = text.split('\n').filter((l) => !(l.startsWith('  - id: sys-') && i++ % 10 === 0)).join('\n');
      const base = await lintLandscape('/ws/l.yaml', memoryHost({ '/ws/l.yaml': cut }), { today: '2026-02-01' });
      results.set(n, [base, head]);
    }
    await assertNearLinear(['review:entity', 'review:edge', 'review:finding'], (n) => {
      const [base, head] = results.get(n)!;
      const d = diffLandscapes(base, head);
      assert.ok(d.entities.added.length > 0 && d.findings.new.length + d.findings.fixed.length > 0);
    }, [500, 2000]);
  });
});
