import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

ruleTester('no-dependency-on-retiring', {
  valid: [
    {
      name: 'SPEC: retiring together',
      yaml: yaml`
        systems:
          - { id: app,  mode: mode2, owner: team-app, lifecycle: phaseOut, consumes: [card-api] }   # retiring together
          - { id: cards-old, mode: mode1, owner: team-pay, lifecycle: phaseOut }
        apis:
          - { id: card-api, provider: cards-old, type: soap }
      `,
    },
    {
      name: 'an active API and provider',
      yaml: yaml`
        systems:
          - { id: app, mode: mode2, owner: t, consumes: [api] }
          - { id: p, mode: mode1, owner: t, lifecycle: phaseIn }
        apis: [{ id: api, provider: p }]
      `,
    },
    {
      name: 'a consumer in endOfLife is skipped',
      yaml: yaml`
        systems:
          - { id: app, mode: mode2, owner: t, lifecycle: endOfLife, dependsOn: [old] }
          - { id: old, mode: mode1, owner: t, lifecycle: endOfLife }
      `,
    },
    {
      name: 'custom phases: phaseOut no longer counts',
      yaml: yaml`
        lint: { rules: { no-dependency-on-retiring: [warn, { phases: [endOfLife] }] } }
        systems:
          - { id: app, mode: mode2, owner: t, dependsOn: [old] }
          - { id: old, mode: mode1, owner: t, lifecycle: phaseOut }
      `,
    },
    {
      name: 'a retiring API whose provider does not resolve gives no edge',
      yaml: yaml`
        systems:
          - { id: app, mode: mode2, owner: t, consumes: [old-api] }
        apis: [{ id: old-api, provider: ghost, lifecycle: phaseOut }]
      `,
    },
    {
      name: 'a retiring API whose provider is an id of another kind gives no edge',
      yaml: yaml`
        owners: [{ id: t, type: team }]
        systems:
          - { id: app, mode: mode2, owner: t, consumes: [old-api] }
        apis: [{ id: old-api, provider: t, lifecycle: endOfLife }]
      `,
    },
    {
      name: 'a system consuming its own retiring API, or depending on itself',
      yaml: yaml`
        systems:
          - { id: app, mode: mode2, owner: t, consumes: [app-v1], dependsOn: [app] }
        apis: [{ id: app-v1, provider: app, lifecycle: phaseOut }]
      `,
    },
    {
      name: 'the first occurrence of a duplicated target decides its lifecycle',
      yaml: yaml`
        systems:
          - { id: app, mode: mode2, owner: t, dependsOn: [old] }
          - { id: old, mode: mode1, owner: t }
          - { id: old, mode: mode1, owner: t, lifecycle: endOfLife }
      `,
    },
    {
      name: 'custom phases: a consumer in a custom retiring phase is skipped',
      yaml: yaml`
        lint: { rules: { no-dependency-on-retiring: [warn, { phases: [plan, endOfLife] }] } }
        systems:
          - { id: app, mode: mode2, owner: t, lifecycle: plan, dependsOn: [old] }
          - { id: old, mode: mode1, owner: t, lifecycle: endOfLife }
      `,
    },
  ],
  invalid: [
    {
      name: 'SPEC: the provider is phasing out',
      yaml: yaml`
        systems:
          - { id: app,  mode: mode2, owner: team-app, consumes: [card-api] }
          - { id: cards-old, mode: mode1, owner: team-pay, lifecycle: phaseOut, successor: cards-new }
          - { id: cards-new, mode: mode1, owner: team-pay, lifecycle: phaseIn }
        apis:
          - { id: card-api, provider: cards-old, type: soap }
      `,
      findings: [{ messageId: 'retiringProviderWithSuccessor', severity: 'warn', subject: 'app', related: ['app', 'card-api', 'cards-old'], at: 'card-api' }],
      message: ["'cards-old'", 'phaseOut', "'cards-new'"],
    },
    {
      name: 'a retiring API with a successor API: replace it',
      yaml: yaml`
        systems:
          - { id: app, mode: mode2, owner: t, consumes: [v1] }   # keep me
          - { id: p, mode: mode2, owner: t }
        apis:
          - { id: v1, provider: p, lifecycle: phaseOut, successor: v2 }
          - { id: v2, provider: p }
      `,
      findings: [
        {
          messageId: 'retiringApiWithSuccessor', severity: 'warn', subject: 'app', related: ['app', 'v1', 'p'], at: 'v1',
          fixes: [
            {
              title: "Replace with successor 'v2'",
              output: yaml`
                systems:
                  - { id: app, mode: mode2, owner: t, consumes: [v2] }   # keep me
                  - { id: p, mode: mode2, owner: t }
                apis:
                  - { id: v1, provider: p, lifecycle: phaseOut, successor: v2 }
                  - { id: v2, provider: p }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'dependsOn an endOfLife system with a successor',
      yaml: yaml`
        systems:
          - id: app
            mode: mode2
            owner: t
            dependsOn:
              - { system: old, interaction: async }
          - { id: old, mode: mode1, owner: t, lifecycle: endOfLife, successor: new }
          - { id: new, mode: mode1, owner: t }
      `,
      findings: [
        {
          messageId: 'retiringSystemWithSuccessor', severity: 'warn', subject: 'app', related: ['app', 'old'], at: '{ system: old, interaction: async }',
          fixes: [
            {
              title: "Replace with successor 'new'",
              output: yaml`
                systems:
                  - id: app
                    mode: mode2
                    owner: t
                    dependsOn:
                      - { system: new, interaction: async }
                  - { id: old, mode: mode1, owner: t, lifecycle: endOfLife, successor: new }
                  - { id: new, mode: mode1, owner: t }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a plan-phase consumer is not exempt',
      yaml: yaml`
        systems:
          - { id: app, mode: mode2, owner: t, lifecycle: plan, consumes: [old-api] }
          - { id: p, mode: mode1, owner: t }
        apis: [{ id: old-api, provider: p, lifecycle: endOfLife }]
      `,
      findings: [{ messageId: 'retiringApi', severity: 'warn', subject: 'app', related: ['app', 'old-api', 'p'], at: 'old-api' }],
    },
    {
      name: 'a retiring API of a retiring provider: one finding per entry, naming the API',
      yaml: yaml`
        systems:
          - { id: app, mode: mode2, owner: t, consumes: [old-api, { api: old-api, interaction: async }] }
          - { id: p, mode: mode1, owner: t, lifecycle: endOfLife }
        apis: [{ id: old-api, provider: p, lifecycle: phaseOut }]
      `,
      findings: [
        { messageId: 'retiringApi', severity: 'warn', subject: 'app', related: ['app', 'old-api', 'p'], at: 'old-api' },
        { messageId: 'retiringApi', severity: 'warn', subject: 'app', related: ['app', 'old-api', 'p'], at: '{ api: old-api, interaction: async }' },
      ],
      message: ["'old-api'", 'phaseOut'],
    },
    {
      name: 'custom phases: a target in plan counts, the default phases no longer do',
      yaml: yaml`
        lint: { rules: { no-dependency-on-retiring: [error, { phases: [plan] }] } }
        systems:
          - { id: app, mode: mode2, owner: t, dependsOn: [next, old] }
          - { id: next, mode: mode1, owner: t, lifecycle: plan }
          - { id: old, mode: mode1, owner: t, lifecycle: endOfLife }
      `,
      findings: [{ messageId: 'retiringSystem', severity: 'error', subject: 'app', related: ['app', 'next'], at: 'next' }],
    },
    {
      name: 'an active consumer (lifecycle absent) of a phaseIn API of an endOfLife provider, asynchronously',
      yaml: yaml`
        systems:
          - { id: app, mode: mode1, owner: t, consumes: [feed] }
          - { id: p, mode: gearbox, owner: t, lifecycle: endOfLife, successor: q }
          - { id: q, mode: gearbox, owner: t }
        apis: [{ id: feed, provider: p, type: asyncapi, lifecycle: phaseIn }]
      `,
      findings: [{ messageId: 'retiringProviderWithSuccessor', severity: 'warn', subject: 'app', related: ['app', 'feed', 'p'], at: 'feed' }],
      message: ["'p'", 'endOfLife', "'q'"],
    },
    {
      name: 'the provider retires without a successor',
      yaml: yaml`
        systems:
          - { id: app, mode: mode2, owner: t, consumes: [card-api] }
          - { id: cards, mode: mode1, owner: t, lifecycle: endOfLife }
        apis: [{ id: card-api, provider: cards, type: soap }]
      `,
      findings: [{ messageId: 'retiringProvider', severity: 'warn', subject: 'app', related: ['app', 'card-api', 'cards'], at: 'card-api' }],
      message: ["'app' consumes 'card-api' of system 'cards', which is in endOfLife. Do not add"],
    },
  ],
});
