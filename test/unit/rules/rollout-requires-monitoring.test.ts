import { ruleTester } from '../../helpers/rule-tester';
import { rollout } from './rollout-fixture';

ruleTester('rollout-requires-monitoring', {
  valid: [
    { name: 'SPEC: dashboards and alerting', yaml: rollout() },
    { name: 'done rollouts are skipped', yaml: rollout(['monitoring'], ['    status: done']) },
    { name: 'in-progress rollouts with monitoring', yaml: rollout([], ['    status: in-progress']) },
  ],
  invalid: [
    {
      name: 'one finding per rollout, only for those lacking it',
      yaml: `${rollout()}  - id: ro-2\n    targets: [checkout]\n    status: planned\n  - id: ro-3\n    targets: [checkout]\n    status: done\n  - { id: ro-4, targets: [checkout], monitoring: { dashboards: [errors], alerting: true } }\n`,
      findings: [{ subject: 'ro-2', related: ['ro-2'], at: 'ro-2' }],
    },
    {
      name: 'SPEC: no monitoring; insert the skeleton',
      yaml: rollout(['monitoring']),
      findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'ro-1', severity: 'warn' }],
      fix: { title: "Add monitoring to 'ro-1'", output: rollout(['monitoring'], ['    monitoring: { dashboards: [], alerting: true }']) },
    },
    { name: 'an empty block', yaml: rollout(['monitoring'], ['    monitoring: {}']), findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }] },
    { name: 'an in-progress rollout', yaml: rollout(['monitoring'], ['    status: in-progress']), findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }] },
  ],
});
