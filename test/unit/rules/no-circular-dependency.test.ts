import { ruleTester } from '../../helpers/rule-tester';

ruleTester('no-circular-dependency', {
  valid: [
    { name: 'SPEC: one direction is async', yaml: 'systems:\n  - { id: billing, mode: mode1, owner: team-bss, consumes: [{ api: tariff-api, interaction: async }] }\n  - { id: tariffs, mode: mode2, owner: team-web, consumes: [rating-api] }\napis:\n  - { id: tariff-api, provider: tariffs, type: openapi }\n  - { id: rating-api, provider: billing, type: openapi }\n' },
    { name: 'a cycle through an asyncapi topic (async by type)', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, consumes: [b-events] }\n  - { id: b, mode: mode2, owner: t, dependsOn: [a] }\napis: [{ id: b-events, provider: b, type: asyncapi }]\n' },
    { name: 'a chain without a cycle', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, dependsOn: [b] }\n  - { id: b, mode: mode2, owner: t, dependsOn: [c] }\n  - { id: c, mode: mode2, owner: t }\n' },
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
  ],
});
