import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

const base = 'owners: [{ id: team-web, type: team }, { id: team-int, type: team }]\n';

ruleTester('no-dangling-reference', {
  valid: [
    {
      name: 'SPEC: every reference resolves',
      yaml: yaml`
        ${base}systems:
          - { id: shop, mode: mode2, owner: team-web, consumes: [order-events] }
          - { id: hub,  mode: gearbox, owner: team-int }
        apis:
          - { id: order-events, provider: hub, type: asyncapi }
      `,
    },
    {
      name: 'references across every field',
      yaml: yaml`
        ${base}domains: [{ id: d, owner: team-web }]
        systems:
          - { id: a, mode: mode2, owner: team-web, domain: d, successor: b, dependsOn: [b], dataAccess: [{ store: s, access: read }], security: { reviewedBy: team-int } }
          - { id: b, mode: mode2, owner: team-web }
        dataStores: [{ id: s, system: b }]
        rollouts: [{ id: r, targets: [a, b], owner: team-web }]
      `,
    },
    {
      name: 'a later duplicate is ignored, its references too',
      yaml: yaml`
        ${base}systems:
          - { id: a, mode: mode2, owner: team-web }
          - { id: a, mode: mode2, owner: nobody, dependsOn: [ghost] }
      `,
    },
    {
      name: 'a self reference resolves',
      yaml: yaml`
        ${base}systems:
          - { id: a, mode: mode2, owner: team-web, dependsOn: [a], successor: a }
      `,
    },
    {
      name: 'API successor is an API',
      yaml: yaml`
        ${base}systems: [{ id: a, mode: mode2, owner: team-web }]
        apis:
          - { id: v1, provider: a, successor: v2, owner: team-web }
          - { id: v2, provider: a }
      `,
    },
  ],
  invalid: [
    {
      name: 'SPEC: a typo in consumes, with a did-you-mean fix',
      yaml: yaml`
        ${base}systems:
          - { id: shop, mode: mode2, owner: team-web, consumes: [order-evnts] }   # typo
          - { id: hub,  mode: gearbox, owner: team-int }
        apis:
          - { id: order-events, provider: hub, type: asyncapi }
      `,
      findings: [
        {
          messageId: 'unknownDidYouMean', severity: 'error', subject: 'shop', related: ['shop', 'order-evnts'], at: 'order-evnts',
          fixes: [
            {
              title: "Change to 'order-events'",
              output: yaml`
                ${base}systems:
                  - { id: shop, mode: mode2, owner: team-web, consumes: [order-events] }   # typo
                  - { id: hub,  mode: gearbox, owner: team-int }
                apis:
                  - { id: order-events, provider: hub, type: asyncapi }
              `,
            },
          ],
        },
      ],
      message: ["did you mean 'order-events'".replace('did', 'Did')],
    },
    {
      name: 'an id of another kind: an API in dependsOn',
      yaml: yaml`
        ${base}systems:
          - { id: a, mode: mode2, owner: team-web, dependsOn: [b-api] }
          - { id: b, mode: mode2, owner: team-web }
        apis: [{ id: b-api, provider: b }]
      `,
      findings: [{ messageId: 'wrongKind', severity: 'error', subject: 'a', related: ['a', 'b-api'], at: 'b-api' }],
      message: ['is an API, not a system'],
    },
    {
      name: 'rollout targets, data store system and owner parent, each once',
      yaml: yaml`
        owners: [{ id: t, type: team, parent: boss }]
        systems: [{ id: a, mode: mode2, owner: t }]
        dataStores: [{ id: s, system: ghost }]
        rollouts:
          - id: r
            targets: [a, nope]
      `,
      findings: [
        { messageId: 'unknown', severity: 'error', subject: 't', related: ['t', 'boss'], at: 'boss' },
        { messageId: 'unknown', severity: 'error', subject: 's', related: ['s', 'ghost'], at: 'ghost' },
        { messageId: 'unknown', severity: 'error', subject: 'r', related: ['r', 'nope'], at: 'nope' },
      ],
    },
    {
      name: 'first occurrence wins: an id used first by a system is not an owner even if an owner reuses it later',
      yaml: yaml`
        systems:
          - { id: x, mode: mode2, owner: x }
        owners:
          - { id: x, type: team }
      `,
      findings: [{ messageId: 'wrongKind', severity: 'error', subject: 'x', related: ['x', 'x'], at: 'x' }],
      message: ['is a system, not an owner'],
    },
    {
      name: 'every field of every kind, once per occurrence, in declaration order',
      yaml: yaml`
        domains: [{ id: d, owner: o1 }]
        systems:
          - { id: a, mode: mode2, owner: o2, domain: d2, successor: s1, dependsOn: [{ system: s2 }], dataAccess: [{ store: ds1, access: read }, { store: ds1, access: write }] }
        apis:
          - { id: p, provider: s3, owner: o3, successor: p2 }
        rollouts:
          - { id: r, targets: [s4], owner: o4 }
      `,
      findings: [
        { messageId: 'unknown', severity: 'error', subject: 'd', related: ['d', 'o1'], at: 'o1' },
        { messageId: 'unknown', severity: 'error', subject: 'a', related: ['a', 'o2'], at: 'o2' },
        {
          messageId: 'unknownDidYouMean', severity: 'error', subject: 'a', related: ['a', 'd2'], at: 'd2',
          fixes: [
            {
              title: "Change to 'd'",
              output: yaml`
                domains: [{ id: d, owner: o1 }]
                systems:
                  - { id: a, mode: mode2, owner: o2, domain: d, successor: s1, dependsOn: [{ system: s2 }], dataAccess: [{ store: ds1, access: read }, { store: ds1, access: write }] }
                apis:
                  - { id: p, provider: s3, owner: o3, successor: p2 }
                rollouts:
                  - { id: r, targets: [s4], owner: o4 }
              `,
            },
          ],
        },
        {
          messageId: 'unknownDidYouMean', severity: 'error', subject: 'a', related: ['a', 's1'], at: 's1',
          fixes: [
            {
              title: "Change to 'a'",
              output: yaml`
                domains: [{ id: d, owner: o1 }]
                systems:
                  - { id: a, mode: mode2, owner: o2, domain: d2, successor: a, dependsOn: [{ system: s2 }], dataAccess: [{ store: ds1, access: read }, { store: ds1, access: write }] }
                apis:
                  - { id: p, provider: s3, owner: o3, successor: p2 }
                rollouts:
                  - { id: r, targets: [s4], owner: o4 }
              `,
            },
          ],
        },
        {
          messageId: 'unknownDidYouMean', severity: 'error', subject: 'a', related: ['a', 's2'], at: 's2',
          fixes: [
            {
              title: "Change to 'a'",
              output: yaml`
                domains: [{ id: d, owner: o1 }]
                systems:
                  - { id: a, mode: mode2, owner: o2, domain: d2, successor: s1, dependsOn: [{ system: a }], dataAccess: [{ store: ds1, access: read }, { store: ds1, access: write }] }
                apis:
                  - { id: p, provider: s3, owner: o3, successor: p2 }
                rollouts:
                  - { id: r, targets: [s4], owner: o4 }
              `,
            },
          ],
        },
        { messageId: 'unknown', severity: 'error', subject: 'a', related: ['a', 'ds1'], at: 'ds1' },
        { messageId: 'unknown', severity: 'error', subject: 'a', related: ['a', 'ds1'], at: 'ds1' },
        {
          messageId: 'unknownDidYouMean', severity: 'error', subject: 'p', related: ['p', 's3'], at: 's3',
          fixes: [
            {
              title: "Change to 'a'",
              output: yaml`
                domains: [{ id: d, owner: o1 }]
                systems:
                  - { id: a, mode: mode2, owner: o2, domain: d2, successor: s1, dependsOn: [{ system: s2 }], dataAccess: [{ store: ds1, access: read }, { store: ds1, access: write }] }
                apis:
                  - { id: p, provider: a, owner: o3, successor: p2 }
                rollouts:
                  - { id: r, targets: [s4], owner: o4 }
              `,
            },
          ],
        },
        { messageId: 'unknown', severity: 'error', subject: 'p', related: ['p', 'o3'], at: 'o3' },
        {
          messageId: 'unknownDidYouMean', severity: 'error', subject: 'p', related: ['p', 'p2'], at: 'p2',
          fixes: [
            {
              title: "Change to 'p'",
              output: yaml`
                domains: [{ id: d, owner: o1 }]
                systems:
                  - { id: a, mode: mode2, owner: o2, domain: d2, successor: s1, dependsOn: [{ system: s2 }], dataAccess: [{ store: ds1, access: read }, { store: ds1, access: write }] }
                apis:
                  - { id: p, provider: s3, owner: o3, successor: p }
                rollouts:
                  - { id: r, targets: [s4], owner: o4 }
              `,
            },
          ],
        },
        {
          messageId: 'unknownDidYouMean', severity: 'error', subject: 'r', related: ['r', 's4'], at: 's4',
          fixes: [
            {
              title: "Change to 'a'",
              output: yaml`
                domains: [{ id: d, owner: o1 }]
                systems:
                  - { id: a, mode: mode2, owner: o2, domain: d2, successor: s1, dependsOn: [{ system: s2 }], dataAccess: [{ store: ds1, access: read }, { store: ds1, access: write }] }
                apis:
                  - { id: p, provider: s3, owner: o3, successor: p2 }
                rollouts:
                  - { id: r, targets: [a], owner: o4 }
              `,
            },
          ],
        },
        { messageId: 'unknown', severity: 'error', subject: 'r', related: ['r', 'o4'], at: 'o4' },
      ],
    },
    {
      name: 'security.reviewedBy and the object form of consumes',
      yaml: yaml`
        ${base}systems:
          - id: a
            mode: mode2
            owner: team-web
            security: { lastReview: 2025-01-01, reviewedBy: cis0 }
            consumes:
              - { api: missing-api, interaction: async }
      `,
      findings: [
        { messageId: 'unknown', severity: 'error', subject: 'a', related: ['a', 'cis0'], at: 'cis0' },
        { messageId: 'unknown', severity: 'error', subject: 'a', related: ['a', 'missing-api'], at: 'missing-api' },
      ],
    },
    {
      name: 'an id of another kind, with an id of the expected kind close to it',
      yaml: yaml`
        owners: [{ id: t, type: team }]
        systems:
          - { id: shop, mode: mode2, owner: t, dependsOn: [pay] }
          - { id: pays, mode: mode2, owner: t }
        apis: [{ id: pay, provider: pays }]
      `,
      findings: [
        {
          messageId: 'wrongKindDidYouMean', severity: 'error', subject: 'shop', related: ['shop', 'pay'], at: 'pay',
          fixes: [
            {
              title: "Change to 'pays'",
              output: yaml`
                owners: [{ id: t, type: team }]
                systems:
                  - { id: shop, mode: mode2, owner: t, dependsOn: [pays] }
                  - { id: pays, mode: mode2, owner: t }
                apis: [{ id: pay, provider: pays }]
              `,
            },
          ],
        },
      ],
      message: ["refers to 'pay', which is an API, not a system. Did you mean 'pays'?"],
    },
  ],
});
