/**
 * The kinds of our own that `landscape export backstage` writes for what Backstage has no kind
 * for (docs/interop.md): `kind: Rollout` → rollouts, `kind: Landscape` → the file's metadata
 * and lint block. Both under `apiVersion: landscape.dev/v1alpha1`.
 */
import type { Placed } from './catalog-index';
import { Draft } from './draft';
import { refId, type MapContext } from './map-context';
import { toIdWords } from '../ids';
import { ABSENT_KEY, fieldValue, isMap, METADATA_FIELDS } from '../landscape-fields';

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

/**
 * The landscape's metadata and lint block, from a `kind: Landscape` entity: `metadata.name`,
 * `title`, `description`, `spec.asOf`, then the `landscape.dev/<field>` annotations (a field
 * Backstage's metadata could not hold), without the fields named in `landscape.dev/absent`.
 */
export function landscapeOf(p: Placed): { metadata: Record<string, unknown>; lint: unknown } {
  const m = p.entity.metadata;
  const metadata: Record<string, unknown> = {};
  if (typeof m.name === 'string' && toIdWords(m.name) !== '') metadata.name = toIdWords(m.name);
  for (const k of ['title', 'description'] as const) if (typeof m[k] === 'string') metadata[k] = m[k];
  const asOf = p.entity.spec.asOf;
  if (typeof asOf === 'string') metadata.asOf = asOf;
  const annotations = isMap(m.annotations) ? m.annotations : {};
  for (const info of METADATA_FIELDS) {
    const text = annotations[info.key];
    if (typeof text === 'string') metadata[info.field] = fieldValue(info, text);
  }
  const absent = typeof annotations[ABSENT_KEY] === 'string' ? annotations[ABSENT_KEY].split(',').map((f) => f.trim()) : [];
  // In the format's order (name, title, description, asOf).
  const ordered: Record<string, unknown> = {};
  for (const { field } of METADATA_FIELDS) if (metadata[field] !== undefined && !absent.includes(field)) ordered[field] = metadata[field];
  return { metadata: ordered, lint: p.entity.spec.lint };
}
