import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

const spec = yaml`
  systems:
    - { id: ledger, mode: mode1, owner: t, consumes: [promo-api] }        # Ca=3 Ce=1 → I=0.25
    - { id: pos,    mode: mode1, owner: t, consumes: [ledger-api] }
    - { id: erp,    mode: mode1, owner: t, consumes: [ledger-api] }
    - { id: dwh,    mode: mode1, owner: t, consumes: [ledger-api] }
    - { id: promo,  mode: mode2, owner: t, consumes: [x-api, y-api] }     # Ca=1 Ce=2 → I=0.67
    - { id: x, mode: mode2, owner: t }
    - { id: y, mode: mode2, owner: t }
  apis:
    - { id: ledger-api, provider: ledger, type: openapi }
    - { id: promo-api,  provider: promo,  type: openapi }
    - { id: x-api, provider: x, type: openapi }
    - { id: y-api, provider: y, type: openapi }
`;

ruleTester('stable-dependencies', {
  valid: [
    {
      name: 'SPEC: the ledger depends on nothing',
      yaml: yaml`
        lint: { rules: { stable-dependencies: warn } }
        systems:
          - { id: ledger, mode: mode1, owner: t }                                # Ca=3 Ce=0 → I=0
          - { id: pos,    mode: mode1, owner: t, consumes: [ledger-api] }
          - { id: erp,    mode: mode1, owner: t, consumes: [ledger-api] }
          - { id: dwh,    mode: mode1, owner: t, consumes: [ledger-api] }
        apis:
          - { id: ledger-api, provider: ledger, type: openapi }
      `,
    },
    { name: 'off by default', yaml: spec },
    {
      name: 'a delta of exactly minDelta is not reported',
      yaml: yaml`
        lint: { rules: { stable-dependencies: [warn, { minDelta: ${(2 / 3 - 1 / 4).toFixed(15)} }] } }
        ${spec}`,
    },
    {
      name: 'a larger minDelta',
      yaml: yaml`
        lint: { rules: { stable-dependencies: [warn, { minDelta: 0.5 }] } }
        ${spec}`,
    },
    {
      name: 'a float delta just over minDelta (0.8 − 0.6) is not reported: 1e-9 tolerance',
      yaml: yaml`
        lint: { rules: { stable-dependencies: warn } }
        systems:
          - { id: s, mode: mode1, owner: t, dependsOn: [v, a, b] }
          - { id: v, mode: mode2, owner: t, dependsOn: [w, x, y, z] }
          - { id: c1, mode: mode1, owner: t, dependsOn: [s] }
          - { id: c2, mode: mode1, owner: t, dependsOn: [s] }
          - { id: a, mode: mode1, owner: t }
          - { id: b, mode: mode1, owner: t }
          - { id: w, mode: mode2, owner: t }
          - { id: x, mode: mode2, owner: t }
          - { id: y, mode: mode2, owner: t }
          - { id: z, mode: mode2, owner: t }
      `,
    },
    {
      name: 'unresolvable references do not count towards Ce or Ca',
      yaml: yaml`
        lint: { rules: { stable-dependencies: warn } }
        systems:
          - { id: s, mode: mode1, owner: t, dependsOn: [v] }
          - { id: v, mode: mode2, owner: t, dependsOn: [ghost1, ghost2], consumes: [ghost-api, v-api] }
          - { id: c1, mode: mode1, owner: t, dependsOn: [s] }
        apis: [{ id: v-api, provider: v }]
      `,
    },
  ],
  invalid: [
    {
      name: 'SPEC: the stable ledger depends on volatile promo',
      yaml: yaml`
        lint: { rules: { stable-dependencies: warn } }
        ${spec}`,
      findings: [{ messageId: 'lessStable', severity: 'warn', subject: 'ledger', related: ['ledger', 'promo'], at: 'promo-api' }],
      message: ['0.25', '0.67'],
    },
    {
      name: 'the strict preset turns it on',
      yaml: yaml`
        lint: { extends: strict }
        ${spec}`,
      findings: [{ messageId: 'lessStable', severity: 'error', subject: 'ledger', related: ['ledger', 'promo'], at: 'promo-api' }],
    },
    {
      name: 'placed at the first entry referencing the target, once per pair',
      yaml: yaml`
        lint: { rules: { stable-dependencies: warn } }
        systems:
          - { id: a, mode: mode1, owner: t }
          - { id: b, mode: mode1, owner: t }
          - { id: s, mode: mode1, owner: t, dependsOn: [{ system: v, interaction: async }, v] }
          - { id: v, mode: mode2, owner: t, dependsOn: [a, b] }
          - { id: c1, mode: mode1, owner: t, dependsOn: [s] }
          - { id: c2, mode: mode1, owner: t, dependsOn: [s] }
      `,
      findings: [{ messageId: 'lessStable', severity: 'warn', subject: 's', related: ['s', 'v'], at: '{ system: v, interaction: async }' }],
    },
    {
      name: 'consumes entries come before dependsOn entries when placing the finding',
      yaml: yaml`
        lint: { rules: { stable-dependencies: warn } }
        systems:
          - { id: s, mode: mode1, owner: t, dependsOn: [v], consumes: [v-api] }
          - { id: v, mode: mode2, owner: t, dependsOn: [a, b] }
          - { id: a, mode: mode1, owner: t }
          - { id: b, mode: mode1, owner: t }
          - { id: c1, mode: mode1, owner: t, dependsOn: [s] }
          - { id: c2, mode: mode1, owner: t, dependsOn: [s] }
        apis: [{ id: v-api, provider: v }]
      `,
      findings: [{ messageId: 'lessStable', severity: 'warn', subject: 's', related: ['s', 'v'], at: 'v-api' }],
      message: ['0.33', '0.67'],
    },
    {
      name: 'minDelta 0: equal instabilities are not reported, a strictly larger one is',
      yaml: yaml`
        lint: { rules: { stable-dependencies: [info, { minDelta: 0 }] } }
        systems:
          - { id: c, mode: mode1, owner: t, dependsOn: [s] }
          - { id: s, mode: mode1, owner: t, dependsOn: [v] }
          - { id: v, mode: mode1, owner: t, dependsOn: [a] }
          - { id: a, mode: mode1, owner: t }
          - { id: cx, mode: mode1, owner: t, dependsOn: [x] }
          - { id: x, mode: mode1, owner: t, dependsOn: [y] }
          - { id: y, mode: mode2, owner: t, dependsOn: [y1, y2] }
          - { id: y1, mode: mode2, owner: t }
          - { id: y2, mode: mode2, owner: t }
      `,
      findings: [{ messageId: 'lessStable', severity: 'info', subject: 'x', related: ['x', 'y'], at: 'y' }],
      message: ['0.50', '0.67'],
    },
  ],
});
