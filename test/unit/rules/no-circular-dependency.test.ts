import { ruleTester } from '../../helpers/rule-tester';

ruleTester('no-circular-dependency', {
  valid: [
    { name: 'SPEC: one direction is async', yaml: 'systems:\n  - { id: billing, mode: mode1, owner: team-bss, consumes: [{ api: tariff-api, interaction: async }] }\n  - { id: tariffs, mode: mode2, owner: team-web, consumes: [rating-api] }\napis:\n  - { id: tariff-api, provider: tariffs, type: openapi }\n  - { id: rating-api, provider: billing, type: openapi }\n' },
    { name: 'a cycle through an asyncapi topic (async by type)', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, consumes: [b-events] }\n  - { id: b, mode: mode2, owner: t, dependsOn: [a] }\napis: [{ id: b-events, provider: b, type: asyncapi }]\n' },
    { name: 'a chain without a cycle', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, dependsOn: [b] }\n  - { id: b, mode: mode2, owner: t, dependsOn: [c] }\n  - { id: c, mode: mode2, owner: t }\n' },
    { name: 'self-dependencies and self-consumption are no edges', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, consumes: [a-api], dependsOn: [a] }\napis: [{ id: a-api, provider: a }]\n' },
    { name: 'a cycle closed only by dependsOn with interaction: async', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, dependsOn: [b] }\n  - { id: b, mode: mode2, owner: t, dependsOn: [{ system: a, interaction: async }] }\n' },
    { name: 'a cycle closed by an API with interaction: async (an openapi webhook)', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, consumes: [b-hook] }\n  - { id: b, mode: mode2, owner: t, dependsOn: [a] }\napis: [{ id: b-hook, provider: b, type: openapi, interaction: async }]\n' },
    { name: 'a cycle through an API whose provider does not resolve is no cycle', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, consumes: [b-api] }\n  - { id: b, mode: mode2, owner: t, dependsOn: [a] }\napis: [{ id: b-api, provider: bb }]\n' },
    { name: 'a cycle through a later duplicate is ignored', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, dependsOn: [b] }\n  - { id: b, mode: mode2, owner: t }\n  - { id: b, mode: mode2, owner: t, dependsOn: [a] }\n' },
  ],
  invalid: [
    {
      name: 'SPEC: billing and tariffs call each other',
      yaml: 'systems:\n  - { id: billing, mode: mode1, owner: team-bss, consumes: [tariff-api] }\n  - { id: tariffs, mode: mode2, owner: team-web, consumes: [rating-api] }\napis:\n  - { id: tariff-api, provider: tariffs, type: openapi }\n  - { id: rating-api, provider: billing, type: openapi }\n',
      findings: [{ subject: 'billing', related: ['billing', 'tariffs'], at: 'billing', severity: 'error' }],
    },
    {
      name: 'one finding per component, subject the smallest id',
      yaml: 'systems:\n  - { id: zeta, mode: mode2, owner: t, dependsOn: [mu] }\n  - { id: mu, mode: mode2, owner: t, dependsOn: [alpha] }\n  - { id: alpha, mode: mode2, owner: t, dependsOn: [zeta] }\n  - { id: x, mode: mode2, owner: t, dependsOn: [y] }\n  - { id: y, mode: mode2, owner: t, dependsOn: [x] }\n',
      findings: [
        { subject: 'alpha', related: ['alpha', 'mu', 'zeta'], at: 'alpha' },
        { subject: 'x', related: ['x', 'y'], at: 'x' },
      ],
    },
    {
      name: 'includeAsync counts async edges',
      yaml: 'lint: { rules: { no-circular-dependency: [error, { includeAsync: true }] } }\nsystems:\n  - { id: a, mode: mode2, owner: t, consumes: [b-events] }\n  - { id: b, mode: mode2, owner: t, dependsOn: [a] }\napis: [{ id: b-events, provider: b, type: asyncapi }]\n',
      findings: [{ subject: 'a', related: ['a', 'b'], at: 'a' }],
    },
    {
      name: 'consumption-level interaction: sync overrides an asyncapi topic',
      yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, consumes: [{ api: b-events, interaction: sync }] }\n  - { id: b, mode: mode2, owner: t, dependsOn: [a] }\napis: [{ id: b-events, provider: b, type: asyncapi }]\n',
      findings: [{ subject: 'a', related: ['a', 'b'], at: 'a' }],
    },
    {
      name: 'an API-level interaction: sync overrides the idoc default',
      yaml: 'systems:\n  - { id: a, mode: mode1, owner: t, consumes: [b-idoc] }\n  - { id: b, mode: mode1, owner: t, dependsOn: [a] }\napis: [{ id: b-idoc, provider: b, type: idoc, interaction: sync }]\n',
      findings: [{ subject: 'a', related: ['a', 'b'], at: 'a' }],
    },
    {
      name: 'subject is the smallest id by code point; members only, not systems hanging off the cycle',
      yaml: 'systems:\n  - { id: b2, mode: mode2, owner: t, dependsOn: [b10] }\n  - { id: b10, mode: mode2, owner: t, dependsOn: [b-1, tail] }\n  - { id: b-1, mode: mode2, owner: t, dependsOn: [b2, b10] }\n  - { id: tail, mode: mode2, owner: t }\n  - { id: head, mode: mode2, owner: t, dependsOn: [b2] }\n',
      findings: [{ subject: 'b-1', related: ['b-1', 'b10', 'b2'], at: 'b-1' }],
    },
    {
      name: 'two synchronous cycles joined by async edges: two components by default',
      yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, dependsOn: [b, { system: c, interaction: async }] }\n  - { id: b, mode: mode2, owner: t, dependsOn: [a] }\n  - { id: c, mode: mode2, owner: t, dependsOn: [d] }\n  - { id: d, mode: mode2, owner: t, dependsOn: [c, { system: a, interaction: async }] }\n',
      findings: [
        { subject: 'a', related: ['a', 'b'], at: 'a' },
        { subject: 'c', related: ['c', 'd'], at: 'c' },
      ],
    },
    {
      name: 'two synchronous cycles joined by async edges: one component with includeAsync',
      yaml: 'lint: { rules: { no-circular-dependency: [warn, { includeAsync: true }] } }\nsystems:\n  - { id: d, mode: mode2, owner: t, dependsOn: [c, { system: a, interaction: async }] }\n  - { id: c, mode: mode2, owner: t, dependsOn: [d] }\n  - { id: b, mode: mode2, owner: t, dependsOn: [a] }\n  - { id: a, mode: mode2, owner: t, dependsOn: [b, { system: c, interaction: async }] }\n',
      findings: [{ subject: 'a', related: ['a', 'b', 'c', 'd'], at: 'a', severity: 'warn' }],
    },
  ],
});
