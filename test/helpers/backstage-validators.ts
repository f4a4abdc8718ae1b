/**
 * A catalog entity checked as Backstage's catalog checks it (`@backstage/catalog-model`): the
 * entity policies, then the validator of its kind (one must accept each Backstage kind); our own
 * kinds (`Landscape`, `Rollout`, docs/interop.md) pass the policies, which check their envelope
 * and metadata. Used by the export tests and the round trip.
 */
import * as assert from 'node:assert/strict';
import {
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
  type Entity,
} from '@backstage/catalog-model';
import { parseAllDocuments } from 'yaml';

const POLICY = EntityPolicies.allOf([new DefaultNamespaceEntityPolicy(), new NoForeignRootFieldsEntityPolicy(), new FieldFormatEntityPolicy(), new SchemaValidEntityPolicy()]);
const KIND_VALIDATORS = [apiEntityV1alpha1Validator, componentEntityV1alpha1Validator, domainEntityV1alpha1Validator, groupEntityV1alpha1Validator, locationEntityV1alpha1Validator, resourceEntityV1alpha1Validator, userEntityV1alpha1Validator];
const OUR_KINDS = new Set(['Landscape', 'Rollout']);

export async function validateEntity(entity: Entity): Promise<void> {
  const checked = await POLICY.enforce(entity);
  assert.ok(checked, `${entity.kind} ${entity.metadata.name} passes the entity policies`);
  if (OUR_KINDS.has(entity.kind)) {
    assert.equal(entity.apiVersion, 'landscape.dev/v1alpha1');
    return;
  }
  let accepted = false;
  for (const v of KIND_VALIDATORS) if (await v.check(entity)) accepted = true;
  assert.ok(accepted, `a validator of kind ${entity.kind} accepts ${entity.metadata.name}`);
}

/** The documents of a catalog file, read by the `yaml` package (not our parser). */
export function catalogDocuments(text: string): Entity[] {
  return parseAllDocuments(text).map((d) => {
    assert.deepEqual(d.errors, []);
    return d.toJS() as Entity;
  });
}
