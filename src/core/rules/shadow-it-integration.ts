import { defineRule } from './rule';
import { edgeRelated } from './support';

export default defineRule({
  meta: {
    id: 'shadow-it-integration',
    category: 'shadow IT',
    defaultSeverity: 'error',
    description: 'An integration between a shadow-IT system and a sanctioned one (either direction).',
    rationale: 'Flaky integrations: scripts with shared technical users, CSV exports, personal credentials — invisible to operations and security.',
    messages: {
      consumes: "'{{system}}' consumes '{{api}}' of '{{target}}', and '{{shadow}}' is shadow IT: an integration invisible to operations and security. Sanction '{{shadow}}' and integrate it through the gearbox, or remove the link.",
      dependsOn: "'{{system}}' depends on '{{target}}', and '{{shadow}}' is shadow IT: an integration invisible to operations and security. Sanction '{{shadow}}' and integrate it through the gearbox, or remove the link.",
    },
    fixable: false,
    docs: `One finding per \`consumes\`/\`dependsOn\` entry where exactly one of the two systems is shadow IT, in either direction. The subject is the entry's holder.

Triggers:

\`\`\`yaml
systems:
  - { id: sfdc, mode: mode2, owner: bu-sales, governance: shadow, consumes: [crm-customer-api] }
  - { id: crm,  mode: mode2, owner: team-crm }
apis:
  - { id: crm-customer-api, provider: crm, type: openapi }
\`\`\`

Does not trigger (\`sfdc\` is sanctioned):

\`\`\`yaml
systems:
  - { id: sfdc, mode: mode2, owner: bu-sales, governance: sanctioned, consumes: [crm-customer-api] }
  - { id: crm,  mode: mode2, owner: team-crm }
apis:
  - { id: crm-customer-api, provider: crm, type: openapi }
\`\`\`

**Fix:** sanction the shadow system and build the integration through the gearbox, or remove it.`,
  },
  check(ctx) {
    const l = ctx.landscape;
    const g = l.graph;
    for (let i = 0; i < l.systems.length; i++) {
      const s = l.systems[i];
      for (let k = g.outBegin(i), end = g.outEnd(i); k < end; k++) {
        const e = g.edgeAt(k);
        const t = l.systems[e.toIndex];
        const holderShadow = s.governance === 'shadow';
        if (holderShadow === (t.governance === 'shadow')) continue;
        const shadow = holderShadow ? s.id : t.id;
        ctx.report({
          subject: s.id,
          related: edgeRelated(e),
          file: s.file,
          span: e.entry.span,
          messageId: e.via ? 'consumes' : 'dependsOn',
          messageData: { system: s.id, api: e.via ?? '', target: t.id, shadow },
          data: { shadow },
        });
      }
    }
  },
});
