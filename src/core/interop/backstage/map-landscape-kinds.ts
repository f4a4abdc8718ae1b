/**
 * The kinds of our own that `landscape export backstage` writes for what Backstage has no kind
 * for (docs/interop.md): `kind: Rollout` → rollouts, `kind: Landscape` → the file's metadata
 * and lint block. Both under `apiVersion: landscape.dev/v1alpha1`.
 */
import type { Placed } from './catalog-index';
import { Draft } from './draft';
import { refId, type MapContext } from './map-context';
import { toIdWords } from '../ids';

export function mapRollout(p: Placed, ctx: MapContext): Draft {
  const d = new Draft(p, 'rollouts', ctx.messages);
  const targets = d.takeList('targets')
    .map((t) => refId(d, ctx, 'targets', t, 'component')?.id)
    .filter((id): id is string => id !== undefined);
  d.fields.targets = targets;
  const owner = d.take('owner');
  if (owner !== undefined) d.fields.owner = refId(d, ctx, 'owner', owner, 'group')?.id;
  for (const field of ['status', 'start', 'strategy', 'downtime', 'communicationPlan', 'testing', 'rollback', 'pilot', 'monitoring']) {
    const v = d.take(field);
    if (v !== undefined) d.fields[field] = v;
  }
  return d;
}

/** The landscape's metadata and lint block, from a `kind: Landscape` entity. */
export function landscapeOf(p: Placed): { metadata: Record<string, string>; lint: unknown } {
  const m = p.entity.metadata;
  const metadata: Record<string, string> = {};
  if (typeof m.name === 'string' && toIdWords(m.name) !== '') metadata.name = toIdWords(m.name);
  for (const k of ['title', 'description'] as const) if (typeof m[k] === 'string') metadata[k] = m[k];
  const asOf = p.entity.spec.asOf;
  if (typeof asOf === 'string') metadata.asOf = asOf;
  return { metadata, lint: p.entity.spec.lint };
}
