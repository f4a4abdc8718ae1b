import { ruleTester } from '../../helpers/rule-tester';

ruleTester('no-mode1-depends-on-mode2', {
  valid: [
    { name: 'SPEC: prices as events on the gearbox', yaml: 'systems:\n  - { id: sap,   mode: mode1,   owner: team-erp, consumes: [price-events] }\n  - { id: promo, mode: mode2,   owner: team-web, consumes: [price-events] }\n  - { id: hub,   mode: gearbox, owner: team-int }\napis:\n  - { id: price-events, provider: hub, type: asyncapi }\n' },
    { name: 'Mode 2 depending on Mode 1 is another rule', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: web, mode: mode2, owner: t, dependsOn: [sap] }\n' },
    { name: 'a self-consumption is no edge', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t, consumes: [sap-api] }\napis: [{ id: sap-api, provider: sap }]\n' },
    { name: 'an API whose provider does not resolve gives no edge', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t, consumes: [promo-api] }\n  - { id: promo, mode: mode2, owner: t }\napis: [{ id: promo-api, provider: promo-old }]\n' },
    { name: 'a gearbox or Mode 1 target is fine', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t, dependsOn: [gw, erp] }\n  - { id: gw, mode: gearbox, owner: t }\n  - { id: erp, mode: mode1, owner: t }\n' },
  ],
  invalid: [
    {
      name: 'SPEC: SAP consumes the promo API',
      yaml: 'systems:\n  - { id: sap,   mode: mode1, owner: team-erp, consumes: [promo-api] }\n  - { id: promo, mode: mode2, owner: team-web }\napis:\n  - { id: promo-api, provider: promo, type: openapi }\n',
      findings: [{ subject: 'sap', related: ['sap', 'promo-api', 'promo'], at: 'promo-api', severity: 'warn' }],
    },
    {
      name: 'dependsOn a Mode 2 system',
      yaml: 'systems:\n  - id: sap\n    mode: mode1\n    owner: t\n    dependsOn:\n      - promo\n  - { id: promo, mode: mode2, owner: t }\n',
      findings: [{ subject: 'sap', related: ['sap', 'promo'], at: 'promo' }],
    },
    {
      name: 'offers the gearbox API of a system that already consumes the Mode 2 API',
      yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t, consumes: [promo-api] }\n  - { id: promo, mode: mode2, owner: t }\n  - { id: bridge, mode: gearbox, owner: t, consumes: [promo-api] }\napis:\n  - { id: promo-api, provider: promo }\n  - { id: price-feed, provider: bridge, type: asyncapi }\n',
      findings: [{ subject: 'sap', related: ['sap', 'promo-api', 'promo'], at: 'promo-api' }],
      fix: { title: "Use gearbox API 'price-feed'", output: 'systems:\n  - { id: sap, mode: mode1, owner: t, consumes: [price-feed] }\n  - { id: promo, mode: mode2, owner: t }\n  - { id: bridge, mode: gearbox, owner: t, consumes: [promo-api] }\napis:\n  - { id: promo-api, provider: promo }\n  - { id: price-feed, provider: bridge, type: asyncapi }\n' },
    },
    {
      name: 'severity follows the configuration',
      yaml: 'lint: { rules: { no-mode1-depends-on-mode2: error } }\nsystems:\n  - { id: sap, mode: mode1, owner: t, dependsOn: [{ system: web, interaction: async }] }\n  - { id: web, mode: mode2, owner: t }\n',
      findings: [{ subject: 'sap', related: ['sap', 'web'], at: '{ system: web, interaction: async }', severity: 'error' }],
    },
    {
      name: 'an asynchronous consumption still counts, one finding per entry',
      yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t, consumes: [promo-events, { api: promo-api, interaction: async }] }\n  - { id: promo, mode: mode2, owner: t }\napis:\n  - { id: promo-events, provider: promo, type: asyncapi }\n  - { id: promo-api, provider: promo }\n',
      findings: [
        { subject: 'sap', related: ['sap', 'promo-events', 'promo'], at: 'promo-events' },
        { subject: 'sap', related: ['sap', 'promo-api', 'promo'], at: '{ api: promo-api, interaction: async }' },
      ],
    },
  ],
});
