import { ruleTester } from '../../helpers/rule-tester';

ruleTester('no-shadow-it', {
  valid: [
    { name: 'SPEC: sanctioned SaaS', yaml: 'systems:\n  - { id: dropbox, mode: mode2, owner: team-workplace, governance: sanctioned, sourcing: saas,\n      security: { lastReview: 2025-09-01 } }\n' },
    { name: 'governance defaults to sanctioned', yaml: 'systems:\n  - { id: x, mode: mode2, owner: t, sourcing: saas }\n' },
    { name: 'suppressed with a reason', yaml: 'systems:\n  - { id: x, mode: mode2, owner: t, governance: shadow, suppress: [{ rule: no-shadow-it, reason: "being sanctioned in Q3" }] }\n' },
  ],
  invalid: [
    {
      name: 'SPEC: Dropbox bought by sales',
      yaml: 'systems:\n  - { id: dropbox, mode: mode2, owner: bu-sales, governance: shadow, sourcing: saas }\n',
      findings: [{ subject: 'dropbox', related: ['dropbox'], at: 'governance: shadow', severity: 'warn' }],
    },
    {
      name: 'block style, one per system',
      yaml: 'systems:\n  - id: a\n    mode: mode2\n    owner: t\n    governance: shadow\n  - { id: b, mode: mode1, owner: t, governance: shadow }\n',
      findings: [
        { subject: 'a', related: ['a'], at: 'governance: shadow' },
        { subject: 'b', related: ['b'], at: 'governance: shadow' },
      ],
    },
    {
      name: 'an expired suppression no longer applies',
      yaml: 'systems:\n  - { id: x, mode: mode2, owner: t, governance: shadow, suppress: [{ rule: no-shadow-it, reason: old, until: 2025-09-30 }] }\n',
      findings: [{ subject: 'x', related: ['x'], at: 'governance: shadow' }],
    },
  ],
});
