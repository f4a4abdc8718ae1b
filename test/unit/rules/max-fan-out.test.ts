import { ruleTester } from '../../helpers/rule-tester';

const three = 'systems:\n  - { id: bff, mode: mode2, owner: team-app, consumes: [a-api, b-api, c-api] }\n  - { id: a, mode: mode2, owner: team-app }\n  - { id: b, mode: mode2, owner: team-app }\n  - { id: c, mode: mode2, owner: team-app }\napis:\n  - { id: a-api, provider: a, type: openapi }\n  - { id: b-api, provider: b, type: openapi }\n  - { id: c-api, provider: c, type: openapi }\n';

ruleTester('max-fan-out', {
  valid: [
    { name: 'SPEC: max 3', yaml: `lint: { rules: { max-fan-out: [warn, { max: 3 }] } }\n${three}` },
    { name: 'distinct systems: two APIs of one provider count once', yaml: 'lint: { rules: { max-fan-out: [warn, { max: 1 }] } }\nsystems:\n  - { id: bff, mode: mode2, owner: t, consumes: [a1, a2], dependsOn: [a] }\n  - { id: a, mode: mode2, owner: t }\napis:\n  - { id: a1, provider: a }\n  - { id: a2, provider: a }\n' },
    { name: 'gearbox systems are ignored by default', yaml: `lint: { rules: { max-fan-out: [warn, { max: 2 }] } }\n${three.replace('id: bff, mode: mode2', 'id: bff, mode: gearbox')}` },
    { name: 'the default max is 7', yaml: three },
    { name: 'unresolvable references, self-edges and a later duplicate do not count', yaml: 'lint: { rules: { max-fan-out: [warn, { max: 1 }] } }\nsystems:\n  - { id: s, mode: mode2, owner: t, consumes: [s-api, ghost-api, orphan-api], dependsOn: [s, ghost, a] }\n  - { id: a, mode: mode2, owner: t }\n  - { id: b, mode: mode2, owner: t }\n  - { id: a, mode: mode2, owner: t, dependsOn: [b, s] }\napis:\n  - { id: s-api, provider: s }\n  - { id: orphan-api, provider: nobody }\n' },
    { name: 'ignoreModes replaces the default list: Mode 2 ignored', yaml: `lint: { rules: { max-fan-out: [warn, { max: 2, ignoreModes: [mode2] }] } }\n${three}` },
  ],
  invalid: [
    {
      name: 'SPEC: max 2',
      yaml: `lint: { rules: { max-fan-out: [warn, { max: 2 }] } }\n${three}`,
      findings: [{ subject: 'bff', related: ['bff', 'a', 'b', 'c'], at: 'bff', severity: 'warn' }],
      message: ['3 distinct systems'],
    },
    {
      name: 'ignoreModes emptied: gearbox systems count',
      yaml: `lint: { rules: { max-fan-out: [warn, { max: 2, ignoreModes: [] }] } }\n${three.replace('id: bff, mode: mode2', 'id: bff, mode: gearbox')}`,
      findings: [{ subject: 'bff', related: ['bff', 'a', 'b', 'c'], at: 'bff' }],
    },
    {
      name: 'consumes and dependsOn together, async included',
      yaml: 'lint: { rules: { max-fan-out: [error, { max: 1 }] } }\nsystems:\n  - { id: s, mode: mode1, owner: t, consumes: [{ api: a-api, interaction: async }], dependsOn: [b] }\n  - { id: a, mode: mode1, owner: t }\n  - { id: b, mode: mode1, owner: t }\napis: [{ id: a-api, provider: a }]\n',
      findings: [{ subject: 's', related: ['s', 'a', 'b'], at: 's', severity: 'error' }],
    },
    {
      name: 'max 0: a single dependency is too many',
      yaml: 'lint: { rules: { max-fan-out: [warn, { max: 0 }] } }\nsystems:\n  - { id: s, mode: mode1, owner: t, dependsOn: [{ system: a, interaction: async }] }\n  - { id: a, mode: mode1, owner: t }\n',
      findings: [{ subject: 's', related: ['s', 'a'], at: 's' }],
    },
    {
      name: 'ignoreModes: [mode2] leaves gearbox systems counted',
      yaml: 'lint: { rules: { max-fan-out: [warn, { max: 1, ignoreModes: [mode2] }] } }\nsystems:\n  - { id: gw, mode: gearbox, owner: t, dependsOn: [a, b] }\n  - { id: web, mode: mode2, owner: t, dependsOn: [a, b] }\n  - { id: a, mode: mode1, owner: t }\n  - { id: b, mode: mode1, owner: t }\n',
      findings: [{ subject: 'gw', related: ['gw', 'a', 'b'], at: 'gw' }],
    },
  ],
});
