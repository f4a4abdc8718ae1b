import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

ruleTester('no-shadow-it', {
  valid: [
    {
      name: 'SPEC: sanctioned SaaS',
      yaml: yaml`
        systems:
          - { id: dropbox, mode: mode2, owner: team-workplace, governance: sanctioned, sourcing: saas,
              security: { lastReview: 2025-09-01 } }
      `,
    },
    {
      name: 'governance defaults to sanctioned',
      yaml: yaml`
        systems:
          - { id: x, mode: mode2, owner: t, sourcing: saas }
      `,
    },
    {
      name: 'suppressed with a reason',
      yaml: yaml`
        systems:
          - { id: x, mode: mode2, owner: t, governance: shadow, suppress: [{ rule: no-shadow-it, reason: "being sanctioned in Q3" }] }
      `,
    },
  ],
  invalid: [
    {
      name: 'SPEC: Dropbox bought by sales',
      yaml: yaml`
        systems:
          - { id: dropbox, mode: mode2, owner: bu-sales, governance: shadow, sourcing: saas }
      `,
      findings: [{ messageId: 'shadow', severity: 'warn', subject: 'dropbox', related: ['dropbox'], at: 'governance: shadow' }],
    },
    {
      name: 'block style, one per system',
      yaml: yaml`
        systems:
          - id: a
            mode: mode2
            owner: t
            governance: shadow
          - { id: b, mode: mode1, owner: t, governance: shadow }
      `,
      findings: [
        { messageId: 'shadow', severity: 'warn', subject: 'a', related: ['a'], at: 'governance: shadow' },
        { messageId: 'shadow', severity: 'warn', subject: 'b', related: ['b'], at: 'governance: shadow' },
      ],
    },
    {
      name: 'an expired suppression no longer applies',
      yaml: yaml`
        systems:
          - { id: x, mode: mode2, owner: t, governance: shadow, suppress: [{ rule: no-shadow-it, reason: old, until: 2025-09-30 }] }
      `,
      findings: [{ messageId: 'shadow', severity: 'warn', subject: 'x', related: ['x'], at: 'governance: shadow' }],
    },
  ],
});
