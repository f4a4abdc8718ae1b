import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

ruleTester('require-owner', {
  valid: [
    {
      name: 'SPEC: owner present',
      yaml: yaml`
        systems:
          - { id: broker-portal, mode: mode2, owner: team-digital }
      `,
    },
    {
      name: 'APIs and data stores inherit their owner',
      yaml: yaml`
        owners: [{ id: t, type: team }]
        systems: [{ id: a, mode: mode1, owner: t }]
        apis: [{ id: a-api, provider: a }]
        dataStores: [{ id: a-db, system: a }]
      `,
    },
    { name: 'a dangling owner is another rule\'s business', yaml: 'systems: [{ id: a, mode: mode1, owner: nobody }]\n' },
  ],
  invalid: [
    {
      name: 'SPEC: no owner (flow style) with the insert fix',
      yaml: yaml`
        systems:
          - { id: broker-portal, mode: mode2 }
      `,
      findings: [
        {
          messageId: 'noOwner', severity: 'error', subject: 'broker-portal', related: ['broker-portal'], at: 'broker-portal',
          fixes: [
            {
              title: "Add owner to 'broker-portal'",
              output: yaml`
                systems:
                  - { id: broker-portal, mode: mode2, owner:  }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'block style with a trailing comment: the insert keeps it',
      yaml: yaml`
        systems:
          - id: crm
            mode: mode1   # system of record
          - id: web
            mode: mode2
            owner: t
      `,
      findings: [
        {
          messageId: 'noOwner', severity: 'error', subject: 'crm', related: ['crm'], at: 'crm',
          fixes: [
            {
              title: "Add owner to 'crm'",
              output: yaml`
                systems:
                  - id: crm
                    mode: mode1   # system of record
                    owner: 
                  - id: web
                    mode: mode2
                    owner: t
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an empty owner value counts as missing',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, owner: "" }
          - { id: b, mode: mode2, owner: }
      `,
      findings: [
        {
          messageId: 'noOwner', severity: 'error', subject: 'a', related: ['a'], at: 'a',
          fixes: [
            {
              title: "Add owner to 'a'",
              output: yaml`
                systems:
                  - { id: a, mode: mode2, owner:  }
                  - { id: b, mode: mode2, owner: }
              `,
            },
          ],
        },
        {
          messageId: 'noOwner', severity: 'error', subject: 'b', related: ['b'], at: 'b',
          fixes: [
            {
              title: "Add owner to 'b'",
              output: yaml`
                systems:
                  - { id: a, mode: mode2, owner: "" }
                  - { id: b, mode: mode2, owner:  }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a flow mapping whose last key has no value: the owner goes after its colon',
      yaml: yaml`
        systems:
          - { id: a, mode: mode2, description: }
      `,
      findings: [
        {
          messageId: 'noOwner', severity: 'error', subject: 'a', related: ['a'], at: 'a',
          fixes: [
            {
              title: "Add owner to 'a'",
              output: yaml`
                systems:
                  - { id: a, mode: mode2, description:, owner:  }
              `,
            },
          ],
        },
      ],
    },
  ],
});
