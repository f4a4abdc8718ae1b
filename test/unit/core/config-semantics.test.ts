/**
 * SPEC §2.6 in detail: presets, severity forms, `[severity, options]` merged over the rule
 * defaults, overrides by glob on the path relative to the entry (later entries win),
 * entity suppressions with `until`, unused suppressions, and "today" (--as-of,
 * metadata.asOf of the entry file, the current date).
 */
import { strict as assert } from 'node:assert';
import { lintFiles, lintSnippet } from '../../helpers/lint-snippet';
import { today, type LintResult } from '../../../src/core/index';

const H = 'apiVersion: landscape/v1\n';
/** `rule:subject:severity` of the rule findings (core/* left out), sorted. */
const got = (r: LintResult, rules?: string[]): string[] =>
  r.findings.filter((f) => !f.rule.startsWith('core/') && (!rules || rules.includes(f.rule))).map((f) => `${f.rule}:${f.subject}:${f.severity}`).sort();
const core = (r: LintResult, rule: string): string[] => r.findings.filter((f) => f.rule === rule).map((f) => `${f.subject}:${f.severity}`);

describe('configuration semantics (SPEC §2.6)', () => {
  describe('overrides', () => {
    // Two owner-less systems: one in the entry, one in a fragment.
    const files = (lint: string, fragment = 'legacy/old.yaml'): Record<string, string> => ({
      '/ws/landscape.yaml': `${H}imports: [./${fragment}]\nlint:\n${lint}\nsystems:\n  - { id: a, mode: mode2 }\n`,
      [`/ws/${fragment}`]: `${H}systems:\n  - { id: b, mode: mode2 }\n`,
    });

    it('a glob is matched against the whole path relative to the entry file', async () => {
      const base = await lintFiles(files('  overrides:\n    - files: ["old.yaml"]\n      rules: { require-owner: "off" }'));
      assert.deepEqual(got(base, ['require-owner']), ['require-owner:a:error', 'require-owner:b:error'], 'old.yaml does not match legacy/old.yaml');
      const deep = await lintFiles(files('  overrides:\n    - files: ["**/old.yaml"]\n      rules: { require-owner: "off" }'));
      assert.deepEqual(got(deep, ['require-owner']), ['require-owner:a:error']);
      const dotted = await lintFiles(files('  overrides:\n    - files: ["./legacy/*.yaml"]\n      rules: { require-owner: 1 }'));
      assert.deepEqual(got(dotted, ['require-owner']), ['require-owner:a:error', 'require-owner:b:warn']);
      const star = await lintFiles(files('  overrides:\n    - files: ["*.yaml"]\n      rules: { require-owner: info }'));
      assert.deepEqual(got(star, ['require-owner']), ['require-owner:a:info', 'require-owner:b:error'], '*.yaml matches the entry only');
    });

    it('globs are relative to the entry file, wherever the entry is', async () => {
      const r = await lintFiles({
        '/ws/arch/landscape.yaml': `${H}imports: [./shadow-it.yaml]\nlint:\n  overrides:\n    - files: [shadow-it.yaml]\n      rules: { no-shadow-it: info }\nowners: [{ id: t, type: team }]\nsystems:\n  - { id: a, mode: mode2, owner: t, governance: shadow, dependsOn: [b] }\n`,
        '/ws/arch/shadow-it.yaml': `${H}systems:\n  - { id: b, mode: mode2, owner: t, governance: shadow, dependsOn: [a] }\n`,
      }, '/ws/arch/landscape.yaml');
      assert.deepEqual(got(r, ['no-shadow-it']), ['no-shadow-it:a:warn', 'no-shadow-it:b:info']);
    });

    it('later overrides win; every matching override applies in order', async () => {
      const r = await lintFiles(files('  rules: { require-owner: warn }\n  overrides:\n    - files: ["legacy/**"]\n      rules: { require-owner: 2, no-orphan-system: info }\n    - files: ["legacy/old.yaml"]\n      rules: { require-owner: info }\n    - files: ["nothing/*.yaml"]\n      rules: { require-owner: "off" }'));
      assert.deepEqual(got(r, ['require-owner', 'no-orphan-system']), ['no-orphan-system:a:warn', 'no-orphan-system:b:info', 'require-owner:a:warn', 'require-owner:b:info']);
    });

    it('extends none: a rule enabled only by an override runs for that file only', async () => {
      const r = await lintFiles(files('  extends: none\n  overrides:\n    - files: ["legacy/*.yaml"]\n      rules: { require-owner: [warn] }'));
      assert.deepEqual(got(r), ['require-owner:b:warn']);
    });

    it('options: [severity, options] is merged over the rule defaults; a bare severity keeps the options', async () => {
      // bff has three targets: a mode2, g gearbox, c mode2.
      const land = (lint: string): Record<string, string> => ({
        '/ws/landscape.yaml': `${H}imports: [./legacy.yaml]\nlint:\n${lint}\nowners: [{ id: t, type: team }]\nsystems:\n  - { id: bff, mode: mode2, owner: t, dependsOn: [a, g, c] }\n  - { id: a, mode: mode2, owner: t }\n  - { id: g, mode: gearbox, owner: t, dependsOn: [a, c] }\n  - { id: c, mode: mode2, owner: t }\n`,
        '/ws/legacy.yaml': `${H}systems:\n  - { id: old, mode: mode2, owner: t, dependsOn: [a, c] }\n`,
      });
      const fan = async (lint: string): Promise<string[]> => got(await lintFiles(land(lint)), ['max-fan-out']);
      assert.deepEqual(await fan('  rules:\n    max-fan-out: [warn, { max: 1, ignoreModes: [] }]'), ['max-fan-out:bff:warn', 'max-fan-out:g:warn', 'max-fan-out:old:warn']);
      // The override's options replace the base options and fall back to the defaults (ignoreModes: [gearbox]).
      assert.deepEqual(await fan('  rules:\n    max-fan-out: [warn, { max: 1, ignoreModes: [] }]\n  overrides:\n    - files: [landscape.yaml]\n      rules: { max-fan-out: [error, { max: 2 }] }'), ['max-fan-out:bff:error', 'max-fan-out:old:warn']);
      // A severity alone keeps the options of the earlier layer.
      assert.deepEqual(await fan('  rules:\n    max-fan-out: [warn, { max: 1, ignoreModes: [] }]\n  overrides:\n    - files: [legacy.yaml]\n      rules: { max-fan-out: 2 }'), ['max-fan-out:bff:warn', 'max-fan-out:g:warn', 'max-fan-out:old:error']);
    });

    it('editor settings (landscape.rules) win over the lint block, overrides included (SPEC §5.3)', async () => {
      const r = await lintFiles(files('  overrides:\n    - files: ["legacy/*.yaml"]\n      rules: { require-owner: info }'), '/ws/landscape.yaml', { settingsRules: { 'require-owner': 'warn' } });
      assert.deepEqual(got(r, ['require-owner']), ['require-owner:a:warn', 'require-owner:b:warn']);
    });

    it('invalid severities and options inside overrides are core/invalid-config', async () => {
      const r = await lintFiles(files('  overrides:\n    - files: ["legacy/*.yaml"]\n      rules: { require-owner: 3, rollout-requires-rollback: [error, { requireTested: "yes" }], no-such-rule: warn }'));
      assert.equal(core(r, 'core/invalid-config').length, 3);
    });
  });

  describe('presets and ruleset files', () => {
    it('a ruleset file extending strict, with numeric and boolean severities; the entry rules win', async () => {
      const r = await lintFiles({
        '/ws/landscape.yaml': `${H}lint:\n  extends: ./gov/rules.yaml\n  rules: { no-orphan-system: 1 }\nsystems:\n  - { id: a, mode: mode2 }\n  - { id: b, mode: mode2, owner: t, governance: shadow }\n`,
        '/ws/gov/rules.yaml': 'extends: strict\nrules:\n  require-owner: false\n  no-shadow-it: 0\n  require-security-review: [2, { maxAgeDays: 30 }]\n',
      });
      assert.deepEqual(core(r, 'core/invalid-config'), []);
      assert.deepEqual(got(r, ['require-owner', 'no-shadow-it', 'no-orphan-system', 'mode-owner-alignment']), ['no-orphan-system:a:warn', 'no-orphan-system:b:warn']);
    });

    it('an unknown preset is core/invalid-config', async () => {
      const r = await lintSnippet('lint: { extends: recommend }\n');
      assert.equal(core(r, 'core/invalid-config').length, 1);
    });

    it('no lint block = recommended: stable-dependencies off; strict turns it on as error', async () => {
      // x is stable (three dependents, one dependency) and depends on volatile y: I(x) = 0.25 < I(y) = 0.67.
      const sys = 'systems:\n  - { id: s1, mode: mode2, owner: t, dependsOn: [x] }\n  - { id: s2, mode: mode2, owner: t, dependsOn: [x] }\n  - { id: s3, mode: mode2, owner: t, dependsOn: [x] }\n  - { id: x, mode: mode2, owner: t, dependsOn: [y] }\n  - { id: y, mode: mode2, owner: t, dependsOn: [z1, z2] }\n  - { id: z1, mode: mode2, owner: t }\n  - { id: z2, mode: mode2, owner: t }\n';
      assert.deepEqual(got(await lintSnippet(sys), ['stable-dependencies']), []);
      assert.deepEqual(got(await lintSnippet(`lint: { extends: strict }\n${sys}`), ['stable-dependencies']), ['stable-dependencies:x:error']);
      assert.deepEqual(got(await lintSnippet(`lint: { extends: none, rules: { stable-dependencies: info } }\n${sys}`)), ['stable-dependencies:x:info']);
    });
  });

  describe('suppressions', () => {
    const shadow = (suppress: string): string => `owners: [{ id: t, type: team }]\nsystems:\n  - { id: x, mode: mode2, owner: t, governance: shadow, dependsOn: [y], suppress: ${suppress} }\n  - { id: y, mode: mode2, owner: t, dependsOn: [x] }\n`;

    it('until is inclusive: the suppression applies on asOf = until and expires the day after', async () => {
      const s = shadow('[{ rule: no-shadow-it, reason: "sanctioning", until: 2025-10-01 }]');
      const on = await lintSnippet(s);
      assert.deepEqual(got(on, ['no-shadow-it']), []);
      assert.deepEqual(core(on, 'core/unused-suppression'), []);
      const after = await lintSnippet(s, { asOf: '2025-10-02' });
      assert.deepEqual(got(after, ['no-shadow-it']), ['no-shadow-it:x:warn']);
      assert.deepEqual(core(after, 'core/unused-suppression'), ['x:info']);
    });

    it('a suppression removes only its rule and only where its entity is the subject', async () => {
      // shadow-it-integration on x's entry (subject x) is suppressed; on y's entry (subject y) it stays.
      const r = await lintSnippet(shadow('[{ rule: shadow-it-integration, reason: "being replaced" }]'));
      assert.deepEqual(got(r, ['shadow-it-integration', 'no-shadow-it']), ['no-shadow-it:x:warn', 'shadow-it-integration:y:error']);
      assert.equal(r.suppressed.length, 1);
    });

    it('unused suppressions are info at the suppress entry; none for rules that are off; unknown rules too', async () => {
      const r = await lintSnippet(`lint: { rules: { no-orphan-system: "off" } }\n${shadow('[{ rule: require-owner, reason: "r1" }, { rule: no-orphan-system, reason: "r2" }, { rule: no-such-rule, reason: "r3" }]')}`);
      const notes = r.findings.filter((f) => f.rule === 'core/unused-suppression');
      assert.deepEqual(notes.map((f) => [f.severity, f.subject, f.related, r.text.slice(f.span.start, f.span.end)]), [
        ['info', 'x', ['x'], '{ rule: require-owner, reason: "r1" }'],
        ['info', 'x', ['x'], '{ rule: no-such-rule, reason: "r3" }'],
      ]);
    });

    it('suppressions work on APIs and rollouts', async () => {
      const r = await lintSnippet('owners: [{ id: t, type: team }]\nsystems:\n  - { id: p, mode: mode2, owner: t }\napis:\n  - { id: old, provider: p, endOfLife: 2025-01-01, suppress: [{ rule: lifecycle-date-passed, reason: "contract ends later" }] }\nrollouts:\n  - { id: r, targets: [p], suppress: [{ rule: rollout-requires-rollback, reason: "config-only change" }] }\n');
      assert.deepEqual(got(r, ['lifecycle-date-passed', 'rollout-requires-rollback']), []);
      assert.deepEqual(core(r, 'core/unused-suppression'), []);
    });

    it('no-duplicate-id can be suppressed on the later occurrence (where it is reported) or on the first', async () => {
      const later = await lintSnippet('owners:\n  - { id: t, type: team }\n  - { id: t, type: team, suppress: [{ rule: no-duplicate-id, reason: "migration" }] }\n');
      assert.deepEqual(got(later, ['no-duplicate-id']), []);
      const first = await lintSnippet('owners:\n  - { id: t, type: team, suppress: [{ rule: no-duplicate-id, reason: "migration" }] }\n  - { id: t, type: team }\n');
      assert.deepEqual(got(first, ['no-duplicate-id']), []);
      assert.deepEqual(core(first, 'core/unused-suppression'), []);
      const none = await lintSnippet('owners:\n  - { id: t, type: team }\n  - { id: t, type: team }\n');
      assert.deepEqual(got(none, ['no-duplicate-id']), ['no-duplicate-id:t:error']);
    });
  });

  describe('today', () => {
    const eol = 'systems:\n  - { id: c, mode: mode2, owner: t, endOfLife: 2025-06-30 }\n';
    const lint = async (metadata: string, opts: { asOf?: string; today?: string } = {}, fragment?: string): Promise<string[]> => {
      const r = await lintFiles({
        '/ws/landscape.yaml': `${H}${metadata}${fragment ? 'imports: [./f.yaml]\n' : ''}owners: [{ id: t, type: team }]\n${eol}`,
        ...(fragment ? { '/ws/f.yaml': `${H}${fragment}` } : {}),
      }, '/ws/landscape.yaml', opts);
      return got(r, ['lifecycle-date-passed']);
    };
    const hit = ['lifecycle-date-passed:c:error'];

    it('metadata.asOf as a YAML date or a quoted string', async () => {
      assert.deepEqual(await lint('metadata: { asOf: 2025-06-30 }\n', { today: '2025-01-01' }), hit);
      assert.deepEqual(await lint('metadata: { asOf: "2025-06-30" }\n', { today: '2025-01-01' }), hit);
      assert.deepEqual(await lint('metadata: { asOf: 2025-06-29 }\n', { today: '2026-01-01' }), []);
    });

    it('--as-of overrides metadata.asOf; without either the current date is used', async () => {
      assert.deepEqual(await lint('metadata: { asOf: 2025-06-29 }\n', { asOf: '2025-06-30' }), hit);
      assert.deepEqual(await lint('metadata: { asOf: 2025-06-30 }\n', { asOf: '2025-06-29' }), []);
      assert.deepEqual(await lint('', { today: '2025-06-30' }), hit);
      assert.deepEqual(await lint('', { today: '2025-06-29' }), []);
    });

    it('the current date is the UTC calendar date (test/unit/core/dates.test.ts: in every time zone)', () => {
      assert.equal(today(Date.UTC(2025, 0, 31, 23, 59)), '2025-01-31');
      assert.equal(today(Date.UTC(2025, 11, 1, 0, 1)), '2025-12-01');
    });

    it('metadata is read from the entry file only', async () => {
      assert.deepEqual(await lint('', { today: '2025-06-29' }, 'metadata: { asOf: 2030-01-01 }\n'), []);
    });
  });
});
