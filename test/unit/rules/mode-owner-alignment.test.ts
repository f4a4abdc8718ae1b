import { ruleTester } from '../../helpers/rule-tester';

ruleTester('mode-owner-alignment', {
  valid: [
    { name: 'SPEC: lending core under the CIO', yaml: 'owners:\n  - { id: cio, type: executive, role: CIO }\n  - { id: team-lending-core, type: team, parent: cio }\nsystems:\n  - { id: loan-ledger, mode: mode1, owner: team-lending-core }\n' },
    { name: 'shadow systems are skipped', yaml: 'owners: [{ id: bu, type: business-unit }]\nsystems:\n  - { id: x, mode: mode2, owner: bu, governance: shadow }\n' },
    { name: 'an unresolvable owner is skipped', yaml: 'systems:\n  - { id: x, mode: mode1, owner: nobody }\n' },
    { name: 'CDO may own Mode 2; gearbox under the CTO', yaml: 'owners:\n  - { id: cdo, type: executive, role: CDO }\n  - { id: cto, type: executive, role: CTO }\nsystems:\n  - { id: ml, mode: mode2, owner: cdo }\n  - { id: gw, mode: gearbox, owner: cto }\n' },
  ],
  invalid: [
    {
      name: 'SPEC: a Mode 1 ledger under the CTO',
      yaml: 'owners:\n  - { id: cto, type: executive, role: CTO }\n  - { id: team-lending, type: team, parent: cto }\nsystems:\n  - { id: loan-ledger, mode: mode1, owner: team-lending }\n',
      findings: [{ subject: 'loan-ledger', related: ['loan-ledger', 'team-lending'], at: 'owner: team-lending', severity: 'warn' }],
    },
    {
      name: 'a parent cycle stops the walk',
      yaml: 'owners:\n  - { id: a, type: team, parent: b }\n  - { id: b, type: team, parent: a }\nsystems:\n  - id: s\n    mode: mode2\n    owner: a\n',
      findings: [{ subject: 's', related: ['s', 'a'], at: 'owner: a' }],
    },
    {
      name: 'options change the allowed roles',
      yaml: 'lint: { rules: { mode-owner-alignment: [warn, { mode1: [COO] }] } }\nowners:\n  - { id: cio, type: executive, role: CIO }\nsystems:\n  - { id: s, mode: mode1, owner: cio }\n',
      findings: [{ subject: 's', related: ['s', 'cio'], at: 'owner: cio' }],
    },
  ],
});
