import { ruleTester } from '../../helpers/rule-tester';

const spec = 'systems:\n  - { id: ledger, mode: mode1, owner: t, consumes: [promo-api] }        # Ca=3 Ce=1 → I=0.25\n  - { id: pos,    mode: mode1, owner: t, consumes: [ledger-api] }\n  - { id: erp,    mode: mode1, owner: t, consumes: [ledger-api] }\n  - { id: dwh,    mode: mode1, owner: t, consumes: [ledger-api] }\n  - { id: promo,  mode: mode2, owner: t, consumes: [x-api, y-api] }     # Ca=1 Ce=2 → I=0.67\n  - { id: x, mode: mode2, owner: t }\n  - { id: y, mode: mode2, owner: t }\napis:\n  - { id: ledger-api, provider: ledger, type: openapi }\n  - { id: promo-api,  provider: promo,  type: openapi }\n  - { id: x-api, provider: x, type: openapi }\n  - { id: y-api, provider: y, type: openapi }\n';

ruleTester('stable-dependencies', {
  valid: [
    { name: 'SPEC: the ledger depends on nothing', yaml: 'lint: { rules: { stable-dependencies: warn } }\nsystems:\n  - { id: ledger, mode: mode1, owner: t }                                # Ca=3 Ce=0 → I=0\n  - { id: pos,    mode: mode1, owner: t, consumes: [ledger-api] }\n  - { id: erp,    mode: mode1, owner: t, consumes: [ledger-api] }\n  - { id: dwh,    mode: mode1, owner: t, consumes: [ledger-api] }\napis:\n  - { id: ledger-api, provider: ledger, type: openapi }\n' },
    { name: 'off by default', yaml: spec },
    { name: 'a delta of exactly minDelta is not reported', yaml: `lint: { rules: { stable-dependencies: [warn, { minDelta: ${(2 / 3 - 1 / 4).toFixed(15)} }] } }\n${spec}` },
    { name: 'a larger minDelta', yaml: `lint: { rules: { stable-dependencies: [warn, { minDelta: 0.5 }] } }\n${spec}` },
    { name: 'a float delta just over minDelta (0.8 − 0.6) is not reported: 1e-9 tolerance', yaml: 'lint: { rules: { stable-dependencies: warn } }\nsystems:\n  - { id: s, mode: mode1, owner: t, dependsOn: [v, a, b] }\n  - { id: v, mode: mode2, owner: t, dependsOn: [w, x, y, z] }\n  - { id: c1, mode: mode1, owner: t, dependsOn: [s] }\n  - { id: c2, mode: mode1, owner: t, dependsOn: [s] }\n  - { id: a, mode: mode1, owner: t }\n  - { id: b, mode: mode1, owner: t }\n  - { id: w, mode: mode2, owner: t }\n  - { id: x, mode: mode2, owner: t }\n  - { id: y, mode: mode2, owner: t }\n  - { id: z, mode: mode2, owner: t }\n' },
    { name: 'unresolvable references do not count towards Ce or Ca', yaml: 'lint: { rules: { stable-dependencies: warn } }\nsystems:\n  - { id: s, mode: mode1, owner: t, dependsOn: [v] }\n  - { id: v, mode: mode2, owner: t, dependsOn: [ghost1, ghost2], consumes: [ghost-api, v-api] }\n  - { id: c1, mode: mode1, owner: t, dependsOn: [s] }\napis: [{ id: v-api, provider: v }]\n' },
  ],
  invalid: [
    {
      name: 'SPEC: the stable ledger depends on volatile promo',
      yaml: `lint: { rules: { stable-dependencies: warn } }\n${spec}`,
      findings: [{ subject: 'ledger', related: ['ledger', 'promo'], at: 'promo-api', severity: 'warn' }],
      message: ['0.25', '0.67'],
    },
    {
      name: 'the strict preset turns it on',
      yaml: `lint: { extends: strict }\n${spec}`,
      findings: [{ subject: 'ledger', related: ['ledger', 'promo'], at: 'promo-api', severity: 'error' }],
    },
    {
      name: 'placed at the first entry referencing the target, once per pair',
      yaml: 'lint: { rules: { stable-dependencies: warn } }\nsystems:\n  - { id: a, mode: mode1, owner: t }\n  - { id: b, mode: mode1, owner: t }\n  - { id: s, mode: mode1, owner: t, dependsOn: [{ system: v, interaction: async }, v] }\n  - { id: v, mode: mode2, owner: t, dependsOn: [a, b] }\n  - { id: c1, mode: mode1, owner: t, dependsOn: [s] }\n  - { id: c2, mode: mode1, owner: t, dependsOn: [s] }\n',
      findings: [{ subject: 's', related: ['s', 'v'], at: '{ system: v, interaction: async }' }],
    },
    {
      name: 'consumes entries come before dependsOn entries when placing the finding',
      yaml: 'lint: { rules: { stable-dependencies: warn } }\nsystems:\n  - { id: s, mode: mode1, owner: t, dependsOn: [v], consumes: [v-api] }\n  - { id: v, mode: mode2, owner: t, dependsOn: [a, b] }\n  - { id: a, mode: mode1, owner: t }\n  - { id: b, mode: mode1, owner: t }\n  - { id: c1, mode: mode1, owner: t, dependsOn: [s] }\n  - { id: c2, mode: mode1, owner: t, dependsOn: [s] }\napis: [{ id: v-api, provider: v }]\n',
      findings: [{ subject: 's', related: ['s', 'v'], at: 'v-api' }],
      message: ['0.33', '0.67'],
    },
    {
      name: 'minDelta 0: equal instabilities are not reported, a strictly larger one is',
      yaml: 'lint: { rules: { stable-dependencies: [info, { minDelta: 0 }] } }\nsystems:\n  - { id: c, mode: mode1, owner: t, dependsOn: [s] }\n  - { id: s, mode: mode1, owner: t, dependsOn: [v] }\n  - { id: v, mode: mode1, owner: t, dependsOn: [a] }\n  - { id: a, mode: mode1, owner: t }\n  - { id: cx, mode: mode1, owner: t, dependsOn: [x] }\n  - { id: x, mode: mode1, owner: t, dependsOn: [y] }\n  - { id: y, mode: mode2, owner: t, dependsOn: [y1, y2] }\n  - { id: y1, mode: mode2, owner: t }\n  - { id: y2, mode: mode2, owner: t }\n',
      findings: [{ subject: 'x', related: ['x', 'y'], at: 'y', severity: 'info' }],
      message: ['0.50', '0.67'],
    },
  ],
});
