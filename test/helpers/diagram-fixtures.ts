/** Landscapes and measures shared by the diagram tests (core and CLI). */

/** Ids in alphabetical order wire every edge across the next (3 crossings); ELK's order crosses none. */
export const TANGLED = `apiVersion: landscape/v1
metadata: { title: Tangled }
owners: [{ id: t, type: team }]
systems:
  - { id: a-ledger, mode: mode1, owner: t }
  - { id: b-billing, mode: mode1, owner: t }
  - { id: c-crm, mode: mode1, owner: t }
  - { id: x-web, mode: mode2, owner: t, dependsOn: [c-crm] }
  - { id: y-app, mode: mode2, owner: t, dependsOn: [b-billing] }
  - { id: z-kiosk, mode: mode2, owner: t, dependsOn: [a-ledger] }
`;

/** Pairs of edges whose ends are in opposite order on the two sides (lanes are columns, so y decides). */
export function crossings(d: { nodes: { id: string; y: number }[]; edges: { from: string; to: string }[] }): number {
  const y = new Map(d.nodes.map((n) => [n.id, n.y]));
  const lines = d.edges.map((e) => [y.get(e.from)!, y.get(e.to)!]);
  return lines.reduce((sum, [a1, b1], i) => sum + lines.slice(i + 1).filter(([a2, b2]) => (a1 - a2) * (b1 - b2) < 0).length, 0);
}

/**
 * Seven systems in two lanes' domains (pay, retail, pos, one without a domain), owned by two
 * teams, with sync and async consumption and findings on some edges: the groups' fixture.
 */
export const GROUPS = `apiVersion: landscape/v1
metadata: { title: Groups, asOf: 2025-10-01 }
owners: [{ id: t, type: team }, { id: u, type: team }]
domains: [{ id: pay, owner: t }, { id: retail, owner: u }]
systems:
  - { id: core, mode: mode1, owner: t, domain: pay }
  - { id: ledger, mode: mode1, owner: t, domain: pay }
  - { id: legacy, mode: mode1, owner: t }
  - { id: gw, mode: gearbox, owner: t, domain: pay, consumes: [core-api, ledger-api] }
  - { id: shop, mode: mode2, owner: u, domain: retail, consumes: [gw-api, { api: gw-events, interaction: async }], dependsOn: [core] }
  - { id: app, mode: mode2, owner: u, domain: retail, consumes: [{ api: gw-events, interaction: async }] }
  - { id: kiosk, mode: mode2, owner: t, domain: pos, consumes: [gw-api] }
apis:
  - { id: core-api, provider: core, type: odata }
  - { id: ledger-api, provider: ledger, type: odata }
  - { id: gw-api, provider: gw, type: openapi }
  - { id: gw-events, provider: gw, type: asyncapi }
`;
