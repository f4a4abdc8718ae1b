import { ruleTester } from '../../helpers/rule-tester';

ruleTester('no-orphan-system', {
  valid: [
    { name: 'SPEC: consumes a topic', yaml: 'systems:\n  - { id: planogram-tool, mode: mode2, owner: team-stores, consumes: [product-events] }\n  - { id: hub, mode: gearbox, owner: team-int }\napis:\n  - { id: product-events, provider: hub, type: asyncapi }\n' },
    { name: 'systems in plan are skipped', yaml: 'systems:\n  - { id: next-gen, mode: mode2, owner: t, lifecycle: plan }\n' },
    { name: 'a cross-system data access counts in both directions', yaml: 'systems:\n  - { id: core, mode: mode1, owner: t }\n  - { id: report, mode: mode2, owner: t, dataAccess: [{ store: core-db }] }\ndataStores: [{ id: core-db, system: core }]\n' },
    { name: 'being consumed counts', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, dependsOn: [b] }\n  - { id: b, mode: mode2, owner: t }\n' },
    { name: 'an edge from a system in plan counts for its target', yaml: 'systems:\n  - { id: next, mode: mode2, owner: t, lifecycle: plan, dependsOn: [core] }\n  - { id: core, mode: mode1, owner: t }\n' },
    { name: 'the owner of a store accessed by another system is linked', yaml: 'systems:\n  - { id: core, mode: mode1, owner: t }\n  - { id: feed, mode: gearbox, owner: t, dataAccess: [{ store: core-db, access: cdc }] }\ndataStores: [{ id: core-db, system: core }]\n' },
  ],
  invalid: [
    {
      name: 'SPEC: a planogram tool with no edge',
      yaml: 'systems:\n  - { id: planogram-tool, mode: mode2, owner: team-stores }\n',
      findings: [{ subject: 'planogram-tool', related: ['planogram-tool'], at: 'planogram-tool', severity: 'warn' }],
    },
    {
      name: 'unresolvable references give no edge',
      yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, consumes: [ghost-api], dependsOn: [ghost] }\n',
      findings: [{ subject: 'a', related: ['a'], at: 'a' }],
    },
    {
      name: 'access to its own store is not a link; self dependency is no edge',
      yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, dependsOn: [a], dataAccess: [{ store: a-db }] }\ndataStores: [{ id: a-db, system: a }]\n',
      findings: [{ subject: 'a', related: ['a'], at: 'a' }],
    },
    {
      name: 'phaseOut systems are still reported',
      yaml: 'systems:\n  - id: legacy\n    mode: mode1\n    owner: t\n    lifecycle: phaseOut\n',
      findings: [{ subject: 'legacy', related: ['legacy'], at: 'legacy' }],
    },
    {
      name: 'an API whose provider does not resolve, and a store whose owner does not resolve, give no edge',
      yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, consumes: [x-api], dataAccess: [{ store: x-db }] }\napis: [{ id: x-api, provider: ghost }]\ndataStores: [{ id: x-db, system: ghost }]\n',
      findings: [{ subject: 'a', related: ['a'], at: 'a' }],
    },
    {
      name: 'a system consuming only its own API is an orphan; links of a later duplicate are ignored',
      yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, consumes: [a-api] }\n  - { id: b, mode: mode2, owner: t }\n  - { id: a, mode: mode2, owner: t, dependsOn: [b] }\napis: [{ id: a-api, provider: a }]\n',
      findings: [
        { subject: 'a', related: ['a'], at: 'a' },
        { subject: 'b', related: ['b'], at: 'b' },
      ],
    },
    {
      name: 'shadow systems and every lifecycle other than plan are reported',
      yaml: 'systems:\n  - { id: sheet, mode: mode2, owner: t, governance: shadow }\n  - { id: pilot, mode: mode2, owner: t, lifecycle: phaseIn }\n  - { id: gone, mode: mode1, owner: t, lifecycle: endOfLife }\n',
      findings: [
        { subject: 'sheet', related: ['sheet'], at: 'sheet' },
        { subject: 'pilot', related: ['pilot'], at: 'pilot' },
        { subject: 'gone', related: ['gone'], at: 'gone' },
      ],
    },
  ],
});
