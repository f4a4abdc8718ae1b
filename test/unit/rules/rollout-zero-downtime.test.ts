import { ruleTester } from '../../helpers/rule-tester';
import { rollout } from './rollout-fixture';

const planned = (systems: string, targets = '[core]') => rollout(['downtime'], ['    downtime: planned'], systems).replace('targets: [checkout]', `targets: ${targets}`);

ruleTester('rollout-zero-downtime', {
  valid: [
    { name: 'SPEC: the web shop reaches core asynchronously', yaml: planned('systems:\n  - { id: web,  mode: mode2, owner: team-web, exposure: internet, consumes: [{ api: core-api, interaction: async }] }\n  - { id: core, mode: mode1, owner: team-core }\napis:\n  - { id: core-api, provider: core, type: openapi }\n') },
    { name: 'downtime none', yaml: rollout([], [], 'systems:\n  - { id: checkout, mode: mode2, owner: t, exposure: internet }\n') },
    { name: 'a synchronous path from an internal system only', yaml: planned('systems:\n  - { id: back, mode: mode1, owner: t, dependsOn: [core] }\n  - { id: core, mode: mode1, owner: t }\n') },
    { name: 'done', yaml: planned('systems:\n  - { id: core, mode: mode1, owner: t, exposure: internet }\n').replace('    downtime: planned', '    downtime: planned\n    status: done') },
  ],
  invalid: [
    {
      name: 'SPEC: the internet web shop calls core synchronously',
      yaml: planned('systems:\n  - { id: web,  mode: mode2, owner: team-web, exposure: internet, consumes: [core-api] }\n  - { id: core, mode: mode1, owner: team-core }\napis:\n  - { id: core-api, provider: core, type: openapi }\n'),
      findings: [{ subject: 'ro-1', related: ['ro-1', 'core'], at: 'downtime: planned', severity: 'warn' }],
      message: ["'web'"],
    },
    {
      name: 'an internet-exposed target itself',
      yaml: planned('systems:\n  - { id: core, mode: mode2, owner: t, exposure: internet }\n'),
      findings: [{ subject: 'ro-1', related: ['ro-1', 'core'], at: 'downtime: planned' }],
    },
    {
      name: 'through several synchronous hops of any mode; only affected targets related',
      yaml: planned('systems:\n  - { id: web, mode: mode2, owner: t, exposure: internet, dependsOn: [gw] }\n  - { id: gw, mode: gearbox, owner: t, dependsOn: [core] }\n  - { id: core, mode: mode1, owner: t }\n  - { id: batch, mode: mode1, owner: t }\n', '[batch, core]'),
      findings: [{ subject: 'ro-1', related: ['ro-1', 'core'], at: 'downtime: planned' }],
    },
  ],
});
