/**
 * What a finding says about itself instead of its rule's name being known elsewhere (issue 11
 * item 5): which definition it is about (`subjectAt`), where to go from it (`navigation`), and
 * the core codes' one table (severities of the findings the core makes).
 */
import { strict as assert } from 'node:assert';
import { CORE_CODES, lintLandscape, memoryHost, subjectEntity } from '../../../src/core/index';
import { defineRule, type AnyRule } from '../../../src/core/rules/rule';
import { lintSnippet, SNIPPET_HEADER } from '../../helpers/lint-snippet';

const TWO_T = 'owners:\n  - { id: t, type: team }   # first\n  - { id: t, type: team }   # later\n';

describe('finding subject and navigation', () => {
  it("a duplicate id's finding names the later definition as its subject and offers the first to go to", async () => {
    const r = await lintSnippet(TWO_T);
    const [f] = r.findings.filter((x) => x.rule === 'no-duplicate-id');
    const first = r.text.indexOf('id: t') + 4;
    const later = r.text.lastIndexOf('id: t') + 4;
    assert.deepEqual(f.subjectAt, { file: '/ws/landscape.yaml', offset: later });
    assert.deepEqual(f.navigation, [{ title: 'Go to first definition', file: '/ws/landscape.yaml', span: { start: first, end: first + 1 } }]);
    const entity = subjectEntity(r.landscape, f);
    assert.equal(entity, r.landscape.duplicates[0]);
    assert.notEqual(entity, r.landscape.byId.get('t'));
  });

  it('without subjectAt the subject is the first entity with the id; core findings have none', async () => {
    const r = await lintSnippet('systems:\n  - { id: a, mode: mode2 }\n  - { id: a, mode: mode2 }\nbogus: 1\n');
    const owner = r.findings.find((x) => x.rule === 'require-owner')!;
    assert.equal(owner.subjectAt, undefined);
    assert.equal(subjectEntity(r.landscape, owner), r.landscape.byId.get('a'));
    assert.equal(subjectEntity(r.landscape, r.findings.find((x) => x.rule === 'core/unknown-property')!), undefined);
  });

  // Suppressions follow what the finding says, whatever the rule: a rule of a test reports
  // about the later of two owners `t` and is suppressed by that owner's own entry.
  const aboutLater: AnyRule = defineRule({
    meta: { id: 'test-about-later', category: 'integrity', defaultSeverity: 'warn', description: 'Reports the later of two equal ids.', rationale: 'A test.', docs: 'A test.', fixable: false, messages: { later: 'about the later {{id}}' } },
    check(ctx) {
      const later = ctx.landscape.duplicates[0];
      if (later) ctx.report({ subject: later.id, related: [later.id], file: later.file, span: later.idSpan, messageId: 'later', messageData: { id: later.id }, subjectAt: { file: later.file, offset: later.idSpan.start } });
    },
  });

  it("suppressions are read from the definition a finding names, for any rule", async () => {
    const text = `${SNIPPET_HEADER}owners:\n  - { id: t, type: team }\n  - { id: t, type: team, suppress: [{ rule: test-about-later, reason: "known" }] }\n`;
    const r = await lintLandscape('/ws/landscape.yaml', memoryHost({ '/ws/landscape.yaml': text }), { rules: [aboutLater] });
    assert.deepEqual(r.findings.map((f) => f.rule), []);
    assert.deepEqual(r.suppressed.map((f) => f.message), ['about the later t']);
    const plain = await lintLandscape('/ws/landscape.yaml', memoryHost({ '/ws/landscape.yaml': text.replace(', suppress: [{ rule: test-about-later, reason: "known" }]', '') }), { rules: [aboutLater] });
    assert.deepEqual(plain.findings.map((f) => `${f.rule}:${f.severity}`), ['test-about-later:warn']);
  });

  it("every core finding has its code's severity from the one table", async () => {
    const r = await lintSnippet('lint: { rules: { no-such-rule: error } }\nimports: [./missing.yaml]\nsystems:\n  - { id: a, mode: mode3, owner: t, colour: red, suppress: [{ rule: require-owner, reason: "x" }] }\nowners: [{ id: t, type: team }]\n');
    const core = r.findings.filter((f) => f.rule.startsWith('core/'));
    assert.deepEqual([...new Set(core.map((f) => f.rule))].sort(), ['core/import-not-found', 'core/invalid-config', 'core/schema', 'core/unknown-property', 'core/unused-suppression']);
    for (const f of core) assert.equal(f.severity, CORE_CODES[f.rule as keyof typeof CORE_CODES].severity, f.rule);
  });
});
