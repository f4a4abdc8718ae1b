import { ruleTester } from '../../helpers/rule-tester';

const base = 'owners: [{ id: team-web, type: team }, { id: team-int, type: team }]\n';

ruleTester('no-dangling-reference', {
  valid: [
    { name: 'SPEC: every reference resolves', yaml: `${base}systems:\n  - { id: shop, mode: mode2, owner: team-web, consumes: [order-events] }\n  - { id: hub,  mode: gearbox, owner: team-int }\napis:\n  - { id: order-events, provider: hub, type: asyncapi }\n` },
    { name: 'references across every field', yaml: `${base}domains: [{ id: d, owner: team-web }]\nsystems:\n  - { id: a, mode: mode2, owner: team-web, domain: d, successor: b, dependsOn: [b], dataAccess: [{ store: s, access: read }], security: { reviewedBy: team-int } }\n  - { id: b, mode: mode2, owner: team-web }\ndataStores: [{ id: s, system: b }]\nrollouts: [{ id: r, targets: [a, b], owner: team-web }]\n` },
    { name: 'a later duplicate is ignored, its references too', yaml: `${base}systems:\n  - { id: a, mode: mode2, owner: team-web }\n  - { id: a, mode: mode2, owner: nobody, dependsOn: [ghost] }\n` },
    { name: 'a self reference resolves', yaml: `${base}systems:\n  - { id: a, mode: mode2, owner: team-web, dependsOn: [a], successor: a }\n` },
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
      name: 'first occurrence wins: an id used first by a system is not an owner even if an owner reuses it later',
      yaml: 'systems:\n  - { id: x, mode: mode2, owner: x }\nowners:\n  - { id: x, type: team }\n',
      findings: [{ subject: 'x', related: ['x', 'x'], at: 'x' }],
      message: ['is a system, not an owner'],
    },
    {
      name: 'every field of every kind, once per occurrence, in declaration order',
      yaml: 'domains: [{ id: d, owner: o1 }]\nsystems:\n  - { id: a, mode: mode2, owner: o2, domain: d2, successor: s1, dependsOn: [{ system: s2 }], dataAccess: [{ store: ds1, access: read }, { store: ds1, access: write }] }\napis:\n  - { id: p, provider: s3, owner: o3, successor: p2 }\nrollouts:\n  - { id: r, targets: [s4], owner: o4 }\n',
      findings: [
        { subject: 'd', related: ['d', 'o1'], at: 'o1' },
        { subject: 'a', related: ['a', 'o2'], at: 'o2' },
        { subject: 'a', related: ['a', 'd2'], at: 'd2' },
        { subject: 'a', related: ['a', 's1'], at: 's1' },
        { subject: 'a', related: ['a', 's2'], at: 's2' },
        { subject: 'a', related: ['a', 'ds1'], at: 'ds1' },
        { subject: 'a', related: ['a', 'ds1'], at: 'ds1' },
        { subject: 'p', related: ['p', 's3'], at: 's3' },
        { subject: 'p', related: ['p', 'o3'], at: 'o3' },
        { subject: 'p', related: ['p', 'p2'], at: 'p2' },
        { subject: 'r', related: ['r', 's4'], at: 's4' },
        { subject: 'r', related: ['r', 'o4'], at: 'o4' },
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
