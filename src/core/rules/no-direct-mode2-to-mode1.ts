import { defineRule } from './rule';
import { crossModeEdges, crossModeFinding, gearboxWrappers } from './support';

export default defineRule({
  meta: {
    id: 'no-direct-mode2-to-mode1',
    category: 'bimodal',
    defaultSeverity: 'error',
    description: 'A Mode 2 system that consumes an API of a Mode 1 system or depends on one directly, whatever the interaction style.',
    rationale: 'Mode 2 must reach systems of record only through the gearbox (façade, events, read models, anti-corruption layer), so Mode 1 release cycles, maintenance windows and data models do not leak into the fast front end (McKinsey 2014; Gartner: protect Mode 1 from Mode 2).',
    messages: {
      consumes: "Mode-2 system '{{system}}' consumes '{{api}}' of Mode-1 system '{{target}}' directly; route it through the gearbox (an API façade, events or a read model).",
      consumesWithGearboxApi: "Mode-2 system '{{system}}' consumes '{{api}}' of Mode-1 system '{{target}}' directly; route it through the gearbox (e.g. gearbox API '{{gearboxApi}}').",
      dependsOn: "Mode-2 system '{{system}}' depends on Mode-1 system '{{target}}' directly; route it through the gearbox (an API façade, events or a read model).",
      dependsOnWithGearboxApi: "Mode-2 system '{{system}}' depends on Mode-1 system '{{target}}' directly; route it through the gearbox (e.g. gearbox API '{{gearboxApi}}').",
    },
    fixable: true,
    docs: `One finding per offending \`consumes\` or \`dependsOn\` entry of a \`mode2\` system whose target (the API's provider, or the system depended on) is \`mode1\` — synchronous or asynchronous alike.

Triggers:

\`\`\`yaml
systems:
  - { id: sap,  mode: mode1, owner: team-erp }
  - { id: shop, mode: mode2, owner: team-web, consumes: [sap-order-odata] }
apis:
  - { id: sap-order-odata, provider: sap, type: odata }
\`\`\`

Does not trigger (the gearbox sits between):

\`\`\`yaml
systems:
  - { id: sap,       mode: mode1,   owner: team-erp }
  - { id: order-acl, mode: gearbox, owner: team-int, consumes: [order-events, sap-order-odata] }
  - { id: hub,       mode: gearbox, owner: team-int }
  - { id: shop,      mode: mode2,   owner: team-web, consumes: [order-events] }
apis:
  - { id: sap-order-odata, provider: sap, type: odata }
  - { id: order-events,    provider: hub, type: asyncapi }
\`\`\`

**Fix:** *Use gearbox API '<x>'* when a gearbox system already consumes an API of the same Mode 1 provider and provides APIs of its own (the first 10 such APIs, in the order of the gearbox systems); otherwise add such a gearbox component.`,
  },
  check(ctx) {
    const wrappers = gearboxWrappers(ctx.landscape);
    for (const { s, e } of crossModeEdges(ctx.landscape, 'mode2', 'mode1')) {
      const candidates = wrappers.byProvider(e.to);
      const messageId = e.via ? (candidates.length ? 'consumesWithGearboxApi' : 'consumes') : candidates.length ? 'dependsOnWithGearboxApi' : 'dependsOn';
      ctx.report(crossModeFinding(s, e, candidates, messageId, { system: s.id, api: e.via ?? '', target: e.to, gearboxApi: candidates[0] ?? '' }));
    }
  },
});
