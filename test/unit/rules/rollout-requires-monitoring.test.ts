import { ruleTester } from '../../helpers/rule-tester';
import { rollout } from './rollout-fixture';
import { yaml } from '../../helpers/yaml';

ruleTester('rollout-requires-monitoring', {
  valid: [
    { name: 'SPEC: dashboards and alerting', yaml: rollout() },
    { name: 'done rollouts are skipped', yaml: rollout(['monitoring'], 'status: done') },
    { name: 'in-progress rollouts with monitoring', yaml: rollout([], 'status: in-progress') },
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
          - { id: ro-4, targets: [checkout], monitoring: { dashboards: [errors], alerting: true } }
      `,
      findings: [
        {
          messageId: 'noMonitoring', severity: 'warn', subject: 'ro-2', related: ['ro-2'], at: 'ro-2',
          fixes: [
            {
              title: "Add monitoring to 'ro-2'",
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
                    monitoring: { dashboards: [], alerting: true }
                  - id: ro-3
                    targets: [checkout]
                    status: done
                  - { id: ro-4, targets: [checkout], monitoring: { dashboards: [errors], alerting: true } }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'SPEC: no monitoring; insert the skeleton',
      yaml: rollout(['monitoring']),
      findings: [
        {
          messageId: 'noMonitoring', severity: 'warn', subject: 'ro-1', related: ['ro-1'], at: 'ro-1',
          fixes: [
            { title: "Add monitoring to 'ro-1'", output: rollout(['monitoring'], 'monitoring: { dashboards: [], alerting: true }') },
          ],
        },
      ],
    },
    { name: 'an empty block', yaml: rollout(['monitoring'], 'monitoring: {}'), findings: [{ messageId: 'noMonitoring', severity: 'warn', subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }] },
    {
      name: 'an in-progress rollout',
      yaml: rollout(['monitoring'], 'status: in-progress'),
      findings: [
        {
          messageId: 'noMonitoring', severity: 'warn', subject: 'ro-1', related: ['ro-1'], at: 'ro-1',
          fixes: [
            {
              title: "Add monitoring to 'ro-1'",
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
                    status: in-progress
                    monitoring: { dashboards: [], alerting: true }
              `,
            },
          ],
        },
      ],
    },
  ],
});
