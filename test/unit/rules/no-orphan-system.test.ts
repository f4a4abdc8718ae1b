import { ruleTester } from '../../helpers/rule-tester';

ruleTester('no-orphan-system', {
  valid: [
    { name: 'SPEC: consumes a topic', yaml: 'systems:\n  - { id: planogram-tool, mode: mode2, owner: team-stores, consumes: [product-events] }\n  - { id: hub, mode: gearbox, owner: team-int }\napis:\n  - { id: product-events, provider: hub, type: asyncapi }\n' },
    { name: 'systems in plan are skipped', yaml: 'systems:\n  - { id: next-gen, mode: mode2, owner: t, lifecycle: plan }\n' },
    { name: 'a cross-system data access counts in both directions', yaml: 'systems:\n  - { id: core, mode: mode1, owner: t }\n  - { id: report, mode: mode2, owner: t, dataAccess: [{ store: core-db }] }\ndataStores: [{ id: core-db, system: core }]\n' },
    { name: 'being consumed counts', yaml: 'systems:\n  - { id: a, mode: mode2, owner: t, dependsOn: [b] }\n  - { id: b, mode: mode2, owner: t }\n' },
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
  ],
});
