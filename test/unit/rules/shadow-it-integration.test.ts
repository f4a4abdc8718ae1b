import { ruleTester } from '../../helpers/rule-tester';

ruleTester('shadow-it-integration', {
  valid: [
    { name: 'SPEC: both sanctioned', yaml: 'systems:\n  - { id: sfdc, mode: mode2, owner: bu-sales, governance: sanctioned, consumes: [crm-customer-api] }\n  - { id: crm,  mode: mode2, owner: team-crm }\napis:\n  - { id: crm-customer-api, provider: crm, type: openapi }\n' },
    { name: 'both shadow', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, governance: shadow, dependsOn: [b] }\n  - { id: b, mode: mode2, owner: t, governance: shadow }\n' },
    { name: 'a shadow system consuming its own API', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, governance: shadow, consumes: [a-api] }\napis:\n  - { id: a-api, provider: a, type: openapi }\n' },
    { name: 'an API without a resolvable provider', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, governance: shadow, consumes: [x-api] }\napis:\n  - { id: x-api, provider: ghost, type: openapi }\n' },
    { name: 'an unresolvable target', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, governance: shadow, dependsOn: [ghost] }\n' },
  ],
  invalid: [
    {
      name: 'SPEC: Salesforce pulls from the CRM',
      yaml: 'systems:\n  - { id: sfdc, mode: mode2, owner: bu-sales, governance: shadow, consumes: [crm-customer-api] }\n  - { id: crm,  mode: mode2, owner: team-crm }\napis:\n  - { id: crm-customer-api, provider: crm, type: openapi }\n',
      findings: [{ subject: 'sfdc', related: ['sfdc', 'crm-customer-api', 'crm'], at: 'crm-customer-api', severity: 'error' }],
    },
    {
      name: 'the other direction: a sanctioned system consumes a shadow API',
      yaml: 'systems:\n  - { id: erp, mode: mode1, owner: t, consumes: [{ api: sheet-api, interaction: async }] }\n  - { id: sheet, mode: mode2, owner: t, governance: shadow }\napis: [{ id: sheet-api, provider: sheet, type: file }]\n',
      findings: [{ subject: 'erp', related: ['erp', 'sheet-api', 'sheet'], at: '{ api: sheet-api, interaction: async }' }],
    },
    {
      name: 'block list: consumes then dependsOn to the same system, one finding per entry; async makes no difference',
      yaml: 'systems:\n  - id: mc\n    mode: mode2\n    owner: t\n    governance: shadow\n    consumes:\n      - crm-events\n      - { api: crm-api, interaction: async }\n    dependsOn:\n      - { system: crm, interaction: async }\n  - { id: crm, mode: mode2, owner: t }\napis:\n  - { id: crm-events, provider: crm, type: asyncapi }\n  - { id: crm-api, provider: crm, type: openapi }\n',
      findings: [
        { subject: 'mc', related: ['mc', 'crm-events', 'crm'], at: 'crm-events' },
        { subject: 'mc', related: ['mc', 'crm-api', 'crm'], at: '{ api: crm-api, interaction: async }' },
        { subject: 'mc', related: ['mc', 'crm'], at: '{ system: crm, interaction: async }' },
      ],
    },
    {
      name: 'dependsOn entries, one per entry',
      yaml: 'systems:\n  - id: tool\n    mode: mode2\n    owner: t\n    governance: shadow\n    dependsOn: [erp, crm]\n  - { id: erp, mode: mode1, owner: t }\n  - { id: crm, mode: mode2, owner: t }\n',
      findings: [
        { subject: 'tool', related: ['tool', 'erp'], at: 'erp' },
        { subject: 'tool', related: ['tool', 'crm'], at: 'crm' },
      ],
    },
  ],
});
