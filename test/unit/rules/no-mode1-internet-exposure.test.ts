import { ruleTester } from '../../helpers/rule-tester';
import { yaml } from '../../helpers/yaml';

ruleTester('no-mode1-internet-exposure', {
  valid: [
    {
      name: 'SPEC: internal core, internet gateway',
      yaml: yaml`
        systems:
          - { id: core-banking, mode: mode1,   owner: team-core, exposure: internal }
          - { id: api-gw,       mode: gearbox, owner: team-int,  exposure: internet }
      `,
    },
    {
      name: 'partner exposure is not internet',
      yaml: yaml`
        systems:
          - { id: core, mode: mode1, owner: t, exposure: partner }
      `,
    },
    {
      name: 'an internet API of a gearbox system',
      yaml: yaml`
        systems:
          - { id: gw, mode: gearbox, owner: t }
        apis:
          - { id: gw-api, provider: gw, exposure: internet }
      `,
    },
    {
      name: 'an internet API whose provider does not resolve, or is Mode 2',
      yaml: yaml`
        systems:
          - { id: web, mode: mode2, owner: t }
        apis:
          - { id: a-api, provider: ghost, exposure: internet }
          - { id: b-api, provider: web, exposure: internet }
      `,
    },
    {
      name: 'a later duplicate of a Mode 1 system on the internet is ignored',
      yaml: yaml`
        systems:
          - { id: core, mode: gearbox, owner: t, exposure: internet }
          - { id: core, mode: mode1, owner: t, exposure: internet }
      `,
    },
  ],
  invalid: [
    {
      name: 'SPEC: core banking on the internet, fixed to internal',
      yaml: yaml`
        systems:
          - { id: core-banking, mode: mode1, owner: team-core, exposure: internet }
      `,
      findings: [
        {
          messageId: 'system', severity: 'error', subject: 'core-banking', related: ['core-banking'], at: 'exposure: internet',
          fixes: [
            {
              title: 'Set exposure: internal',
              output: yaml`
                systems:
                  - { id: core-banking, mode: mode1, owner: team-core, exposure: internal }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an internet API of a Mode 1 provider',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t }
        apis:
          - id: sap-api
            provider: sap
            exposure: internet   # public
      `,
      findings: [
        {
          messageId: 'api', severity: 'error', subject: 'sap-api', related: ['sap-api', 'sap'], at: 'exposure: internet',
          fixes: [
            {
              title: 'Set exposure: internal',
              output: yaml`
                systems:
                  - { id: sap, mode: mode1, owner: t }
                apis:
                  - id: sap-api
                    provider: sap
                    exposure: internal   # public
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'both the system and its API',
      yaml: yaml`
        systems:
          - { id: sap, mode: mode1, owner: t, exposure: internet }
        apis:
          - { id: sap-api, provider: sap, exposure: internet }
      `,
      findings: [
        {
          messageId: 'system', severity: 'error', subject: 'sap', related: ['sap'], at: 'exposure: internet',
          fixes: [
            {
              title: 'Set exposure: internal',
              output: yaml`
                systems:
                  - { id: sap, mode: mode1, owner: t, exposure: internal }
                apis:
                  - { id: sap-api, provider: sap, exposure: internet }
              `,
            },
          ],
        },
        {
          messageId: 'api', severity: 'error', subject: 'sap-api', related: ['sap-api', 'sap'], at: 'exposure: internet',
          fixes: [
            {
              title: 'Set exposure: internal',
              output: yaml`
                systems:
                  - { id: sap, mode: mode1, owner: t, exposure: internet }
                apis:
                  - { id: sap-api, provider: sap, exposure: internal }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an internet system in block style; its internal API is fine',
      yaml: yaml`
        systems:
          - id: core
            mode: mode1
            owner: t
            exposure: internet
        apis:
          - { id: core-api, provider: core }
      `,
      findings: [
        {
          messageId: 'system', severity: 'error', subject: 'core', related: ['core'], at: 'exposure: internet',
          fixes: [
            {
              title: 'Set exposure: internal',
              output: yaml`
                systems:
                  - id: core
                    mode: mode1
                    owner: t
                    exposure: internal
                apis:
                  - { id: core-api, provider: core }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an internet API of a Mode 1 provider that is itself internal',
      yaml: yaml`
        systems:
          - { id: core, mode: mode1, owner: t, exposure: internal }
        apis:
          - { id: core-api, provider: core, type: soap, exposure: internet }
      `,
      findings: [
        {
          messageId: 'api', severity: 'error', subject: 'core-api', related: ['core-api', 'core'], at: 'exposure: internet',
          fixes: [
            {
              title: 'Set exposure: internal',
              output: yaml`
                systems:
                  - { id: core, mode: mode1, owner: t, exposure: internal }
                apis:
                  - { id: core-api, provider: core, type: soap, exposure: internal }
              `,
            },
          ],
        },
      ],
    },
  ],
});
