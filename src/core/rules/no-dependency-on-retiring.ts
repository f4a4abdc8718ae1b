import { fix, replaceEdit } from './locate';
import { defineRule } from './rule';

interface Options {
  phases: string[];
}

export default defineRule<Options>({
  meta: {
    id: 'no-dependency-on-retiring',
    category: 'lifecycle',
    defaultSeverity: 'warn',
    description: 'A dependency on an API or system that is being retired.',
    rationale: 'LeanIX lifecycle (plan → phaseIn → active → phaseOut → endOfLife): new dependencies on phasing-out components block decommissioning (strangler fig: stop adding to what you strangle).',
    optionsSchema: {
      phases: { type: 'array', items: { enum: ['plan', 'phaseIn', 'active', 'phaseOut', 'endOfLife'] }, description: 'Lifecycle phases that count as retiring.' },
    },
    defaultOptions: { phases: ['phaseOut', 'endOfLife'] },
    fixable: true,
    docs: `One finding per \`consumes\`/\`dependsOn\` entry of a system whose own lifecycle is not retiring, when the entry targets a retiring API (API lifecycle in \`phases\`) or — if the API is not retiring — a retiring provider or target system.

Triggers:

\`\`\`yaml
systems:
  - { id: app,  mode: mode2, owner: team-app, consumes: [card-api] }
  - { id: cards-old, mode: mode1, owner: team-pay, lifecycle: phaseOut, successor: cards-new }
  - { id: cards-new, mode: mode1, owner: team-pay, lifecycle: phaseIn }
apis:
  - { id: card-api, provider: cards-old, type: soap }
\`\`\`

Does not trigger (retiring together):

\`\`\`yaml
systems:
  - { id: app,  mode: mode2, owner: team-app, lifecycle: phaseOut, consumes: [card-api] }
  - { id: cards-old, mode: mode1, owner: team-pay, lifecycle: phaseOut }
apis:
  - { id: card-api, provider: cards-old, type: soap }
\`\`\`

**Fix:** *Replace with successor '<id>'* when the retiring API declares a \`successor\` (or the retiring system does, for a \`dependsOn\` entry).`,
  },
  check(ctx) {
    const l = ctx.landscape;
    const retiring = new Set(ctx.options.phases);
    for (const s of l.systems) {
      if (retiring.has(s.lifecycle)) continue;
      for (const c of s.consumes) {
        const api = l.apiById.get(c.api.id);
        if (!api) continue;
        const provider = api.provider ? l.systemById.get(api.provider.id) : undefined;
        if (provider?.id === s.id) continue;
        const related = provider ? [s.id, api.id, provider.id] : [s.id, api.id];
        if (retiring.has(api.lifecycle)) {
          const succ = api.successor && l.apiById.get(api.successor.id) ? api.successor.id : undefined;
          ctx.report({
            subject: s.id, related, file: s.file, span: c.span,
            message: `'${s.id}' consumes API '${api.id}', which is in ${api.lifecycle}${succ ? `; move to its successor '${succ}'` : '; plan the move away from it'}.`,
            data: { retiring: api.id, successor: succ ?? null },
            fixes: succ ? [fix(`Replace with successor '${succ}'`, 'replace-with-successor', [replaceEdit(s.file, c.api.span, succ)])] : [],
          });
        } else if (provider && retiring.has(provider.lifecycle)) {
          const succ = provider.successor && l.systemById.get(provider.successor.id) ? provider.successor.id : undefined;
          ctx.report({
            subject: s.id, related, file: s.file, span: c.span,
            message: `'${s.id}' consumes '${api.id}' of system '${provider.id}', which is in ${provider.lifecycle}${succ ? `; its successor is '${succ}'` : ''}. Do not add dependencies on what is being retired.`,
            data: { retiring: provider.id, successor: succ ?? null },
          });
        }
      }
      for (const d of s.dependsOn) {
        const t = l.systemById.get(d.system.id);
        if (!t || t.id === s.id || !retiring.has(t.lifecycle)) continue;
        const succ = t.successor && l.systemById.get(t.successor.id) ? t.successor.id : undefined;
        ctx.report({
          subject: s.id, related: [s.id, t.id], file: s.file, span: d.span,
          message: `'${s.id}' depends on system '${t.id}', which is in ${t.lifecycle}${succ ? `; move to its successor '${succ}'` : ''}.`,
          data: { retiring: t.id, successor: succ ?? null },
          fixes: succ ? [fix(`Replace with successor '${succ}'`, 'replace-with-successor', [replaceEdit(s.file, d.system.span, succ)])] : [],
        });
      }
    }
  },
});
