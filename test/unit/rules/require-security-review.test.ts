import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

ruleTester('require-security-review', {
  valid: [
    {
      name: 'SPEC: reviewed within a year',
      yaml: yaml`
        systems:
          - { id: web-shop, mode: mode2, owner: team-web, exposure: internet, security: { lastReview: 2025-06-01, reviewedBy: ciso } }
        owners:
          - { id: ciso, type: executive, role: CISO }
      `,
    },
    {
      name: 'exactly maxAgeDays old is fine (> is required)',
      yaml: yaml`
        systems:
          - { id: w, mode: mode2, owner: t, exposure: partner, security: { lastReview: 2024-10-01 } }
      `,
    },
    {
      name: 'days, not years: 365 days across a leap day is fine',
      yaml: yaml`
        systems:
          - { id: w, mode: mode2, owner: t, exposure: internet, security: { lastReview: 2024-02-29 } }
      `,
      asOf: '2025-02-28',
    },
    {
      name: 'a quoted date string is a date too',
      yaml: yaml`
        systems:
          - { id: w, mode: mode2, owner: t, sourcing: saas, security: { lastReview: "2025-01-01" } }
      `,
    },
    {
      name: 'maxAgeDays 0: reviewed on asOf itself',
      yaml: yaml`
        lint: { rules: { require-security-review: [warn, { maxAgeDays: 0 }] } }
        systems:
          - { id: w, mode: mode2, owner: t, exposure: internet, security: { lastReview: 2025-10-01 } }
      `,
    },
    {
      name: 'internal SaaS counts only through sourcing; package/custom internal systems need none',
      yaml: yaml`
        systems:
          - { id: a, mode: mode1, owner: t, sourcing: package }
          - { id: b, mode: mode2, owner: t, sourcing: custom, exposure: internal }
      `,
    },
    {
      name: 'internal, custom systems need none',
      yaml: yaml`
        systems:
          - { id: w, mode: mode1, owner: t }
      `,
    },
    {
      name: 'systems in plan or endOfLife are skipped',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, exposure: internet, lifecycle: plan }
          - { id: b, mode: mode2, owner: t, sourcing: saas, lifecycle: endOfLife }
      `,
    },
  ],
  invalid: [
    {
      name: 'SPEC: review from 2024-06-01 is too old',
      yaml: yaml`
        systems:
          - { id: web-shop, mode: mode2, owner: team-web, exposure: internet, security: { lastReview: 2024-06-01 } }
      `,
      findings: [{ messageId: 'stale', severity: 'warn', subject: 'web-shop', related: ['web-shop'], at: 'security: { lastReview: 2024-06-01 }' }],
      message: ['487 days'],
    },
    {
      name: 'SaaS without any review: at the id, with a skeleton fix',
      yaml: yaml`
        systems:
          - id: crm-saas
            mode: mode2
            owner: t   # sales
            sourcing: saas
      `,
      findings: [
        {
          messageId: 'missing', severity: 'warn', subject: 'crm-saas', related: ['crm-saas'], at: 'crm-saas',
          fixes: [
            {
              title: 'Add a security review skeleton',
              output: yaml`
                systems:
                  - id: crm-saas
                    mode: mode2
                    owner: t   # sales
                    sourcing: saas
                    security: { lastReview: , reviewedBy: }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'one day over the limit; maxAgeDays option',
      yaml: yaml`
        lint: { rules: { require-security-review: [warn, { maxAgeDays: 30 }] } }
        systems:
          - { id: p, mode: mode2, owner: t, exposure: partner, security: { lastReview: 2025-08-31, sso: true } }
      `,
      findings: [{ messageId: 'stale', severity: 'warn', subject: 'p', related: ['p'], at: 'security: { lastReview: 2025-08-31, sso: true }' }],
    },
    {
      name: 'one year back across a leap day is 366 days: too old',
      yaml: yaml`
        systems:
          - { id: w, mode: mode2, owner: t, exposure: internet, security: { lastReview: 2024-02-28 } }
      `,
      asOf: '2025-02-28',
      findings: [{ messageId: 'stale', severity: 'warn', subject: 'w', related: ['w'], at: 'security: { lastReview: 2024-02-28 }' }],
      message: ['366 days'],
    },
    {
      name: 'phaseIn/phaseOut systems, shadow SaaS, internet and SaaS at once: one finding per system',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, lifecycle: phaseIn, exposure: partner }
          - { id: b, mode: mode1, owner: t, lifecycle: phaseOut, exposure: internet, sourcing: saas, security: { lastReview: 2023-01-01 } }
          - { id: c, mode: mode2, owner: t, governance: shadow, sourcing: saas }
      `,
      findings: [
        {
          messageId: 'missing', severity: 'warn', subject: 'a', related: ['a'], at: 'a',
          fixes: [
            {
              title: 'Add a security review skeleton',
              output: yaml`
                systems:
                  - { id: a, mode: mode2, owner: t, lifecycle: phaseIn, exposure: partner, security: { lastReview: , reviewedBy: } }
                  - { id: b, mode: mode1, owner: t, lifecycle: phaseOut, exposure: internet, sourcing: saas, security: { lastReview: 2023-01-01 } }
                  - { id: c, mode: mode2, owner: t, governance: shadow, sourcing: saas }
              `,
            },
          ],
        },
        { messageId: 'stale', severity: 'warn', subject: 'b', related: ['b'], at: 'security: { lastReview: 2023-01-01 }' },
        {
          messageId: 'missing', severity: 'warn', subject: 'c', related: ['c'], at: 'c',
          fixes: [
            {
              title: 'Add a security review skeleton',
              output: yaml`
                systems:
                  - { id: a, mode: mode2, owner: t, lifecycle: phaseIn, exposure: partner }
                  - { id: b, mode: mode1, owner: t, lifecycle: phaseOut, exposure: internet, sourcing: saas, security: { lastReview: 2023-01-01 } }
                  - { id: c, mode: mode2, owner: t, governance: shadow, sourcing: saas, security: { lastReview: , reviewedBy: } }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an unquoted YAML timestamp and a quoted string are compared the same way',
      yaml: yaml`
        systems:
          - id: p
            mode: mode2
            owner: t
            exposure: internet
            security:
              lastReview: "2024-09-30"
      `,
      findings: [{ messageId: 'stale', severity: 'warn', subject: 'p', related: ['p'], at: 'security:\n      lastReview: "2024-09-30"' }],
      message: ['366 days'],
    },
    {
      name: 'a security block without lastReview, flow style skeleton not offered',
      yaml: yaml`
        systems:
          - { id: p, mode: mode2, owner: t, exposure: internet, security: { sso: true } }
      `,
      findings: [{ messageId: 'missing', severity: 'warn', subject: 'p', related: ['p'], at: 'security: { sso: true }' }],
    },
  ],
});
