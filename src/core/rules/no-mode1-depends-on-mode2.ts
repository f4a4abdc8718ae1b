import { defineRule } from './rule';
import { crossModeEdges, crossModeFinding, gearboxWrappers } from './support';

export default defineRule({
  meta: {
    id: 'no-mode1-depends-on-mode2',
    category: 'bimodal',
    defaultSeverity: 'warn',
    description: 'A Mode 1 system that consumes an API of a Mode 2 system or depends on one.',
    rationale: 'Stable Dependencies Principle: a system of record that calls a fast-changing Mode 2 service inherits its change rate and availability; hand off through an event or a gearbox API instead.',
    messages: {
      consumes: "Mode-1 system '{{system}}' consumes '{{api}}' of Mode-2 system '{{target}}'; a system of record should not depend on a fast-changing front-end service — hand off through an event or a gearbox API.",
      dependsOn: "Mode-1 system '{{system}}' depends on Mode-2 system '{{target}}'; a system of record should not depend on a fast-changing front-end service — hand off through an event or a gearbox API.",
    },
    fixable: true,
    docs: `One finding per \`consumes\`/\`dependsOn\` entry of a \`mode1\` system whose target is \`mode2\`.

Triggers:

\`\`\`yaml
systems:
  - { id: sap,   mode: mode1, owner: team-erp, consumes: [promo-api] }
  - { id: promo, mode: mode2, owner: team-web }
apis:
  - { id: promo-api, provider: promo, type: openapi }
\`\`\`

Does not trigger (prices are published as events on the gearbox):

\`\`\`yaml
systems:
  - { id: sap,   mode: mode1,   owner: team-erp, consumes: [price-events] }
  - { id: promo, mode: mode2,   owner: team-web, consumes: [price-events] }
  - { id: hub,   mode: gearbox, owner: team-int }
apis:
  - { id: price-events, provider: hub, type: asyncapi }
\`\`\`

**Fix:** *Use gearbox API '<x>'* when a gearbox system already consumes the Mode 2 API (the first 10 such APIs, in the order of the gearbox systems).`,
  },
  check(ctx) {
    const wrappers = gearboxWrappers(ctx.landscape);
    for (const { s, e } of crossModeEdges(ctx.landscape, 'mode1', 'mode2')) {
      const candidates = e.via ? wrappers.byApi(e.via) : [];
      ctx.report(crossModeFinding(s, e, candidates, e.via ? 'consumes' : 'dependsOn', { system: s.id, api: e.via ?? '', target: e.to }));
    }
  },
});
