import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

const three = yaml`
  systems:
    - { id: bff, mode: mode2, owner: team-app, consumes: [a-api, b-api, c-api] }
    - { id: a, mode: mode2, owner: team-app }
    - { id: b, mode: mode2, owner: team-app }
    - { id: c, mode: mode2, owner: team-app }
  apis:
    - { id: a-api, provider: a, type: openapi }
    - { id: b-api, provider: b, type: openapi }
    - { id: c-api, provider: c, type: openapi }
`;

ruleTester('max-fan-out', {
  valid: [
    {
      name: 'SPEC: max 3',
      yaml: yaml`
        lint: { rules: { max-fan-out: [warn, { max: 3 }] } }
        ${three}`,
    },
    {
      name: 'distinct systems: two APIs of one provider count once',
      yaml: yaml`
        lint: { rules: { max-fan-out: [warn, { max: 1 }] } }
        systems:
          - { id: bff, mode: mode2, owner: t, consumes: [a1, a2], dependsOn: [a] }
          - { id: a, mode: mode2, owner: t }
        apis:
          - { id: a1, provider: a }
          - { id: a2, provider: a }
      `,
    },
    {
      name: 'gearbox systems are ignored by default',
      yaml: yaml`
        lint: { rules: { max-fan-out: [warn, { max: 2 }] } }
        ${three.replace('id: bff, mode: mode2', 'id: bff, mode: gearbox')}`,
    },
    { name: 'the default max is 7', yaml: three },
    {
      name: 'unresolvable references, self-edges and a later duplicate do not count',
      yaml: yaml`
        lint: { rules: { max-fan-out: [warn, { max: 1 }] } }
        systems:
          - { id: s, mode: mode2, owner: t, consumes: [s-api, ghost-api, orphan-api], dependsOn: [s, ghost, a] }
          - { id: a, mode: mode2, owner: t }
          - { id: b, mode: mode2, owner: t }
          - { id: a, mode: mode2, owner: t, dependsOn: [b, s] }
        apis:
          - { id: s-api, provider: s }
          - { id: orphan-api, provider: nobody }
      `,
    },
    {
      name: 'ignoreModes replaces the default list: Mode 2 ignored',
      yaml: yaml`
        lint: { rules: { max-fan-out: [warn, { max: 2, ignoreModes: [mode2] }] } }
        ${three}`,
    },
  ],
  invalid: [
    {
      name: 'SPEC: max 2',
      yaml: yaml`
        lint: { rules: { max-fan-out: [warn, { max: 2 }] } }
        ${three}`,
      findings: [{ messageId: 'fanOut', severity: 'warn', subject: 'bff', related: ['bff', 'a', 'b', 'c'], at: 'bff' }],
      message: ['3 distinct systems'],
    },
    {
      name: 'ignoreModes emptied: gearbox systems count',
      yaml: yaml`
        lint: { rules: { max-fan-out: [warn, { max: 2, ignoreModes: [] }] } }
        ${three.replace('id: bff, mode: mode2', 'id: bff, mode: gearbox')}`,
      findings: [{ messageId: 'fanOut', severity: 'warn', subject: 'bff', related: ['bff', 'a', 'b', 'c'], at: 'bff' }],
    },
    {
      name: 'consumes and dependsOn together, async included',
      yaml: yaml`
        lint: { rules: { max-fan-out: [error, { max: 1 }] } }
        systems:
          - { id: s, mode: mode1, owner: t, consumes: [{ api: a-api, interaction: async }], dependsOn: [b] }
          - { id: a, mode: mode1, owner: t }
          - { id: b, mode: mode1, owner: t }
        apis: [{ id: a-api, provider: a }]
      `,
      findings: [{ messageId: 'fanOut', severity: 'error', subject: 's', related: ['s', 'a', 'b'], at: 's' }],
    },
    {
      name: 'max 0: a single dependency is too many',
      yaml: yaml`
        lint: { rules: { max-fan-out: [warn, { max: 0 }] } }
        systems:
          - { id: s, mode: mode1, owner: t, dependsOn: [{ system: a, interaction: async }] }
          - { id: a, mode: mode1, owner: t }
      `,
      findings: [{ messageId: 'fanOut', severity: 'warn', subject: 's', related: ['s', 'a'], at: 's' }],
    },
    {
      name: 'ignoreModes: [mode2] leaves gearbox systems counted',
      yaml: yaml`
        lint: { rules: { max-fan-out: [warn, { max: 1, ignoreModes: [mode2] }] } }
        systems:
          - { id: gw, mode: gearbox, owner: t, dependsOn: [a, b] }
          - { id: web, mode: mode2, owner: t, dependsOn: [a, b] }
          - { id: a, mode: mode1, owner: t }
          - { id: b, mode: mode1, owner: t }
      `,
      findings: [{ messageId: 'fanOut', severity: 'warn', subject: 'gw', related: ['gw', 'a', 'b'], at: 'gw' }],
    },
  ],
});
