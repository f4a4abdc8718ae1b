import { ruleTester } from '../../helpers/rule-tester';
import { rollout } from './rollout-fixture';
import { yaml } from '../../helpers/yaml';

/** The full rollout with planned downtime (`downtime`: the lines that say so) on `targets`, after `systems`. */
const planned = (systems: string, targets = '[core]', downtime = 'downtime: planned') => rollout(['downtime'], downtime, systems).replace('targets: [checkout]', `targets: ${targets}`);

const specRollout = yaml`
  rollouts:
    - id: ro-core
      targets: [core]
      strategy: canary
      downtime: planned
      communicationPlan: { audiences: [customer-service] }
      testing: { environment: production-like }
      rollback: { plan: "flag back to v1", tested: true }
      monitoring: { dashboards: [errors], alerting: true }
`;
const gearboxPath = (webToGw: string, gwToCore: string): string =>
  yaml`
    systems:
      - { id: web, mode: mode2, owner: t, exposure: internet, consumes: [${webToGw}] }
      - { id: gw, mode: gearbox, owner: t, consumes: [${gwToCore}] }
      - { id: core, mode: mode1, owner: t }
    apis:
      - { id: gw-api, provider: gw, type: openapi }
      - { id: core-api, provider: core, type: odata }
      - { id: core-events, provider: core, type: asyncapi }
  `;

ruleTester('rollout-zero-downtime', {
  valid: [
    {
      name: 'SPEC: the web shop reaches core asynchronously',
      yaml: planned(yaml`
        systems:
          - { id: web,  mode: mode2, owner: team-web, exposure: internet, consumes: [{ api: core-api, interaction: async }] }
          - { id: core, mode: mode1, owner: team-core }
        apis:
          - { id: core-api, provider: core, type: openapi }
      `),
    },
    {
      name: 'SPEC verbatim: async consumption',
      yaml: yaml`
        systems:
          - { id: web,  mode: mode2, owner: team-web, exposure: internet, consumes: [{ api: core-api, interaction: async }] }
          - { id: core, mode: mode1, owner: team-core }
        apis:
          - { id: core-api, provider: core, type: openapi }
        ${specRollout}`,
    },
    { name: 'the gearbox buffers: sync to the gearbox, async (event API) to core', yaml: `${gearboxPath('gw-api', 'core-events')}${specRollout}` },
    { name: 'async first hop, sync afterwards: no synchronous path from the internet', yaml: `${gearboxPath('{ api: gw-api, interaction: async }', 'core-api')}${specRollout}` },
    {
      name: 'an internet-exposed API of an internal target does not count (the SPEC asks for internet-exposed systems)',
      yaml: yaml`
        systems:
          - { id: core, mode: mode1, owner: t }
        apis:
          - { id: core-api, provider: core, type: openapi, exposure: internet }
        ${specRollout}`,
    },
    {
      name: 'API-level interaction: async overrides the openapi default',
      yaml: yaml`
        systems:
          - { id: web, mode: mode2, owner: t, exposure: internet, consumes: [core-api] }
          - { id: core, mode: mode1, owner: t }
        apis:
          - { id: core-api, provider: core, type: openapi, interaction: async }
        ${specRollout}`,
    },
    {
      name: 'an async dependsOn',
      yaml: yaml`
        systems:
          - { id: web, mode: mode2, owner: t, exposure: internet, dependsOn: [{ system: core, interaction: async }] }
          - { id: core, mode: mode1, owner: t }
        ${specRollout}`,
    },
    {
      name: 'the target calls the internet system (edges are followed from the internet system only)',
      yaml: yaml`
        systems:
          - { id: web, mode: mode2, owner: t, exposure: internet }
          - { id: core, mode: mode1, owner: t, dependsOn: [web] }
        ${specRollout}`,
    },
    {
      name: 'partner exposure is not internet',
      yaml: yaml`
        systems:
          - { id: core, mode: mode1, owner: t, exposure: partner }
        ${specRollout}`,
    },
    {
      name: 'downtime none',
      yaml: rollout([], '', yaml`
        systems:
          - { id: checkout, mode: mode2, owner: t, exposure: internet }
      `),
    },
    {
      name: 'a synchronous path from an internal system only',
      yaml: planned(yaml`
        systems:
          - { id: back, mode: mode1, owner: t, dependsOn: [core] }
          - { id: core, mode: mode1, owner: t }
      `),
    },
    {
      name: 'done',
      yaml: planned(yaml`
        systems:
          - { id: core, mode: mode1, owner: t, exposure: internet }
      `, '[core]', yaml`
        downtime: planned
        status: done
      `),
    },
  ],
  invalid: [
    {
      name: 'SPEC: the internet web shop calls core synchronously',
      yaml: planned(yaml`
        systems:
          - { id: web,  mode: mode2, owner: team-web, exposure: internet, consumes: [core-api] }
          - { id: core, mode: mode1, owner: team-core }
        apis:
          - { id: core-api, provider: core, type: openapi }
      `),
      findings: [{ messageId: 'downtime', severity: 'warn', subject: 'ro-1', related: ['ro-1', 'core'], at: 'downtime: planned' }],
      message: ["'web'"],
    },
    {
      name: 'SPEC verbatim: ro-core',
      yaml: yaml`
        systems:
          - { id: web,  mode: mode2, owner: team-web, exposure: internet, consumes: [core-api] }
          - { id: core, mode: mode1, owner: team-core }
        apis:
          - { id: core-api, provider: core, type: openapi }
        ${specRollout}`,
      findings: [{ messageId: 'downtime', severity: 'warn', subject: 'ro-core', related: ['ro-core', 'core'], at: 'downtime: planned' }],
    },
    {
      name: 'a synchronous path through the gearbox from an internet-exposed system',
      yaml: `${gearboxPath('gw-api', 'core-api')}${specRollout}`,
      findings: [{ messageId: 'downtime', severity: 'warn', subject: 'ro-core', related: ['ro-core', 'core'], at: 'downtime: planned' }],
    },
    {
      name: 'a consumption-level sync overrides an async API type',
      yaml: `${gearboxPath('gw-api', '{ api: core-events, interaction: sync }')}${specRollout}`,
      findings: [{ messageId: 'downtime', severity: 'warn', subject: 'ro-core', related: ['ro-core', 'core'], at: 'downtime: planned' }],
    },
    {
      name: 'one finding per rollout with several affected targets; unresolvable and unreachable targets left out',
      yaml: planned(yaml`
        systems:
          - { id: web, mode: mode2, owner: t, exposure: internet, dependsOn: [core] }
          - { id: core, mode: mode1, owner: t }
          - { id: batch, mode: mode1, owner: t }
      `, '[web, ghost, batch, core, web]'),
      findings: [{ messageId: 'downtime', severity: 'warn', subject: 'ro-1', related: ['ro-1', 'web', 'core'], at: 'downtime: planned' }],
    },
    {
      name: 'an in-progress rollout, block-style downtime with a comment',
      yaml: planned(yaml`
        systems:
          - { id: core, mode: mode1, owner: t, exposure: internet }
      `, '[core]', yaml`
        status: in-progress
        downtime: planned   # Sunday 02:00-04:00
      `),
      findings: [{ messageId: 'downtime', severity: 'warn', subject: 'ro-1', related: ['ro-1', 'core'], at: 'downtime: planned' }],
    },
    {
      name: 'an internet-exposed target itself',
      yaml: planned(yaml`
        systems:
          - { id: core, mode: mode2, owner: t, exposure: internet }
      `),
      findings: [{ messageId: 'downtime', severity: 'warn', subject: 'ro-1', related: ['ro-1', 'core'], at: 'downtime: planned' }],
    },
    {
      name: 'through several synchronous hops of any mode; only affected targets related',
      yaml: planned(yaml`
        systems:
          - { id: web, mode: mode2, owner: t, exposure: internet, dependsOn: [gw] }
          - { id: gw, mode: gearbox, owner: t, dependsOn: [core] }
          - { id: core, mode: mode1, owner: t }
          - { id: batch, mode: mode1, owner: t }
      `, '[batch, core]'),
      findings: [{ messageId: 'downtime', severity: 'warn', subject: 'ro-1', related: ['ro-1', 'core'], at: 'downtime: planned' }],
    },
  ],
});
