import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

ruleTester('no-circular-dependency', {
  valid: [
    {
      name: 'SPEC: one direction is async',
      yaml: yaml`
        systems:
          - { id: billing, mode: mode1, owner: team-bss, consumes: [{ api: tariff-api, interaction: async }] }
          - { id: tariffs, mode: mode2, owner: team-web, consumes: [rating-api] }
        apis:
          - { id: tariff-api, provider: tariffs, type: openapi }
          - { id: rating-api, provider: billing, type: openapi }
      `,
    },
    {
      name: 'a cycle through an asyncapi topic (async by type)',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, consumes: [b-events] }
          - { id: b, mode: mode2, owner: t, dependsOn: [a] }
        apis: [{ id: b-events, provider: b, type: asyncapi }]
      `,
    },
    {
      name: 'a chain without a cycle',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, dependsOn: [b] }
          - { id: b, mode: mode2, owner: t, dependsOn: [c] }
          - { id: c, mode: mode2, owner: t }
      `,
    },
    {
      name: 'self-dependencies and self-consumption are no edges',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, consumes: [a-api], dependsOn: [a] }
        apis: [{ id: a-api, provider: a }]
      `,
    },
    {
      name: 'a cycle closed only by dependsOn with interaction: async',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, dependsOn: [b] }
          - { id: b, mode: mode2, owner: t, dependsOn: [{ system: a, interaction: async }] }
      `,
    },
    {
      name: 'a cycle closed by an API with interaction: async (an openapi webhook)',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, consumes: [b-hook] }
          - { id: b, mode: mode2, owner: t, dependsOn: [a] }
        apis: [{ id: b-hook, provider: b, type: openapi, interaction: async }]
      `,
    },
    {
      name: 'a cycle through an API whose provider does not resolve is no cycle',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, consumes: [b-api] }
          - { id: b, mode: mode2, owner: t, dependsOn: [a] }
        apis: [{ id: b-api, provider: bb }]
      `,
    },
    {
      name: 'a cycle through a later duplicate is ignored',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, dependsOn: [b] }
          - { id: b, mode: mode2, owner: t }
          - { id: b, mode: mode2, owner: t, dependsOn: [a] }
      `,
    },
  ],
  invalid: [
    {
      name: 'SPEC: billing and tariffs call each other',
      yaml: yaml`
        systems:
          - { id: billing, mode: mode1, owner: team-bss, consumes: [tariff-api] }
          - { id: tariffs, mode: mode2, owner: team-web, consumes: [rating-api] }
        apis:
          - { id: tariff-api, provider: tariffs, type: openapi }
          - { id: rating-api, provider: billing, type: openapi }
      `,
      findings: [{ messageId: 'syncCycle', severity: 'error', subject: 'billing', related: ['billing', 'tariffs'], at: 'billing' }],
    },
    {
      name: 'one finding per component, subject the smallest id',
      yaml: yaml`
        systems:
          - { id: zeta, mode: mode2, owner: t, dependsOn: [mu] }
          - { id: mu, mode: mode2, owner: t, dependsOn: [alpha] }
          - { id: alpha, mode: mode2, owner: t, dependsOn: [zeta] }
          - { id: x, mode: mode2, owner: t, dependsOn: [y] }
          - { id: y, mode: mode2, owner: t, dependsOn: [x] }
      `,
      findings: [
        { messageId: 'syncCycle', severity: 'error', subject: 'alpha', related: ['alpha', 'mu', 'zeta'], at: 'alpha' },
        { messageId: 'syncCycle', severity: 'error', subject: 'x', related: ['x', 'y'], at: 'x' },
      ],
    },
    {
      name: 'includeAsync counts async edges',
      yaml: yaml`
        lint: { rules: { no-circular-dependency: [error, { includeAsync: true }] } }
        systems:
          - { id: a, mode: mode2, owner: t, consumes: [b-events] }
          - { id: b, mode: mode2, owner: t, dependsOn: [a] }
        apis: [{ id: b-events, provider: b, type: asyncapi }]
      `,
      findings: [{ messageId: 'cycle', severity: 'error', subject: 'a', related: ['a', 'b'], at: 'a' }],
    },
    {
      name: 'consumption-level interaction: sync overrides an asyncapi topic',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, consumes: [{ api: b-events, interaction: sync }] }
          - { id: b, mode: mode2, owner: t, dependsOn: [a] }
        apis: [{ id: b-events, provider: b, type: asyncapi }]
      `,
      findings: [{ messageId: 'syncCycle', severity: 'error', subject: 'a', related: ['a', 'b'], at: 'a' }],
    },
    {
      name: 'an API-level interaction: sync overrides the idoc default',
      yaml: yaml`
        systems:
          - { id: a, mode: mode1, owner: t, consumes: [b-idoc] }
          - { id: b, mode: mode1, owner: t, dependsOn: [a] }
        apis: [{ id: b-idoc, provider: b, type: idoc, interaction: sync }]
      `,
      findings: [{ messageId: 'syncCycle', severity: 'error', subject: 'a', related: ['a', 'b'], at: 'a' }],
    },
    {
      name: 'subject is the smallest id by code point; members only, not systems hanging off the cycle',
      yaml: yaml`
        systems:
          - { id: b2, mode: mode2, owner: t, dependsOn: [b10] }
          - { id: b10, mode: mode2, owner: t, dependsOn: [b-1, tail] }
          - { id: b-1, mode: mode2, owner: t, dependsOn: [b2, b10] }
          - { id: tail, mode: mode2, owner: t }
          - { id: head, mode: mode2, owner: t, dependsOn: [b2] }
      `,
      findings: [{ messageId: 'syncCycle', severity: 'error', subject: 'b-1', related: ['b-1', 'b10', 'b2'], at: 'b-1' }],
    },
    {
      name: 'two synchronous cycles joined by async edges: two components by default',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, dependsOn: [b, { system: c, interaction: async }] }
          - { id: b, mode: mode2, owner: t, dependsOn: [a] }
          - { id: c, mode: mode2, owner: t, dependsOn: [d] }
          - { id: d, mode: mode2, owner: t, dependsOn: [c, { system: a, interaction: async }] }
      `,
      findings: [
        { messageId: 'syncCycle', severity: 'error', subject: 'a', related: ['a', 'b'], at: 'a' },
        { messageId: 'syncCycle', severity: 'error', subject: 'c', related: ['c', 'd'], at: 'c' },
      ],
    },
    {
      name: 'two synchronous cycles joined by async edges: one component with includeAsync',
      yaml: yaml`
        lint: { rules: { no-circular-dependency: [warn, { includeAsync: true }] } }
        systems:
          - { id: d, mode: mode2, owner: t, dependsOn: [c, { system: a, interaction: async }] }
          - { id: c, mode: mode2, owner: t, dependsOn: [d] }
          - { id: b, mode: mode2, owner: t, dependsOn: [a] }
          - { id: a, mode: mode2, owner: t, dependsOn: [b, { system: c, interaction: async }] }
      `,
      findings: [{ messageId: 'cycle', severity: 'warn', subject: 'a', related: ['a', 'b', 'c', 'd'], at: 'a' }],
    },
  ],
});
