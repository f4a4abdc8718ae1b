import { ruleTester } from '../../helpers/rule-tester';

ruleTester('no-dependency-on-retiring', {
  valid: [
    { name: 'SPEC: retiring together', yaml: 'systems:\n  - { id: app,  mode: mode2, owner: team-app, lifecycle: phaseOut, consumes: [card-api] }\n  - { id: cards-old, mode: mode1, owner: team-pay, lifecycle: phaseOut }\napis:\n  - { id: card-api, provider: cards-old, type: soap }\n' },
    { name: 'an active API and provider', yaml: 'systems:\n  - { id: app, mode: mode2, owner: t, consumes: [api] }\n  - { id: p, mode: mode1, owner: t, lifecycle: phaseIn }\napis: [{ id: api, provider: p }]\n' },
    { name: 'a consumer in endOfLife is skipped', yaml: 'systems:\n  - { id: app, mode: mode2, owner: t, lifecycle: endOfLife, dependsOn: [old] }\n  - { id: old, mode: mode1, owner: t, lifecycle: endOfLife }\n' },
    { name: 'custom phases: phaseOut no longer counts', yaml: 'lint: { rules: { no-dependency-on-retiring: [warn, { phases: [endOfLife] }] } }\nsystems:\n  - { id: app, mode: mode2, owner: t, dependsOn: [old] }\n  - { id: old, mode: mode1, owner: t, lifecycle: phaseOut }\n' },
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
  ],
});
