/** The typed landscape model (SPEC §2.3). Every entity keeps its YAML node for placement. */
import type { Span, YMap } from '../parse/yaml-tree';

export type EntityKind = 'owner' | 'domain' | 'system' | 'api' | 'dataStore' | 'rollout';

/** Section key → entity kind, in the order sections are read. */
export const SECTIONS: ReadonlyArray<readonly [string, EntityKind]> = [
  ['owners', 'owner'],
  ['domains', 'domain'],
  ['systems', 'system'],
  ['apis', 'api'],
  ['dataStores', 'dataStore'],
  ['rollouts', 'rollout'],
];

export const KIND_LABEL: Record<EntityKind, string> = {
  owner: 'owner',
  domain: 'domain',
  system: 'system',
  api: 'API',
  dataStore: 'data store',
  rollout: 'rollout',
};

export type Interaction = 'sync' | 'async';

/** A reference to another entity: the id as written and the span of the value. */
export interface Ref {
  id: string;
  span: Span;
}

export interface Suppression {
  rule: string;
  reason: string;
  until?: string;
  /** The list entry, for reporting unused suppressions. */
  span: Span;
}

export interface EntityBase {
  kind: EntityKind;
  id: string;
  file: string;
  /** The entity's mapping node. */
  node: YMap;
  /** Span of the id value. */
  idSpan: Span;
  name?: string;
  suppress: Suppression[];
}

export interface Owner extends EntityBase {
  kind: 'owner';
  type?: string;
  role?: string;
  parent?: Ref;
}

export interface Domain extends EntityBase {
  kind: 'domain';
  owner?: Ref;
}

export interface Consumption {
  api: Ref;
  interaction?: Interaction;
  /** Span of the whole list entry (`- api-id` or `- { api: …, … }`). */
  span: Span;
}

export interface Dependency {
  system: Ref;
  interaction?: Interaction;
  span: Span;
}

export interface DataAccess {
  store: Ref;
  access?: string;
  span: Span;
}

export interface SystemEntity extends EntityBase {
  kind: 'system';
  mode?: string;
  paceLayer?: string;
  type?: string;
  owner?: Ref;
  domain?: Ref;
  /** Defaults to `active` (SPEC §2.4: missing lifecycle = active). */
  lifecycle: string;
  endOfLife?: string;
  successor?: Ref;
  criticality?: string;
  exposure: string;
  sourcing?: string;
  governance: string;
  dataClassification?: string;
  security?: { lastReview?: string; reviewedBy?: Ref };
  consumes: Consumption[];
  dependsOn: Dependency[];
  dataAccess: DataAccess[];
}

export interface ApiEntity extends EntityBase {
  kind: 'api';
  provider?: Ref;
  type?: string;
  interaction?: Interaction;
  owner?: Ref;
  lifecycle: string;
  endOfLife?: string;
  successor?: Ref;
  exposure: string;
  definition?: string;
}

export interface DataStoreEntity extends EntityBase {
  kind: 'dataStore';
  system?: Ref;
  type?: string;
  dataClassification?: string;
}

export interface RolloutEntity extends EntityBase {
  kind: 'rollout';
  targets: Ref[];
  owner?: Ref;
  status: string;
  start?: string;
  strategy?: string;
  downtime?: string;
  /** true when communicationPlan is a non-empty mapping (or a non-blank value). */
  hasCommunicationPlan: boolean;
  testingEnvironment?: string;
  hasTesting: boolean;
  rollbackPlan?: string;
  rollbackTested?: boolean;
  hasRollback: boolean;
  hasPilot: boolean;
  hasMonitoring: boolean;
}

export type Entity = Owner | Domain | SystemEntity | ApiEntity | DataStoreEntity | RolloutEntity;
