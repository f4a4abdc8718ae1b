import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

ruleTester('no-mode1-depends-on-mode2', {
  valid: [
    {
      name: 'SPEC: prices as events on the gearbox',
      yaml: yaml`
        systems:
          - { id: sap,   mode: mode1,   owner: team-erp, consumes: [price-events] }
          - { id: promo, mode: mode2,   owner: team-web, consumes: [price-events] }
          - { id: hub,   mode: gearbox, owner: team-int }
        apis:
          - { id: price-events, provider: hub, type: asyncapi }
      `,
    },
    {
      name: 'Mode 2 depending on Mode 1 is another rule',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: web, mode: mode2, owner: t, dependsOn: [sap] }
      `,
    },
    {
      name: 'a self-consumption is no edge',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t, consumes: [sap-api] }
        apis: [{ id: sap-api, provider: sap }]
      `,
    },
    {
      name: 'an API whose provider does not resolve gives no edge',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t, consumes: [promo-api] }
          - { id: promo, mode: mode2, owner: t }
        apis: [{ id: promo-api, provider: promo-old }]
      `,
    },
    {
      name: 'a gearbox or Mode 1 target is fine',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t, dependsOn: [gw, erp] }
          - { id: gw, mode: gearbox, owner: t }
          - { id: erp, mode: mode1, owner: t }
      `,
    },
  ],
  invalid: [
    {
      name: 'SPEC: SAP consumes the promo API',
      yaml: yaml`
        systems:
          - { id: sap,   mode: mode1, owner: team-erp, consumes: [promo-api] }
          - { id: promo, mode: mode2, owner: team-web }
        apis:
          - { id: promo-api, provider: promo, type: openapi }
      `,
      findings: [{ messageId: 'consumes', severity: 'warn', subject: 'sap', related: ['sap', 'promo-api', 'promo'], at: 'promo-api' }],
    },
    {
      name: 'dependsOn a Mode 2 system',
      yaml: yaml`
        systems:
          - id: sap
            mode: mode1
            owner: t
            dependsOn:
              - promo
          - { id: promo, mode: mode2, owner: t }
      `,
      findings: [{ messageId: 'dependsOn', severity: 'warn', subject: 'sap', related: ['sap', 'promo'], at: 'promo' }],
    },
    {
      name: 'offers the gearbox API of a system that already consumes the Mode 2 API',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t, consumes: [promo-api] }
          - { id: promo, mode: mode2, owner: t }
          - { id: bridge, mode: gearbox, owner: t, consumes: [promo-api] }
        apis:
          - { id: promo-api, provider: promo }
          - { id: price-feed, provider: bridge, type: asyncapi }
      `,
      findings: [
        {
          messageId: 'consumes', severity: 'warn', subject: 'sap', related: ['sap', 'promo-api', 'promo'], at: 'promo-api',
          fixes: [
            {
              title: "Use gearbox API 'price-feed'",
              output: yaml`
                systems:
                  - { id: sap, mode: mode1, owner: t, consumes: [price-feed] }
                  - { id: promo, mode: mode2, owner: t }
                  - { id: bridge, mode: gearbox, owner: t, consumes: [promo-api] }
                apis:
                  - { id: promo-api, provider: promo }
                  - { id: price-feed, provider: bridge, type: asyncapi }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'severity follows the configuration',
      yaml: yaml`
        lint: { rules: { no-mode1-depends-on-mode2: error } }
        systems:
          - { id: sap, mode: mode1, owner: t, dependsOn: [{ system: web, interaction: async }] }
          - { id: web, mode: mode2, owner: t }
      `,
      findings: [{ messageId: 'dependsOn', severity: 'error', subject: 'sap', related: ['sap', 'web'], at: '{ system: web, interaction: async }' }],
    },
    {
      name: 'an asynchronous consumption still counts, one finding per entry',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t, consumes: [promo-events, { api: promo-api, interaction: async }] }
          - { id: promo, mode: mode2, owner: t }
        apis:
          - { id: promo-events, provider: promo, type: asyncapi }
          - { id: promo-api, provider: promo }
      `,
      findings: [
        { messageId: 'consumes', severity: 'warn', subject: 'sap', related: ['sap', 'promo-events', 'promo'], at: 'promo-events' },
        { messageId: 'consumes', severity: 'warn', subject: 'sap', related: ['sap', 'promo-api', 'promo'], at: '{ api: promo-api, interaction: async }' },
      ],
    },
  ],
});
