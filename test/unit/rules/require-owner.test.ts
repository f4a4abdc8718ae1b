import { ruleTester } from '../../helpers/rule-tester';

ruleTester('require-owner', {
  valid: [
    { name: 'SPEC: owner present', yaml: 'systems:\n  - { id: broker-portal, mode: mode2, owner: team-digital }\n' },
    { name: 'APIs and data stores inherit their owner', yaml: 'owners: [{ id: t, type: team }]\nsystems: [{ id: a, mode: mode1, owner: t }]\napis: [{ id: a-api, provider: a }]\ndataStores: [{ id: a-db, system: a }]\n' },
    { name: 'a dangling owner is another rule\'s business', yaml: 'systems: [{ id: a, mode: mode1, owner: nobody }]\n' },
  ],
  invalid: [
    {
      name: 'SPEC: no owner (flow style) with the insert fix',
      yaml: 'systems:\n  - { id: broker-portal, mode: mode2 }\n',
      findings: [{ subject: 'broker-portal', related: ['broker-portal'], at: 'broker-portal', severity: 'error' }],
      fix: { title: "Add owner to 'broker-portal'", output: 'systems:\n  - { id: broker-portal, mode: mode2, owner:  }\n' },
    },
    {
      name: 'block style with a trailing comment: the insert keeps it',
      yaml: 'systems:\n  - id: crm\n    mode: mode1   # system of record\n  - id: web\n    mode: mode2\n    owner: t\n',
      findings: [{ subject: 'crm', related: ['crm'], at: 'crm' }],
      fix: { title: "Add owner to 'crm'", output: 'systems:\n  - id: crm\n    mode: mode1   # system of record\n    owner: \n  - id: web\n    mode: mode2\n    owner: t\n' },
    },
    {
      name: 'an empty owner value counts as missing',
      yaml: 'systems:\n  - { id: a, mode: mode2, owner: "" }\n  - { id: b, mode: mode2, owner: }\n',
      findings: [
        { subject: 'a', related: ['a'], at: 'a' },
        { subject: 'b', related: ['b'], at: 'b' },
      ],
    },
  ],
});
