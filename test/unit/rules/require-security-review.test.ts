import { ruleTester } from '../../helpers/rule-tester';

ruleTester('require-security-review', {
  valid: [
    { name: 'SPEC: reviewed within a year', yaml: 'systems:\n  - { id: web-shop, mode: mode2, owner: team-web, exposure: internet, security: { lastReview: 2025-06-01, reviewedBy: ciso } }\nowners:\n  - { id: ciso, type: executive, role: CISO }\n' },
    { name: 'exactly maxAgeDays old is fine (> is required)', yaml: 'systems:\n  - { id: w, mode: mode2, owner: t, exposure: partner, security: { lastReview: 2024-10-01 } }\n' },
    { name: 'days, not years: 365 days across a leap day is fine', yaml: 'systems:\n  - { id: w, mode: mode2, owner: t, exposure: internet, security: { lastReview: 2024-02-29 } }\n', asOf: '2025-02-28' },
    { name: 'a quoted date string is a date too', yaml: 'systems:\n  - { id: w, mode: mode2, owner: t, sourcing: saas, security: { lastReview: "2025-01-01" } }\n' },
    { name: 'maxAgeDays 0: reviewed on asOf itself', yaml: 'lint: { rules: { require-security-review: [warn, { maxAgeDays: 0 }] } }\nsystems:\n  - { id: w, mode: mode2, owner: t, exposure: internet, security: { lastReview: 2025-10-01 } }\n' },
    { name: 'internal SaaS counts only through sourcing; package/custom internal systems need none', yaml: 'systems:\n  - { id: a, mode: mode1, owner: t, sourcing: package }\n  - { id: b, mode: mode2, owner: t, sourcing: custom, exposure: internal }\n' },
    { name: 'internal, custom systems need none', yaml: 'systems:\n  - { id: w, mode: mode1, owner: t }\n' },
    { name: 'systems in plan or endOfLife are skipped', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, exposure: internet, lifecycle: plan }\n  - { id: b, mode: mode2, owner: t, sourcing: saas, lifecycle: endOfLife }\n' },
  ],
  invalid: [
    {
      name: 'SPEC: review from 2024-06-01 is too old',
      yaml: 'systems:\n  - { id: web-shop, mode: mode2, owner: team-web, exposure: internet, security: { lastReview: 2024-06-01 } }\n',
      findings: [{ subject: 'web-shop', related: ['web-shop'], at: 'security: { lastReview: 2024-06-01 }', severity: 'warn' }],
      message: ['487 days'],
    },
    {
      name: 'SaaS without any review: at the id, with a skeleton fix',
      yaml: 'systems:\n  - id: crm-saas\n    mode: mode2\n    owner: t   # sales\n    sourcing: saas\n',
      findings: [{ subject: 'crm-saas', related: ['crm-saas'], at: 'crm-saas' }],
      fix: { title: 'Add a security review skeleton', output: 'systems:\n  - id: crm-saas\n    mode: mode2\n    owner: t   # sales\n    sourcing: saas\n    security: { lastReview: , reviewedBy: }\n' },
    },
    {
      name: 'one day over the limit; maxAgeDays option',
      yaml: 'lint: { rules: { require-security-review: [warn, { maxAgeDays: 30 }] } }\nsystems:\n  - { id: p, mode: mode2, owner: t, exposure: partner, security: { lastReview: 2025-08-31, sso: true } }\n',
      findings: [{ subject: 'p', related: ['p'], at: 'security: { lastReview: 2025-08-31, sso: true }' }],
    },
    {
      name: 'one year back across a leap day is 366 days: too old',
      yaml: 'systems:\n  - { id: w, mode: mode2, owner: t, exposure: internet, security: { lastReview: 2024-02-28 } }\n',
      asOf: '2025-02-28',
      findings: [{ subject: 'w', related: ['w'], at: 'security: { lastReview: 2024-02-28 }' }],
      message: ['366 days'],
    },
    {
      name: 'phaseIn/phaseOut systems, shadow SaaS, internet and SaaS at once: one finding per system',
      yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, lifecycle: phaseIn, exposure: partner }\n  - { id: b, mode: mode1, owner: t, lifecycle: phaseOut, exposure: internet, sourcing: saas, security: { lastReview: 2023-01-01 } }\n  - { id: c, mode: mode2, owner: t, governance: shadow, sourcing: saas }\n',
      findings: [
        { subject: 'a', related: ['a'], at: 'a' },
        { subject: 'b', related: ['b'], at: 'security: { lastReview: 2023-01-01 }' },
        { subject: 'c', related: ['c'], at: 'c' },
      ],
    },
    {
      name: 'an unquoted YAML timestamp and a quoted string are compared the same way',
      yaml: 'systems:\n  - id: p\n    mode: mode2\n    owner: t\n    exposure: internet\n    security:\n      lastReview: "2024-09-30"\n',
      findings: [{ subject: 'p', related: ['p'], at: 'security:\n      lastReview: "2024-09-30"' }],
      message: ['366 days'],
    },
    {
      name: 'a security block without lastReview, flow style skeleton not offered',
      yaml: 'systems:\n  - { id: p, mode: mode2, owner: t, exposure: internet, security: { sso: true } }\n',
      findings: [{ subject: 'p', related: ['p'], at: 'security: { sso: true }' }],
    },
  ],
});
