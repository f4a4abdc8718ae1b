import { strict as assert } from 'node:assert';
import { lintFiles, lintSnippet } from '../../helpers/lint-snippet';

const orphan = 'systems:\n  - { id: lonely, mode: mode2, owner: t }\n';
const sevOf = async (lint: string, extra: Record<string, string> = {}, opts = {}): Promise<string[]> => {
  const r = await lintFiles({ '/ws/landscape.yaml': `apiVersion: landscape/v1\n${lint}\n${orphan}`, ...extra }, '/ws/landscape.yaml', opts);
  return r.findings.filter((f) => f.rule === 'require-owner' || f.rule === 'no-orphan-system' || f.rule.startsWith('core/')).map((f) => `${f.rule}:${f.severity}`);
};

describe('configuration (SPEC §2.6)', () => {
  it('accepts every severity form', async () => {
    for (const [form, expected] of [['off', []], ['"off"', []], ['false', []], ['0', []], ['1', ['warn']], ['2', ['error']], ['info', ['info']], ['warn', ['warn']], ['error', ['error']], ['[error, {}]', ['error']]] as const) {
      const r = await lintSnippet(`lint: { rules: { require-owner: ${form} } }\nsystems:\n  - { id: x, mode: mode2 }\n`);
      assert.deepEqual(r.findings.filter((f) => f.rule === 'require-owner').map((f) => f.severity), expected, `form ${form}`);
      assert.deepEqual(r.findings.filter((f) => f.rule === 'core/invalid-config'), [], `form ${form}`);
    }
  });

  it('reports unknown rules, bad severities and bad options as core/invalid-config at the offending node', async () => {
    const body = 'lint:\n  rules:\n    no-such-rule: warn\n    require-owner: loud\n    max-fan-out: [warn, { maxx: 3 }]\n    no-orphan-system: [warn, { }, 3]\n';
    const r = await lintSnippet(body);
    const bad = r.findings.filter((f) => f.rule === 'core/invalid-config').map((f) => r.text.slice(f.span.start, f.span.end));
    assert.deepEqual(bad, ['no-such-rule', 'loud', 'maxx', '[warn, { }, 3]']);
    assert.ok(r.findings.every((f) => f.rule !== 'core/invalid-config' || f.severity === 'error'));
  });

  it('validates option values against the rule schema', async () => {
    const r = await lintSnippet('lint:\n  rules:\n    max-fan-out: [warn, { max: "seven" }]\n');
    const f = r.findings.filter((x) => x.rule === 'core/invalid-config');
    assert.equal(f.length, 1);
    assert.equal(r.text.slice(f[0].span.start, f[0].span.end), '"seven"');
  });

  it('presets: none turns everything off, strict makes everything an error', async () => {
    assert.deepEqual(await sevOf('lint: { extends: none }'), []);
    const strict = await sevOf('lint: { extends: strict }');
    assert.ok(strict.length > 0 && strict.every((s) => s.endsWith(':error')), strict.join());
  });

  it('extends a ruleset file that extends a preset; rules override it; overrides win last', async () => {
    const files = {
      '/ws/gov/ruleset.yaml': 'extends: none\nrules:\n  require-owner: warn\n',
    };
    const r = await lintFiles({
      '/ws/landscape.yaml': 'apiVersion: landscape/v1\nimports: [./legacy/old.yaml]\nlint:\n  extends: ./gov/ruleset.yaml\n  overrides:\n    - files: ["legacy/*.yaml"]\n      rules: { require-owner: error }\nsystems:\n  - { id: a, mode: mode2 }\n',
      '/ws/legacy/old.yaml': 'apiVersion: landscape/v1\nsystems:\n  - { id: b, mode: mode2 }\n',
      ...files,
    });
    const got = r.findings.filter((f) => !f.rule.startsWith('core/')).map((f) => `${f.rule}:${f.subject}:${f.severity}`);
    assert.deepEqual(got, ['require-owner:a:warn', 'require-owner:b:error']);
  });

  it('reports a missing ruleset file and an extends cycle', async () => {
    const missing = await lintFiles({ '/ws/landscape.yaml': 'apiVersion: landscape/v1\nlint: { extends: ./nope.yaml }\n' });
    assert.ok(missing.findings.some((f) => f.rule === 'core/invalid-config' && /not found/.test(f.message)));
    const cyc = await lintFiles({
      '/ws/landscape.yaml': 'apiVersion: landscape/v1\nlint: { extends: ./a.yaml }\n',
      '/ws/a.yaml': 'extends: ./b.yaml\n',
      '/ws/b.yaml': 'extends: ./a.yaml\n',
    });
    assert.ok(cyc.findings.some((f) => f.rule === 'core/invalid-config' && /cycle/.test(f.message)));
  });

  it('editor settings override the file', async () => {
    const r = await lintSnippet('lint: { rules: { require-owner: error } }\nsystems:\n  - { id: x, mode: mode2 }\n', { settingsRules: { 'require-owner': 'info' } });
    assert.deepEqual(r.findings.filter((f) => f.rule === 'require-owner').map((f) => f.severity), ['info']);
  });

  it('suppress removes the subject\'s violation; expired or unused suppressions are reported as info', async () => {
    const body = 'systems:\n  - id: x\n    mode: mode2\n    suppress:\n      - { rule: require-owner, reason: "being transferred" }\n      - { rule: no-shadow-it, reason: "not shadow" }\n  - id: y\n    mode: mode2\n    suppress: [{ rule: require-owner, reason: old, until: 2025-01-01 }]\n';
    const r = await lintSnippet(body);
    assert.deepEqual(r.findings.filter((f) => f.rule === 'require-owner').map((f) => f.subject), ['y']);
    assert.equal(r.suppressed.filter((f) => f.rule === 'require-owner').length, 1);
    const notes = r.findings.filter((f) => f.rule === 'core/unused-suppression');
    assert.deepEqual(notes.map((f) => [f.severity, f.subject]), [['info', 'x'], ['info', 'y']]);
    assert.match(notes[1].message, /expired/);
  });
});
