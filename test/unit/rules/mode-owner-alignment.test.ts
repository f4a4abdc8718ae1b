import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

ruleTester('mode-owner-alignment', {
  valid: [
    {
      name: 'SPEC: lending core under the CIO',
      yaml: yaml`
        owners:
          - { id: cio, type: executive, role: CIO }
          - { id: team-lending-core, type: team, parent: cio }
        systems:
          - { id: loan-ledger, mode: mode1, owner: team-lending-core }
      `,
    },
    {
      name: 'shadow systems are skipped',
      yaml: yaml`
        owners: [{ id: bu, type: business-unit }]
        systems:
          - { id: x, mode: mode2, owner: bu, governance: shadow }
      `,
    },
    {
      name: 'an unresolvable owner is skipped',
      yaml: yaml`
        systems:
          - { id: x, mode: mode1, owner: nobody }
      `,
    },
    {
      name: 'an owner id that is a system is skipped (not resolvable as an owner)',
      yaml: yaml`
        systems:
          - { id: x, mode: mode1, owner: y }
          - { id: y, mode: mode2, owner: x }
      `,
    },
    {
      name: 'the walk goes up several levels',
      yaml: yaml`
        owners:
          - { id: cio, type: executive, role: CIO }
          - { id: dept, type: department, parent: cio }
          - { id: team, type: team, parent: dept }
        systems:
          - { id: erp, mode: mode1, owner: team }
      `,
    },
    {
      name: 'a parent cycle that contains the allowed role',
      yaml: yaml`
        owners:
          - { id: a, type: team, parent: b }
          - { id: b, type: executive, role: CTO, parent: a }
        systems:
          - { id: web, mode: mode2, owner: a }
      `,
    },
    {
      name: 'a team whose own role is allowed',
      yaml: yaml`
        owners:
          - { id: platform, type: team, role: CTO }
        systems:
          - { id: gw, mode: gearbox, owner: platform }
      `,
    },
    {
      name: 'CDO may own Mode 2; gearbox under the CTO',
      yaml: yaml`
        owners:
          - { id: cdo, type: executive, role: CDO }
          - { id: cto, type: executive, role: CTO }
        systems:
          - { id: ml, mode: mode2, owner: cdo }
          - { id: gw, mode: gearbox, owner: cto }
      `,
    },
  ],
  invalid: [
    {
      name: 'SPEC: a Mode 1 ledger under the CTO',
      yaml: yaml`
        owners:
          - { id: cto, type: executive, role: CTO }
          - { id: team-lending, type: team, parent: cto }
        systems:
          - { id: loan-ledger, mode: mode1, owner: team-lending }
      `,
      findings: [{ messageId: 'misaligned', severity: 'warn', subject: 'loan-ledger', related: ['loan-ledger', 'team-lending'], at: 'owner: team-lending' }],
    },
    {
      name: 'a parent cycle stops the walk',
      yaml: yaml`
        owners:
          - { id: a, type: team, parent: b }
          - { id: b, type: team, parent: a }
        systems:
          - id: s
            mode: mode2
            owner: a
      `,
      findings: [{ messageId: 'misaligned', severity: 'warn', subject: 's', related: ['s', 'a'], at: 'owner: a' }],
    },
    {
      name: 'a dangling parent ends the chain',
      yaml: yaml`
        owners:
          - { id: team, type: team, parent: ghost }
        systems:
          - { id: s, mode: mode1, owner: team }
      `,
      findings: [{ messageId: 'misaligned', severity: 'warn', subject: 's', related: ['s', 'team'], at: 'owner: team' }],
    },
    {
      name: 'a parent that is not an owner ends the chain',
      yaml: yaml`
        owners:
          - { id: team, type: team, parent: erp }
          - { id: cio, type: executive, role: CIO }
        systems:
          - { id: erp, mode: mode1, owner: team }
      `,
      findings: [{ messageId: 'misaligned', severity: 'warn', subject: 'erp', related: ['erp', 'team'], at: 'owner: team' }],
    },
    {
      name: 'roles are compared as written: cio is not CIO',
      yaml: yaml`
        owners:
          - { id: boss, type: executive, role: cio }
        systems:
          - { id: s, mode: mode1, owner: boss }
      `,
      findings: [{ messageId: 'misaligned', severity: 'warn', subject: 's', related: ['s', 'boss'], at: 'owner: boss' }],
    },
    {
      name: 'CDO may own Mode 2 but not the gearbox; sanctioned only',
      yaml: yaml`
        owners:
          - { id: cdo, type: executive, role: CDO }
          - { id: team-ds, type: team, parent: cdo }
        systems:
          - { id: ml, mode: mode2, owner: team-ds }
          - { id: feed, mode: gearbox, owner: team-ds }
          - { id: sheet, mode: gearbox, owner: team-ds, governance: shadow }
      `,
      findings: [{ messageId: 'misaligned', severity: 'warn', subject: 'feed', related: ['feed', 'team-ds'], at: 'owner: team-ds' }],
    },
    {
      name: 'options change the allowed roles',
      yaml: yaml`
        lint: { rules: { mode-owner-alignment: [warn, { mode1: [COO] }] } }
        owners:
          - { id: cio, type: executive, role: CIO }
        systems:
          - { id: s, mode: mode1, owner: cio }
      `,
      findings: [{ messageId: 'misaligned', severity: 'warn', subject: 's', related: ['s', 'cio'], at: 'owner: cio' }],
    },
  ],
});
