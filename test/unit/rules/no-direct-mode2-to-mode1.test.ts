import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

ruleTester('no-direct-mode2-to-mode1', {
  valid: [
    {
      name: 'SPEC: through an anti-corruption layer and events',
      yaml: yaml`
        systems:
          - { id: sap,       mode: mode1,   owner: team-erp }
          - { id: order-acl, mode: gearbox, owner: team-int, consumes: [order-events, sap-order-odata] }
          - { id: hub,       mode: gearbox, owner: team-int }
          - { id: shop,      mode: mode2,   owner: team-web, consumes: [order-events] }
        apis:
          - { id: sap-order-odata, provider: sap, type: odata }
          - { id: order-events,    provider: hub, type: asyncapi }
      `,
    },
    {
      name: 'Mode 2 to Mode 2 is fine',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, dependsOn: [b] }
          - { id: b, mode: mode2, owner: t }
      `,
    },
    {
      name: 'an unresolvable API gives no edge',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: t, consumes: [ghost-api] }
          - { id: sap, mode: mode1, owner: t }
      `,
    },
    {
      name: 'Mode 1 consuming Mode 1 is fine',
      yaml: yaml`
        systems:
          - { id: a, mode: mode1, owner: t, consumes: [b-api] }
          - { id: b, mode: mode1, owner: t }
        apis: [{ id: b-api, provider: b }]
      `,
    },
    {
      name: 'an API whose provider does not resolve gives no edge',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: shop, mode: mode2, owner: t, consumes: [sap-api] }
        apis: [{ id: sap-api, provider: sap-old }]
      `,
    },
    {
      name: 'a dependsOn naming an API (another kind) gives no edge',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: shop, mode: mode2, owner: t, dependsOn: [sap-api] }
        apis: [{ id: sap-api, provider: sap }]
      `,
    },
    {
      name: 'the first occurrence of a duplicated provider decides its mode',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode2, owner: t }
          - { id: shop, mode: mode2, owner: t, consumes: [sap-api] }
          - { id: sap, mode: mode1, owner: t }
        apis: [{ id: sap-api, provider: sap }]
      `,
    },
    {
      name: 'a gearbox consumer is fine',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: gw, mode: gearbox, owner: t, dependsOn: [sap] }
      `,
    },
  ],
  invalid: [
    {
      name: 'SPEC: shop consumes SAP OData directly',
      yaml: yaml`
        systems:
          - { id: sap,  mode: mode1, owner: team-erp }
          - { id: shop, mode: mode2, owner: team-web, consumes: [sap-order-odata] }
        apis:
          - { id: sap-order-odata, provider: sap, type: odata }
      `,
      findings: [{ messageId: 'consumes', severity: 'error', subject: 'shop', related: ['shop', 'sap-order-odata', 'sap'], at: 'sap-order-odata' }],
      message: ["'shop'", "'sap-order-odata'", "'sap'", 'gearbox'],
    },
    {
      name: 'asynchronous consumption counts too, and a dependsOn entry',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - id: shop
            mode: mode2
            owner: t
            consumes:
              - { api: sap-idoc, interaction: async }
            dependsOn:
              - { system: sap, description: nightly file drop }
        apis:
          - { id: sap-idoc, provider: sap, type: idoc }
      `,
      findings: [
        { messageId: 'consumes', severity: 'error', subject: 'shop', related: ['shop', 'sap-idoc', 'sap'], at: '{ api: sap-idoc, interaction: async }' },
        { messageId: 'dependsOn', severity: 'error', subject: 'shop', related: ['shop', 'sap'], at: '{ system: sap, description: nightly file drop }' },
      ],
    },
    {
      name: 'offers the gearbox API of a wrapper of the same provider',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: acl, mode: gearbox, owner: t, consumes: [sap-odata] }
          - { id: shop, mode: mode2, owner: t, consumes: [sap-odata] }  # direct call
        apis:
          - { id: sap-odata, provider: sap, type: odata }
          - { id: order-api, provider: acl, type: openapi }
      `,
      findings: [
        {
          messageId: 'consumesWithGearboxApi', severity: 'error', subject: 'shop', related: ['shop', 'sap-odata', 'sap'], at: 'sap-odata',
          fixes: [
            {
              title: "Use gearbox API 'order-api'",
              output: yaml`
                systems:
                  - { id: sap, mode: mode1, owner: t }
                  - { id: acl, mode: gearbox, owner: t, consumes: [sap-odata] }
                  - { id: shop, mode: mode2, owner: t, consumes: [order-api] }  # direct call
                apis:
                  - { id: sap-odata, provider: sap, type: odata }
                  - { id: order-api, provider: acl, type: openapi }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'one finding per entry: two APIs of the same provider',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: shop, mode: mode2, owner: t, consumes: [a-api, b-api] }
        apis:
          - { id: a-api, provider: sap }
          - { id: b-api, provider: sap }
      `,
      findings: [
        { messageId: 'consumes', severity: 'error', subject: 'shop', related: ['shop', 'a-api', 'sap'], at: 'a-api' },
        { messageId: 'consumes', severity: 'error', subject: 'shop', related: ['shop', 'b-api', 'sap'], at: 'b-api' },
      ],
    },
    {
      name: 'an asyncapi topic of a Mode 1 provider and a dependsOn with interaction: async still count',
      yaml: yaml`
        systems:
          - { id: mainframe, mode: mode1, owner: t }
          - { id: app, mode: mode2, owner: t, consumes: [mf-events], dependsOn: [{ system: mainframe, interaction: async }] }
        apis: [{ id: mf-events, provider: mainframe, type: asyncapi }]
      `,
      findings: [
        { messageId: 'consumes', severity: 'error', subject: 'app', related: ['app', 'mf-events', 'mainframe'], at: 'mf-events' },
        { messageId: 'dependsOn', severity: 'error', subject: 'app', related: ['app', 'mainframe'], at: '{ system: mainframe, interaction: async }' },
      ],
    },
    {
      name: 'the same API listed twice gives two findings; a later duplicate of the consumer is ignored',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: shop, mode: mode2, owner: t, consumes: [sap-api, { api: sap-api, interaction: async }] }
          - { id: shop, mode: mode2, owner: t, dependsOn: [sap] }
        apis: [{ id: sap-api, provider: sap }]
      `,
      findings: [
        { messageId: 'consumes', severity: 'error', subject: 'shop', related: ['shop', 'sap-api', 'sap'], at: 'sap-api' },
        { messageId: 'consumes', severity: 'error', subject: 'shop', related: ['shop', 'sap-api', 'sap'], at: '{ api: sap-api, interaction: async }' },
      ],
    },
    {
      name: 'a dependsOn entry names the gearbox API to route through (no fix: the entry names no API)',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: acl, mode: gearbox, owner: t, consumes: [sap-odata] }
          - { id: shop, mode: mode2, owner: t, dependsOn: [sap] }
        apis:
          - { id: sap-odata, provider: sap, type: odata }
          - { id: order-api, provider: acl, type: openapi }
      `,
      findings: [{ messageId: 'dependsOnWithGearboxApi', severity: 'error', subject: 'shop', related: ['shop', 'sap'], at: 'sap' }],
      message: ["gearbox API 'order-api'"],
    },
  ],
});
