import { ruleTester } from '../../helpers/rule-tester';

ruleTester('no-sync-passthrough-to-mode1', {
  valid: [
    { name: 'SPEC: a read model fed asynchronously', yaml: 'systems:\n  - { id: sap,         mode: mode1,   owner: team-erp }\n  - { id: stock-cache, mode: gearbox, owner: team-int, consumes: [sap-stock-idoc] }\n  - { id: app,         mode: mode2,   owner: team-app, consumes: [stock-api] }\napis:\n  - { id: sap-stock-idoc, provider: sap,         type: idoc }       # async by type\n  - { id: stock-api,      provider: stock-cache, type: openapi }\n' },
    { name: 'an async first hop decouples', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: gw, mode: gearbox, owner: t, consumes: [sap-api] }\n  - { id: app, mode: mode2, owner: t, consumes: [{ api: gw-api, interaction: async }] }\napis:\n  - { id: sap-api, provider: sap, type: odata }\n  - { id: gw-api, provider: gw, type: openapi }\n' },
    { name: 'traversal stops at Mode 2 systems', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: bff, mode: mode2, owner: t, dependsOn: [sap] }\n  - { id: app, mode: mode2, owner: t, dependsOn: [bff] }\n' },
    { name: 'a direct sync call is not a pass-through (no gearbox in between)', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: app, mode: mode2, owner: t, dependsOn: [sap] }\n' },
    { name: 'an API-level interaction: async on the last hop decouples', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: gw, mode: gearbox, owner: t, consumes: [sap-api] }\n  - { id: app, mode: mode2, owner: t, consumes: [gw-api] }\napis:\n  - { id: sap-api, provider: sap, type: odata, interaction: async }\n  - { id: gw-api, provider: gw, type: openapi }\n' },
    { name: 'a consumption-level interaction: async overrides a sync API on the last hop', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: gw, mode: gearbox, owner: t, consumes: [{ api: sap-api, interaction: async }] }\n  - { id: app, mode: mode2, owner: t, consumes: [gw-api] }\napis:\n  - { id: sap-api, provider: sap, type: openapi, interaction: sync }\n  - { id: gw-api, provider: gw, type: openapi }\n' },
    { name: 'file and asyncapi APIs are async by type; dependsOn with interaction: async', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: g1, mode: gearbox, owner: t, consumes: [sap-file] }\n  - { id: g2, mode: gearbox, owner: t, dependsOn: [{ system: sap, interaction: async }] }\n  - { id: app, mode: mode2, owner: t, consumes: [g1-topic], dependsOn: [g2] }\napis:\n  - { id: sap-file, provider: sap, type: file }\n  - { id: g1-topic, provider: g1, type: asyncapi }\n' },
    { name: 'traversal stops at the first Mode 1 system (no pass-through beyond it)', yaml: 'systems:\n  - { id: erp, mode: mode1, owner: t }\n  - { id: sap, mode: mode1, owner: t, dependsOn: [g2] }\n  - { id: g2, mode: gearbox, owner: t, dependsOn: [erp] }\n  - { id: app, mode: mode2, owner: t, dependsOn: [sap] }\n' },
    { name: 'a gearbox API whose provider does not resolve gives no edge', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: gw, mode: gearbox, owner: t, dependsOn: [sap] }\n  - { id: app, mode: mode2, owner: t, consumes: [gw-api] }\napis: [{ id: gw-api, provider: ghost }]\n' },
    { name: 'the first occurrence of a duplicated id decides its mode', yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: gw, mode: mode2, owner: t, dependsOn: [sap] }\n  - { id: app, mode: mode2, owner: t, dependsOn: [gw] }\n  - { id: gw, mode: gearbox, owner: t, dependsOn: [sap] }\n' },
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
    {
      name: 'an asyncapi topic consumed with interaction: sync is a sync hop; placed at the sync entry, not the earlier async one',
      yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: g1, mode: gearbox, owner: t, dependsOn: [sap] }\n  - id: app\n    mode: mode2\n    owner: t\n    consumes:\n      - { api: g1-events, interaction: async }\n      - api: g1-events\n        interaction: sync\napis:\n  - { id: g1-events, provider: g1, type: asyncapi }\n',
      findings: [{ subject: 'app', related: ['app', 'g1', 'sap'], at: 'api: g1-events\n        interaction: sync' }],
    },
    {
      name: 'several gearbox hops through consumes and dependsOn, with a gearbox cycle; related in path order',
      yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: edge, mode: gearbox, owner: t, dependsOn: [esb] }\n  - { id: esb, mode: gearbox, owner: t, consumes: [acl-api], dependsOn: [edge] }\n  - { id: acl, mode: gearbox, owner: t, consumes: [sap-rfc] }\n  - { id: app, mode: mode2, owner: t, consumes: [edge-api] }\napis:\n  - { id: sap-rfc, provider: sap, type: rfc }\n  - { id: acl-api, provider: acl, type: grpc }\n  - { id: edge-api, provider: edge }\n',
      findings: [{ subject: 'app', related: ['app', 'edge', 'esb', 'acl', 'sap'], at: 'edge-api' }],
      message: ['app → edge (edge-api) → esb → acl (acl-api) → sap (sap-rfc)'],
    },
    {
      name: 'equal lengths: consumes entries are visited before dependsOn entries, whatever the key order',
      yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: g1, mode: gearbox, owner: t, dependsOn: [sap] }\n  - { id: g2, mode: gearbox, owner: t, dependsOn: [sap] }\n  - { id: app, mode: mode2, owner: t, dependsOn: [g1], consumes: [g2-api] }\napis: [{ id: g2-api, provider: g2 }]\n',
      findings: [{ subject: 'app', related: ['app', 'g2', 'sap'], at: 'g2-api' }],
    },
    {
      name: 'stops at the first Mode 1 system but reports it; every Mode 2 consumer of the gateway gets its own finding',
      yaml: 'systems:\n  - { id: erp, mode: mode1, owner: t }\n  - { id: sap, mode: mode1, owner: t, dependsOn: [g2] }\n  - { id: g1, mode: gearbox, owner: t, dependsOn: [sap] }\n  - { id: g2, mode: gearbox, owner: t, dependsOn: [erp] }\n  - { id: web, mode: mode2, owner: t, dependsOn: [g1] }\n  - { id: app, mode: mode2, owner: t, dependsOn: [g1] }\n',
      findings: [
        { subject: 'web', related: ['web', 'g1', 'sap'], at: 'g1' },
        { subject: 'app', related: ['app', 'g1', 'sap'], at: 'g1' },
      ],
    },
    {
      name: 'system-level: a gearbox with an async read model and a sync call is still a pass-through',
      yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\n  - { id: gw, mode: gearbox, owner: t, consumes: [sap-idoc, sap-odata] }\n  - { id: app, mode: mode2, owner: t, consumes: [cached-api] }\napis:\n  - { id: sap-idoc, provider: sap, type: idoc }\n  - { id: sap-odata, provider: sap, type: odata }\n  - { id: cached-api, provider: gw, type: openapi }\n',
      findings: [{ subject: 'app', related: ['app', 'gw', 'sap'], at: 'cached-api' }],
    },
  ],
});
