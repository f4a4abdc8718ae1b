import { keySpan } from './locate';
import { defineRule, perOptions } from './rule';

export default defineRule({
  meta: {
    id: 'shadow-it-sensitive-data',
    category: 'shadow IT',
    defaultSeverity: 'error',
    description: 'A shadow-IT system that holds sensitive data.',
    rationale: 'Customer, employee or medical data in unsanctioned SaaS is a CISO-level risk: no data processing agreement, no SSO, no audit log.',
    messages: {
      sensitive: "Shadow-IT system '{{system}}' holds {{classification}} data; escalate to the CISO: sanction it with a security review and a data processing agreement, or move the data out.",
    },
    options: {
      classifications: { type: 'array', items: { enum: ['public', 'internal', 'confidential', 'restricted'] }, default: ['confidential', 'restricted'], description: 'Data classifications that count as sensitive.' },
    },
    fixable: false,
    docs: `Flags a system with \`governance: shadow\` whose \`dataClassification\` is in \`classifications\`.

Triggers:

\`\`\`yaml
systems:
  - { id: mailchimp, mode: mode2, owner: bu-mkt, governance: shadow, sourcing: saas, dataClassification: confidential }
\`\`\`

Does not trigger:

\`\`\`yaml
systems:
  - { id: mailchimp, mode: mode2, owner: bu-mkt, governance: shadow, sourcing: saas, dataClassification: public }
\`\`\`

**Fix:** move the data out, or bring the system under IT governance with a security review.`,
  },
  check(ctx) {
    const sensitiveOf = perOptions((o: typeof ctx.options) => new Set<string>(o.classifications));
    for (const s of ctx.landscape.systems) {
      // The options of the system's file (lint.overrides may give it its own).
      if (s.governance !== 'shadow' || !s.dataClassification || !sensitiveOf(ctx.optionsFor(s.file)).has(s.dataClassification)) continue;
      ctx.report({
        subject: s.id,
        related: [s.id],
        file: s.file,
        span: keySpan(s, 'dataClassification'),
        messageId: 'sensitive',
        messageData: { system: s.id, classification: s.dataClassification },
      });
    }
  },
});
