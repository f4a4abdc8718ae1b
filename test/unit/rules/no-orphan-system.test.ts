import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

ruleTester('no-orphan-system', {
  valid: [
    {
      name: 'SPEC: consumes a topic',
      yaml: yaml`
        systems:
          - { id: planogram-tool, mode: mode2, owner: team-stores, consumes: [product-events] }
          - { id: hub, mode: gearbox, owner: team-int }
        apis:
          - { id: product-events, provider: hub, type: asyncapi }
      `,
    },
    {
      name: 'systems in plan are skipped',
      yaml: yaml`
        systems:
          - { id: next-gen, mode: mode2, owner: t, lifecycle: plan }
      `,
    },
    {
      name: 'a cross-system data access counts in both directions',
      yaml: yaml`
        systems:
          - { id: core, mode: mode1, owner: t }
          - { id: report, mode: mode2, owner: t, dataAccess: [{ store: core-db }] }
        dataStores: [{ id: core-db, system: core }]
      `,
    },
    {
      name: 'being consumed counts',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, dependsOn: [b] }
          - { id: b, mode: mode2, owner: t }
      `,
    },
    {
      name: 'an edge from a system in plan counts for its target',
      yaml: yaml`
        systems:
          - { id: next, mode: mode2, owner: t, lifecycle: plan, dependsOn: [core] }
          - { id: core, mode: mode1, owner: t }
      `,
    },
    {
      name: 'the owner of a store accessed by another system is linked',
      yaml: yaml`
        systems:
          - { id: core, mode: mode1, owner: t }
          - { id: feed, mode: gearbox, owner: t, dataAccess: [{ store: core-db, access: cdc }] }
        dataStores: [{ id: core-db, system: core }]
      `,
    },
  ],
  invalid: [
    {
      name: 'SPEC: a planogram tool with no edge',
      yaml: yaml`
        systems:
          - { id: planogram-tool, mode: mode2, owner: team-stores }
      `,
      findings: [{ messageId: 'orphan', severity: 'warn', subject: 'planogram-tool', related: ['planogram-tool'], at: 'planogram-tool' }],
    },
    {
      name: 'unresolvable references give no edge',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, consumes: [ghost-api], dependsOn: [ghost] }
      `,
      findings: [{ messageId: 'orphan', severity: 'warn', subject: 'a', related: ['a'], at: 'a' }],
    },
    {
      name: 'access to its own store is not a link; self dependency is no edge',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, dependsOn: [a], dataAccess: [{ store: a-db }] }
        dataStores: [{ id: a-db, system: a }]
      `,
      findings: [{ messageId: 'orphan', severity: 'warn', subject: 'a', related: ['a'], at: 'a' }],
    },
    {
      name: 'phaseOut systems are still reported',
      yaml: yaml`
        systems:
          - id: legacy
            mode: mode1
            owner: t
            lifecycle: phaseOut
      `,
      findings: [{ messageId: 'orphan', severity: 'warn', subject: 'legacy', related: ['legacy'], at: 'legacy' }],
    },
    {
      name: 'an API whose provider does not resolve, and a store whose owner does not resolve, give no edge',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, consumes: [x-api], dataAccess: [{ store: x-db }] }
        apis: [{ id: x-api, provider: ghost }]
        dataStores: [{ id: x-db, system: ghost }]
      `,
      findings: [{ messageId: 'orphan', severity: 'warn', subject: 'a', related: ['a'], at: 'a' }],
    },
    {
      name: 'a system consuming only its own API is an orphan; links of a later duplicate are ignored',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, consumes: [a-api] }
          - { id: b, mode: mode2, owner: t }
          - { id: a, mode: mode2, owner: t, dependsOn: [b] }
        apis: [{ id: a-api, provider: a }]
      `,
      findings: [
        { messageId: 'orphan', severity: 'warn', subject: 'a', related: ['a'], at: 'a' },
        { messageId: 'orphan', severity: 'warn', subject: 'b', related: ['b'], at: 'b' },
      ],
    },
    {
      name: 'shadow systems and every lifecycle other than plan are reported',
      yaml: yaml`
        systems:
          - { id: sheet, mode: mode2, owner: t, governance: shadow }
          - { id: pilot, mode: mode2, owner: t, lifecycle: phaseIn }
          - { id: gone, mode: mode1, owner: t, lifecycle: endOfLife }
      `,
      findings: [
        { messageId: 'orphan', severity: 'warn', subject: 'sheet', related: ['sheet'], at: 'sheet' },
        { messageId: 'orphan', severity: 'warn', subject: 'pilot', related: ['pilot'], at: 'pilot' },
        { messageId: 'orphan', severity: 'warn', subject: 'gone', related: ['gone'], at: 'gone' },
      ],
    },
  ],
});
