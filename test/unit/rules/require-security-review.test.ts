import { ruleTester } from '../../helpers/rule-tester';

ruleTester('require-security-review', {
  valid: [
    { name: 'SPEC: reviewed within a year', yaml: 'systems:\n  - { id: web-shop, mode: mode2, owner: team-web, exposure: internet, security: { lastReview: 2025-06-01, reviewedBy: ciso } }\nowners:\n  - { id: ciso, type: executive, role: CISO }\n' },
    { name: 'exactly maxAgeDays old is fine (> is required)', yaml: 'systems:\n  - { id: w, mode: mode2, owner: t, exposure: partner, security: { lastReview: 2024-10-01 } }\n' },
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
      name: 'a security block without lastReview, flow style skeleton not offered',
      yaml: 'systems:\n  - { id: p, mode: mode2, owner: t, exposure: internet, security: { sso: true } }\n',
      findings: [{ subject: 'p', related: ['p'], at: 'security: { sso: true }' }],
    },
  ],
});
