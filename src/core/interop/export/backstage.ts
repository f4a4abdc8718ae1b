/**
 * The landscape as a Backstage catalog (`landscape export backstage`): owners as Groups (Users
 * for `type: person`), domains as Domains, systems as Components, APIs as APIs, data stores as
 * Resources, rollouts and the landscape itself as kinds of our own (`landscape.dev/v1alpha1`).
 * Every field Backstage has no place for travels under `landscape.dev/` (labels for short
 * enums, annotations for the rest, JSON for lists and mappings), and a field Backstage requires
 * that the landscape lacks gets a placeholder named in `landscape.dev/absent`: the contract in
 * docs/interop.md, so `landscape import backstage` gives back the same landscape.
 * `@backstage/catalog-model`'s validators accept every entity (test/unit/interop/export-backstage.test.ts).
 */
import type { Entity, Owner } from '../../model/entities';
import type { Landscape } from '../../model/landscape';
import { getValue, toPlain } from '../../parse/yaml-tree';
import { pushAll } from '../../util/collections';
import { ABSENT_KEY, fieldText, isMap, keyOf } from '../landscape-fields';
import { toYaml } from '../yaml-writer';
import { backstageLifecycle, fitsAnnotations, fitsLabel, fitsLinks, isTag, nonEmptyString } from './backstage-formats';

export interface CatalogEntity {
  kind: string;
  name: string;
  document: Record<string, unknown>;
}

const BACKSTAGE = 'backstage.io/v1alpha1';
const OURS = 'landscape.dev/v1alpha1';
const GROUP_TYPES = new Set(['team', 'department', 'business-unit', 'executive', 'vendor']);
const API_TYPES = new Set(['openapi', 'asyncapi', 'graphql', 'grpc']);
/** A required owner the landscape does not name (listed in `landscape.dev/absent`). */
const UNOWNED = 'unowned';
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One entity's document being built: metadata, spec, and what travels under the prefix. */
class Draft {
  readonly metadata: Record<string, unknown>;
  readonly labels: Record<string, string> = {};
  readonly annotations: Record<string, string> = {};
  readonly spec: Record<string, unknown> = {};
  readonly absent: string[] = [];

  constructor(name: string) {
    this.metadata = { name };
  }

  /** The field under the prefix: a label when it is a short enum that fits one, else an annotation. */
  carry(field: string, value: unknown): void {
    const key = keyOf(field);
    if (fitsLabel(field, value)) this.labels[key] = value;
    else this.annotations[key] = fieldText(value);
  }

  /**
   * A required Backstage field the landscape lacks: a placeholder, and its name in `absent`, unless
   * the field travels under the prefix (a value Backstage's field cannot hold, such as an empty text).
   */
  placeholder(field: string, specKey: string, value: unknown): void {
    this.spec[specKey] = value;
    const key = keyOf(field);
    if (!(key in this.labels) && !(key in this.annotations)) this.absent.push(field);
  }

  document(apiVersion: string, kind: string): Record<string, unknown> {
    if (this.absent.length) this.annotations[ABSENT_KEY] = this.absent.join(',');
    const metadata = { ...this.metadata };
    if (Object.keys(this.labels).length) metadata.labels = this.labels;
    if (Object.keys(this.annotations).length) metadata.annotations = { ...(metadata.annotations as Record<string, string> | undefined), ...this.annotations };
    return { apiVersion, kind, metadata, spec: this.spec };
  }
}

/** The fields every entity has (SPEC §2.3 "common to every entity"), into Backstage's metadata where they fit. */
function common(d: Draft, field: string, value: unknown): boolean {
  switch (field) {
    case 'id':
      return true;
    case 'name':
      if (nonEmptyString(value)) d.metadata.title = value;
      else d.carry(field, value);
      return true;
    case 'description':
      if (nonEmptyString(value)) d.metadata.description = value;
      else d.carry(field, value);
      return true;
    case 'tags': {
      const tags = Array.isArray(value) ? value.filter(isTag) : [];
      if (tags.length) d.metadata.tags = tags;
      // Backstage refuses some tags (upper case, spaces, …): the exact list travels too, and an
      // empty one (Backstage's empty list reads as none).
      if (!Array.isArray(value) || tags.length !== value.length || tags.length === 0) d.carry(field, value);
      return true;
    }
    case 'links':
      if (fitsLinks(value) && value.length > 0) d.metadata.links = value;
      else d.carry(field, value);
      return true;
    case 'annotations':
      if (fitsAnnotations(value) && Object.keys(value).length > 0) d.metadata.annotations = value;
      else d.carry(field, value);
      return true;
    case 'suppress':
      d.carry(field, value);
      return true;
    default:
      return false;
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

interface Derived {
  /** System id → the APIs it provides (Backstage's `providesApis`; our APIs name their provider). */
  provides: Map<string, string[]>;
  /** Owner id → its Group and User children (Backstage's `children` and `members`). */
  children: Map<string, string[]>;
  members: Map<string, string[]>;
  persons: Set<string>;
}

function derive(l: Landscape): Derived {
  const provides = new Map<string, string[]>();
  for (const a of l.apis) if (a.provider) provides.set(a.provider.id, [...(provides.get(a.provider.id) ?? []), a.id]);
  const children = new Map<string, string[]>(), members = new Map<string, string[]>();
  const persons = new Set(l.owners.filter((o) => o.type === 'person').map((o) => o.id));
  for (const o of l.owners) {
    if (!o.parent) continue;
    const into = persons.has(o.id) ? members : children;
    into.set(o.parent.id, [...(into.get(o.parent.id) ?? []), o.id]);
  }
  return { provides, children, members, persons };
}

/** An owner reference: a person is a User in Backstage, every other owner a Group (the field's default kind). */
const ownerRef = (id: string, x: Derived): string => (x.persons.has(id) ? `user:${id}` : id);

function ownerEntity(o: Owner, data: Record<string, unknown>, x: Derived): CatalogEntity {
  const d = new Draft(o.id);
  const person = o.type === 'person';
  const profile: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(data)) {
    if (common(d, field, value)) continue;
    if (field === 'type' && !person && typeof value === 'string') {
      d.spec.type = value;
      if (!GROUP_TYPES.has(value)) d.carry(field, value);
    } else if (field === 'type' && person) continue;
    else if (field === 'parent' && typeof value === 'string') {
      if (person) d.spec.memberOf = [ownerRef(value, x)];
      else d.spec.parent = ownerRef(value, x);
    } else if (field === 'email' && nonEmptyString(value)) profile.email = value;
    else d.carry(field, value);
  }
  if (typeof d.metadata.title === 'string') profile.displayName = d.metadata.title;
  if (Object.keys(profile).length) d.spec.profile = profile;
  if (person) {
    d.spec.memberOf ??= [];
    return { kind: 'User', name: o.id, document: d.document(BACKSTAGE, 'User') };
  }
  if (d.spec.type === undefined) d.placeholder('type', 'type', 'team');
  d.spec.children = x.children.get(o.id) ?? [];
  const members = x.members.get(o.id);
  if (members) d.spec.members = members;
  return { kind: 'Group', name: o.id, document: d.document(BACKSTAGE, 'Group') };
}

/** Lifecycle: Backstage's coarse value in `spec.lifecycle`, the exact phase under the prefix. */
function lifecycle(d: Draft, value: unknown): void {
  d.spec.lifecycle = backstageLifecycle(value);
  d.carry('lifecycle', value);
}

/** The id an entry of `consumes`, `dependsOn` or `dataAccess` names: the entry itself, or its `key`. */
function refOf(entry: unknown, key: string): string | undefined {
  return str(entry) ?? (isMap(entry) ? str(entry[key]) : undefined);
}

function refs(value: unknown, key: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of Array.isArray(value) ? (value as unknown[]) : []) {
    const id = refOf(entry, key);
    if (id !== undefined) out.push(`${prefix}${id}`);
  }
  return out;
}

function systemEntity(e: Entity, data: Record<string, unknown>, x: Derived): CatalogEntity {
  const d = new Draft(e.id);
  const dependsOn: string[] = [];
  for (const [field, value] of Object.entries(data)) {
    if (common(d, field, value)) continue;
    if (field === 'type' && nonEmptyString(value)) d.spec.type = value;
    else if (field === 'lifecycle') lifecycle(d, value);
    else if (field === 'owner' && typeof value === 'string') d.spec.owner = ownerRef(value, x);
    else {
      // Lists travel whole, as written (interaction, flow, description); Backstage sees the references.
      d.carry(field, value);
      if (field === 'consumes') d.spec.consumesApis = refs(value, 'api');
      if (field === 'dependsOn') pushAll(dependsOn, refs(value, 'system', 'component:'));
      if (field === 'dataAccess') pushAll(dependsOn, refs(value, 'store', 'resource:'));
    }
  }
  if (d.spec.type === undefined) d.placeholder('type', 'type', 'service');
  if (d.spec.lifecycle === undefined) d.placeholder('lifecycle', 'lifecycle', 'production');
  if (d.spec.owner === undefined) d.placeholder('owner', 'owner', UNOWNED);
  const provides = x.provides.get(e.id);
  if (provides) d.spec.providesApis = provides;
  if (dependsOn.length) d.spec.dependsOn = dependsOn;
  return { kind: 'Component', name: e.id, document: d.document(BACKSTAGE, 'Component') };
}

function apiEntity(e: Entity, data: Record<string, unknown>, l: Landscape, x: Derived): CatalogEntity {
  const d = new Draft(e.id);
  for (const [field, value] of Object.entries(data)) {
    if (common(d, field, value)) continue;
    if (field === 'type' && typeof value === 'string') {
      d.spec.type = value;
      // The importer reads Backstage's other types as `other`: ours travel exactly.
      if (!API_TYPES.has(value)) d.carry(field, value);
    } else if (field === 'lifecycle') lifecycle(d, value);
    else if (field === 'owner' && typeof value === 'string') d.spec.owner = ownerRef(value, x);
    else if (field === 'definition' && nonEmptyString(value)) {
      // Backstage's definition is the document's text; ours is where it is (a URL or a path).
      d.spec.definition = value;
      d.carry(field, value);
    } else d.carry(field, value);
  }
  if (d.spec.type === undefined) d.placeholder('type', 'type', 'other');
  if (d.spec.lifecycle === undefined) d.placeholder('lifecycle', 'lifecycle', 'production');
  if (d.spec.owner === undefined) {
    // An API's owner defaults to its provider's (SPEC §2.3): Backstage shows that one.
    const provider = e.kind === 'api' && e.provider ? l.systemById.get(e.provider.id) : undefined;
    d.placeholder('owner', 'owner', provider?.owner ? ownerRef(provider.owner.id, x) : UNOWNED);
  }
  if (d.spec.definition === undefined) d.placeholder('definition', 'definition', 'The landscape names no definition for this API.');
  return { kind: 'API', name: e.id, document: d.document(BACKSTAGE, 'API') };
}

function storeEntity(e: Entity, data: Record<string, unknown>, l: Landscape, x: Derived): CatalogEntity {
  const d = new Draft(e.id);
  for (const [field, value] of Object.entries(data)) {
    if (common(d, field, value)) continue;
    if (field === 'type' && typeof value === 'string') d.spec.type = value;
    else {
      d.carry(field, value);
      if (field === 'system' && typeof value === 'string') d.spec.dependencyOf = [`component:${value}`];
    }
  }
  if (d.spec.type === undefined) d.placeholder('type', 'type', 'database');
  // Data stores have no owner in the landscape: Backstage's is the owning system's.
  const system = e.kind === 'dataStore' && e.system ? l.systemById.get(e.system.id) : undefined;
  d.placeholder('owner', 'owner', system?.owner ? ownerRef(system.owner.id, x) : UNOWNED);
  return { kind: 'Resource', name: e.id, document: d.document(BACKSTAGE, 'Resource') };
}

function domainEntity(e: Entity, data: Record<string, unknown>, x: Derived): CatalogEntity {
  const d = new Draft(e.id);
  for (const [field, value] of Object.entries(data)) {
    if (common(d, field, value)) continue;
    if (field === 'owner' && typeof value === 'string') d.spec.owner = ownerRef(value, x);
    else d.carry(field, value);
  }
  if (d.spec.owner === undefined) d.placeholder('owner', 'owner', UNOWNED);
  return { kind: 'Domain', name: e.id, document: d.document(BACKSTAGE, 'Domain') };
}

/**
 * A rollout has no Backstage kind: ours, with its fields in `spec` as the landscape writes them;
 * `targets` and `owner` are entity references (default kinds Component and Group).
 */
function rolloutEntity(e: Entity, data: Record<string, unknown>, x: Derived): CatalogEntity {
  const d = new Draft(e.id);
  for (const [field, value] of Object.entries(data)) {
    if (common(d, field, value)) continue;
    d.spec[field] = field === 'owner' && typeof value === 'string' ? ownerRef(value, x) : value;
  }
  return { kind: 'Rollout', name: e.id, document: d.document(OURS, 'Rollout') };
}

/** The landscape itself (one entity of our own kind): its metadata, `asOf` and the `lint` block. */
function landscapeEntity(l: Landscape): CatalogEntity {
  const entry = l.files[0];
  const meta = toPlain(entry?.metadata ?? null);
  const data = isMap(meta) ? meta : {};
  // metadata.name is id-shaped (SPEC §2.2); Backstage needs a name either way.
  const named = typeof data.name === 'string' && ID.test(data.name);
  const name = named ? (data.name as string) : 'landscape';
  const d = new Draft(name);
  if (data.name === undefined) d.absent.push('name');
  for (const [field, value] of Object.entries(data)) {
    if (field === 'name' && named) continue;
    if (field === 'title' && nonEmptyString(value)) d.metadata.title = value;
    else if (field === 'description' && nonEmptyString(value)) d.metadata.description = value;
    else if (field === 'asOf') d.spec.asOf = value;
    else d.carry(field, value);
  }
  const lint = entry?.root ? getValue(entry.root, 'lint') : null;
  if (lint) d.spec.lint = toPlain(lint);
  return { kind: 'Landscape', name, document: d.document(OURS, 'Landscape') };
}

/** Every entity of the catalog: the landscape first, then the landscape's entities in load order. */
function catalogEntities(l: Landscape): CatalogEntity[] {
  const x = derive(l);
  const out = [landscapeEntity(l)];
  for (const e of l.entities) {
    const plain = toPlain(e.node);
    const data = isMap(plain) ? plain : {};
    switch (e.kind) {
      case 'owner': out.push(ownerEntity(e, data, x)); break;
      case 'domain': out.push(domainEntity(e, data, x)); break;
      case 'system': out.push(systemEntity(e, data, x)); break;
      case 'api': out.push(apiEntity(e, data, l, x)); break;
      case 'dataStore': out.push(storeEntity(e, data, l, x)); break;
      case 'rollout': out.push(rolloutEntity(e, data, x)); break;
    }
  }
  return out;
}

/** One multi-document YAML file. */
export function exportBackstage(l: Landscape): string {
  return catalogEntities(l).map((c) => `---\n${toYaml(c.document)}`).join('');
}

/**
 * One file per entity (`<kind>-<name>.yaml`, lower case) and a `catalog-info.yaml` Location
 * that lists them, as a catalog repository keeps them.
 */
export function exportBackstageFiles(l: Landscape): { name: string; text: string }[] {
  // A name that is no id (the linter reports it) never becomes a path: the entity's number does.
  const files = catalogEntities(l).map((c, i) => ({ name: `${c.kind.toLowerCase()}-${ID.test(c.name) && c.name.length <= 63 ? c.name : i}.yaml`, text: toYaml(c.document) }));
  const location = { apiVersion: BACKSTAGE, kind: 'Location', metadata: { name: 'landscape-export' }, spec: { type: 'file', targets: files.map((f) => `./${f.name}`) } };
  return [{ name: 'catalog-info.yaml', text: toYaml(location) }, ...files];
}
