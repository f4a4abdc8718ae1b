import { ruleTester } from '../../helpers/rule-tester';

ruleTester('mode-owner-alignment', {
  valid: [
    { name: 'SPEC: lending core under the CIO', yaml: 'owners:\n  - { id: cio, type: executive, role: CIO }\n  - { id: team-lending-core, type: team, parent: cio }\nsystems:\n  - { id: loan-ledger, mode: mode1, owner: team-lending-core }\n' },
    { name: 'shadow systems are skipped', yaml: 'owners: [{ id: bu, type: business-unit }]\nsystems:\n  - { id: x, mode: mode2, owner: bu, governance: shadow }\n' },
    { name: 'an unresolvable owner is skipped', yaml: 'systems:\n  - { id: x, mode: mode1, owner: nobody }\n' },
    { name: 'an owner id that is a system is skipped (not resolvable as an owner)', yaml: 'systems:\n  - { id: x, mode: mode1, owner: y }\n  - { id: y, mode: mode2, owner: x }\n' },
    { name: 'the walk goes up several levels', yaml: 'owners:\n  - { id: cio, type: executive, role: CIO }\n  - { id: dept, type: department, parent: cio }\n  - { id: team, type: team, parent: dept }\nsystems:\n  - { id: erp, mode: mode1, owner: team }\n' },
    { name: 'a parent cycle that contains the allowed role', yaml: 'owners:\n  - { id: a, type: team, parent: b }\n  - { id: b, type: executive, role: CTO, parent: a }\nsystems:\n  - { id: web, mode: mode2, owner: a }\n' },
    { name: 'a team whose own role is allowed', yaml: 'owners:\n  - { id: platform, type: team, role: CTO }\nsystems:\n  - { id: gw, mode: gearbox, owner: platform }\n' },
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
      name: 'a dangling parent ends the chain',
      yaml: 'owners:\n  - { id: team, type: team, parent: ghost }\nsystems:\n  - { id: s, mode: mode1, owner: team }\n',
      findings: [{ subject: 's', related: ['s', 'team'], at: 'owner: team' }],
    },
    {
      name: 'a parent that is not an owner ends the chain',
      yaml: 'owners:\n  - { id: team, type: team, parent: erp }\n  - { id: cio, type: executive, role: CIO }\nsystems:\n  - { id: erp, mode: mode1, owner: team }\n',
      findings: [{ subject: 'erp', related: ['erp', 'team'], at: 'owner: team' }],
    },
    {
      name: 'roles are compared as written: cio is not CIO',
      yaml: 'owners:\n  - { id: boss, type: executive, role: cio }\nsystems:\n  - { id: s, mode: mode1, owner: boss }\n',
      findings: [{ subject: 's', related: ['s', 'boss'], at: 'owner: boss' }],
    },
    {
      name: 'CDO may own Mode 2 but not the gearbox; sanctioned only',
      yaml: 'owners:\n  - { id: cdo, type: executive, role: CDO }\n  - { id: team-ds, type: team, parent: cdo }\nsystems:\n  - { id: ml, mode: mode2, owner: team-ds }\n  - { id: feed, mode: gearbox, owner: team-ds }\n  - { id: sheet, mode: gearbox, owner: team-ds, governance: shadow }\n',
      findings: [{ subject: 'feed', related: ['feed', 'team-ds'], at: 'owner: team-ds' }],
    },
    {
      name: 'options change the allowed roles',
      yaml: 'lint: { rules: { mode-owner-alignment: [warn, { mode1: [COO] }] } }\nowners:\n  - { id: cio, type: executive, role: CIO }\nsystems:\n  - { id: s, mode: mode1, owner: cio }\n',
      findings: [{ subject: 's', related: ['s', 'cio'], at: 'owner: cio' }],
    },
  ],
});
