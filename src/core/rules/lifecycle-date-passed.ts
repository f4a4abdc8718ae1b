import type { ApiEntity, SystemEntity } from '../model/entities';
import { fix, keySpan, setValueEdit } from './locate';
import { defineRule } from './rule';
import { fixesPerEntity } from './entity-fixes';

/** The fix of an entity past its end of life, one function per entity (kept across lints with it). */
const setEndOfLife = fixesPerEntity((e: SystemEntity | ApiEntity, text) => [fix('Set lifecycle: endOfLife', 'set-lifecycle-endoflife', [setValueEdit(e.file, text(e.file), e.node, 'lifecycle', 'endOfLife')])]);

export default defineRule({
  meta: {
    id: 'lifecycle-date-passed',
    category: 'lifecycle',
    defaultSeverity: 'error',
    description: 'A system or API whose endOfLife date has passed while its lifecycle is not endOfLife.',
    rationale: 'Keeps the model honest: campaign services that outlived their end date, unsupported vendor releases.',
    messages: {
      system: "System '{{id}}' reached its end of life on {{endOfLife}} (as of {{asOf}}) but its lifecycle is {{lifecycle}}; set lifecycle: endOfLife or correct the date.",
      api: "API '{{id}}' reached its end of life on {{endOfLife}} (as of {{asOf}}) but its lifecycle is {{lifecycle}}; set lifecycle: endOfLife or correct the date.",
    },
    fixable: true,
    docs: `Flags a system or API whose \`endOfLife\` date is on or before \`metadata.asOf\` (default: today) while its \`lifecycle\` is not \`endOfLife\` (a missing lifecycle means \`active\`).

Triggers:

\`\`\`yaml
systems:
  - { id: campaign-bf, mode: mode2, owner: team-web, endOfLife: 2025-06-30 }
\`\`\`

Does not trigger:

\`\`\`yaml
systems:
  - { id: campaign-bf, mode: mode2, owner: team-web, lifecycle: endOfLife, endOfLife: 2025-06-30 }
\`\`\`

**Fix:** *Set lifecycle: endOfLife*, or move the \`endOfLife\` date.`,
  },
  check(ctx) {
    const l = ctx.landscape;
    const check = (e: SystemEntity | ApiEntity, messageId: 'system' | 'api'): void => {
      if (!e.endOfLife || e.endOfLife > l.asOf || e.lifecycle === 'endOfLife') return;
      ctx.report({
        subject: e.id,
        related: [e.id],
        file: e.file,
        span: keySpan(e, 'endOfLife'),
        messageId,
        messageData: { id: e.id, endOfLife: e.endOfLife, asOf: l.asOf, lifecycle: e.lifecycle },
        data: { endOfLife: e.endOfLife, asOf: l.asOf },
        fixes: setEndOfLife(e),
      });
    };
    for (const s of l.systems) check(s, 'system');
    for (const a of l.apis) check(a, 'api');
  },
});
