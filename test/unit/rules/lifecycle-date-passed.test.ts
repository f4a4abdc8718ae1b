import { ruleTester } from '../../helpers/rule-tester';

ruleTester('lifecycle-date-passed', {
  valid: [
    { name: 'SPEC: already endOfLife', yaml: 'systems:\n  - { id: campaign-bf, mode: mode2, owner: team-web, lifecycle: endOfLife, endOfLife: 2025-06-30 }\n' },
    { name: 'a date after asOf', yaml: 'systems:\n  - { id: c, mode: mode2, owner: t, endOfLife: 2025-10-02 }\n' },
    { name: 'no endOfLife date', yaml: 'systems:\n  - { id: c, mode: mode2, owner: t, lifecycle: phaseOut }\n' },
    { name: 'an API already at endOfLife', yaml: 'systems:\n  - { id: p, mode: mode2, owner: t }\napis:\n  - { id: a, provider: p, lifecycle: endOfLife, endOfLife: "2020-01-01" }\n' },
    { name: 'data stores and rollouts have no endOfLife rule', yaml: 'systems:\n  - { id: p, mode: mode2, owner: t }\nrollouts:\n  - { id: r, targets: [p], start: 2020-01-01 }\n' },
    { name: '--as-of moves today', yaml: 'systems:\n  - { id: c, mode: mode2, owner: t, endOfLife: 2025-06-30 }\n', asOf: '2025-06-29' },
  ],
  invalid: [
    {
      name: 'SPEC: campaign outlived its end date; insert lifecycle',
      yaml: 'systems:\n  - { id: campaign-bf, mode: mode2, owner: team-web, endOfLife: 2025-06-30 }       # lifecycle defaults to active\n',
      findings: [{ subject: 'campaign-bf', related: ['campaign-bf'], at: 'endOfLife: 2025-06-30', severity: 'error' }],
      fix: { title: 'Set lifecycle: endOfLife', output: 'systems:\n  - { id: campaign-bf, mode: mode2, owner: team-web, endOfLife: 2025-06-30, lifecycle: endOfLife }       # lifecycle defaults to active\n' },
    },
    {
      name: 'on asOf itself (≤), block style: replace lifecycle',
      yaml: 'systems:\n  - id: c\n    mode: mode2\n    owner: t\n    lifecycle: phaseOut   # winding down\n    endOfLife: 2025-10-01\n',
      findings: [{ subject: 'c', related: ['c'], at: 'endOfLife: 2025-10-01' }],
      fix: { title: 'Set lifecycle: endOfLife', output: 'systems:\n  - id: c\n    mode: mode2\n    owner: t\n    lifecycle: endOfLife   # winding down\n    endOfLife: 2025-10-01\n' },
    },
    {
      name: 'a quoted date string; lifecycle plan still counts',
      yaml: 'systems:\n  - { id: c, mode: mode2, owner: t, lifecycle: plan, endOfLife: "2025-09-30" }\n',
      findings: [{ subject: 'c', related: ['c'], at: 'endOfLife: "2025-09-30"' }],
    },
    {
      name: '--as-of: the day itself is included (≤ asOf)',
      yaml: 'systems:\n  - { id: c, mode: mode2, owner: t, endOfLife: 2025-06-30 }\n',
      asOf: '2025-06-30',
      findings: [{ subject: 'c', related: ['c'], at: 'endOfLife: 2025-06-30' }],
    },
    {
      name: 'an API too',
      yaml: 'systems:\n  - { id: p, mode: mode2, owner: t }\napis:\n  - { id: old-api, provider: p, lifecycle: phaseOut, endOfLife: 2024-12-31 }\n',
      findings: [{ subject: 'old-api', related: ['old-api'], at: 'endOfLife: 2024-12-31' }],
    },
  ],
});
