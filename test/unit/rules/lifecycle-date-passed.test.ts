import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

ruleTester('lifecycle-date-passed', {
  valid: [
    {
      name: 'SPEC: already endOfLife',
      yaml: yaml`
        systems:
          - { id: campaign-bf, mode: mode2, owner: team-web, lifecycle: endOfLife, endOfLife: 2025-06-30 }
      `,
    },
    {
      name: 'a date after asOf',
      yaml: yaml`
        systems:
          - { id: c, mode: mode2, owner: t, endOfLife: 2025-10-02 }
      `,
    },
    {
      name: 'no endOfLife date',
      yaml: yaml`
        systems:
          - { id: c, mode: mode2, owner: t, lifecycle: phaseOut }
      `,
    },
    {
      name: 'an API already at endOfLife',
      yaml: yaml`
        systems:
          - { id: p, mode: mode2, owner: t }
        apis:
          - { id: a, provider: p, lifecycle: endOfLife, endOfLife: "2020-01-01" }
      `,
    },
    {
      name: 'data stores and rollouts have no endOfLife rule',
      yaml: yaml`
        systems:
          - { id: p, mode: mode2, owner: t }
        rollouts:
          - { id: r, targets: [p], start: 2020-01-01 }
      `,
    },
    {
      name: '--as-of moves today',
      yaml: yaml`
        systems:
          - { id: c, mode: mode2, owner: t, endOfLife: 2025-06-30 }
      `,
      asOf: '2025-06-29',
    },
  ],
  invalid: [
    {
      name: 'SPEC: campaign outlived its end date; insert lifecycle',
      yaml: yaml`
        systems:
          - { id: campaign-bf, mode: mode2, owner: team-web, endOfLife: 2025-06-30 }       # lifecycle defaults to active
      `,
      findings: [
        {
          messageId: 'system', severity: 'error', subject: 'campaign-bf', related: ['campaign-bf'], at: 'endOfLife: 2025-06-30',
          fixes: [
            {
              title: 'Set lifecycle: endOfLife',
              output: yaml`
                systems:
                  - { id: campaign-bf, mode: mode2, owner: team-web, endOfLife: 2025-06-30, lifecycle: endOfLife }       # lifecycle defaults to active
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'on asOf itself (≤), block style: replace lifecycle',
      yaml: yaml`
        systems:
          - id: c
            mode: mode2
            owner: t
            lifecycle: phaseOut   # winding down
            endOfLife: 2025-10-01
      `,
      findings: [
        {
          messageId: 'system', severity: 'error', subject: 'c', related: ['c'], at: 'endOfLife: 2025-10-01',
          fixes: [
            {
              title: 'Set lifecycle: endOfLife',
              output: yaml`
                systems:
                  - id: c
                    mode: mode2
                    owner: t
                    lifecycle: endOfLife   # winding down
                    endOfLife: 2025-10-01
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a quoted date string; lifecycle plan still counts',
      yaml: yaml`
        systems:
          - { id: c, mode: mode2, owner: t, lifecycle: plan, endOfLife: "2025-09-30" }
      `,
      findings: [
        {
          messageId: 'system', severity: 'error', subject: 'c', related: ['c'], at: 'endOfLife: "2025-09-30"',
          fixes: [
            {
              title: 'Set lifecycle: endOfLife',
              output: yaml`
                systems:
                  - { id: c, mode: mode2, owner: t, lifecycle: endOfLife, endOfLife: "2025-09-30" }
              `,
            },
          ],
        },
      ],
    },
    {
      name: '--as-of: the day itself is included (≤ asOf)',
      yaml: yaml`
        systems:
          - { id: c, mode: mode2, owner: t, endOfLife: 2025-06-30 }
      `,
      asOf: '2025-06-30',
      findings: [
        {
          messageId: 'system', severity: 'error', subject: 'c', related: ['c'], at: 'endOfLife: 2025-06-30',
          fixes: [
            {
              title: 'Set lifecycle: endOfLife',
              output: yaml`
                systems:
                  - { id: c, mode: mode2, owner: t, endOfLife: 2025-06-30, lifecycle: endOfLife }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an API too',
      yaml: yaml`
        systems:
          - { id: p, mode: mode2, owner: t }
        apis:
          - { id: old-api, provider: p, lifecycle: phaseOut, endOfLife: 2024-12-31 }
      `,
      findings: [
        {
          messageId: 'api', severity: 'error', subject: 'old-api', related: ['old-api'], at: 'endOfLife: 2024-12-31',
          fixes: [
            {
              title: 'Set lifecycle: endOfLife',
              output: yaml`
                systems:
                  - { id: p, mode: mode2, owner: t }
                apis:
                  - { id: old-api, provider: p, lifecycle: endOfLife, endOfLife: 2024-12-31 }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a lifecycle key without a value gets the value, not a second key',
      yaml: yaml`
        systems:
          - id: c
            mode: mode2
            owner: t
            lifecycle:
            endOfLife: 2025-06-30
      `,
      findings: [
        {
          messageId: 'system', severity: 'error', subject: 'c', related: ['c'], at: 'endOfLife: 2025-06-30',
          fixes: [
            {
              title: 'Set lifecycle: endOfLife',
              output: yaml`
                systems:
                  - id: c
                    mode: mode2
                    owner: t
                    lifecycle: endOfLife
                    endOfLife: 2025-06-30
              `,
            },
          ],
        },
      ],
    },
  ],
});
