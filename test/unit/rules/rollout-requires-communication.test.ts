import { ruleTester } from '../../helpers/rule-tester';
import { rollout } from './rollout-fixture';
import { yaml } from '../../helpers/yaml';

ruleTester('rollout-requires-communication', {
  valid: [
    { name: 'SPEC: audiences given', yaml: rollout() },
    { name: 'done rollouts are skipped', yaml: rollout(['communicationPlan'], 'status: done') },
    {
      name: 'block style plan',
      yaml: rollout(['communicationPlan'], yaml`
        communicationPlan:
          channels: [intranet]
      `),
    },
  ],
  invalid: [
    {
      name: 'one finding per rollout, only for those lacking it',
      yaml: yaml`
        ${rollout()}  - id: ro-2
            targets: [checkout]
            status: planned
          - id: ro-3
            targets: [checkout]
            status: done
          - { id: ro-4, targets: [checkout], communicationPlan: { audiences: [customer-service] } }
      `,
      findings: [
        {
          messageId: 'noPlan', severity: 'warn', subject: 'ro-2', related: ['ro-2'], at: 'ro-2',
          fixes: [
            {
              title: "Add communicationPlan to 'ro-2'",
              output: yaml`
                systems:
                  - { id: checkout, mode: mode2, owner: team-web }
                rollouts:
                  - id: ro-1
                    targets: [checkout]
                    strategy: canary
                    downtime: none
                    communicationPlan: { audiences: [customer-service] }
                    testing: { environment: production-like }
                    rollback: { plan: "flag back to v1", tested: true }
                    monitoring: { dashboards: [errors], alerting: true }
                  - id: ro-2
                    targets: [checkout]
                    status: planned
                    communicationPlan: { audiences: [], leadTimeDays: }
                  - id: ro-3
                    targets: [checkout]
                    status: done
                  - { id: ro-4, targets: [checkout], communicationPlan: { audiences: [customer-service] } }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'SPEC: no communication plan; insert the skeleton',
      yaml: rollout(['communicationPlan']),
      findings: [
        {
          messageId: 'noPlan', severity: 'warn', subject: 'ro-1', related: ['ro-1'], at: 'ro-1',
          fixes: [
            { title: "Add communicationPlan to 'ro-1'", output: rollout(['communicationPlan'], 'communicationPlan: { audiences: [], leadTimeDays: }') },
          ],
        },
      ],
    },
    { name: 'an empty mapping', yaml: rollout(['communicationPlan'], 'communicationPlan: {}'), findings: [{ messageId: 'noPlan', severity: 'warn', subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }] },
    { name: 'a null value', yaml: rollout(['communicationPlan'], 'communicationPlan:'), findings: [{ messageId: 'noPlan', severity: 'warn', subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }] },
  ],
});
