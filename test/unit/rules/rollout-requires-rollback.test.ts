import { ruleTester } from '../../helpers/rule-tester';
import { rollout } from './rollout-fixture';
import { yaml } from '../../helpers/yaml';

ruleTester('rollout-requires-rollback', {
  valid: [
    { name: 'SPEC: plan and tested', yaml: rollout() },
    { name: 'done rollouts are history', yaml: rollout(['rollback'], 'status: done') },
    {
      name: 'requireTested: a tested plan',
      yaml: yaml`
        lint: { rules: { rollout-requires-rollback: [error, { requireTested: true }] } }
        ${rollout()}`,
    },
    {
      name: 'a block-scalar plan',
      yaml: rollout(['rollback'], yaml`
        rollback:
          plan: >
            switch the feature flag off
          tested: false
      `),
    },
    { name: 'an untested plan is fine by default', yaml: rollout(['rollback'], 'rollback: { plan: "restore" }') },
  ],
  invalid: [
    {
      name: 'SPEC: no rollback block; insert the skeleton',
      yaml: rollout(['rollback']),
      findings: [
        {
          messageId: 'noPlan', severity: 'error', subject: 'ro-1', related: ['ro-1'], at: 'ro-1',
          fixes: [
            { title: "Add rollback to 'ro-1'", output: rollout(['rollback'], 'rollback: { plan: "", tested: false }') },
          ],
        },
      ],
    },
    {
      name: 'a blank plan',
      yaml: rollout(['rollback'], 'rollback: { plan: "  ", tested: true }'),
      findings: [{ messageId: 'noPlan', severity: 'error', subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }],
    },
    {
      name: 'tested but no plan; a rollback key without a value',
      yaml: yaml`
        ${rollout(['rollback'], 'rollback: { tested: true }')}  - id: ro-2
            targets: [checkout]
            rollback:
      `,
      findings: [{ messageId: 'noPlan', severity: 'error', subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }, { messageId: 'noPlan', severity: 'error', subject: 'ro-2', related: ['ro-2'], at: 'ro-2' }],
    },
    {
      name: 'requireTested: tested false',
      yaml: yaml`
        lint: { rules: { rollout-requires-rollback: [warn, { requireTested: true }] } }
        ${rollout(['rollback'], 'rollback: { plan: "restore", tested: false }')}`,
      findings: [{ messageId: 'untested', severity: 'warn', subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }],
    },
    {
      name: 'requireTested: an untested plan',
      yaml: yaml`
        lint: { rules: { rollout-requires-rollback: [error, { requireTested: true }] } }
        ${rollout(['rollback'], 'rollback: { plan: "restore" }')}`,
      findings: [{ messageId: 'untested', severity: 'error', subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }],
      message: ['not tested'],
    },
    {
      name: 'flow-style rollout: the skeleton goes inside the braces',
      yaml: yaml`
        systems:
          - { id: c, mode: mode2, owner: t }
        rollouts:
          - { id: ro-2, targets: [c], status: in-progress }  # go-live week
      `,
      findings: [
        {
          messageId: 'noPlan', severity: 'error', subject: 'ro-2', related: ['ro-2'], at: 'ro-2',
          fixes: [
            {
              title: "Add rollback to 'ro-2'",
              output: yaml`
                systems:
                  - { id: c, mode: mode2, owner: t }
                rollouts:
                  - { id: ro-2, targets: [c], status: in-progress, rollback: { plan: "", tested: false } }  # go-live week
              `,
            },
          ],
        },
      ],
    },
  ],
});
