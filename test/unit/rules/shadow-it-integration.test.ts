import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

ruleTester('shadow-it-integration', {
  valid: [
    {
      name: 'SPEC: both sanctioned',
      yaml: yaml`
        systems:
          - { id: sfdc, mode: mode2, owner: bu-sales, governance: sanctioned, consumes: [crm-customer-api] }
          - { id: crm,  mode: mode2, owner: team-crm }
        apis:
          - { id: crm-customer-api, provider: crm, type: openapi }
      `,
    },
    {
      name: 'both shadow',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, governance: shadow, dependsOn: [b] }
          - { id: b, mode: mode2, owner: t, governance: shadow }
      `,
    },
    {
      name: 'a shadow system consuming its own API',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, governance: shadow, consumes: [a-api] }
        apis:
          - { id: a-api, provider: a, type: openapi }
      `,
    },
    {
      name: 'an API without a resolvable provider',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, governance: shadow, consumes: [x-api] }
        apis:
          - { id: x-api, provider: ghost, type: openapi }
      `,
    },
    {
      name: 'an unresolvable target',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, governance: shadow, dependsOn: [ghost] }
      `,
    },
  ],
  invalid: [
    {
      name: 'SPEC: Salesforce pulls from the CRM',
      yaml: yaml`
        systems:
          - { id: sfdc, mode: mode2, owner: bu-sales, governance: shadow, consumes: [crm-customer-api] }
          - { id: crm,  mode: mode2, owner: team-crm }
        apis:
          - { id: crm-customer-api, provider: crm, type: openapi }
      `,
      findings: [{ messageId: 'consumes', severity: 'error', subject: 'sfdc', related: ['sfdc', 'crm-customer-api', 'crm'], at: 'crm-customer-api' }],
    },
    {
      name: 'the other direction: a sanctioned system consumes a shadow API',
      yaml: yaml`
        systems:
          - { id: erp, mode: mode1, owner: t, consumes: [{ api: sheet-api, interaction: async }] }
          - { id: sheet, mode: mode2, owner: t, governance: shadow }
        apis: [{ id: sheet-api, provider: sheet, type: file }]
      `,
      findings: [{ messageId: 'consumes', severity: 'error', subject: 'erp', related: ['erp', 'sheet-api', 'sheet'], at: '{ api: sheet-api, interaction: async }' }],
    },
    {
      name: 'block list: consumes then dependsOn to the same system, one finding per entry; async makes no difference',
      yaml: yaml`
        systems:
          - id: mc
            mode: mode2
            owner: t
            governance: shadow
            consumes:
              - crm-events
              - { api: crm-api, interaction: async }
            dependsOn:
              - { system: crm, interaction: async }
          - { id: crm, mode: mode2, owner: t }
        apis:
          - { id: crm-events, provider: crm, type: asyncapi }
          - { id: crm-api, provider: crm, type: openapi }
      `,
      findings: [
        { messageId: 'consumes', severity: 'error', subject: 'mc', related: ['mc', 'crm-events', 'crm'], at: 'crm-events' },
        { messageId: 'consumes', severity: 'error', subject: 'mc', related: ['mc', 'crm-api', 'crm'], at: '{ api: crm-api, interaction: async }' },
        { messageId: 'dependsOn', severity: 'error', subject: 'mc', related: ['mc', 'crm'], at: '{ system: crm, interaction: async }' },
      ],
    },
    {
      name: 'dependsOn entries, one per entry',
      yaml: yaml`
        systems:
          - id: tool
            mode: mode2
            owner: t
            governance: shadow
            dependsOn: [erp, crm]
          - { id: erp, mode: mode1, owner: t }
          - { id: crm, mode: mode2, owner: t }
      `,
      findings: [
        { messageId: 'dependsOn', severity: 'error', subject: 'tool', related: ['tool', 'erp'], at: 'erp' },
        { messageId: 'dependsOn', severity: 'error', subject: 'tool', related: ['tool', 'crm'], at: 'crm' },
      ],
    },
  ],
});
