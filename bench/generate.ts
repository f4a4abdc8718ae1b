/**
 * Generates realistic landscapes for benchmarks: all sections, a third each of Mode 1,
 * gearbox and Mode 2 systems, APIs of mixed types, sync and async consumption, data stores,
 * shadow IT and rollouts. Deterministic (a seeded PRNG), so figures are comparable.
 */
export function generateLandscape(n: number, seed = 42): string {
  let state = seed >>> 0;
  const rnd = (): number => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const domains = Math.max(3, Math.round(n / 40));
  const L: string[] = [
    'apiVersion: landscape/v1',
    'kind: Landscape',
    `metadata: { name: bench-${n}, title: Benchmark landscape with ${n} systems, asOf: 2026-02-01 }`,
    'lint:',
    '  extends: recommended',
    '  rules:',
    '    max-fan-out: [warn, { max: 7 }]',
    '',
    'owners:',
    '  - { id: ceo, type: executive, role: CEO }',
    '  - { id: cio, type: executive, role: CIO, parent: ceo }',
    '  - { id: cto, type: executive, role: CTO, parent: ceo }',
    '  - { id: ciso, type: executive, role: CISO, parent: ceo }',
    '  - { id: team-core, type: team, parent: cio }',
    '  - { id: team-int, type: team, parent: cio }',
    '  - { id: team-web, type: team, parent: cto }',
    '  - { id: bu-sales, type: business-unit, parent: ceo }',
    '',
    'domains:',
  ];
  for (let d = 0; d < domains; d++) L.push(`  - { id: domain-${d}, owner: ${pick(['cio', 'cto'])} }`);
  L.push('', 'systems:');
  const modes = ['mode1', 'gearbox', 'mode2'] as const;
  const modeOf = (i: number): (typeof modes)[number] => modes[i % 3];
  const apisOf: string[][] = [];
  for (let i = 0; i < n; i++) apisOf.push([]);
  const apiLines: string[] = [];
  for (let i = 0; i < n; i++) {
    const m = modeOf(i);
    const count = m === 'gearbox' ? 2 : 1;
    for (let k = 0; k < count; k++) {
      const type = m === 'mode1' ? pick(['odata', 'idoc', 'rfc', 'file', 'soap']) : m === 'gearbox' ? pick(['asyncapi', 'openapi', 'asyncapi']) : pick(['openapi', 'graphql']);
      const id = `api-${i}-${k}`;
      apisOf[i].push(id);
      apiLines.push(`  - { id: ${id}, provider: sys-${i}, type: ${type} }`);
    }
  }
  // Consumers mostly respect the gearbox; a few direct Mode 2 → Mode 1 calls keep rules busy.
  const targetFor = (i: number): number => {
    const m = modeOf(i);
    const r = rnd();
    let t: number;
    if (m === 'mode2') t = r < 0.9 ? 3 * Math.floor(rnd() * (n / 3)) + 1 : 3 * Math.floor(rnd() * (n / 3));
    else if (m === 'gearbox') t = r < 0.5 ? 3 * Math.floor(rnd() * (n / 3)) : 3 * Math.floor(rnd() * (n / 3)) + 1;
    else t = 3 * Math.floor(rnd() * (n / 3)) + 1;
    return Math.min(n - 1, t);
  };
  for (let i = 0; i < n; i++) {
    const m = modeOf(i);
    const shadow = m === 'mode2' && rnd() < 0.03;
    L.push(`  - id: sys-${i}`);
    L.push(`    name: System ${i}`);
    L.push(`    description: Generated ${m} system number ${i} for the benchmark`);
    L.push(`    mode: ${m}`);
    L.push(`    owner: ${shadow ? 'bu-sales' : m === 'mode2' ? 'team-web' : m === 'gearbox' ? 'team-int' : 'team-core'}`);
    L.push(`    domain: domain-${i % domains}`);
    if (shadow) L.push('    governance: shadow', '    sourcing: saas', '    dataClassification: internal');
    L.push(`    criticality: ${pick(['missionCritical', 'businessCritical', 'businessOperational', 'administrativeService'])}`);
    if (m === 'mode2' && rnd() < 0.2) L.push('    exposure: internet', '    security: { lastReview: 2025-11-01, reviewedBy: ciso }');
    const consumes = new Set<string>();
    const k = 1 + Math.floor(rnd() * 4);
    for (let j = 0; j < k; j++) {
      const t = targetFor(i);
      if (t !== i && apisOf[t].length) consumes.add(pick(apisOf[t]));
    }
    if (consumes.size) {
      L.push('    consumes:');
      for (const c of consumes) L.push(rnd() < 0.2 ? `      - { api: ${c}, interaction: async }` : `      - ${c}`);
    }
    if (m === 'mode1' && rnd() < 0.3) L.push(`    dataAccess: [{ store: store-${i}, access: readwrite }]`);
  }
  L.push('', 'apis:', ...apiLines, '', 'dataStores:');
  for (let i = 0; i < n; i += 3) L.push(`  - { id: store-${i}, system: sys-${i}, type: database }`);
  L.push('', 'rollouts:');
  for (let r = 0; r < Math.max(1, Math.round(n / 50)); r++) {
    L.push(`  - id: ro-${r}`, `    targets: [sys-${(r * 7) % n}]`, '    owner: team-core', '    strategy: phased', '    downtime: none',
      '    communicationPlan: { audiences: [stores], leadTimeDays: 14 }', '    testing: { environment: production-like }',
      '    rollback: { plan: "switch back", tested: true }', '    monitoring: { dashboards: [errors], alerting: true }');
  }
  return L.join('\n') + '\n';
}
