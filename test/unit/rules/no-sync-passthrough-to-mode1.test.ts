import { ruleTester } from '../../helpers/rule-tester';

ruleTester('no-sync-passthrough-to-mode1', {
  valid: [
    { name: 'SPEC: a read model fed asynchronously', yaml: 'systems:\n  - { id: sap,         mode: mode1,   owner: team-erp }\n  - { id: stock-cache, mode: gearbox, owner: team-int, consumes: [sap-stock-idoc] }\n  - { id: app,         mode: mode2,   owner: team-app, consumes: [stock-api] }\napis:\n  - { id: sap-stock-idoc, provider: sap,         type: idoc }       # async by type\n  - { id: stock-api,      provider: stock-cache, type: openapi }\n' },
    { name: 'an async first hop decouples', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: gw, mode: gearbox, owner: t, consumes: [sap-api] }\n  - { id: app, mode: mode2, owner: t, consumes: [{ api: gw-api, interaction: async }] }\napis:\n  - { id: sap-api, provider: sap, type: odata }\n  - { id: gw-api, provider: gw, type: openapi }\n' },
    { name: 'traversal stops at Mode 2 systems', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: bff, mode: mode2, owner: t, dependsOn: [sap] }\n  - { id: app, mode: mode2, owner: t, dependsOn: [bff] }\n' },
    { name: 'a direct sync call is not a pass-through (no gearbox in between)', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: app, mode: mode2, owner: t, dependsOn: [sap] }\n' },
  ],
  invalid: [
    {
      name: 'SPEC: gateway proxies SAP synchronously',
      yaml: 'systems:\n  - { id: sap,     mode: mode1,   owner: team-erp }\n  - { id: gateway, mode: gearbox, owner: team-int, consumes: [sap-stock-api] }\n  - { id: app,     mode: mode2,   owner: team-app, consumes: [stock-api] }\napis:\n  - { id: sap-stock-api, provider: sap,     type: odata }\n  - { id: stock-api,     provider: gateway, type: openapi }\n',
      findings: [{ subject: 'app', related: ['app', 'gateway', 'sap'], at: 'stock-api', severity: 'warn' }],
      message: ['app → gateway (stock-api) → sap (sap-stock-api)'],
    },
    {
      name: 'two gearbox hops; the shortest path wins, entries in declaration order',
      yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: g1, mode: gearbox, owner: t, dependsOn: [g2] }\n  - { id: g2, mode: gearbox, owner: t, dependsOn: [sap] }\n  - { id: g3, mode: gearbox, owner: t, dependsOn: [sap] }\n  - { id: app, mode: mode2, owner: t, dependsOn: [g1, g3] }\n',
      findings: [{ subject: 'app', related: ['app', 'g3', 'sap'], at: 'g3' }],
    },
    {
      name: 'one finding per (mode2, mode1) pair, several Mode 1 targets',
      yaml: 'systems:\n  - { id: erp, mode: mode1, owner: t }\n  - { id: crm, mode: mode1, owner: t }\n  - { id: gw, mode: gearbox, owner: t, dependsOn: [erp, crm] }\n  - { id: gw2, mode: gearbox, owner: t, dependsOn: [erp] }\n  - { id: app, mode: mode2, owner: t, dependsOn: [gw, gw2] }\n',
      findings: [
        { subject: 'app', related: ['app', 'gw', 'erp'], at: 'gw' },
        { subject: 'app', related: ['app', 'gw', 'crm'], at: 'gw' },
      ],
    },
    {
      name: 'reported alongside no-direct-mode2-to-mode1 for the same pair',
      yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: gw, mode: gearbox, owner: t, dependsOn: [sap] }\n  - { id: app, mode: mode2, owner: t, dependsOn: [sap, gw] }\n',
      findings: [{ subject: 'app', related: ['app', 'gw', 'sap'], at: 'gw' }],
    },
  ],
});
