import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

ruleTester('no-sync-passthrough-to-mode1', {
  valid: [
    {
      name: 'SPEC: a read model fed asynchronously',
      yaml: yaml`
        systems:
          - { id: sap,         mode: mode1,   owner: team-erp }
          - { id: stock-cache, mode: gearbox, owner: team-int, consumes: [sap-stock-idoc] }
          - { id: app,         mode: mode2,   owner: team-app, consumes: [stock-api] }
        apis:
          - { id: sap-stock-idoc, provider: sap,         type: idoc }       # async by type
          - { id: stock-api,      provider: stock-cache, type: openapi }
      `,
    },
    {
      name: 'an async first hop decouples',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: gw, mode: gearbox, owner: t, consumes: [sap-api] }
          - { id: app, mode: mode2, owner: t, consumes: [{ api: gw-api, interaction: async }] }
        apis:
          - { id: sap-api, provider: sap, type: odata }
          - { id: gw-api, provider: gw, type: openapi }
      `,
    },
    {
      name: 'traversal stops at Mode 2 systems',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: bff, mode: mode2, owner: t, dependsOn: [sap] }
          - { id: app, mode: mode2, owner: t, dependsOn: [bff] }
      `,
    },
    {
      name: 'a direct sync call is not a pass-through (no gearbox in between)',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: app, mode: mode2, owner: t, dependsOn: [sap] }
      `,
    },
    {
      name: 'an API-level interaction: async on the last hop decouples',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: gw, mode: gearbox, owner: t, consumes: [sap-api] }
          - { id: app, mode: mode2, owner: t, consumes: [gw-api] }
        apis:
          - { id: sap-api, provider: sap, type: odata, interaction: async }
          - { id: gw-api, provider: gw, type: openapi }
      `,
    },
    {
      name: 'a consumption-level interaction: async overrides a sync API on the last hop',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: gw, mode: gearbox, owner: t, consumes: [{ api: sap-api, interaction: async }] }
          - { id: app, mode: mode2, owner: t, consumes: [gw-api] }
        apis:
          - { id: sap-api, provider: sap, type: openapi, interaction: sync }
          - { id: gw-api, provider: gw, type: openapi }
      `,
    },
    {
      name: 'file and asyncapi APIs are async by type; dependsOn with interaction: async',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: g1, mode: gearbox, owner: t, consumes: [sap-file] }
          - { id: g2, mode: gearbox, owner: t, dependsOn: [{ system: sap, interaction: async }] }
          - { id: app, mode: mode2, owner: t, consumes: [g1-topic], dependsOn: [g2] }
        apis:
          - { id: sap-file, provider: sap, type: file }
          - { id: g1-topic, provider: g1, type: asyncapi }
      `,
    },
    {
      name: 'traversal stops at the first Mode 1 system (no pass-through beyond it)',
      yaml: yaml`
        systems:
          - { id: erp, mode: mode1, owner: t }
          - { id: sap, mode: mode1, owner: t, dependsOn: [g2] }
          - { id: g2, mode: gearbox, owner: t, dependsOn: [erp] }
          - { id: app, mode: mode2, owner: t, dependsOn: [sap] }
      `,
    },
    {
      name: 'a gearbox API whose provider does not resolve gives no edge',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: gw, mode: gearbox, owner: t, dependsOn: [sap] }
          - { id: app, mode: mode2, owner: t, consumes: [gw-api] }
        apis: [{ id: gw-api, provider: ghost }]
      `,
    },
    {
      name: 'the first occurrence of a duplicated id decides its mode',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: gw, mode: mode2, owner: t, dependsOn: [sap] }
          - { id: app, mode: mode2, owner: t, dependsOn: [gw] }
          - { id: gw, mode: gearbox, owner: t, dependsOn: [sap] }
      `,
    },
  ],
  invalid: [
    {
      name: 'SPEC: gateway proxies SAP synchronously',
      yaml: yaml`
        systems:
          - { id: sap,     mode: mode1,   owner: team-erp }
          - { id: gateway, mode: gearbox, owner: team-int, consumes: [sap-stock-api] }
          - { id: app,     mode: mode2,   owner: team-app, consumes: [stock-api] }
        apis:
          - { id: sap-stock-api, provider: sap,     type: odata }
          - { id: stock-api,     provider: gateway, type: openapi }
      `,
      findings: [{ messageId: 'passThrough', severity: 'warn', subject: 'app', related: ['app', 'gateway', 'sap'], at: 'stock-api' }],
      message: ['app → gateway (stock-api) → sap (sap-stock-api)'],
    },
    {
      name: 'two gearbox hops; the shortest path wins, entries in declaration order',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: g1, mode: gearbox, owner: t, dependsOn: [g2] }
          - { id: g2, mode: gearbox, owner: t, dependsOn: [sap] }
          - { id: g3, mode: gearbox, owner: t, dependsOn: [sap] }
          - { id: app, mode: mode2, owner: t, dependsOn: [g1, g3] }
      `,
      findings: [{ messageId: 'passThrough', severity: 'warn', subject: 'app', related: ['app', 'g3', 'sap'], at: 'g3' }],
    },
    {
      name: 'one finding per (mode2, mode1) pair, several Mode 1 targets',
      yaml: yaml`
        systems:
          - { id: erp, mode: mode1, owner: t }
          - { id: crm, mode: mode1, owner: t }
          - { id: gw, mode: gearbox, owner: t, dependsOn: [erp, crm] }
          - { id: gw2, mode: gearbox, owner: t, dependsOn: [erp] }
          - { id: app, mode: mode2, owner: t, dependsOn: [gw, gw2] }
      `,
      findings: [
        { messageId: 'passThrough', severity: 'warn', subject: 'app', related: ['app', 'gw', 'erp'], at: 'gw' },
        { messageId: 'passThrough', severity: 'warn', subject: 'app', related: ['app', 'gw', 'crm'], at: 'gw' },
      ],
    },
    {
      name: 'reported alongside no-direct-mode2-to-mode1 for the same pair',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: gw, mode: gearbox, owner: t, dependsOn: [sap] }
          - { id: app, mode: mode2, owner: t, dependsOn: [sap, gw] }
      `,
      findings: [{ messageId: 'passThrough', severity: 'warn', subject: 'app', related: ['app', 'gw', 'sap'], at: 'gw' }],
    },
    {
      name: 'an asyncapi topic consumed with interaction: sync is a sync hop; placed at the sync entry, not the earlier async one',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: g1, mode: gearbox, owner: t, dependsOn: [sap] }
          - id: app
            mode: mode2
            owner: t
            consumes:
              - { api: g1-events, interaction: async }
              - api: g1-events
                interaction: sync
        apis:
          - { id: g1-events, provider: g1, type: asyncapi }
      `,
      findings: [{ messageId: 'passThrough', severity: 'warn', subject: 'app', related: ['app', 'g1', 'sap'], at: 'api: g1-events\n        interaction: sync' }],
    },
    {
      name: 'several gearbox hops through consumes and dependsOn, with a gearbox cycle; related in path order',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: edge, mode: gearbox, owner: t, dependsOn: [esb] }
          - { id: esb, mode: gearbox, owner: t, consumes: [acl-api], dependsOn: [edge] }
          - { id: acl, mode: gearbox, owner: t, consumes: [sap-rfc] }
          - { id: app, mode: mode2, owner: t, consumes: [edge-api] }
        apis:
          - { id: sap-rfc, provider: sap, type: rfc }
          - { id: acl-api, provider: acl, type: grpc }
          - { id: edge-api, provider: edge }
      `,
      findings: [{ messageId: 'passThrough', severity: 'warn', subject: 'app', related: ['app', 'edge', 'esb', 'acl', 'sap'], at: 'edge-api' }],
      message: ['app → edge (edge-api) → esb → acl (acl-api) → sap (sap-rfc)'],
    },
    {
      name: 'equal lengths: consumes entries are visited before dependsOn entries, whatever the key order',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: g1, mode: gearbox, owner: t, dependsOn: [sap] }
          - { id: g2, mode: gearbox, owner: t, dependsOn: [sap] }
          - { id: app, mode: mode2, owner: t, dependsOn: [g1], consumes: [g2-api] }
        apis: [{ id: g2-api, provider: g2 }]
      `,
      findings: [{ messageId: 'passThrough', severity: 'warn', subject: 'app', related: ['app', 'g2', 'sap'], at: 'g2-api' }],
    },
    {
      name: 'stops at the first Mode 1 system but reports it; every Mode 2 consumer of the gateway gets its own finding',
      yaml: yaml`
        systems:
          - { id: erp, mode: mode1, owner: t }
          - { id: sap, mode: mode1, owner: t, dependsOn: [g2] }
          - { id: g1, mode: gearbox, owner: t, dependsOn: [sap] }
          - { id: g2, mode: gearbox, owner: t, dependsOn: [erp] }
          - { id: web, mode: mode2, owner: t, dependsOn: [g1] }
          - { id: app, mode: mode2, owner: t, dependsOn: [g1] }
      `,
      findings: [
        { messageId: 'passThrough', severity: 'warn', subject: 'web', related: ['web', 'g1', 'sap'], at: 'g1' },
        { messageId: 'passThrough', severity: 'warn', subject: 'app', related: ['app', 'g1', 'sap'], at: 'g1' },
      ],
    },
    {
      name: 'system-level: a gearbox with an async read model and a sync call is still a pass-through',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
          - { id: gw, mode: gearbox, owner: t, consumes: [sap-idoc, sap-odata] }
          - { id: app, mode: mode2, owner: t, consumes: [cached-api] }
        apis:
          - { id: sap-idoc, provider: sap, type: idoc }
          - { id: sap-odata, provider: sap, type: odata }
          - { id: cached-api, provider: gw, type: openapi }
      `,
      findings: [{ messageId: 'passThrough', severity: 'warn', subject: 'app', related: ['app', 'gw', 'sap'], at: 'cached-api' }],
    },
  ],
});
