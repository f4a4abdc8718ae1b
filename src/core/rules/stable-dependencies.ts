import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'stable-dependencies',
    category: 'coupling',
    defaultSeverity: 'off',
    description: 'A system that depends on a less stable system (instability rises by more than minDelta along the edge).',
    rationale: "Robert C. Martin's Stable Dependencies Principle: depend in the direction of stability. Off by default because it is noisy on partial models; `strict` turns it on.",
    messages: {
      lessStable: "'{{system}}' (instability {{instability}}) depends on the less stable '{{target}}' (instability {{targetInstability}}); depend in the direction of stability — invert the dependency with an event or stabilise '{{target}}'.",
    },
    options: {
      minDelta: { type: 'number', minimum: 0, maximum: 1, default: 0.2, description: 'Smallest instability increase I(T) − I(S) that is reported (exclusive).' },
    },
    fixable: false,
    docs: `For each distinct pair S → T (consumes or dependsOn, any interaction) with instability I = Ce / (Ca + Ce) over distinct systems: flags I(T) − I(S) > \`minDelta\` (exclusive, with a 1e-9 tolerance). Placed at S's first entry that references T.

Triggers:

\`\`\`yaml
lint: { rules: { stable-dependencies: warn } }
systems:
  - { id: ledger, mode: mode1, owner: t, consumes: [promo-api] }        # Ca=3 Ce=1 → I=0.25
  - { id: pos,    mode: mode1, owner: t, consumes: [ledger-api] }
  - { id: erp,    mode: mode1, owner: t, consumes: [ledger-api] }
  - { id: dwh,    mode: mode1, owner: t, consumes: [ledger-api] }
  - { id: promo,  mode: mode2, owner: t, consumes: [x-api, y-api] }     # Ca=1 Ce=2 → I=0.67
  - { id: x, mode: mode2, owner: t }
  - { id: y, mode: mode2, owner: t }
apis:
  - { id: ledger-api, provider: ledger, type: openapi }
  - { id: promo-api,  provider: promo,  type: openapi }
  - { id: x-api, provider: x, type: openapi }
  - { id: y-api, provider: y, type: openapi }
\`\`\`

**Fix:** invert the dependency (publish an event the stable side consumes) or make the target more stable.`,
  },
  check(ctx) {
    const l = ctx.landscape;
    const g = l.graph;
    // Instability by system index; 0 for a system without edges (it has none to report).
    const I = (i: number): number => (g.ce[i] + g.ca[i] === 0 ? 0 : g.ce[i] / (g.ce[i] + g.ca[i]));
    for (let i = 0; i < l.systems.length; i++) {
      const s = l.systems[i];
      // The options of the system's file (lint.overrides may give it its own).
      const { minDelta } = ctx.optionsFor(s.file);
      const seen = new Set<string>();
      // Out-edges in declaration order: the first entry that references a target places its finding.
      for (let k = g.outBegin(i), end = g.outEnd(i); k < end; k++) {
        const e = g.edgeAt(k);
        if (seen.has(e.to)) continue;
        seen.add(e.to);
        const is = I(i);
        const it = I(e.toIndex);
        if (!(it - is > minDelta + 1e-9)) continue;
        ctx.report({
          subject: s.id,
          related: [s.id, e.to],
          file: s.file,
          span: e.entry.span,
          messageId: 'lessStable',
          messageData: { system: s.id, instability: is.toFixed(2), target: e.to, targetInstability: it.toFixed(2) },
          data: { instabilitySubject: is, instabilityTarget: it },
        });
      }
    }
  },
});
