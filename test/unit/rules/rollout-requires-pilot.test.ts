import { ruleTester } from '../../helpers/rule-tester';
import { rollout } from './rollout-fixture';

const core = 'systems:\n  - { id: core, mode: mode1, owner: team-core, criticality: missionCritical }\n';
const bigBang = (extra: string[] = [], without: string[] = []) => rollout(['strategy', ...without], ['    strategy: big-bang', ...extra], core).replace('targets: [checkout]', 'targets: [core]');

ruleTester('rollout-requires-pilot', {
  valid: [
    { name: 'SPEC: a pilot block', yaml: bigBang(['    pilot: { scope: "2 branches", durationDays: 14 }']) },
    { name: 'a canary strategy', yaml: rollout([], [], core).replace('targets: [checkout]', 'targets: [core]') },
    { name: 'a non-critical target', yaml: bigBang().replace('criticality: missionCritical', 'criticality: administrativeService') },
    { name: 'done', yaml: bigBang(['    status: done']) },
  ],
  invalid: [
    {
      name: 'SPEC: big-bang on a mission-critical core; insert a pilot',
      yaml: bigBang(),
      findings: [{ subject: 'ro-1', related: ['ro-1', 'core'], at: 'strategy: big-bang', severity: 'warn' }],
      fix: { title: "Add pilot to 'ro-1'", output: bigBang(['    pilot: { scope: "", durationDays: }']) },
    },
    {
      name: 'no strategy means big-bang: at the id',
      yaml: rollout(['strategy'], [], core).replace('targets: [checkout]', 'targets: [core]'),
      findings: [{ subject: 'ro-1', related: ['ro-1', 'core'], at: 'ro-1' }],
    },
    {
      name: 'only critical, resolvable targets are related',
      yaml: bigBang().replace('targets: [core]', 'targets: [core, side, ghost]').replace('systems:\n', 'systems:\n  - { id: side, mode: mode2, owner: t }\n'),
      findings: [{ subject: 'ro-1', related: ['ro-1', 'core'], at: 'strategy: big-bang' }],
    },
    {
      name: 'the criticality option',
      yaml: `lint: { rules: { rollout-requires-pilot: [warn, { criticality: [administrativeService] }] } }\n${bigBang().replace('criticality: missionCritical', 'criticality: administrativeService')}`,
      findings: [{ subject: 'ro-1', related: ['ro-1', 'core'], at: 'strategy: big-bang' }],
    },
  ],
});
