import { ruleTester } from '../../helpers/rule-tester';

const spec = 'systems:\n  - { id: ledger, mode: mode1, owner: t, consumes: [promo-api] }        # Ca=3 Ce=1 → I=0.25\n  - { id: pos,    mode: mode1, owner: t, consumes: [ledger-api] }\n  - { id: erp,    mode: mode1, owner: t, consumes: [ledger-api] }\n  - { id: dwh,    mode: mode1, owner: t, consumes: [ledger-api] }\n  - { id: promo,  mode: mode2, owner: t, consumes: [x-api, y-api] }     # Ca=1 Ce=2 → I=0.67\n  - { id: x, mode: mode2, owner: t }\n  - { id: y, mode: mode2, owner: t }\napis:\n  - { id: ledger-api, provider: ledger, type: openapi }\n  - { id: promo-api,  provider: promo,  type: openapi }\n  - { id: x-api, provider: x, type: openapi }\n  - { id: y-api, provider: y, type: openapi }\n';

ruleTester('stable-dependencies', {
  valid: [
    { name: 'SPEC: the ledger depends on nothing', yaml: 'lint: { rules: { stable-dependencies: warn } }\nsystems:\n  - { id: ledger, mode: mode1, owner: t }                                # Ca=3 Ce=0 → I=0\n  - { id: pos,    mode: mode1, owner: t, consumes: [ledger-api] }\n  - { id: erp,    mode: mode1, owner: t, consumes: [ledger-api] }\n  - { id: dwh,    mode: mode1, owner: t, consumes: [ledger-api] }\napis:\n  - { id: ledger-api, provider: ledger, type: openapi }\n' },
    { name: 'off by default', yaml: spec },
    { name: 'a delta of exactly minDelta is not reported', yaml: `lint: { rules: { stable-dependencies: [warn, { minDelta: ${(2 / 3 - 1 / 4).toFixed(15)} }] } }\n${spec}` },
    { name: 'a larger minDelta', yaml: `lint: { rules: { stable-dependencies: [warn, { minDelta: 0.5 }] } }\n${spec}` },
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
  ],
});
