/** The SPEC's complete rollout (every checklist item present), to remove one item per test. */
export const CHECKOUT = 'systems:\n  - { id: checkout, mode: mode2, owner: team-web }\n';

export const FULL_ROLLOUT = [
  'rollouts:',
  '  - id: ro-1',
  '    targets: [checkout]',
  '    strategy: canary',
  '    downtime: none',
  '    communicationPlan: { audiences: [customer-service] }',
  '    testing: { environment: production-like }',
  '    rollback: { plan: "flag back to v1", tested: true }',
  '    monitoring: { dashboards: [errors], alerting: true }',
];

/** The full rollout without the lines starting with `without`, plus extra lines. */
export function rollout(without: string[] = [], extra: string[] = [], systems = CHECKOUT): string {
  const lines = FULL_ROLLOUT.filter((l) => !without.some((w) => l.trimStart().startsWith(`${w}:`)));
  return `${systems}${[...lines, ...extra].join('\n')}\n`;
}
