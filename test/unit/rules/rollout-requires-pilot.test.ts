import { ruleTester } from '../../helpers/rule-tester';
import { rollout } from './rollout-fixture';
import { yaml } from '../../helpers/yaml';

const core = yaml`
  systems:
    - { id: core, mode: mode1, owner: team-core, criticality: missionCritical }
`;
const specCore = yaml`
  systems:
    - { id: core, mode: mode1, owner: team-core, criticality: missionCritical }
`;
const specRollout = yaml`
  rollouts:
    - id: ro-core
      targets: [core]
      strategy: big-bang
      downtime: none
      communicationPlan: { audiences: [customer-service] }
      testing: { environment: production-like }
      rollback: { plan: "flag back to v1", tested: true }
      monitoring: { dashboards: [errors], alerting: true }
`;
const bigBang = (extra = '', without: string[] = []) => rollout(['strategy', ...without], yaml`
  strategy: big-bang
  ${extra}`, core).replace('targets: [checkout]', 'targets: [core]');

ruleTester('rollout-requires-pilot', {
  valid: [
    { name: 'SPEC: a pilot block', yaml: bigBang('pilot: { scope: "2 branches", durationDays: 14 }') },
    { name: 'SPEC verbatim: ro-core with a pilot', yaml: `${specCore}${specRollout}    pilot: { scope: "2 branches", durationDays: 14 }\n` },
    { name: 'an empty pilot block is still a pilot block (SPEC: "no pilot block")', yaml: bigBang('pilot: {}') },
    { name: 'a phased strategy', yaml: bigBang().replace('strategy: big-bang', 'strategy: phased') },
    { name: 'no resolvable critical target', yaml: bigBang().replace('targets: [core]', 'targets: [ghost]') },
    { name: 'a canary strategy', yaml: rollout([], '', core).replace('targets: [checkout]', 'targets: [core]') },
    { name: 'a non-critical target', yaml: bigBang().replace('criticality: missionCritical', 'criticality: administrativeService') },
    { name: 'done', yaml: bigBang('status: done') },
  ],
  invalid: [
    {
      name: 'SPEC: big-bang on a mission-critical core; insert a pilot',
      yaml: bigBang(),
      findings: [
        {
          messageId: 'bigBang', severity: 'warn', subject: 'ro-1', related: ['ro-1', 'core'], at: 'strategy: big-bang',
          fixes: [
            { title: "Add pilot to 'ro-1'", output: bigBang('pilot: { scope: "", durationDays: }') },
          ],
        },
      ],
    },
    {
      name: 'SPEC verbatim: ro-core big-bang on a mission-critical core',
      yaml: `${specCore}${specRollout}`,
      findings: [
        {
          messageId: 'bigBang', severity: 'warn', subject: 'ro-core', related: ['ro-core', 'core'], at: 'strategy: big-bang',
          fixes: [
            {
              title: "Add pilot to 'ro-core'",
              output: yaml`
                systems:
                  - { id: core, mode: mode1, owner: team-core, criticality: missionCritical }
                rollouts:
                  - id: ro-core
                    targets: [core]
                    strategy: big-bang
                    downtime: none
                    communicationPlan: { audiences: [customer-service] }
                    testing: { environment: production-like }
                    rollback: { plan: "flag back to v1", tested: true }
                    monitoring: { dashboards: [errors], alerting: true }
                    pilot: { scope: "", durationDays: }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a pilot key without a value is no pilot block',
      yaml: bigBang('pilot:'),
      findings: [{ messageId: 'bigBang', severity: 'warn', subject: 'ro-1', related: ['ro-1', 'core'], at: 'strategy: big-bang' }],
    },
    {
      name: 'several targets: every critical one related once, an in-progress rollout',
      yaml: bigBang('status: in-progress').replace('targets: [core]', 'targets: [core, side, hr, core]').replace('systems:\n', yaml`
        systems:
          - { id: side, mode: mode2, owner: t, criticality: businessOperational }
          - { id: hr, mode: mode1, owner: t, criticality: businessCritical }
      `),
      findings: [
        {
          messageId: 'bigBang', severity: 'warn', subject: 'ro-1', related: ['ro-1', 'core', 'hr'], at: 'strategy: big-bang',
          fixes: [
            {
              title: "Add pilot to 'ro-1'",
              output: yaml`
                systems:
                  - { id: side, mode: mode2, owner: t, criticality: businessOperational }
                  - { id: hr, mode: mode1, owner: t, criticality: businessCritical }
                  - { id: core, mode: mode1, owner: team-core, criticality: missionCritical }
                rollouts:
                  - id: ro-1
                    targets: [core, side, hr, core]
                    downtime: none
                    communicationPlan: { audiences: [customer-service] }
                    testing: { environment: production-like }
                    rollback: { plan: "flag back to v1", tested: true }
                    monitoring: { dashboards: [errors], alerting: true }
                    strategy: big-bang
                    status: in-progress
                    pilot: { scope: "", durationDays: }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'no strategy means big-bang: at the id',
      yaml: rollout(['strategy'], '', core).replace('targets: [checkout]', 'targets: [core]'),
      findings: [
        {
          messageId: 'noStrategy', severity: 'warn', subject: 'ro-1', related: ['ro-1', 'core'], at: 'ro-1',
          fixes: [
            {
              title: "Add pilot to 'ro-1'",
              output: yaml`
                systems:
                  - { id: core, mode: mode1, owner: team-core, criticality: missionCritical }
                rollouts:
                  - id: ro-1
                    targets: [core]
                    downtime: none
                    communicationPlan: { audiences: [customer-service] }
                    testing: { environment: production-like }
                    rollback: { plan: "flag back to v1", tested: true }
                    monitoring: { dashboards: [errors], alerting: true }
                    pilot: { scope: "", durationDays: }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'only critical, resolvable targets are related',
      yaml: bigBang().replace('targets: [core]', 'targets: [core, side, ghost]').replace('systems:\n', yaml`
        systems:
          - { id: side, mode: mode2, owner: t }
      `),
      findings: [
        {
          messageId: 'bigBang', severity: 'warn', subject: 'ro-1', related: ['ro-1', 'core'], at: 'strategy: big-bang',
          fixes: [
            {
              title: "Add pilot to 'ro-1'",
              output: yaml`
                systems:
                  - { id: side, mode: mode2, owner: t }
                  - { id: core, mode: mode1, owner: team-core, criticality: missionCritical }
                rollouts:
                  - id: ro-1
                    targets: [core, side, ghost]
                    downtime: none
                    communicationPlan: { audiences: [customer-service] }
                    testing: { environment: production-like }
                    rollback: { plan: "flag back to v1", tested: true }
                    monitoring: { dashboards: [errors], alerting: true }
                    strategy: big-bang
                    pilot: { scope: "", durationDays: }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the criticality option',
      yaml: yaml`
        lint: { rules: { rollout-requires-pilot: [warn, { criticality: [administrativeService] }] } }
        ${bigBang().replace('criticality: missionCritical', 'criticality: administrativeService')}`,
      findings: [
        {
          messageId: 'bigBang', severity: 'warn', subject: 'ro-1', related: ['ro-1', 'core'], at: 'strategy: big-bang',
          fixes: [
            {
              title: "Add pilot to 'ro-1'",
              output: yaml`
                lint: { rules: { rollout-requires-pilot: [warn, { criticality: [administrativeService] }] } }
                systems:
                  - { id: core, mode: mode1, owner: team-core, criticality: administrativeService }
                rollouts:
                  - id: ro-1
                    targets: [core]
                    downtime: none
                    communicationPlan: { audiences: [customer-service] }
                    testing: { environment: production-like }
                    rollback: { plan: "flag back to v1", tested: true }
                    monitoring: { dashboards: [errors], alerting: true }
                    strategy: big-bang
                    pilot: { scope: "", durationDays: }
              `,
            },
          ],
        },
      ],
    },
  ],
});
