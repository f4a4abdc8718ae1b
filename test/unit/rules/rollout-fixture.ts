/** The SPEC's complete rollout (every checklist item present), to remove one item per test. */
import { yaml } from '../../helpers/yaml';

const CHECKOUT = yaml`
  systems:
    - { id: checkout, mode: mode2, owner: team-web }
`;

const FULL_ROLLOUT = yaml`
  rollouts:
    - id: ro-1
      targets: [checkout]
      strategy: canary
      downtime: none
      communicationPlan: { audiences: [customer-service] }
      testing: { environment: production-like }
      rollback: { plan: "flag back to v1", tested: true }
      monitoring: { dashboards: [errors], alerting: true }
`;

/**
 * `systems`, then the full rollout without the properties named in `without`, with `extra`
 * added at its end: properties of the rollout entry, written without its indentation
 * (`'status: done'`, or a yaml`…` block).
 */
export function rollout(without: string[] = [], extra = '', systems = CHECKOUT): string {
  const kept = FULL_ROLLOUT.split('\n').filter((l) => l !== '' && !without.some((w) => l.trimStart().startsWith(`${w}:`)));
  const added = extra === '' ? [] : extra.replace(/\n$/, '').split('\n').map((l) => `    ${l}`);
  return `${systems}${[...kept, ...added].join('\n')}\n`;
}
