import { ruleTester } from '../../helpers/rule-tester';

ruleTester('no-duplicate-id', {
  valid: [
    { name: 'SPEC: distinct ids', yaml: 'systems:\n  - { id: crm,         mode: mode1, owner: team-crm }\n  - { id: crm-web-app, mode: mode2, owner: team-web }\n' },
    { name: 'ids differing only by a suffix', yaml: 'owners: [{ id: t, type: team }]\nsystems:\n  - { id: a, mode: mode1, owner: t }\n  - { id: a-2, mode: mode1, owner: t }\n' },
    { name: 'the same id used as a reference is not a duplicate', yaml: 'owners: [{ id: t, type: team }]\nsystems:\n  - { id: a, mode: mode1, owner: t }\napis:\n  - { id: a-api, provider: a, type: openapi }\n' },
    { name: 'an empty landscape', yaml: 'systems: []\n' },
  ],
  invalid: [
    {
      name: 'SPEC: a second crm',
      yaml: 'systems:\n  - { id: crm, mode: mode1, owner: team-crm }\n  - { id: crm, mode: mode2, owner: team-web }      # ← second \'crm\'\n',
      findings: [{ subject: 'crm', related: ['crm'], at: 'crm', severity: 'error' }],
      message: ['Duplicate id', 'crm'],
    },
    {
      name: 'across kinds: an API with a system id',
      yaml: 'systems:\n  - { id: pay, mode: mode2, owner: t }\napis:\n  - { id: pay, provider: pay, type: openapi }\n',
      findings: [{ subject: 'pay', related: ['pay'], at: 'pay' }],
      message: ['system'],
    },
    {
      name: 'first occurrence in the text wins, whatever the section order: the owner after the systems is the duplicate',
      yaml: 'systems:\n  - { id: ops, mode: mode2, owner: t }\nowners:\n  - { id: t, type: team }\n  - { id: ops, type: team }   # later\n',
      findings: [{ subject: 'ops', related: ['ops'], at: 'ops' }],
      message: ['already used by the system', 'this owner is ignored'],
    },
    {
      name: 'three occurrences give two findings',
      yaml: 'owners:\n  - { id: x, type: team }\n  - { id: x, type: team }\ndomains:\n  - { id: x, owner: x }\n',
      findings: [
        { subject: 'x', related: ['x'], at: 'x' },
        { subject: 'x', related: ['x'], at: 'x' },
      ],
    },
    {
      name: 'block style: placed at the later id value',
      yaml: 'rollouts:\n  - id: ro-1\n    targets: [a]\n  - id: ro-1\n    targets: [b]\n',
      findings: [{ subject: 'ro-1', related: ['ro-1'], at: 'ro-1' }],
    },
  ],
});
