import { findPair } from '../parse/yaml-tree';
import { fix, insertKeyEdit, keySpan, skeleton } from './locate';
import { defineRule } from './rule';
import { daysUntil } from '../util/dates';
import { fixesPerEntity } from './entity-fixes';
import type { SystemEntity } from '../model/entities';

/** The fix of a system without a security block, one function per system (kept across lints with it). */
const addSecurity = fixesPerEntity((s: SystemEntity, text) => [fix('Add a security review skeleton', 'insert-security', [insertKeyEdit(s.file, text(s.file), s.node, 'security', skeleton('{ lastReview: ‹›, reviewedBy: ‹›}'))])]);

export default defineRule({
  meta: {
    id: 'require-security-review',
    category: 'security',
    defaultSeverity: 'warn',
    description: 'An internet- or partner-facing system, or a SaaS system, without a recent security review.',
    rationale: 'CISO governance for internet-facing and SaaS systems; zero trust expects periodic re-review.',
    messages: {
      stale: "Security review of {{why}} system '{{system}}' is {{age}} days old (last {{last}}; at most {{maxAgeDays}} allowed); schedule a new review with the CISO.",
      missing: "{{Why}} system '{{system}}' has no security review; record security.lastReview after the CISO has reviewed it.",
    },
    options: {
      maxAgeDays: { type: 'integer', minimum: 0, default: 365, description: 'Largest allowed age of security.lastReview in days before asOf.' },
    },
    fixable: true,
    docs: `Flags a system (lifecycle not \`plan\` or \`endOfLife\`) with \`exposure: internet\` or \`partner\`, or \`sourcing: saas\`, whose \`security.lastReview\` is missing or more than \`maxAgeDays\` days before \`asOf\`.

Triggers:

\`\`\`yaml
systems:
  - { id: web-shop, mode: mode2, owner: team-web, exposure: internet, security: { lastReview: 2024-06-01 } }
\`\`\`

Does not trigger:

\`\`\`yaml
systems:
  - { id: web-shop, mode: mode2, owner: team-web, exposure: internet, security: { lastReview: 2025-06-01, reviewedBy: ciso } }
owners:
  - { id: ciso, type: executive, role: CISO }
\`\`\`

**Fix:** have the CISO review it; the quick fix inserts a \`security: { lastReview: , reviewedBy: }\` skeleton to fill in.`,
  },
  check(ctx) {
    const l = ctx.landscape;
    const ageOf = daysUntil(l.asOf);
    for (const s of l.systems) {
      if (s.lifecycle === 'plan' || s.lifecycle === 'endOfLife') continue;
      const why = s.exposure === 'internet' || s.exposure === 'partner' ? `${s.exposure}-facing` : s.sourcing === 'saas' ? 'SaaS' : null;
      if (!why) continue;
      const last = s.security?.lastReview;
      const age = last ? ageOf(last) : undefined;
      // The options of the system's file (lint.overrides may give it its own).
      const { maxAgeDays } = ctx.optionsFor(s.file);
      if (age !== undefined && age <= maxAgeDays) continue;
      const hasSecurity = !!findPair(s.node, 'security');
      ctx.report({
        subject: s.id,
        related: [s.id],
        file: s.file,
        span: hasSecurity ? keySpan(s, 'security') : s.idSpan,
        messageId: last ? 'stale' : 'missing',
        // `Why` starts a sentence.
        messageData: { system: s.id, why, Why: `${why[0].toUpperCase()}${why.slice(1)}`, age: age ?? 0, last: last ?? '', maxAgeDays },
        data: { lastReview: last ?? null, ageDays: age ?? null, maxAgeDays },
        fixes: hasSecurity ? undefined : addSecurity(s),
      });
    }
  },
});
