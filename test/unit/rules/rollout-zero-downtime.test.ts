import { ruleTester } from '../../helpers/rule-tester';
import { rollout } from './rollout-fixture';

const planned = (systems: string, targets = '[core]') => rollout(['downtime'], ['    downtime: planned'], systems).replace('targets: [checkout]', `targets: ${targets}`);

const specRollout = 'rollouts:\n  - id: ro-core\n    targets: [core]\n    strategy: canary\n    downtime: planned\n    communicationPlan: { audiences: [customer-service] }\n    testing: { environment: production-like }\n    rollback: { plan: "flag back to v1", tested: true }\n    monitoring: { dashboards: [errors], alerting: true }\n';
const gearboxPath = (webToGw: string, gwToCore: string): string =>
  `systems:\n  - { id: web, mode: mode2, owner: t, exposure: internet, consumes: [${webToGw}] }\n  - { id: gw, mode: gearbox, owner: t, consumes: [${gwToCore}] }\n  - { id: core, mode: mode1, owner: t }\napis:\n  - { id: gw-api, provider: gw, type: openapi }\n  - { id: core-api, provider: core, type: odata }\n  - { id: core-events, provider: core, type: asyncapi }\n`;

ruleTester('rollout-zero-downtime', {
  valid: [
    { name: 'SPEC: the web shop reaches core asynchronously', yaml: planned('systems:\n  - { id: web,  mode: mode2, owner: team-web, exposure: internet, consumes: [{ api: core-api, interaction: async }] }\n  - { id: core, mode: mode1, owner: team-core }\napis:\n  - { id: core-api, provider: core, type: openapi }\n') },
    { name: 'SPEC verbatim: async consumption', yaml: `systems:\n  - { id: web,  mode: mode2, owner: team-web, exposure: internet, consumes: [{ api: core-api, interaction: async }] }\n  - { id: core, mode: mode1, owner: team-core }\napis:\n  - { id: core-api, provider: core, type: openapi }\n${specRollout}` },
    { name: 'the gearbox buffers: sync to the gearbox, async (event API) to core', yaml: `${gearboxPath('gw-api', 'core-events')}${specRollout}` },
    { name: 'async first hop, sync afterwards: no synchronous path from the internet', yaml: `${gearboxPath('{ api: gw-api, interaction: async }', 'core-api')}${specRollout}` },
    { name: 'an internet-exposed API of an internal target does not count (the SPEC asks for internet-exposed systems)', yaml: `systems:\n  - { id: core, mode: mode1, owner: t }\napis:\n  - { id: core-api, provider: core, type: openapi, exposure: internet }\n${specRollout}` },
    { name: 'API-level interaction: async overrides the openapi default', yaml: `systems:\n  - { id: web, mode: mode2, owner: t, exposure: internet, consumes: [core-api] }\n  - { id: core, mode: mode1, owner: t }\napis:\n  - { id: core-api, provider: core, type: openapi, interaction: async }\n${specRollout}` },
    { name: 'an async dependsOn', yaml: `systems:\n  - { id: web, mode: mode2, owner: t, exposure: internet, dependsOn: [{ system: core, interaction: async }] }\n  - { id: core, mode: mode1, owner: t }\n${specRollout}` },
    { name: 'the target calls the internet system (edges are followed from the internet system only)', yaml: `systems:\n  - { id: web, mode: mode2, owner: t, exposure: internet }\n  - { id: core, mode: mode1, owner: t, dependsOn: [web] }\n${specRollout}` },
    { name: 'partner exposure is not internet', yaml: `systems:\n  - { id: core, mode: mode1, owner: t, exposure: partner }\n${specRollout}` },
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
      name: 'SPEC verbatim: ro-core',
      yaml: `systems:\n  - { id: web,  mode: mode2, owner: team-web, exposure: internet, consumes: [core-api] }\n  - { id: core, mode: mode1, owner: team-core }\napis:\n  - { id: core-api, provider: core, type: openapi }\n${specRollout}`,
      findings: [{ subject: 'ro-core', related: ['ro-core', 'core'], at: 'downtime: planned', severity: 'warn' }],
    },
    {
      name: 'a synchronous path through the gearbox from an internet-exposed system',
      yaml: `${gearboxPath('gw-api', 'core-api')}${specRollout}`,
      findings: [{ subject: 'ro-core', related: ['ro-core', 'core'], at: 'downtime: planned' }],
    },
    {
      name: 'a consumption-level sync overrides an async API type',
      yaml: `${gearboxPath('gw-api', '{ api: core-events, interaction: sync }')}${specRollout}`,
      findings: [{ subject: 'ro-core', related: ['ro-core', 'core'], at: 'downtime: planned' }],
    },
    {
      name: 'one finding per rollout with several affected targets; unresolvable and unreachable targets left out',
      yaml: planned('systems:\n  - { id: web, mode: mode2, owner: t, exposure: internet, dependsOn: [core] }\n  - { id: core, mode: mode1, owner: t }\n  - { id: batch, mode: mode1, owner: t }\n', '[web, ghost, batch, core, web]'),
      findings: [{ subject: 'ro-1', related: ['ro-1', 'web', 'core'], at: 'downtime: planned' }],
    },
    {
      name: 'an in-progress rollout, block-style downtime with a comment',
      yaml: planned('systems:\n  - { id: core, mode: mode1, owner: t, exposure: internet }\n').replace('    downtime: planned', '    status: in-progress\n    downtime: planned   # Sunday 02:00-04:00'),
      findings: [{ subject: 'ro-1', related: ['ro-1', 'core'], at: 'downtime: planned' }],
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
