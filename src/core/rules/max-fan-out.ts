import { defineRule, perOptions } from './rule';

export default defineRule({
  meta: {
    id: 'max-fan-out',
    category: 'coupling',
    defaultSeverity: 'warn',
    description: 'A system that depends on more distinct systems than `max` (efferent coupling).',
    rationale: 'Efferent coupling / fan-out: a front end that talks to many back ends directly is fragile and should get a BFF or a composite gearbox API.',
    messages: {
      fanOut: "System '{{system}}' depends on {{count}} distinct systems (more than {{max}}): {{targets}}. Put a backend-for-frontend or a composite gearbox API in front of them.",
    },
    options: {
      max: { type: 'integer', minimum: 0, default: 7, description: 'Largest allowed number of distinct systems depended on.' },
      ignoreModes: { type: 'array', items: { enum: ['mode1', 'mode2', 'gearbox'] }, default: ['gearbox'], description: 'Modes whose systems are skipped (gateways and ESBs fan out by design).' },
    },
    fixable: false,
    docs: `Flags a system whose efferent coupling Ce — the number of **distinct** systems it has \`consumes\`/\`dependsOn\` edges to, any interaction — is greater than \`max\`. Systems whose mode is in \`ignoreModes\` are skipped.

Triggers (with \`max: 2\`):

\`\`\`yaml
lint: { rules: { max-fan-out: [warn, { max: 2 }] } }
systems:
  - { id: bff, mode: mode2, owner: team-app, consumes: [a-api, b-api, c-api] }
  - { id: a, mode: mode2, owner: team-app }
  - { id: b, mode: mode2, owner: team-app }
  - { id: c, mode: mode2, owner: team-app }
apis:
  - { id: a-api, provider: a, type: openapi }
  - { id: b-api, provider: b, type: openapi }
  - { id: c-api, provider: c, type: openapi }
\`\`\`

Does not trigger with \`max: 3\`.

**Fix:** introduce a backend-for-frontend or a composite gearbox API.`,
  },
  check(ctx) {
    const l = ctx.landscape;
    const ignoredModes = perOptions((o: typeof ctx.options) => new Set<string>(o.ignoreModes));
    for (let i = 0; i < l.systems.length; i++) {
      const s = l.systems[i];
      // The options of the system's file (lint.overrides may give it its own).
      const o = ctx.optionsFor(s.file);
      if (s.mode && ignoredModes(o).has(s.mode)) continue;
      if (l.graph.ce[i] <= o.max) continue;
      const targets = l.graph.targetIds(i);
      ctx.report({
        subject: s.id,
        related: [s.id, ...targets],
        file: s.file,
        span: s.idSpan,
        messageId: 'fanOut',
        messageData: { system: s.id, count: targets.length, max: o.max, targets: targets.join(', ') },
        data: { ce: targets.length, max: o.max },
      });
    }
  },
});
