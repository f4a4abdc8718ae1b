/**
 * Rule options per file (SPEC §2.6: `lint.overrides` may give a file its own options): the
 * engine runs every rule once per lint and the rule reads the options of the file it reports
 * in. Checked against the definition: a file's findings of a rule are the findings the whole
 * landscape gives in that file when the rule has that file's severity and options everywhere
 * (set through the editor settings, which win over overrides) — on random landscapes whose
 * overrides give files distinct options, other severities, or turn the rule off.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { settingsForFile } from '../../../src/core/config/resolve-config';
import { ALL_RULES } from '../../../src/core/rules/index';
import { countWork } from '../../../src/core/util/work-counter';
import { fixesOf, type Finding, type LintResult } from '../../../src/core/index';
import { lintFiles } from '../../helpers/lint-snippet';

const H = 'apiVersion: landscape/v1\nmetadata: { asOf: 2025-10-01 }\n';
const FH = 'apiVersion: landscape/v1\n';
const ORG = 'owners:\n  - { id: ceo, type: executive, role: CEO }\n  - { id: cio, type: executive, role: CIO, parent: ceo }\n  - { id: cto, type: executive, role: CTO, parent: ceo }\n  - { id: t1, type: team, parent: cio }\n  - { id: t2, type: team, parent: cto }\n  - { id: t3, type: team, parent: ceo }\n';
const FRAGMENTS = ['a.yaml', 'b.yaml', 'sub/c.yaml'];
const ruleById = new Map(ALL_RULES.map((r) => [r.meta.id, r] as const));

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);
const subset = <T>(xs: readonly T[]): fc.Arbitrary<T[]> => fc.subarray([...xs]);
const severity = pick(['off', 'info', 'warn', 'error']);

/** A random [severity, options] for each rule that has options. */
const ruleSetting: Record<string, fc.Arbitrary<unknown>> = {
  'max-fan-out': fc.record({ max: fc.integer({ min: 0, max: 3 }), ignoreModes: subset(['mode1', 'mode2', 'gearbox']) }),
  'no-circular-dependency': fc.record({ includeAsync: fc.boolean() }),
  'no-dependency-on-retiring': fc.record({ phases: subset(['plan', 'phaseIn', 'active', 'phaseOut', 'endOfLife']) }),
  'no-shared-datastore': fc.record({ allowCdcFromGearbox: fc.boolean() }),
  'require-security-review': fc.record({ maxAgeDays: pick([0, 30, 365, 1000]) }),
  'rollout-requires-pilot': fc.record({ criticality: subset(['missionCritical', 'businessCritical', 'businessOperational', 'administrativeService']) }),
  'rollout-requires-rollback': fc.record({ requireTested: fc.boolean() }),
  'shadow-it-sensitive-data': fc.record({ classifications: subset(['public', 'internal', 'confidential', 'restricted']) }),
  'stable-dependencies': fc.record({ minDelta: pick([0, 0.1, 0.5]) }),
  'mode-owner-alignment': fc.record({ mode1: subset(['CIO', 'CTO', 'CEO']), mode2: subset(['CTO', 'CDO', 'CEO']), gearbox: subset(['CIO', 'CTO']) }),
};
const OPTION_RULES = Object.keys(ruleSetting);

const rulesMap = fc.dictionary(pick(OPTION_RULES), fc.constant(null)).chain((keys) => {
  const ids = Object.keys(keys);
  return fc.tuple(...ids.map((id) => fc.tuple(severity, fc.option(ruleSetting[id], { nil: undefined })))).map((vals) => {
    const out: Record<string, unknown> = {};
    ids.forEach((id, i) => (out[id] = vals[i][1] === undefined ? vals[i][0] : [vals[i][0], vals[i][1]]));
    return out;
  });
});

const system = fc.record({
  file: fc.integer({ min: 0, max: FRAGMENTS.length }),
  mode: pick(['mode1', 'mode2', 'gearbox']),
  owner: pick(['t1', 't2', 't3']),
  lifecycle: pick(['active', 'phaseOut', 'endOfLife', 'plan', 'phaseIn']),
  exposure: pick(['internal', 'internet', 'partner']),
  shadow: fc.boolean(),
  dataClassification: pick(['public', 'internal', 'confidential', 'restricted']),
  criticality: pick(['missionCritical', 'businessCritical', 'businessOperational', 'administrativeService']),
  lastReview: pick([null, '2025-09-01', '2024-01-01']),
  dependsOn: fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 4 }),
  access: fc.option(fc.tuple(fc.nat(), pick(['read', 'cdc'])), { nil: undefined }),
  consumes: fc.option(fc.nat(), { nil: undefined }),
});

const rollout = fc.record({
  file: fc.integer({ min: 0, max: FRAGMENTS.length }),
  target: fc.nat(),
  strategy: pick([null, 'big-bang', 'canary']),
  rollback: pick([null, 'plan', 'tested']),
});

const landscape = fc.record({
  systems: fc.array(system, { minLength: 2, maxLength: 9 }),
  rollouts: fc.array(rollout, { maxLength: 3 }),
  base: rulesMap,
  overrides: fc.array(fc.record({ files: pick(['a.yaml', 'b.yaml', 'sub/c.yaml', 'landscape.yaml', '*.yaml', 'sub/**', '**/c.yaml']), rules: rulesMap }), { maxLength: 5 }),
});

type Gen = typeof landscape extends fc.Arbitrary<infer T> ? T : never;

function build(g: Gen): Record<string, string> {
  const n = g.systems.length;
  const texts = [H, ...FRAGMENTS.map(() => FH)].map((h) => [h]);
  const lint = ['lint:', `  rules: ${JSON.stringify(g.base)}`, '  overrides:', ...g.overrides.map((o) => `    - { files: [${JSON.stringify(o.files)}], rules: ${JSON.stringify(o.rules)} }`)];
  if (g.overrides.length === 0) lint.splice(2, 1);
  texts[0].push(...lint, `imports: [${FRAGMENTS.map((f) => `./${f}`).join(', ')}]`, ORG);
  g.systems.forEach((s, i) => {
    const deps = s.dependsOn.map(([t, sync]) => `{ system: s${t % n}, interaction: ${sync ? 'sync' : 'async'} }`);
    const fields = [`id: s${i}`, `mode: ${s.mode}`, `owner: ${s.owner}`, `lifecycle: ${s.lifecycle}`, `exposure: ${s.exposure}`, `criticality: ${s.criticality}`, `dataClassification: ${s.dataClassification}`];
    if (s.shadow) fields.push('governance: shadow');
    if (s.lastReview) fields.push(`security: { lastReview: ${s.lastReview} }`);
    if (deps.length) fields.push(`dependsOn: [${deps.join(', ')}]`);
    if (s.access) fields.push(`dataAccess: [{ store: st${s.access[0] % n}, access: ${s.access[1]} }]`);
    if (s.consumes !== undefined) fields.push(`consumes: [api${s.consumes % n}]`);
    texts[s.file].push(`systems:\n  - { ${fields.join(', ')} }`);
    texts[s.file].push(`dataStores:\n  - { id: st${i}, system: s${i}, type: database }`);
    texts[s.file].push(`apis:\n  - { id: api${i}, provider: s${i}, type: openapi, lifecycle: ${s.lifecycle} }`);
  });
  g.rollouts.forEach((r, i) => {
    const fields = [`id: ro${i}`, `targets: [s${r.target % n}]`, 'owner: t1', 'start: 2026-03-02'];
    if (r.strategy) fields.push(`strategy: ${r.strategy}`);
    if (r.rollback) fields.push(`rollback: { plan: "back", tested: ${r.rollback === 'tested'} }`);
    texts[r.file].push(`rollouts:\n  - { ${fields.join(', ')} }`);
  });
  // One section of each kind per file: merge the repeated keys into one list.
  const out: Record<string, string> = {};
  texts.forEach((parts, k) => {
    const [head, ...rest] = parts;
    const sections = new Map<string, string[]>();
    const other: string[] = [];
    for (const p of rest) {
      const m = /^(systems|dataStores|apis|rollouts):\n/.exec(p);
      if (m) {
        const list = sections.get(m[1]) ?? [];
        list.push(p.slice(m[0].length));
        sections.set(m[1], list);
      } else other.push(p);
    }
    const body = [...other, ...[...sections].map(([key, items]) => `${key}:\n${items.join('\n')}`)];
    out[k === 0 ? '/ws/landscape.yaml' : `/ws/${FRAGMENTS[k - 1]}`] = `${head}${body.join('\n')}\n`;
  });
  return out;
}

// Quick fixes are made on demand (a function per finding): compared as made.
const view = (r: LintResult, f: Finding): unknown => ({ ...f, fixes: fixesOf(r, f) });
const rulesOf = (r: LintResult, rule: string, file: string): unknown[] => r.findings.filter((f) => f.rule === rule && f.file === file).map((f) => view(r, f));

describe('rule options per file (SPEC §2.6)', function () {
  this.timeout(300_000);

  it('a file\'s findings are those the rule gives there with that file\'s severity and options everywhere', async () => {
    await fc.assert(fc.asyncProperty(landscape, async (g) => {
      const files = build(g);
      const r = await lintFiles(files);
      assert.deepEqual(r.findings.filter((f) => f.rule === 'core/internal' || f.rule === 'core/invalid-config' || f.rule === 'core/schema').map((f) => f.message), []);
      const oracle = new Map<string, LintResult>();
      for (const rule of OPTION_RULES) {
        for (const file of Object.keys(files)) {
          const s = settingsForFile(r.config, file, ruleById).get(rule)!;
          if (s.severity === 'off') {
            assert.deepEqual(rulesOf(r, rule, file), [], `${rule} is off in ${file}`);
            continue;
          }
          const key = JSON.stringify([rule, s]);
          let o = oracle.get(key);
          if (!o) oracle.set(key, (o = await lintFiles(files, '/ws/landscape.yaml', { settingsRules: { [rule]: [s.severity, s.options] } })));
          assert.deepEqual(rulesOf(r, rule, file), rulesOf(o, rule, file), `${rule} in ${file} with ${JSON.stringify(s)}`);
        }
      }
    }), { numRuns: 60, seed: 20251001 });
  });

  it('each rule runs once per lint, whatever the number of option sets', async () => {
    const files: Record<string, string> = {};
    const overrides: string[] = [];
    const imports: string[] = [];
    for (let p = 0; p < 40; p++) {
      files[`/ws/parts/p-${p}.yaml`] = `${FH}systems:\n  - { id: s${p}, mode: mode2, owner: t2, exposure: internet, security: { lastReview: 2025-0${1 + (p % 9)}-01 }, dependsOn: [${Array.from({ length: p % 5 }, (_, k) => `s${(p + k + 1) % 40}`).join(', ')}] }\n`;
      overrides.push(`    - { files: [parts/p-${p}.yaml], rules: { max-fan-out: [${p % 3 ? 'warn' : 'error'}, { max: ${p % 4} }], require-security-review: [warn, { maxAgeDays: ${30 * p} }], stable-dependencies: [${p % 2 ? 'off' : 'info'}, { minDelta: 0.${p % 10} }] } }`);
      imports.push(`./parts/p-${p}.yaml`);
    }
    files['/ws/landscape.yaml'] = `${H}imports: [${imports.join(', ')}]\nlint:\n  overrides:\n${overrides.join('\n')}\n${ORG}`;
    const { result, counts } = await countWork(() => lintFiles(files));
    const on = ALL_RULES.filter((rule) => result.files.some((f) => settingsForFile(result.config, f.path, ruleById).get(rule.meta.id)!.severity !== 'off'));
    assert.equal(counts.get('rule:run'), on.length);
    // The options and severities still apply per file.
    const fan = result.findings.filter((f) => f.rule === 'max-fan-out').map((f) => `${f.subject}:${f.severity}:${(f.data as { max: number }).max}`);
    const want: string[] = [];
    for (let p = 0; p < 40; p++) if (p % 5 > p % 4) want.push(`s${p}:${p % 3 ? 'warn' : 'error'}:${p % 4}`);
    assert.deepEqual(fan.sort(), want.sort());
    const review = result.findings.filter((f) => f.rule === 'require-security-review').map((f) => f.subject);
    const age = (p: number): number => Math.round((Date.parse('2025-10-01') - Date.parse(`2025-0${1 + (p % 9)}-01`)) / 86_400_000);
    assert.deepEqual(review.sort(), Array.from({ length: 40 }, (_, p) => p).filter((p) => age(p) > 30 * p).map((p) => `s${p}`).sort());
    assert.ok(result.findings.every((f) => f.rule !== 'stable-dependencies' || (f.severity === 'info' && Number(f.subject!.slice(1)) % 2 === 0)));
  });
});
