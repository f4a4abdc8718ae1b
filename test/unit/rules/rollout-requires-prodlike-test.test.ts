import { ruleTester } from '../../helpers/rule-tester';
import { rollout } from './rollout-fixture';
import { yaml } from '../../helpers/yaml';

ruleTester('rollout-requires-prodlike-test', {
  valid: [
    { name: 'SPEC: production-like', yaml: rollout() },
    { name: 'done rollouts are skipped', yaml: rollout(['testing'], 'status: done') },
    {
      name: 'block-style testing with types',
      yaml: rollout(['testing'], yaml`
        testing:
          environment: production-like
          types: [e2e, load]
      `),
    },
  ],
  invalid: [
    {
      name: 'SPEC: staging only; replace the environment',
      yaml: rollout(['testing'], 'testing: { environment: staging }'),
      findings: [
        {
          messageId: 'otherEnvironment', severity: 'error', subject: 'ro-1', related: ['ro-1'], at: 'testing: { environment: staging }',
          fixes: [
            { title: 'Set testing environment to production-like', output: rollout(['testing'], 'testing: { environment: production-like }') },
          ],
        },
      ],
    },
    {
      name: 'environment none; status planned given explicitly',
      yaml: rollout(['testing'], yaml`
        status: planned
        testing: { environment: none, types: [] }
      `),
      findings: [
        {
          messageId: 'otherEnvironment', severity: 'error', subject: 'ro-1', related: ['ro-1'], at: 'testing: { environment: none, types: [] }',
          fixes: [
            {
              title: 'Set testing environment to production-like',
              output: yaml`
                systems:
                  - { id: checkout, mode: mode2, owner: team-web }
                rollouts:
                  - id: ro-1
                    targets: [checkout]
                    strategy: canary
                    downtime: none
                    communicationPlan: { audiences: [customer-service] }
                    rollback: { plan: "flag back to v1", tested: true }
                    monitoring: { dashboards: [errors], alerting: true }
                    status: planned
                    testing: { environment: production-like, types: [] }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a testing key without a value: at the key',
      yaml: rollout(['testing'], 'testing:'),
      findings: [
        {
          messageId: 'noTest', severity: 'error', subject: 'ro-1', related: ['ro-1'], at: 'testing',
          fixes: [
            {
              title: 'Set testing environment to production-like',
              output: yaml`
                systems:
                  - { id: checkout, mode: mode2, owner: team-web }
                rollouts:
                  - id: ro-1
                    targets: [checkout]
                    strategy: canary
                    downtime: none
                    communicationPlan: { audiences: [customer-service] }
                    rollback: { plan: "flag back to v1", tested: true }
                    monitoring: { dashboards: [errors], alerting: true }
                    testing: { environment: production-like }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'no testing block: at the id, insert it',
      yaml: rollout(['testing']),
      findings: [
        {
          messageId: 'noTest', severity: 'error', subject: 'ro-1', related: ['ro-1'], at: 'ro-1',
          fixes: [
            { title: 'Set testing environment to production-like', output: rollout(['testing'], 'testing: { environment: production-like }') },
          ],
        },
      ],
    },
    {
      name: 'testing without an environment: insert it into the block',
      yaml: rollout(['testing'], yaml`
        testing:
          types: [smoke]   # only smoke tests
      `),
      findings: [
        {
          messageId: 'noTest', severity: 'error', subject: 'ro-1', related: ['ro-1'], at: 'testing:\n      types: [smoke]',
          fixes: [
            {
              title: 'Set testing environment to production-like',
              output: rollout(['testing'], yaml`
                testing:
                  types: [smoke]   # only smoke tests
                  environment: production-like
              `),
            },
          ],
        },
      ],
    },
    {
      name: 'an environment key without a value gets the value',
      yaml: rollout(['testing'], yaml`
        testing:
          environment:
          types: [smoke]
      `),
      findings: [
        {
          messageId: 'noTest', severity: 'error', subject: 'ro-1', related: ['ro-1'], at: 'testing:\n      environment:\n      types: [smoke]',
          fixes: [
            {
              title: 'Set testing environment to production-like',
              output: rollout(['testing'], yaml`
                testing:
                  environment: production-like
                  types: [smoke]
              `),
            },
          ],
        },
      ],
    },
  ],
});
