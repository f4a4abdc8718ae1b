import { ruleTester } from '../../helpers/rule-tester';

ruleTester('no-mode1-internet-exposure', {
  valid: [
    { name: 'SPEC: internal core, internet gateway', yaml: 'systems:\n  - { id: core-banking, mode: mode1,   owner: team-core, exposure: internal }\n  - { id: api-gw,       mode: gearbox, owner: team-int,  exposure: internet }\n' },
    { name: 'partner exposure is not internet', yaml: 'systems:\n  - { id: core, mode: mode1, owner: t, exposure: partner }\n' },
    { name: 'an internet API of a gearbox system', yaml: 'systems:\n  - { id: gw, mode: gearbox, owner: t }\napis:\n  - { id: gw-api, provider: gw, exposure: internet }\n' },
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
  ],
});
