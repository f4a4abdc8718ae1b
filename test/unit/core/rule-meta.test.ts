/** Meta-tests over every rule (typescript-eslint style): SPEC §3.1 defaults, docs, tests, README table. */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ALL_RULES } from '../../../src/core/index';
import { presetSettings } from '../../../src/core/config/resolve-config';
import { ruleOptions } from '../../../src/core/schema/generated/validators';

const ROOT = path.resolve(__dirname, '../../..');

/** SPEC §3.1, verbatim: id → [category prefix, default severity, default options]. */
const SPEC_TABLE: Record<string, [string, string, Record<string, unknown>]> = {
  'no-duplicate-id': ['integrity', 'error', {}],
  'no-dangling-reference': ['integrity', 'error', {}],
  'require-owner': ['integrity', 'error', {}],
  'no-direct-mode2-to-mode1': ['bimodal', 'error', {}],
  'no-mode1-depends-on-mode2': ['bimodal', 'warn', {}],
  'no-sync-passthrough-to-mode1': ['bimodal', 'warn', {}],
  'no-shared-datastore': ['bimodal', 'error', { allowCdcFromGearbox: true }],
  'no-mode1-internet-exposure': ['bimodal', 'error', {}],
  'no-circular-dependency': ['coupling', 'error', { includeAsync: false }],
  'max-fan-out': ['coupling', 'warn', { max: 7, ignoreModes: ['gearbox'] }],
  'stable-dependencies': ['coupling', 'off', { minDelta: 0.2 }],
  'no-orphan-system': ['coupling', 'warn', {}],
  'no-dependency-on-retiring': ['lifecycle', 'warn', { phases: ['phaseOut', 'endOfLife'] }],
  'lifecycle-date-passed': ['lifecycle', 'error', {}],
  'no-shadow-it': ['shadow IT', 'warn', {}],
  'shadow-it-sensitive-data': ['shadow IT', 'error', { classifications: ['confidential', 'restricted'] }],
  'shadow-it-integration': ['shadow IT', 'error', {}],
  'require-security-review': ['security', 'warn', { maxAgeDays: 365 }],
  'mode-owner-alignment': ['ownership', 'warn', { mode1: ['CIO'], mode2: ['CTO', 'CDO'], gearbox: ['CIO', 'CTO'] }],
  'rollout-requires-rollback': ['rollout', 'error', { requireTested: false }],
  'rollout-requires-prodlike-test': ['rollout', 'error', {}],
  'rollout-requires-communication': ['rollout', 'warn', {}],
  'rollout-requires-monitoring': ['rollout', 'warn', {}],
  'rollout-requires-pilot': ['rollout', 'warn', { criticality: ['missionCritical', 'businessCritical'] }],
  'rollout-zero-downtime': ['rollout', 'warn', {}],
};

describe('rule metadata', () => {
  it('implements every rule of SPEC §3.1, in catalogue order', () => {
    assert.deepEqual(ALL_RULES.map((r) => r.meta.id), Object.keys(SPEC_TABLE));
  });

  for (const rule of ALL_RULES) {
    const m = rule.meta;
    describe(m.id, () => {
      it('has the SPEC default severity, category and options', () => {
        const [category, severity, options] = SPEC_TABLE[m.id];
        assert.equal(m.defaultSeverity, severity);
        assert.equal(m.category, category);
        assert.deepEqual(m.defaultOptions, options);
        assert.deepEqual(Object.keys(m.optionsSchema).sort(), Object.keys(options).sort());
      });
      it('has a description, a rationale and documentation', () => {
        assert.ok(m.description.length > 10 && m.rationale.length > 10 && m.docs.length > 40);
      });
      it('has a test file that expects every one of its messages', () => {
        const file = path.join(ROOT, 'test', 'unit', 'rules', `${m.id}.test.ts`);
        assert.ok(existsSync(file), `test/unit/rules/${m.id}.test.ts`);
        const tests = readFileSync(file, 'utf8');
        assert.deepEqual(Object.keys(m.messages).filter((id) => !tests.includes(`messageId: '${id}'`)), [], 'message ids no test expects');
      });
      it('has messages whose placeholders are all {{name}}', () => {
        assert.ok(Object.keys(m.messages).length > 0);
        for (const text of Object.values(m.messages)) assert.doesNotMatch(text.replace(/\{\{\w+\}\}/g, ''), /\{\{|\}\}/, text);
      });
      it('declares options whose defaults are valid options (the generated validator accepts them)', () => {
        const validate = ruleOptions[m.id];
        assert.equal(validate(m.defaultOptions), true, JSON.stringify(validate.errors));
        assert.deepEqual(m.optionsSchema, Object.fromEntries(Object.entries(m.options).map(([k, { default: _, ...schema }]) => [k, schema])));
      });
    });
  }

  it('presets: strict turns every rule to error, none turns every rule off', () => {
    assert.ok([...presetSettings('strict', ALL_RULES).values()].every((s) => s.severity === 'error'));
    assert.ok([...presetSettings('none', ALL_RULES).values()].every((s) => s.severity === 'off'));
    assert.equal(presetSettings('recommended', ALL_RULES).get('stable-dependencies')!.severity, 'off');
  });

  it('the README rules table and docs/rules/*.md are up to date (npm run docs)', function () {
    this.timeout(60_000);
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'gen-docs.ts'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('the JSON schema and the validators compiled from it are up to date (npm run docs)', function () {
    this.timeout(60_000);
    for (const script of ['gen-schema.ts', 'gen-validators.ts']) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', script), '--check'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, `${script}: ${r.stderr}`);
    }
  });
});
