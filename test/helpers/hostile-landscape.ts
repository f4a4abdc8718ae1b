/**
 * A landscape whose every text is hostile to some export language: quotes of both kinds,
 * backslashes (one at the end), line breaks, tabs, markup (`<`, `>`, `&`, entities), the
 * preprocessors' and templates' specials (`${…}`, `%date()`, `$x`, `!include`), comment and
 * block delimiters, Creole and Markdown, non-ASCII and an emoji. The exporters' tests read the
 * names back through each tool (or each grammar) and expect them unchanged.
 */

/** Names by system id (and the domain's and an API's). */
export const HOSTILE = {
  domain: 'Pay\'s "domain" <b>&amp;</b> \\ }{',
  system: '<img src=x onerror=alert(1)></script>"\'&',
  system2: 'Line one\nline two\ttabbed \\n not a break \\',
  system3: '${HOME} %date() $x !include <C4/C4> **bold** //it// ~~ ~<b> &#34; [[link]] #red',
  system4: 'Ünïcödé ✓ 😀 /* c */ // c # c \' " } {',
  api: 'API "quoted" <&> \\ \n second line',
  title: 'Hostile "title" <script>&\\\nsecond line',
} as const;

const q = (s: string): string => JSON.stringify(s);

export const HOSTILE_LANDSCAPE = `apiVersion: landscape/v1
metadata: { name: hostile, title: ${q(HOSTILE.title)} }
owners:
  - { id: team, type: team, name: ${q(HOSTILE.system4)} }
domains:
  - { id: pay, name: ${q(HOSTILE.domain)}, owner: team, description: ${q(HOSTILE.system2)} }
systems:
  - { id: evil, name: ${q(HOSTILE.system)}, mode: mode1, owner: team, domain: pay, description: ${q(HOSTILE.system3)} }
  - { id: multi, name: ${q(HOSTILE.system2)}, mode: gearbox, owner: team, domain: pay, consumes: [evil-api] }
  - { id: specials, name: ${q(HOSTILE.system3)}, mode: mode2, owner: team, governance: shadow, consumes: [{ api: evil-api, interaction: async }], dependsOn: [multi] }
  - { id: unicode, name: ${q(HOSTILE.system4)}, mode: mode2, owner: team, dependsOn: [{ system: evil, interaction: async }] }
apis:
  - { id: evil-api, name: ${q(HOSTILE.api)}, provider: evil, type: openapi }
`;
