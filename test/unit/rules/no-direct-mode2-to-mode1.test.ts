import { ruleTester } from '../../helpers/rule-tester';

ruleTester('no-direct-mode2-to-mode1', {
  valid: [
    {
      name: 'SPEC: through an anti-corruption layer and events',
      yaml: 'systems:\n  - { id: sap,       mode: mode1,   owner: team-erp }\n  - { id: order-acl, mode: gearbox, owner: team-int, consumes: [order-events, sap-order-odata] }\n  - { id: hub,       mode: gearbox, owner: team-int }\n  - { id: shop,      mode: mode2,   owner: team-web, consumes: [order-events] }\napis:\n  - { id: sap-order-odata, provider: sap, type: odata }\n  - { id: order-events,    provider: hub, type: asyncapi }\n',
    },
    { name: 'Mode 2 to Mode 2 is fine', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, dependsOn: [b] }\n  - { id: b, mode: mode2, owner: t }\n' },
    { name: 'an unresolvable API gives no edge', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, consumes: [ghost-api] }\n  - { id: sap, mode: mode1, owner: t }\n' },
    { name: 'Mode 1 consuming Mode 1 is fine', yaml: 'systems:\n  - { id: a, mode: mode1, owner: t, consumes: [b-api] }\n  - { id: b, mode: mode1, owner: t }\napis: [{ id: b-api, provider: b }]\n' },
    { name: 'an API whose provider does not resolve gives no edge', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: shop, mode: mode2, owner: t, consumes: [sap-api] }\napis: [{ id: sap-api, provider: sap-old }]\n' },
    { name: 'a dependsOn naming an API (another kind) gives no edge', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: shop, mode: mode2, owner: t, dependsOn: [sap-api] }\napis: [{ id: sap-api, provider: sap }]\n' },
    { name: 'the first occurrence of a duplicated provider decides its mode', yaml: 'systems:\n  - { id: sap, mode: mode2, owner: t }\n  - { id: shop, mode: mode2, owner: t, consumes: [sap-api] }\n  - { id: sap, mode: mode1, owner: t }\napis: [{ id: sap-api, provider: sap }]\n' },
    { name: 'a gearbox consumer is fine', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: gw, mode: gearbox, owner: t, dependsOn: [sap] }\n' },
  ],
  invalid: [
    {
      name: 'SPEC: shop consumes SAP OData directly',
      yaml: 'systems:\n  - { id: sap,  mode: mode1, owner: team-erp }\n  - { id: shop, mode: mode2, owner: team-web, consumes: [sap-order-odata] }\napis:\n  - { id: sap-order-odata, provider: sap, type: odata }\n',
      findings: [{ subject: 'shop', related: ['shop', 'sap-order-odata', 'sap'], at: 'sap-order-odata', severity: 'error' }],
      message: ["'shop'", "'sap-order-odata'", "'sap'", 'gearbox'],
    },
    {
      name: 'asynchronous consumption counts too, and a dependsOn entry',
      yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - id: shop\n    mode: mode2\n    owner: t\n    consumes:\n      - { api: sap-idoc, interaction: async }\n    dependsOn:\n      - { system: sap, description: nightly file drop }\napis:\n  - { id: sap-idoc, provider: sap, type: idoc }\n',
      findings: [
        { subject: 'shop', related: ['shop', 'sap-idoc', 'sap'], at: '{ api: sap-idoc, interaction: async }' },
        { subject: 'shop', related: ['shop', 'sap'], at: '{ system: sap, description: nightly file drop }' },
      ],
    },
    {
      name: 'offers the gearbox API of a wrapper of the same provider',
      yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: acl, mode: gearbox, owner: t, consumes: [sap-odata] }\n  - { id: shop, mode: mode2, owner: t, consumes: [sap-odata] }  # direct call\napis:\n  - { id: sap-odata, provider: sap, type: odata }\n  - { id: order-api, provider: acl, type: openapi }\n',
      findings: [{ subject: 'shop', related: ['shop', 'sap-odata', 'sap'], at: 'sap-odata' }],
      fix: {
        title: "Use gearbox API 'order-api'",
        output: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: acl, mode: gearbox, owner: t, consumes: [sap-odata] }\n  - { id: shop, mode: mode2, owner: t, consumes: [order-api] }  # direct call\napis:\n  - { id: sap-odata, provider: sap, type: odata }\n  - { id: order-api, provider: acl, type: openapi }\n',
      },
    },
    {
      name: 'one finding per entry: two APIs of the same provider',
      yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: shop, mode: mode2, owner: t, consumes: [a-api, b-api] }\napis:\n  - { id: a-api, provider: sap }\n  - { id: b-api, provider: sap }\n',
      findings: [
        { subject: 'shop', related: ['shop', 'a-api', 'sap'], at: 'a-api' },
        { subject: 'shop', related: ['shop', 'b-api', 'sap'], at: 'b-api' },
      ],
    },
    {
      name: 'an asyncapi topic of a Mode 1 provider and a dependsOn with interaction: async still count',
      yaml: 'systems:\n  - { id: mainframe, mode: mode1, owner: t }\n  - { id: app, mode: mode2, owner: t, consumes: [mf-events], dependsOn: [{ system: mainframe, interaction: async }] }\napis: [{ id: mf-events, provider: mainframe, type: asyncapi }]\n',
      findings: [
        { subject: 'app', related: ['app', 'mf-events', 'mainframe'], at: 'mf-events' },
        { subject: 'app', related: ['app', 'mainframe'], at: '{ system: mainframe, interaction: async }' },
      ],
    },
    {
      name: 'the same API listed twice gives two findings; a later duplicate of the consumer is ignored',
      yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: shop, mode: mode2, owner: t, consumes: [sap-api, { api: sap-api, interaction: async }] }\n  - { id: shop, mode: mode2, owner: t, dependsOn: [sap] }\napis: [{ id: sap-api, provider: sap }]\n',
      findings: [
        { subject: 'shop', related: ['shop', 'sap-api', 'sap'], at: 'sap-api' },
        { subject: 'shop', related: ['shop', 'sap-api', 'sap'], at: '{ api: sap-api, interaction: async }' },
      ],
    },
  ],
});
