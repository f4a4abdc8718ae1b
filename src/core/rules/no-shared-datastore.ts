import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'no-shared-datastore',
    category: 'bimodal',
    defaultSeverity: 'error',
    description: "A system that accesses a data store owned by another system (except CDC by a gearbox system).",
    rationale: 'Shared-database anti-pattern (microservices.io database per service): schema changes force lock-step releases across speeds. Change data capture by the gearbox is the sanctioned way to read Mode 1 data.',
    messages: {
      shared: "System '{{system}}' accesses data store '{{store}}' of system '{{owner}}' directly; each system owns its data — use an API or events of '{{owner}}' or CDC through the gearbox.",
      sharedWithApis: "System '{{system}}' accesses data store '{{store}}' of system '{{owner}}' directly; each system owns its data — use an API of '{{owner}}' ({{apis}}) or CDC through the gearbox.",
      sharedAccess: "System '{{system}}' accesses data store '{{store}}' of system '{{owner}}' directly ({{access}}); each system owns its data — use an API or events of '{{owner}}' or CDC through the gearbox.",
      sharedAccessWithApis: "System '{{system}}' accesses data store '{{store}}' of system '{{owner}}' directly ({{access}}); each system owns its data — use an API of '{{owner}}' ({{apis}}) or CDC through the gearbox.",
    },
    options: {
      allowCdcFromGearbox: { type: 'boolean', default: true, description: 'Allow `access: cdc` from gearbox systems.' },
    },
    fixable: false,
    docs: `One finding per \`dataAccess\` entry of a system S to a data store whose owning system (\`dataStores[].system\`) is another system — any access mode — except \`access: cdc\` from a \`gearbox\` system while \`allowCdcFromGearbox\` is true. A store whose owner does not resolve to a system gives no finding (\`no-dangling-reference\` reports it).

Triggers:

\`\`\`yaml
systems:
  - { id: core, mode: mode1, owner: team-core }
  - { id: web,  mode: mode2, owner: team-web, dataAccess: [{ store: core-db, access: read }] }
dataStores:
  - { id: core-db, system: core, type: database }
\`\`\`

Does not trigger:

\`\`\`yaml
systems:
  - { id: core,        mode: mode1,   owner: team-core }
  - { id: change-feed, mode: gearbox, owner: team-int, dataAccess: [{ store: core-db, access: cdc }] }
dataStores:
  - { id: core-db, system: core, type: database }
\`\`\`

**Fix:** read through an API or events of the owning system (the finding lists its APIs), or CDC by the gearbox.`,
  },
  check(ctx) {
    const l = ctx.landscape;
    for (const s of l.systems) {
      for (const a of s.dataAccess) {
        const store = l.storeById.get(a.store.id);
        // An owner that does not resolve to a system is a dangling reference: no data edge (SPEC §2.4).
        const ownerId = store?.system && l.systemById.get(store.system.id)?.id;
        if (!store || !ownerId || ownerId === s.id) continue;
        if (a.access === 'cdc' && s.mode === 'gearbox' && ctx.optionsFor(s.file).allowCdcFromGearbox) continue;
        const apis = l.graph.apisOf(l.graph.indexOf(ownerId));
        ctx.report({
          subject: s.id,
          related: [s.id, store.id, ownerId],
          file: s.file,
          span: a.span,
          messageId: a.access ? (apis.length ? 'sharedAccessWithApis' : 'sharedAccess') : apis.length ? 'sharedWithApis' : 'shared',
          // A message uses the values its text names; unused ones cost nothing.
          messageData: { system: s.id, store: store.id, owner: ownerId, access: a.access ?? '', apis: apis.slice(0, 3).join(', ') },
          data: { ownerApis: apis, store: store.id, owner: ownerId },
        });
      }
    }
  },
});
