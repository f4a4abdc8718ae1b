import { ruleTester } from '../../helpers/rule-tester';

ruleTester('shadow-it-sensitive-data', {
  valid: [
    { name: 'SPEC: public data', yaml: 'systems:\n  - { id: mailchimp, mode: mode2, owner: bu-mkt, governance: shadow, sourcing: saas, dataClassification: public }\n' },
    { name: 'sanctioned systems may hold confidential data', yaml: 'systems:\n  - { id: crm, mode: mode2, owner: t, dataClassification: restricted }\n' },
    { name: 'no classification', yaml: 'systems:\n  - { id: x, mode: mode2, owner: t, governance: shadow }\n' },
    { name: 'options narrow the classes', yaml: 'lint: { rules: { shadow-it-sensitive-data: [error, { classifications: [restricted] }] } }\nsystems:\n  - { id: x, mode: mode2, owner: t, governance: shadow, dataClassification: confidential }\n' },
  ],
  invalid: [
    {
      name: 'SPEC: Mailchimp with confidential data',
      yaml: 'systems:\n  - { id: mailchimp, mode: mode2, owner: bu-mkt, governance: shadow, sourcing: saas, dataClassification: confidential }\n',
      findings: [{ subject: 'mailchimp', related: ['mailchimp'], at: 'dataClassification: confidential', severity: 'error' }],
    },
    {
      name: 'restricted data, block style',
      yaml: 'systems:\n  - id: hr-tool\n    mode: mode2\n    owner: t\n    governance: shadow\n    dataClassification: restricted   # salaries\n',
      findings: [{ subject: 'hr-tool', related: ['hr-tool'], at: 'dataClassification: restricted' }],
    },
    {
      name: 'options widen the classes',
      yaml: 'lint: { rules: { shadow-it-sensitive-data: [warn, { classifications: [internal] }] } }\nsystems:\n  - { id: x, mode: mode2, owner: t, governance: shadow, dataClassification: internal }\n',
      findings: [{ subject: 'x', related: ['x'], at: 'dataClassification: internal', severity: 'warn' }],
    },
  ],
});
