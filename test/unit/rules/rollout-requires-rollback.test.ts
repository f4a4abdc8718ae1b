import { ruleTester } from '../../helpers/rule-tester';
import { rollout } from './rollout-fixture';

ruleTester('rollout-requires-rollback', {
  valid: [
    { name: 'SPEC: plan and tested', yaml: rollout() },
    { name: 'done rollouts are history', yaml: rollout(['rollback'], ['    status: done']) },
    { name: 'requireTested: a tested plan', yaml: `lint: { rules: { rollout-requires-rollback: [error, { requireTested: true }] } }\n${rollout()}` },
    { name: 'a block-scalar plan', yaml: rollout(['rollback'], ['    rollback:', '      plan: >', '        switch the feature flag off', '      tested: false']) },
    { name: 'an untested plan is fine by default', yaml: rollout(['rollback'], ['    rollback: { plan: "restore" }']) },
  ],
  invalid: [
    {
      name: 'SPEC: no rollback block; insert the skeleton',
      yaml: rollout(['rollback']),
      findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'ro-1', severity: 'error' }],
      fix: { title: "Add rollback to 'ro-1'", output: rollout(['rollback'], ['    rollback: { plan: "", tested: false }']) },
    },
    {
      name: 'a blank plan',
      yaml: rollout(['rollback'], ['    rollback: { plan: "  ", tested: true }']),
      findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }],
    },
    {
      name: 'tested but no plan; a rollback key without a value',
      yaml: `${rollout(['rollback'], ['    rollback: { tested: true }'])}  - id: ro-2\n    targets: [checkout]\n    rollback:\n`,
      findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }, { subject: 'ro-2', related: ['ro-2'], at: 'ro-2' }],
    },
    {
      name: 'requireTested: tested false',
      yaml: `lint: { rules: { rollout-requires-rollback: [warn, { requireTested: true }] } }\n${rollout(['rollback'], ['    rollback: { plan: "restore", tested: false }'])}`,
      findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'ro-1', severity: 'warn' }],
    },
    {
      name: 'requireTested: an untested plan',
      yaml: `lint: { rules: { rollout-requires-rollback: [error, { requireTested: true }] } }\n${rollout(['rollback'], ['    rollback: { plan: "restore" }'])}`,
      findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }],
      message: ['not tested'],
    },
    {
      name: 'flow-style rollout: the skeleton goes inside the braces',
      yaml: 'systems:\n  - { id: c, mode: mode2, owner: t }\nrollouts:\n  - { id: ro-2, targets: [c], status: in-progress }  # go-live week\n',
      findings: [{ subject: 'ro-2', related: ['ro-2'], at: 'ro-2' }],
      fix: { title: "Add rollback to 'ro-2'", output: 'systems:\n  - { id: c, mode: mode2, owner: t }\nrollouts:\n  - { id: ro-2, targets: [c], status: in-progress, rollback: { plan: "", tested: false } }  # go-live week\n' },
    },
  ],
});
