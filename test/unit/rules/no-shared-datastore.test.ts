import { ruleTester } from '../../helpers/rule-tester';

ruleTester('no-shared-datastore', {
  valid: [
    { name: 'SPEC: CDC by a gearbox system', yaml: 'systems:\n  - { id: core,        mode: mode1,   owner: team-core }\n  - { id: change-feed, mode: gearbox, owner: team-int, dataAccess: [{ store: core-db, access: cdc }] }\ndataStores:\n  - { id: core-db, system: core, type: database }\n' },
    { name: 'the owner accessing its own store', yaml: 'systems:\n  - { id: core, mode: mode1, owner: t, dataAccess: [{ store: core-db, access: readwrite }] }\ndataStores: [{ id: core-db, system: core }]\n' },
    { name: 'an unknown store is another rule\'s business', yaml: 'systems:\n  - { id: web, mode: mode2, owner: t, dataAccess: [{ store: ghost-db }] }\n' },
    { name: 'a store whose owner does not resolve to a system gives no data edge', yaml: 'systems:\n  - { id: web, mode: mode2, owner: t, dataAccess: [{ store: core-db, access: read }] }\n  - { id: core, mode: mode1, owner: t }\ndataStores: [{ id: core-db, system: ghost }]\n' },
    { name: 'a store owned by an id of another kind (an API) gives no data edge', yaml: 'systems:\n  - { id: web, mode: mode2, owner: t, dataAccess: [{ store: core-db }] }\n  - { id: core, mode: mode1, owner: t }\ndataStores: [{ id: core-db, system: core-api }]\napis: [{ id: core-api, provider: core }]\n' },
    { name: 'allowCdcFromGearbox stays true when only the severity is configured', yaml: 'lint: { rules: { no-shared-datastore: warn } }\nsystems:\n  - { id: core, mode: mode1, owner: t }\n  - { id: feed, mode: gearbox, owner: t, dataAccess: [{ store: core-db, access: cdc }] }\ndataStores: [{ id: core-db, system: core }]\n' },
  ],
  invalid: [
    {
      name: 'SPEC: web reads the core database',
      yaml: 'systems:\n  - { id: core, mode: mode1, owner: team-core }\n  - { id: web,  mode: mode2, owner: team-web, dataAccess: [{ store: core-db, access: read }] }\ndataStores:\n  - { id: core-db, system: core, type: database }\n',
      findings: [{ subject: 'web', related: ['web', 'core-db', 'core'], at: '{ store: core-db, access: read }', severity: 'error' }],
    },
    {
      name: 'CDC from a non-gearbox system',
      yaml: 'systems:\n  - { id: core, mode: mode1, owner: t }\n  - { id: dwh, mode: mode2, owner: t, dataAccess: [{ store: core-db, access: cdc }] }\ndataStores: [{ id: core-db, system: core }]\n',
      findings: [{ subject: 'dwh', related: ['dwh', 'core-db', 'core'], at: '{ store: core-db, access: cdc }' }],
    },
    {
      name: 'gearbox CDC when allowCdcFromGearbox is false',
      yaml: 'lint: { rules: { no-shared-datastore: [error, { allowCdcFromGearbox: false }] } }\nsystems:\n  - { id: core, mode: mode1, owner: t }\n  - { id: feed, mode: gearbox, owner: t, dataAccess: [{ store: core-db, access: cdc }] }\ndataStores: [{ id: core-db, system: core }]\n',
      findings: [{ subject: 'feed', related: ['feed', 'core-db', 'core'], at: '{ store: core-db, access: cdc }' }],
    },
    {
      name: 'lists the owner\'s APIs; one finding per entry',
      yaml: 'systems:\n  - { id: core, mode: mode1, owner: t }\n  - id: web\n    mode: mode2\n    owner: t\n    dataAccess:\n      - { store: core-db, access: read }\n      - { store: core-db, access: write }\ndataStores: [{ id: core-db, system: core }]\napis: [{ id: core-api, provider: core }]\n',
      findings: [
        { subject: 'web', related: ['web', 'core-db', 'core'], at: '{ store: core-db, access: read }' },
        { subject: 'web', related: ['web', 'core-db', 'core'], at: '{ store: core-db, access: write }' },
      ],
      message: ['core-api'],
    },
    {
      name: 'a gearbox system reading (not CDC) is flagged; an entry without access too',
      yaml: 'systems:\n  - { id: core, mode: mode1, owner: t }\n  - id: feed\n    mode: gearbox\n    owner: t\n    dataAccess:\n      - { store: core-db, access: read }\n      - store: core-db\n        description: no access given\ndataStores: [{ id: core-db, system: core }]\n',
      findings: [
        { subject: 'feed', related: ['feed', 'core-db', 'core'], at: '{ store: core-db, access: read }' },
        { subject: 'feed', related: ['feed', 'core-db', 'core'], at: 'store: core-db\n        description: no access given' },
      ],
    },
    {
      name: 'the first occurrence of a duplicated store decides its owner; a duplicated accessor is ignored',
      yaml: 'systems:\n  - { id: core, mode: mode1, owner: t }\n  - { id: web, mode: mode2, owner: t, dataAccess: [{ store: core-db, access: read }] }\n  - { id: web, mode: mode2, owner: t, dataAccess: [{ store: core-db, access: write }] }\ndataStores:\n  - { id: core-db, system: core }\n  - { id: core-db, system: web }\n',
      findings: [{ subject: 'web', related: ['web', 'core-db', 'core'], at: '{ store: core-db, access: read }' }],
    },
  ],
});
