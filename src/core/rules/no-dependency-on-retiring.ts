import type { Consumption, Dependency } from '../model/entities';
import { fix, replaceEdit } from './locate';
import { defineRule, perOptions } from './rule';
import { edgeRelated } from './support';

export default defineRule({
  meta: {
    id: 'no-dependency-on-retiring',
    category: 'lifecycle',
    defaultSeverity: 'warn',
    description: 'A dependency on an API or system that is being retired.',
    rationale: 'LeanIX lifecycle (plan → phaseIn → active → phaseOut → endOfLife): new dependencies on phasing-out components block decommissioning (strangler fig: stop adding to what you strangle).',
    messages: {
      retiringApi: "'{{system}}' consumes API '{{api}}', which is in {{lifecycle}}; plan the move away from it.",
      retiringApiWithSuccessor: "'{{system}}' consumes API '{{api}}', which is in {{lifecycle}}; move to its successor '{{successor}}'.",
      retiringProvider: "'{{system}}' consumes '{{api}}' of system '{{target}}', which is in {{lifecycle}}. Do not add dependencies on what is being retired.",
      retiringProviderWithSuccessor: "'{{system}}' consumes '{{api}}' of system '{{target}}', which is in {{lifecycle}}; its successor is '{{successor}}'. Do not add dependencies on what is being retired.",
      retiringSystem: "'{{system}}' depends on system '{{target}}', which is in {{lifecycle}}.",
      retiringSystemWithSuccessor: "'{{system}}' depends on system '{{target}}', which is in {{lifecycle}}; move to its successor '{{successor}}'.",
    },
    options: {
      phases: { type: 'array', items: { enum: ['plan', 'phaseIn', 'active', 'phaseOut', 'endOfLife'] }, default: ['phaseOut', 'endOfLife'], description: 'Lifecycle phases that count as retiring.' },
    },
    fixable: true,
    docs: `One finding per \`consumes\`/\`dependsOn\` entry of a system whose own lifecycle is not retiring, when the entry targets a retiring API (API lifecycle in \`phases\`) or — if the API is not retiring — a retiring provider or target system. Only entries that give an edge of the dependency graph count: an API whose provider does not resolve to another system, or a self-dependency, is left to other rules.

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
    const g = l.graph;
    // What counts as retiring is the option of the consumer's file (lint.overrides may give it
    // its own): one Set per option set. The phases are five, so whether anything at all is
    // retiring under any option set in force is decided once (most landscapes have nothing).
    const phasesOf = perOptions((o: typeof ctx.options) => new Set<string | undefined>(o.phases));
    const anyPhase = new Set<string | undefined>();
    for (const s of l.systems) for (const p of phasesOf(ctx.optionsFor(s.file))) anyPhase.add(p);
    if (!l.systems.some((s) => anyPhase.has(s.lifecycle)) && !l.apis.some((a) => anyPhase.has(a.lifecycle))) return;
    for (let i = 0; i < l.systems.length; i++) {
      const s = l.systems[i];
      const retiring = phasesOf(ctx.optionsFor(s.file));
      if (retiring.has(s.lifecycle)) continue;
      // Edges of the derived graph (SPEC §2.4): an API whose provider does not resolve to
      // another system, or a dependsOn entry that does not resolve, gives no edge.
      for (let k = g.outBegin(i), end = g.outEnd(i); k < end; k++) {
        const e = g.edgeAt(k);
        const t = l.systems[e.toIndex];
        if (e.kind === 'consumes') {
          const c = e.entry as Consumption;
          const api = l.apiById.get(e.via!)!;
          if (retiring.has(api.lifecycle)) {
            const succ = api.successor && l.apiById.get(api.successor.id) ? api.successor.id : undefined;
            ctx.report({
              subject: s.id, related: edgeRelated(e), file: s.file, span: c.span,
              messageId: succ ? 'retiringApiWithSuccessor' : 'retiringApi',
              messageData: { system: s.id, api: api.id, lifecycle: api.lifecycle, successor: succ ?? '' },
              data: { retiring: api.id, successor: succ ?? null },
              fixes: succ ? () => [fix(`Replace with successor '${succ}'`, 'replace-with-successor', [replaceEdit(s.file, c.api.span, succ)])] : undefined,
            });
          } else if (retiring.has(t.lifecycle)) {
            const succ = t.successor && l.systemById.get(t.successor.id) ? t.successor.id : undefined;
            ctx.report({
              subject: s.id, related: edgeRelated(e), file: s.file, span: c.span,
              messageId: succ ? 'retiringProviderWithSuccessor' : 'retiringProvider',
              messageData: { system: s.id, api: api.id, target: t.id, lifecycle: t.lifecycle, successor: succ ?? '' },
              data: { retiring: t.id, successor: succ ?? null },
            });
          }
        } else if (retiring.has(t.lifecycle)) {
          const d = e.entry as Dependency;
          const succ = t.successor && l.systemById.get(t.successor.id) ? t.successor.id : undefined;
          ctx.report({
            subject: s.id, related: edgeRelated(e), file: s.file, span: d.span,
            messageId: succ ? 'retiringSystemWithSuccessor' : 'retiringSystem',
            messageData: { system: s.id, target: t.id, lifecycle: t.lifecycle, successor: succ ?? '' },
            data: { retiring: t.id, successor: succ ?? null },
            fixes: succ ? () => [fix(`Replace with successor '${succ}'`, 'replace-with-successor', [replaceEdit(s.file, d.system.span, succ)])] : undefined,
          });
        }
      }
    }
  },
});
