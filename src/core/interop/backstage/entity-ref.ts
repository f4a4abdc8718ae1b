/**
 * Backstage entity references in every form the catalog accepts: `name`, `kind:name`,
 * `namespace/name`, `kind:namespace/name`, and the object `{ kind, namespace, name }`. A
 * missing kind is the field's default kind, a missing namespace the referring entity's
 * (as @backstage/catalog-model's parseEntityRef with the processor's defaults). Kinds and
 * namespaces compare case-insensitively, as in the catalog; names keep their spelling.
 */
import { isMap } from '../landscape-fields';

export interface EntityRef {
  /** Lower case. */
  kind: string;
  /** Lower case. */
  namespace: string;
  name: string;
}

export const DEFAULT_NAMESPACE = 'default';

/** The ref, or why it is none (a missing kind where the field has no default, an empty part). */
export function parseEntityRef(value: unknown, defaults: { kind?: string; namespace: string }): EntityRef | { problem: string } {
  if (isMap(value)) {
    const { kind, namespace, name } = value;
    if (typeof name !== 'string' || name === '') return { problem: 'a reference object needs a name' };
    return finish(typeof kind === 'string' ? kind : undefined, typeof namespace === 'string' ? namespace : undefined, name, defaults);
  }
  if (typeof value !== 'string' || value.trim() === '') return { problem: `${JSON.stringify(value) ?? String(value)} is not an entity reference` };
  const ref = value.trim();
  let colon = ref.indexOf(':');
  const slash = ref.indexOf('/');
  // `namespace/na:me`: a colon after the slash belongs to the name.
  if (slash >= 0 && colon > slash) colon = -1;
  const kind = colon >= 0 ? ref.slice(0, colon) : undefined;
  const namespace = slash >= 0 ? ref.slice(colon + 1, slash) : undefined;
  const name = ref.slice(Math.max(colon, slash) + 1);
  return finish(kind, namespace, name, defaults);
}

function finish(kind: string | undefined, namespace: string | undefined, name: string, defaults: { kind?: string; namespace: string }): EntityRef | { problem: string } {
  const k = kind ?? defaults.kind;
  if (k === undefined) return { problem: `'${name}' names no kind (write e.g. component:${name} or resource:${name})` };
  if (k === '' || namespace === '' || name === '') return { problem: 'a reference with an empty kind, namespace or name' };
  return { kind: k.toLowerCase(), namespace: (namespace ?? defaults.namespace).toLowerCase(), name };
}

/** The catalog's key of a ref: `kind:namespace/name`, all lower case (the catalog ignores case). */
export function refKey(ref: EntityRef): string {
  return `${ref.kind}:${ref.namespace}/${ref.name.toLowerCase()}`;
}

/** As people write it: `component:alternative/x`, or `component:x` in the default namespace. */
export function refText(ref: EntityRef): string {
  return ref.namespace === DEFAULT_NAMESPACE ? `${ref.kind}:${ref.name}` : `${ref.kind}:${ref.namespace}/${ref.name}`;
}
