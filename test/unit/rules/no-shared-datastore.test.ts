import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

ruleTester('no-shared-datastore', {
  valid: [
    {
      name: 'SPEC: CDC by a gearbox system',
      yaml: yaml`
        systems:
          - { id: core,        mode: mode1,   owner: team-core }
          - { id: change-feed, mode: gearbox, owner: team-int, dataAccess: [{ store: core-db, access: cdc }] }
        dataStores:
          - { id: core-db, system: core, type: database }
      `,
    },
    {
      name: 'the owner accessing its own store',
      yaml: yaml`
        systems:
          - { id: core, mode: mode1, owner: t, dataAccess: [{ store: core-db, access: readwrite }] }
        dataStores: [{ id: core-db, system: core }]
      `,
    },
    {
      name: 'an unknown store is another rule\'s business',
      yaml: yaml`
        systems:
          - { id: web, mode: mode2, owner: t, dataAccess: [{ store: ghost-db }] }
      `,
    },
    {
      name: 'a store whose owner does not resolve to a system gives no data edge',
      yaml: yaml`
        systems:
          - { id: web, mode: mode2, owner: t, dataAccess: [{ store: core-db, access: read }] }
          - { id: core, mode: mode1, owner: t }
        dataStores: [{ id: core-db, system: ghost }]
      `,
    },
    {
      name: 'a store owned by an id of another kind (an API) gives no data edge',
      yaml: yaml`
        systems:
          - { id: web, mode: mode2, owner: t, dataAccess: [{ store: core-db }] }
          - { id: core, mode: mode1, owner: t }
        dataStores: [{ id: core-db, system: core-api }]
        apis: [{ id: core-api, provider: core }]
      `,
    },
    {
      name: 'allowCdcFromGearbox stays true when only the severity is configured',
      yaml: yaml`
        lint: { rules: { no-shared-datastore: warn } }
        systems:
          - { id: core, mode: mode1, owner: t }
          - { id: feed, mode: gearbox, owner: t, dataAccess: [{ store: core-db, access: cdc }] }
        dataStores: [{ id: core-db, system: core }]
      `,
    },
  ],
  invalid: [
    {
      name: 'SPEC: web reads the core database',
      yaml: yaml`
        systems:
          - { id: core, mode: mode1, owner: team-core }
          - { id: web,  mode: mode2, owner: team-web, dataAccess: [{ store: core-db, access: read }] }
        dataStores:
          - { id: core-db, system: core, type: database }
      `,
      findings: [{ messageId: 'sharedAccess', severity: 'error', subject: 'web', related: ['web', 'core-db', 'core'], at: '{ store: core-db, access: read }' }],
    },
    {
      name: 'CDC from a non-gearbox system',
      yaml: yaml`
        systems:
          - { id: core, mode: mode1, owner: t }
          - { id: dwh, mode: mode2, owner: t, dataAccess: [{ store: core-db, access: cdc }] }
        dataStores: [{ id: core-db, system: core }]
      `,
      findings: [{ messageId: 'sharedAccess', severity: 'error', subject: 'dwh', related: ['dwh', 'core-db', 'core'], at: '{ store: core-db, access: cdc }' }],
    },
    {
      name: 'gearbox CDC when allowCdcFromGearbox is false',
      yaml: yaml`
        lint: { rules: { no-shared-datastore: [error, { allowCdcFromGearbox: false }] } }
        systems:
          - { id: core, mode: mode1, owner: t }
          - { id: feed, mode: gearbox, owner: t, dataAccess: [{ store: core-db, access: cdc }] }
        dataStores: [{ id: core-db, system: core }]
      `,
      findings: [{ messageId: 'sharedAccess', severity: 'error', subject: 'feed', related: ['feed', 'core-db', 'core'], at: '{ store: core-db, access: cdc }' }],
    },
    {
      name: 'lists the owner\'s APIs; one finding per entry',
      yaml: yaml`
        systems:
          - { id: core, mode: mode1, owner: t }
          - id: web
            mode: mode2
            owner: t
            dataAccess:
              - { store: core-db, access: read }
              - { store: core-db, access: write }
        dataStores: [{ id: core-db, system: core }]
        apis: [{ id: core-api, provider: core }]
      `,
      findings: [
        { messageId: 'sharedAccessWithApis', severity: 'error', subject: 'web', related: ['web', 'core-db', 'core'], at: '{ store: core-db, access: read }' },
        { messageId: 'sharedAccessWithApis', severity: 'error', subject: 'web', related: ['web', 'core-db', 'core'], at: '{ store: core-db, access: write }' },
      ],
      message: ['core-api'],
    },
    {
      name: 'a gearbox system reading (not CDC) is flagged; an entry without access too',
      yaml: yaml`
        systems:
          - { id: core, mode: mode1, owner: t }
          - id: feed
            mode: gearbox
            owner: t
            dataAccess:
              - { store: core-db, access: read }
              - store: core-db
                description: no access given
        dataStores: [{ id: core-db, system: core }]
      `,
      findings: [
        { messageId: 'sharedAccess', severity: 'error', subject: 'feed', related: ['feed', 'core-db', 'core'], at: '{ store: core-db, access: read }' },
        { messageId: 'shared', severity: 'error', subject: 'feed', related: ['feed', 'core-db', 'core'], at: 'store: core-db\n        description: no access given' },
      ],
    },
    {
      name: 'the first occurrence of a duplicated store decides its owner; a duplicated accessor is ignored',
      yaml: yaml`
        systems:
          - { id: core, mode: mode1, owner: t }
          - { id: web, mode: mode2, owner: t, dataAccess: [{ store: core-db, access: read }] }
          - { id: web, mode: mode2, owner: t, dataAccess: [{ store: core-db, access: write }] }
        dataStores:
          - { id: core-db, system: core }
          - { id: core-db, system: web }
      `,
      findings: [{ messageId: 'sharedAccess', severity: 'error', subject: 'web', related: ['web', 'core-db', 'core'], at: '{ store: core-db, access: read }' }],
    },
    {
      name: "without an access mode, the owner's APIs are named",
      yaml: yaml`
        systems:
          - { id: core, mode: mode1, owner: t }
          - { id: web, mode: mode2, owner: t, dataAccess: [{ store: core-db }] }
        dataStores: [{ id: core-db, system: core }]
        apis: [{ id: core-api, provider: core, type: openapi }]
      `,
      findings: [{ messageId: 'sharedWithApis', severity: 'error', subject: 'web', related: ['web', 'core-db', 'core'], at: '{ store: core-db }' }],
      message: ["directly; each system owns its data — use an API of 'core' (core-api)"],
    },
  ],
});
