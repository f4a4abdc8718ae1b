import { ruleTester } from '../../helpers/rule-tester';

ruleTester('no-mode1-internet-exposure', {
  valid: [
    { name: 'SPEC: internal core, internet gateway', yaml: 'systems:\n  - { id: core-banking, mode: mode1,   owner: team-core, exposure: internal }\n  - { id: api-gw,       mode: gearbox, owner: team-int,  exposure: internet }\n' },
    { name: 'partner exposure is not internet', yaml: 'systems:\n  - { id: core, mode: mode1, owner: t, exposure: partner }\n' },
    { name: 'an internet API of a gearbox system', yaml: 'systems:\n  - { id: gw, mode: gearbox, owner: t }\napis:\n  - { id: gw-api, provider: gw, exposure: internet }\n' },
    { name: 'an internet API whose provider does not resolve, or is Mode 2', yaml: 'systems:\n  - { id: web, mode: mode2, owner: t }\napis:\n  - { id: a-api, provider: ghost, exposure: internet }\n  - { id: b-api, provider: web, exposure: internet }\n' },
    { name: 'a later duplicate of a Mode 1 system on the internet is ignored', yaml: 'systems:\n  - { id: core, mode: gearbox, owner: t, exposure: internet }\n  - { id: core, mode: mode1, owner: t, exposure: internet }\n' },
  ],
  invalid: [
    {
      name: 'SPEC: core banking on the internet, fixed to internal',
      yaml: 'systems:\n  - { id: core-banking, mode: mode1, owner: team-core, exposure: internet }\n',
      findings: [{ subject: 'core-banking', related: ['core-banking'], at: 'exposure: internet', severity: 'error' }],
      fix: { title: 'Set exposure: internal', output: 'systems:\n  - { id: core-banking, mode: mode1, owner: team-core, exposure: internal }\n' },
    },
    {
      name: 'an internet API of a Mode 1 provider',
      yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t }\napis:\n  - id: sap-api\n    provider: sap\n    exposure: internet   # public\n',
      findings: [{ subject: 'sap-api', related: ['sap-api', 'sap'], at: 'exposure: internet' }],
      fix: { title: 'Set exposure: internal', output: 'systems:\n  - { id: sap, mode: mode1, owner: t }\napis:\n  - id: sap-api\n    provider: sap\n    exposure: internal   # public\n' },
    },
    {
      name: 'both the system and its API',
      yaml: 'systems:\n  - { id: sap, mode: mode1, owner: t, exposure: internet }\napis:\n  - { id: sap-api, provider: sap, exposure: internet }\n',
      findings: [
        { subject: 'sap', related: ['sap'], at: 'exposure: internet' },
        { subject: 'sap-api', related: ['sap-api', 'sap'], at: 'exposure: internet' },
      ],
    },
    {
      name: 'an internet system in block style; its internal API is fine',
      yaml: 'systems:\n  - id: core\n    mode: mode1\n    owner: t\n    exposure: internet\napis:\n  - { id: core-api, provider: core }\n',
      findings: [{ subject: 'core', related: ['core'], at: 'exposure: internet' }],
    },
    {
      name: 'an internet API of a Mode 1 provider that is itself internal',
      yaml: 'systems:\n  - { id: core, mode: mode1, owner: t, exposure: internal }\napis:\n  - { id: core-api, provider: core, type: soap, exposure: internet }\n',
      findings: [{ subject: 'core-api', related: ['core-api', 'core'], at: 'exposure: internet' }],
    },
  ],
});
