import { ruleTester } from '../../helpers/rule-tester';

ruleTester('no-dependency-on-retiring', {
  valid: [
    { name: 'SPEC: retiring together', yaml: 'systems:\n  - { id: app,  mode: mode2, owner: team-app, lifecycle: phaseOut, consumes: [card-api] }   # retiring together\n  - { id: cards-old, mode: mode1, owner: team-pay, lifecycle: phaseOut }\napis:\n  - { id: card-api, provider: cards-old, type: soap }\n' },
    { name: 'an active API and provider', yaml: 'systems:\n  - { id: app, mode: mode2, owner: t, consumes: [api] }\n  - { id: p, mode: mode1, owner: t, lifecycle: phaseIn }\napis: [{ id: api, provider: p }]\n' },
    { name: 'a consumer in endOfLife is skipped', yaml: 'systems:\n  - { id: app, mode: mode2, owner: t, lifecycle: endOfLife, dependsOn: [old] }\n  - { id: old, mode: mode1, owner: t, lifecycle: endOfLife }\n' },
    { name: 'custom phases: phaseOut no longer counts', yaml: 'lint: { rules: { no-dependency-on-retiring: [warn, { phases: [endOfLife] }] } }\nsystems:\n  - { id: app, mode: mode2, owner: t, dependsOn: [old] }\n  - { id: old, mode: mode1, owner: t, lifecycle: phaseOut }\n' },
    { name: 'a retiring API whose provider does not resolve gives no edge', yaml: 'systems:\n  - { id: app, mode: mode2, owner: t, consumes: [old-api] }\napis: [{ id: old-api, provider: ghost, lifecycle: phaseOut }]\n' },
    { name: 'a retiring API whose provider is an id of another kind gives no edge', yaml: 'owners: [{ id: t, type: team }]\nsystems:\n  - { id: app, mode: mode2, owner: t, consumes: [old-api] }\napis: [{ id: old-api, provider: t, lifecycle: endOfLife }]\n' },
    { name: 'a system consuming its own retiring API, or depending on itself', yaml: 'systems:\n  - { id: app, mode: mode2, owner: t, consumes: [app-v1], dependsOn: [app] }\napis: [{ id: app-v1, provider: app, lifecycle: phaseOut }]\n' },
    { name: 'the first occurrence of a duplicated target decides its lifecycle', yaml: 'systems:\n  - { id: app, mode: mode2, owner: t, dependsOn: [old] }\n  - { id: old, mode: mode1, owner: t }\n  - { id: old, mode: mode1, owner: t, lifecycle: endOfLife }\n' },
    { name: 'custom phases: a consumer in a custom retiring phase is skipped', yaml: 'lint: { rules: { no-dependency-on-retiring: [warn, { phases: [plan, endOfLife] }] } }\nsystems:\n  - { id: app, mode: mode2, owner: t, lifecycle: plan, dependsOn: [old] }\n  - { id: old, mode: mode1, owner: t, lifecycle: endOfLife }\n' },
  ],
  invalid: [
    {
      name: 'SPEC: the provider is phasing out',
      yaml: 'systems:\n  - { id: app,  mode: mode2, owner: team-app, consumes: [card-api] }\n  - { id: cards-old, mode: mode1, owner: team-pay, lifecycle: phaseOut, successor: cards-new }\n  - { id: cards-new, mode: mode1, owner: team-pay, lifecycle: phaseIn }\napis:\n  - { id: card-api, provider: cards-old, type: soap }\n',
      findings: [{ subject: 'app', related: ['app', 'card-api', 'cards-old'], at: 'card-api', severity: 'warn' }],
      message: ["'cards-old'", 'phaseOut', "'cards-new'"],
    },
    {
      name: 'a retiring API with a successor API: replace it',
      yaml: 'systems:\n  - { id: app, mode: mode2, owner: t, consumes: [v1] }   # keep me\n  - { id: p, mode: mode2, owner: t }\napis:\n  - { id: v1, provider: p, lifecycle: phaseOut, successor: v2 }\n  - { id: v2, provider: p }\n',
      findings: [{ subject: 'app', related: ['app', 'v1', 'p'], at: 'v1' }],
      fix: { title: "Replace with successor 'v2'", output: 'systems:\n  - { id: app, mode: mode2, owner: t, consumes: [v2] }   # keep me\n  - { id: p, mode: mode2, owner: t }\napis:\n  - { id: v1, provider: p, lifecycle: phaseOut, successor: v2 }\n  - { id: v2, provider: p }\n' },
    },
    {
      name: 'dependsOn an endOfLife system with a successor',
      yaml: 'systems:\n  - id: app\n    mode: mode2\n    owner: t\n    dependsOn:\n      - { system: old, interaction: async }\n  - { id: old, mode: mode1, owner: t, lifecycle: endOfLife, successor: new }\n  - { id: new, mode: mode1, owner: t }\n',
      findings: [{ subject: 'app', related: ['app', 'old'], at: '{ system: old, interaction: async }' }],
      fix: { title: "Replace with successor 'new'", output: 'systems:\n  - id: app\n    mode: mode2\n    owner: t\n    dependsOn:\n      - { system: new, interaction: async }\n  - { id: old, mode: mode1, owner: t, lifecycle: endOfLife, successor: new }\n  - { id: new, mode: mode1, owner: t }\n' },
    },
    {
      name: 'a plan-phase consumer is not exempt',
      yaml: 'systems:\n  - { id: app, mode: mode2, owner: t, lifecycle: plan, consumes: [old-api] }\n  - { id: p, mode: mode1, owner: t }\napis: [{ id: old-api, provider: p, lifecycle: endOfLife }]\n',
      findings: [{ subject: 'app', related: ['app', 'old-api', 'p'], at: 'old-api' }],
    },
    {
      name: 'a retiring API of a retiring provider: one finding per entry, naming the API',
      yaml: 'systems:\n  - { id: app, mode: mode2, owner: t, consumes: [old-api, { api: old-api, interaction: async }] }\n  - { id: p, mode: mode1, owner: t, lifecycle: endOfLife }\napis: [{ id: old-api, provider: p, lifecycle: phaseOut }]\n',
      findings: [
        { subject: 'app', related: ['app', 'old-api', 'p'], at: 'old-api' },
        { subject: 'app', related: ['app', 'old-api', 'p'], at: '{ api: old-api, interaction: async }' },
      ],
      message: ["'old-api'", 'phaseOut'],
    },
    {
      name: 'custom phases: a target in plan counts, the default phases no longer do',
      yaml: 'lint: { rules: { no-dependency-on-retiring: [error, { phases: [plan] }] } }\nsystems:\n  - { id: app, mode: mode2, owner: t, dependsOn: [next, old] }\n  - { id: next, mode: mode1, owner: t, lifecycle: plan }\n  - { id: old, mode: mode1, owner: t, lifecycle: endOfLife }\n',
      findings: [{ subject: 'app', related: ['app', 'next'], at: 'next', severity: 'error' }],
    },
    {
      name: 'an active consumer (lifecycle absent) of a phaseIn API of an endOfLife provider, asynchronously',
      yaml: 'systems:\n  - { id: app, mode: mode1, owner: t, consumes: [feed] }\n  - { id: p, mode: gearbox, owner: t, lifecycle: endOfLife, successor: q }\n  - { id: q, mode: gearbox, owner: t }\napis: [{ id: feed, provider: p, type: asyncapi, lifecycle: phaseIn }]\n',
      findings: [{ subject: 'app', related: ['app', 'feed', 'p'], at: 'feed' }],
      message: ["'p'", 'endOfLife', "'q'"],
    },
  ],
});
