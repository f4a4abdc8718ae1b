import { ruleTester } from '../../helpers/rule-tester';
import { rollout } from './rollout-fixture';

ruleTester('rollout-requires-communication', {
  valid: [
    { name: 'SPEC: audiences given', yaml: rollout() },
    { name: 'done rollouts are skipped', yaml: rollout(['communicationPlan'], ['    status: done']) },
    { name: 'block style plan', yaml: rollout(['communicationPlan'], ['    communicationPlan:', '      channels: [intranet]']) },
  ],
  invalid: [
    {
      name: 'one finding per rollout, only for those lacking it',
      yaml: `${rollout()}  - id: ro-2\n    targets: [checkout]\n    status: planned\n  - id: ro-3\n    targets: [checkout]\n    status: done\n  - { id: ro-4, targets: [checkout], communicationPlan: { audiences: [customer-service] } }\n`,
      findings: [{ subject: 'ro-2', related: ['ro-2'], at: 'ro-2' }],
    },
    {
      name: 'SPEC: no communication plan; insert the skeleton',
      yaml: rollout(['communicationPlan']),
      findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'ro-1', severity: 'warn' }],
      fix: { title: "Add communicationPlan to 'ro-1'", output: rollout(['communicationPlan'], ['    communicationPlan: { audiences: [], leadTimeDays: }']) },
    },
    { name: 'an empty mapping', yaml: rollout(['communicationPlan'], ['    communicationPlan: {}']), findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }] },
    { name: 'a null value', yaml: rollout(['communicationPlan'], ['    communicationPlan:']), findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }] },
  ],
});
