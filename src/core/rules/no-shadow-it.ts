import { keySpan } from './locate';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'no-shadow-it',
    category: 'shadow IT',
    defaultSeverity: 'warn',
    description: 'A system with governance: shadow.',
    rationale: 'Shadow IT is technology outside the ownership or control of IT (Gartner); business-bought SaaS creates security and integration risk. The rule keeps the inventory visible without blocking builds.',
    messages: {
      shadow: "'{{system}}' is shadow IT (not sanctioned by IT); review it with the CIO and CISO, then sanction or decommission it.",
    },
    fixable: false,
    docs: `Flags every system with \`governance: shadow\`.

Triggers:

\`\`\`yaml
systems:
  - { id: dropbox, mode: mode2, owner: bu-sales, governance: shadow, sourcing: saas }
\`\`\`

Does not trigger:

\`\`\`yaml
systems:
  - { id: dropbox, mode: mode2, owner: team-workplace, governance: sanctioned, sourcing: saas,
      security: { lastReview: 2025-09-01 } }
\`\`\`

**Fix:** sanction the system (security review, owner in IT) or decommission it.`,
  },
  check(ctx) {
    for (const s of ctx.landscape.systems) {
      if (s.governance !== 'shadow') continue;
      ctx.report({
        subject: s.id,
        related: [s.id],
        file: s.file,
        span: keySpan(s, 'governance'),
        messageId: 'shadow',
        messageData: { system: s.id },
      });
    }
  },
});
