/**
 * Fixes that insert a skeleton or a suppression mark the blanks the user fills in
 * (editors put tab stops there); the plain text stays what fix-all and the CLI insert.
 */
import { strict as assert } from 'node:assert';
import { fixesOf, suppressEdit, type TextEdit } from '../../../src/core/index';
import { skeleton } from '../../../src/core/rules/locate';
import { applyEdits, lintSnippet } from '../../helpers/lint-snippet';

/** The edit's text with each placeholder shown as ‹its text›. */
function marked(e: TextEdit): string {
  let out = '';
  let from = 0;
  for (const p of e.placeholders ?? []) {
    out += `${e.newText.slice(from, p.start)}‹${e.newText.slice(p.start, p.end)}›`;
    from = p.end;
  }
  return out + e.newText.slice(from);
}

const ROLLOUT = `owners: [{ id: t, type: team }]
systems: [{ id: s, mode: mode2, owner: t, criticality: missionCritical }]
rollouts:
  - id: ro
    targets: [s]
    strategy: big-bang
`;

describe('fix placeholders', () => {
  it('skeleton() reads ‹› blanks and ‹default› text', () => {
    assert.deepEqual(skeleton('{ dashboards: [‹›], alerting: ‹true› }'), {
      text: '{ dashboards: [], alerting: true }',
      placeholders: [{ start: 15, end: 15 }, { start: 28, end: 32 }],
    });
    assert.deepEqual(skeleton('plain'), { text: 'plain', placeholders: [] });
  });

  it('the rollout skeletons mark every blank, in a block mapping', async () => {
    const r = await lintSnippet(ROLLOUT);
    const byKind = new Map(r.findings.flatMap((f) => fixesOf(r, f)).map((f) => [f.kind, f.edits[0]]));
    assert.equal(marked(byKind.get('insert-monitoring')!), '\n    monitoring: { dashboards: [‹›], alerting: ‹true› }');
    assert.equal(marked(byKind.get('insert-rollback')!), '\n    rollback: { plan: "‹›", tested: ‹false› }');
    assert.equal(marked(byKind.get('insert-communicationPlan')!), '\n    communicationPlan: { audiences: [‹›], leadTimeDays: ‹›}');
    assert.equal(marked(byKind.get('insert-pilot')!), '\n    pilot: { scope: "‹›", durationDays: ‹›}');
  });

  it('in a flow mapping the placeholders follow the ", key: " prefix', async () => {
    const r = await lintSnippet('owners: [{ id: t, type: team }]\nsystems: [{ id: s, mode: mode2, owner: t }]\nrollouts:\n  - { id: ro, targets: [s], strategy: canary }\n');
    const e = r.findings.flatMap((f) => fixesOf(r, f)).find((f) => f.kind === 'insert-monitoring')!.edits[0];
    assert.equal(marked(e), ', monitoring: { dashboards: [‹›], alerting: ‹true› }');
  });

  it('require-owner and require-security-review leave their values as placeholders', async () => {
    const r = await lintSnippet('systems:\n  - { id: s, mode: mode2, exposure: internet }\n');
    const owner = fixesOf(r, r.findings.find((f) => f.rule === 'require-owner')!)[0].edits[0];
    assert.equal(marked(owner), ', owner: ‹›');
    const security = fixesOf(r, r.findings.find((f) => f.rule === 'require-security-review')!)[0]?.edits[0];
    assert.ok(security, r.findings.map((f) => f.rule).join());
    assert.equal(marked(security), ', security: { lastReview: ‹›, reviewedBy: ‹›}');
  });

  it('a suppression selects its TODO reason', async () => {
    const r = await lintSnippet('owners: [{ id: t, type: team }]\nsystems:\n  - id: s\n    mode: mode2\n    owner: t\n');
    const text = r.files[0].text;
    const e = suppressEdit(text, r.landscape.byId.get('s')!, 'no-orphan-system');
    assert.equal(marked(e), '\n    suppress: [{ rule: no-orphan-system, reason: "‹TODO: why this is accepted›" }]');
  });

  it('a suppress key without a list gets the list after its colon, not a second suppress key', async () => {
    const r = await lintSnippet('owners: [{ id: t, type: team }]\nsystems:\n  - { id: s, mode: mode2, owner: t, suppress: }\n');
    const text = r.files[0].text;
    const e = suppressEdit(text, r.landscape.byId.get('s')!, 'no-orphan-system');
    assert.equal(applyEdits(text, [e]).slice(text.indexOf('  - {')), '  - { id: s, mode: mode2, owner: t, suppress: [{ rule: no-orphan-system, reason: "TODO: why this is accepted" }] }\n');
  });
});
