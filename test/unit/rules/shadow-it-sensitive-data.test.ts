import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

ruleTester('shadow-it-sensitive-data', {
  valid: [
    {
      name: 'SPEC: public data',
      yaml: yaml`
        systems:
          - { id: mailchimp, mode: mode2, owner: bu-mkt, governance: shadow, sourcing: saas, dataClassification: public }
      `,
    },
    {
      name: 'sanctioned systems may hold confidential data',
      yaml: yaml`
        systems:
          - { id: crm, mode: mode2, owner: t, dataClassification: restricted }
      `,
    },
    {
      name: 'no classification',
      yaml: yaml`
        systems:
          - { id: x, mode: mode2, owner: t, governance: shadow }
      `,
    },
    {
      name: 'options narrow the classes',
      yaml: yaml`
        lint: { rules: { shadow-it-sensitive-data: [error, { classifications: [restricted] }] } }
        systems:
          - { id: x, mode: mode2, owner: t, governance: shadow, dataClassification: confidential }
      `,
    },
  ],
  invalid: [
    {
      name: 'SPEC: Mailchimp with confidential data',
      yaml: yaml`
        systems:
          - { id: mailchimp, mode: mode2, owner: bu-mkt, governance: shadow, sourcing: saas, dataClassification: confidential }
      `,
      findings: [{ messageId: 'sensitive', severity: 'error', subject: 'mailchimp', related: ['mailchimp'], at: 'dataClassification: confidential' }],
    },
    {
      name: 'restricted data, block style',
      yaml: yaml`
        systems:
          - id: hr-tool
            mode: mode2
            owner: t
            governance: shadow
            dataClassification: restricted   # salaries
      `,
      findings: [{ messageId: 'sensitive', severity: 'error', subject: 'hr-tool', related: ['hr-tool'], at: 'dataClassification: restricted' }],
    },
    {
      name: 'options widen the classes',
      yaml: yaml`
        lint: { rules: { shadow-it-sensitive-data: [warn, { classifications: [internal] }] } }
        systems:
          - { id: x, mode: mode2, owner: t, governance: shadow, dataClassification: internal }
      `,
      findings: [{ messageId: 'sensitive', severity: 'warn', subject: 'x', related: ['x'], at: 'dataClassification: internal' }],
    },
  ],
});
