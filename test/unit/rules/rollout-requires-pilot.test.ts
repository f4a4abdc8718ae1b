import { ruleTester } from '../../helpers/rule-tester';
import { rollout } from './rollout-fixture';

const core = 'systems:\n  - { id: core, mode: mode1, owner: team-core, criticality: missionCritical }\n';
const specCore = 'systems:\n  - { id: core, mode: mode1, owner: team-core, criticality: missionCritical }\n';
const specRollout = 'rollouts:\n  - id: ro-core\n    targets: [core]\n    strategy: big-bang\n    downtime: none\n    communicationPlan: { audiences: [customer-service] }\n    testing: { environment: production-like }\n    rollback: { plan: "flag back to v1", tested: true }\n    monitoring: { dashboards: [errors], alerting: true }\n';
const bigBang = (extra: string[] = [], without: string[] = []) => rollout(['strategy', ...without], ['    strategy: big-bang', ...extra], core).replace('targets: [checkout]', 'targets: [core]');

ruleTester('rollout-requires-pilot', {
  valid: [
    { name: 'SPEC: a pilot block', yaml: bigBang(['    pilot: { scope: "2 branches", durationDays: 14 }']) },
    { name: 'SPEC verbatim: ro-core with a pilot', yaml: `${specCore}${specRollout}    pilot: { scope: "2 branches", durationDays: 14 }\n` },
    { name: 'an empty pilot block is still a pilot block (SPEC: "no pilot block")', yaml: bigBang(['    pilot: {}']) },
    { name: 'a phased strategy', yaml: bigBang().replace('strategy: big-bang', 'strategy: phased') },
    { name: 'no resolvable critical target', yaml: bigBang().replace('targets: [core]', 'targets: [ghost]') },
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
      name: 'SPEC verbatim: ro-core big-bang on a mission-critical core',
      yaml: `${specCore}${specRollout}`,
      findings: [{ subject: 'ro-core', related: ['ro-core', 'core'], at: 'strategy: big-bang', severity: 'warn' }],
    },
    {
      name: 'a pilot key without a value is no pilot block',
      yaml: bigBang(['    pilot:']),
      findings: [{ subject: 'ro-1', related: ['ro-1', 'core'], at: 'strategy: big-bang' }],
    },
    {
      name: 'several targets: every critical one related once, an in-progress rollout',
      yaml: bigBang(['    status: in-progress']).replace('targets: [core]', 'targets: [core, side, hr, core]').replace('systems:\n', 'systems:\n  - { id: side, mode: mode2, owner: t, criticality: businessOperational }\n  - { id: hr, mode: mode1, owner: t, criticality: businessCritical }\n'),
      findings: [{ subject: 'ro-1', related: ['ro-1', 'core', 'hr'], at: 'strategy: big-bang' }],
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
