import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

ruleTester('no-duplicate-id', {
  valid: [
    {
      name: 'SPEC: distinct ids',
      yaml: yaml`
        systems:
          - { id: crm,         mode: mode1, owner: team-crm }
          - { id: crm-web-app, mode: mode2, owner: team-web }
      `,
    },
    {
      name: 'ids differing only by a suffix',
      yaml: yaml`
        owners: [{ id: t, type: team }]
        systems:
          - { id: a, mode: mode1, owner: t }
          - { id: a-2, mode: mode1, owner: t }
      `,
    },
    {
      name: 'the same id used as a reference is not a duplicate',
      yaml: yaml`
        owners: [{ id: t, type: team }]
        systems:
          - { id: a, mode: mode1, owner: t }
        apis:
          - { id: a-api, provider: a, type: openapi }
      `,
    },
    { name: 'an empty landscape', yaml: 'systems: []\n' },
  ],
  invalid: [
    {
      name: 'SPEC: a second crm',
      yaml: yaml`
        systems:
          - { id: crm, mode: mode1, owner: team-crm }
          - { id: crm, mode: mode2, owner: team-web }      # ← second 'crm'
      `,
      findings: [{ messageId: 'duplicate', severity: 'error', subject: 'crm', related: ['crm'], at: 'crm' }],
      message: ['Duplicate id', 'crm'],
    },
    {
      name: 'across kinds: an API with a system id',
      yaml: yaml`
        systems:
          - { id: pay, mode: mode2, owner: t }
        apis:
          - { id: pay, provider: pay, type: openapi }
      `,
      findings: [{ messageId: 'duplicate', severity: 'error', subject: 'pay', related: ['pay'], at: 'pay' }],
      message: ['system'],
    },
    {
      name: 'first occurrence in the text wins, whatever the section order: the owner after the systems is the duplicate',
      yaml: yaml`
        systems:
          - { id: ops, mode: mode2, owner: t }
        owners:
          - { id: t, type: team }
          - { id: ops, type: team }   # later
      `,
      findings: [{ messageId: 'duplicate', severity: 'error', subject: 'ops', related: ['ops'], at: 'ops' }],
      message: ['already used by the system', 'this owner is ignored'],
    },
    {
      name: 'three occurrences give two findings',
      yaml: yaml`
        owners:
          - { id: x, type: team }
          - { id: x, type: team }
        domains:
          - { id: x, owner: x }
      `,
      findings: [
        { messageId: 'duplicate', severity: 'error', subject: 'x', related: ['x'], at: 'x' },
        { messageId: 'duplicate', severity: 'error', subject: 'x', related: ['x'], at: 'x' },
      ],
    },
    {
      name: 'block style: placed at the later id value',
      yaml: yaml`
        rollouts:
          - id: ro-1
            targets: [a]
          - id: ro-1
            targets: [b]
      `,
      findings: [{ messageId: 'duplicate', severity: 'error', subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }],
    },
  ],
});
