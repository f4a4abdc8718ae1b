import { ruleTester } from '../../helpers/rule-tester';

const base = 'owners: [{ id: team-web, type: team }, { id: team-int, type: team }]\n';

ruleTester('no-dangling-reference', {
  valid: [
    { name: 'SPEC: every reference resolves', yaml: `${base}systems:\n  - { id: shop, mode: mode2, owner: team-web, consumes: [order-events] }\n  - { id: hub,  mode: gearbox, owner: team-int }\napis:\n  - { id: order-events, provider: hub, type: asyncapi }\n` },
    { name: 'references across every field', yaml: `${base}domains: [{ id: d, owner: team-web }]\nsystems:\n  - { id: a, mode: mode2, owner: team-web, domain: d, successor: b, dependsOn: [b], dataAccess: [{ store: s, access: read }], security: { reviewedBy: team-int } }\n  - { id: b, mode: mode2, owner: team-web }\ndataStores: [{ id: s, system: b }]\nrollouts: [{ id: r, targets: [a, b], owner: team-web }]\n` },
    { name: 'API successor is an API', yaml: `${base}systems: [{ id: a, mode: mode2, owner: team-web }]\napis:\n  - { id: v1, provider: a, successor: v2, owner: team-web }\n  - { id: v2, provider: a }\n` },
  ],
  invalid: [
    {
      name: 'SPEC: a typo in consumes, with a did-you-mean fix',
      yaml: `${base}systems:\n  - { id: shop, mode: mode2, owner: team-web, consumes: [order-evnts] }   # typo\n  - { id: hub,  mode: gearbox, owner: team-int }\napis:\n  - { id: order-events, provider: hub, type: asyncapi }\n`,
      findings: [{ subject: 'shop', related: ['shop', 'order-evnts'], at: 'order-evnts', severity: 'error' }],
      message: ["did you mean 'order-events'".replace('did', 'Did')],
      fix: {
        title: "Change to 'order-events'",
        output: `${base}systems:\n  - { id: shop, mode: mode2, owner: team-web, consumes: [order-events] }   # typo\n  - { id: hub,  mode: gearbox, owner: team-int }\napis:\n  - { id: order-events, provider: hub, type: asyncapi }\n`,
      },
    },
    {
      name: 'an id of another kind: an API in dependsOn',
      yaml: `${base}systems:\n  - { id: a, mode: mode2, owner: team-web, dependsOn: [b-api] }\n  - { id: b, mode: mode2, owner: team-web }\napis: [{ id: b-api, provider: b }]\n`,
      findings: [{ subject: 'a', related: ['a', 'b-api'], at: 'b-api' }],
      message: ['is an API, not a system'],
    },
    {
      name: 'rollout targets, data store system and owner parent, each once',
      yaml: 'owners: [{ id: t, type: team, parent: boss }]\nsystems: [{ id: a, mode: mode2, owner: t }]\ndataStores: [{ id: s, system: ghost }]\nrollouts:\n  - id: r\n    targets: [a, nope]\n',
      findings: [
        { subject: 't', related: ['t', 'boss'], at: 'boss' },
        { subject: 's', related: ['s', 'ghost'], at: 'ghost' },
        { subject: 'r', related: ['r', 'nope'], at: 'nope' },
      ],
    },
    {
      name: 'security.reviewedBy and the object form of consumes',
      yaml: `${base}systems:\n  - id: a\n    mode: mode2\n    owner: team-web\n    security: { lastReview: 2025-01-01, reviewedBy: cis0 }\n    consumes:\n      - { api: missing-api, interaction: async }\n`,
      findings: [
        { subject: 'a', related: ['a', 'cis0'], at: 'cis0' },
        { subject: 'a', related: ['a', 'missing-api'], at: 'missing-api' },
      ],
    },
  ],
});
