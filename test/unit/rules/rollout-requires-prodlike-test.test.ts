import { ruleTester } from '../../helpers/rule-tester';
import { rollout } from './rollout-fixture';

ruleTester('rollout-requires-prodlike-test', {
  valid: [
    { name: 'SPEC: production-like', yaml: rollout() },
    { name: 'done rollouts are skipped', yaml: rollout(['testing'], ['    status: done']) },
    { name: 'block-style testing with types', yaml: rollout(['testing'], ['    testing:', '      environment: production-like', '      types: [e2e, load]']) },
  ],
  invalid: [
    {
      name: 'SPEC: staging only; replace the environment',
      yaml: rollout(['testing'], ['    testing: { environment: staging }']),
      findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'testing: { environment: staging }', severity: 'error' }],
      fix: { title: 'Set testing environment to production-like', output: rollout(['testing'], ['    testing: { environment: production-like }']) },
    },
    {
      name: 'environment none; status planned given explicitly',
      yaml: rollout(['testing'], ['    status: planned', '    testing: { environment: none, types: [] }']),
      findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'testing: { environment: none, types: [] }' }],
    },
    {
      name: 'a testing key without a value: at the key',
      yaml: rollout(['testing'], ['    testing:']),
      findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'testing' }],
    },
    {
      name: 'no testing block: at the id, insert it',
      yaml: rollout(['testing']),
      findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }],
      fix: { title: 'Set testing environment to production-like', output: rollout(['testing'], ['    testing: { environment: production-like }']) },
    },
    {
      name: 'testing without an environment: insert it into the block',
      yaml: rollout(['testing'], ['    testing:', '      types: [smoke]   # only smoke tests']),
      findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'testing:\n      types: [smoke]' }],
      fix: { title: 'Set testing environment to production-like', output: rollout(['testing'], ['    testing:', '      types: [smoke]   # only smoke tests', '      environment: production-like']) },
    },
  ],
});
