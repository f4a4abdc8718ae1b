import type { ApiEntity, SystemEntity } from '../model/entities';
import { findPair } from '../parse/yaml-tree';
import { fix, insertKeyEdit, keySpan, replaceEdit, valueSpan } from './locate';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'lifecycle-date-passed',
    category: 'lifecycle',
    defaultSeverity: 'error',
    description: 'A system or API whose endOfLife date has passed while its lifecycle is not endOfLife.',
    rationale: 'Keeps the model honest: campaign services that outlived their end date, unsupported vendor releases.',
    optionsSchema: {},
    defaultOptions: {},
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
    const check = (e: SystemEntity | ApiEntity, label: string): void => {
      if (!e.endOfLife || e.endOfLife > l.asOf || e.lifecycle === 'endOfLife') return;
      const edit = findPair(e.node, 'lifecycle')
        ? replaceEdit(e.file, valueSpan(e, 'lifecycle'), 'endOfLife')
        : insertKeyEdit(e.file, ctx.text(e.file), e.node, 'lifecycle', 'endOfLife');
      ctx.report({
        subject: e.id,
        related: [e.id],
        file: e.file,
        span: keySpan(e, 'endOfLife'),
        message: `${label} '${e.id}' reached its end of life on ${e.endOfLife} (as of ${l.asOf}) but its lifecycle is ${e.lifecycle}; set lifecycle: endOfLife or correct the date.`,
        data: { endOfLife: e.endOfLife, asOf: l.asOf },
        fixes: [fix('Set lifecycle: endOfLife', 'set-lifecycle-endoflife', [edit])],
      });
    };
    for (const s of l.systems) check(s, 'System');
    for (const a of l.apis) check(a, 'API');
  },
});
