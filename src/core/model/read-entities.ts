/**
 * YAML tree of one file → typed entities. Tolerant by design: a value of the wrong type is
 * treated as absent (the schema check reports it), so rules never see garbage.
 */
import { tally } from '../util/work-counter';
import {
  asMap, asScalar, asSeq, deref, findPair, getValue, keyText, scalarString,
  isNode, type Span, type YMap, type YNode, type YPair,
} from '../parse/yaml-tree';
import {
  SECTIONS,
  type ApiEntity, type Consumption, type DataAccess, type DataStoreEntity, type Dependency, type Domain,
  type Entity, type EntityKind, type Interaction, type Owner, type Ref, type RolloutEntity, type Suppression,
  type SystemEntity,
} from './entities';
import { calendarDateOf } from '../util/dates';

/** An `imports` entry as written, with its span. */
const SECTION_KIND = new Map<string, EntityKind>(SECTIONS);

export interface ImportEntry {
  pattern: string;
  span: Span;
}

export interface FileModel {
  path: string;
  entities: Entity[];
  imports: ImportEntry[];
  metadata: YMap | null;
  lint: YNode | null;
  root: YMap | null;
}

/**
 * Entities already read, per entry node. The editor's incremental re-parse keeps the nodes of
 * the entries an edit did not touch (the same objects; those after the edit moved in place),
 * so their entities can be reused as they are: reading is a pure function of (kind, file,
 * node), nothing mutates an entity, and entities hold nodes, never copies of their offsets,
 * so a moved node moves its entity's spans too.
 */
const READ = 'readMemo';
/**
 * Where an entry node keeps what it was read as (a field, not a WeakMap: a lookup per entry per
 * keystroke in a 10,000-entry file, and a field is read in a few nanoseconds). A node that the
 * re-parse copies instead of moving gets new pairs, so its copied memo never matches.
 */
interface ReadMemoHolder {
  [READ]?: { kind: EntityKind; path: string; pairs: YPair[]; entity: Entity | null };
}

/** `reuse`: look entry nodes up in (and add them to) the cache above; the editor passes true. */
export function readFileModel(path: string, root: YNode | null, reuse = false): FileModel {
  const map = asMap(root);
  const model: FileModel = { path, entities: [], imports: [], metadata: null, lint: null, root: map };
  if (!map) return model;
  model.metadata = asMap(getValue(map, 'metadata'));
  model.lint = getValue(map, 'lint');
  const imports = asSeq(getValue(map, 'imports'));
  for (const item of imports?.items ?? []) {
    const s = asScalar(item);
    if (s && typeof s.value === 'string' && s.text.trim()) model.imports.push({ pattern: s.text.trim(), span: { start: s.start, end: s.end } });
  }
  // Sections in the order the file declares them, so that "first occurrence" of an id
  // (SPEC §2.4, no-duplicate-id) is the first one in the text, whatever the section order.
  // A repeated section key counts once (the first, as everywhere else).
  const seen = new Set<string>();
  for (const pair of map.pairs) {
    const section = keyText(pair);
    const kind = section === null ? undefined : SECTION_KIND.get(section);
    if (!kind || seen.has(section!)) continue;
    seen.add(section!);
    const list = asSeq(pair.value);
    for (const item of list?.items ?? []) {
      const node = asMap(item);
      if (!node) continue;
      let e: Entity | null;
      // Not through an alias: one node would then stand for several entries.
      const memo = reuse && item === node;
      const hit = memo ? (node as ReadMemoHolder)[READ] : undefined;
      const same = hit !== undefined && hit.kind === kind && hit.path === path;
      if (same && hit.pairs === node.pairs) e = hit.entity;
      else {
        tally('model:read-entity');
        e = readEntity(kind, path, node);
        // The re-parse kept this node but changed some of its pairs (parse/incremental.ts):
        // when the entity reads the same from them (a description, a name's spacing), the old
        // entity stays, and with it every result keyed by it (lint/rule-reuse.ts).
        if (same && sameEntity(e, hit.entity)) {
          tally('model:entity-kept');
          e = hit.entity;
        }
        if (memo) (node as ReadMemoHolder)[READ] = { kind, path, pairs: node.pairs, entity: e };
      }
      if (e) model.entities.push(e);
    }
  }
  return model;
}

function str(map: YMap, key: string): string | undefined {
  const v = getValue(map, key);
  const s = asScalar(v);
  if (!s || s.value === null || typeof s.value === 'object') return undefined;
  return s.text;
}

// Spans in entities are the YAML nodes themselves (a node is a Span: start, end), not copies:
// a copy per reference and per id was 130,000 objects (5 MB) for 10,000 systems, and fresh
// memory is what a large lint pays for most. Whoever hands a span outside the core copies it
// (findings in the engine, the diagram model), so no node ends up serialised.
function ref(map: YMap | null, key: string): Ref | undefined {
  if (!map) return undefined;
  const s = asScalar(getValue(map, key));
  if (!s || s.value === null || s.text === '') return undefined;
  return { id: s.text, span: s };
}

function refOf(node: YNode | null): Ref | undefined {
  const s = asScalar(node);
  if (!s || s.value === null || s.text === '') return undefined;
  return { id: s.text, span: s };
}

function interaction(map: YMap | null, key = 'interaction'): Interaction | undefined {
  const v = map ? str(map, key) : undefined;
  return v === 'sync' || v === 'async' ? v : undefined;
}

/**
 * Dates may be written as strings or (in YAML 1.1 tools) timestamps: the day they write, as
 * YYYY-MM-DD; a text that is no real day is absent (the schema reports it; util/dates.ts).
 */
function dateOf(map: YMap | null, key: string): string | undefined {
  const v = map ? str(map, key) : undefined;
  return v === undefined ? undefined : calendarDateOf(v);
}

/** A block is "present" when it is a non-empty mapping, a non-empty list or a non-blank scalar. */
function nonEmpty(node: YNode | null): boolean {
  const n = deref(node);
  if (!n) return false;
  if (n.kind === 'map') return n.pairs.length > 0;
  if (n.kind === 'seq') return n.items.length > 0;
  return n.kind === 'scalar' && n.value !== null && n.value !== false && String(n.text).trim() !== '';
}

/**
 * A block is "given" when the key has a value other than null, false or a blank string; an
 * empty mapping still counts (SPEC §3.3.24 asks for "no `pilot` block", while communication
 * plans and monitoring must be non-empty).
 */
function given(node: YNode | null): boolean {
  const n = deref(node);
  if (!n) return false;
  if (n.kind !== 'scalar') return true;
  return n.value !== null && n.value !== false && String(n.text).trim() !== '';
}

/** The empty list of an entity without entries of a kind (shared: entities are never changed). */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/**
 * List entries that are either an id or a mapping with `field` (consumes, dependsOn,
 * dataAccess), each made by `make` from its reference, its mapping (if any) and its node: no
 * intermediate list or object per entry (tens of thousands in a large landscape).
 */
function entries<T>(map: YMap, key: string, field: string, make: (ref: Ref, entry: YMap | null, span: Span) => T): T[] {
  const seq = asSeq(getValue(map, key));
  if (!seq || seq.items.length === 0) return NONE;
  const out: T[] = [];
  for (const item of seq.items) {
    const n = deref(item);
    if (!n) continue;
    const entry = n.kind === 'map' ? n : null;
    const r = entry ? ref(entry, field) : refOf(n);
    if (r) out.push(make(r, entry, item));
  }
  return out;
}

const consumption = (api: Ref, entry: YMap | null, span: Span): Consumption => ({ api, interaction: interaction(entry), span });
const dependency = (system: Ref, entry: YMap | null, span: Span): Dependency => ({ system, interaction: interaction(entry), span });
const access = (store: Ref, entry: YMap | null, span: Span): DataAccess => ({ store, access: entry ? str(entry, 'access') : undefined, span });

/** The suppressions of an entity without any (almost all): one shared, frozen list. */
const NO_SUPPRESSIONS: Suppression[] = Object.freeze([]) as unknown as Suppression[];

function suppressions(map: YMap): Suppression[] {
  const seq = asSeq(getValue(map, 'suppress'));
  if (!seq || seq.items.length === 0) return NO_SUPPRESSIONS;
  const out: Suppression[] = [];
  for (const item of seq?.items ?? []) {
    const m = asMap(item);
    const rule = m && str(m, 'rule');
    if (!m || !rule) continue;
    out.push({ rule, reason: str(m, 'reason') ?? '', until: dateOf(m, 'until'), span: item });
  }
  return out;
}

function readEntity(kind: EntityKind, file: string, node: YMap): Entity | null {
  const idNode = asScalar(getValue(node, 'id'));
  if (!idNode || idNode.value === null || idNode.text === '') return null;
  // Every entity is one object literal with all its fields (no spread): spreading a shared
  // base object made V8 keep the ~25-field system objects in slow dictionary mode, which cost
  // ~10x on every property access in the rules (measured on 10,000 systems).
  const id = idNode.text;
  const idSpan = idNode;
  const name = str(node, 'name');
  const suppress = suppressions(node);
  switch (kind) {
    case 'owner':
      return { kind, id, file, node, idSpan, name, suppress, type: str(node, 'type'), role: str(node, 'role'), parent: ref(node, 'parent') } satisfies Owner;
    case 'domain':
      return { kind, id, file, node, idSpan, name, suppress, owner: ref(node, 'owner') } satisfies Domain;
    case 'system': {
      const security = asMap(getValue(node, 'security'));
      return {
        kind, id, file, node, idSpan, name, suppress,
        mode: str(node, 'mode'),
        paceLayer: str(node, 'paceLayer'),
        type: str(node, 'type'),
        owner: ref(node, 'owner'),
        domain: ref(node, 'domain'),
        lifecycle: str(node, 'lifecycle') ?? 'active',
        endOfLife: dateOf(node, 'endOfLife'),
        successor: ref(node, 'successor'),
        criticality: str(node, 'criticality'),
        exposure: str(node, 'exposure') ?? 'internal',
        sourcing: str(node, 'sourcing'),
        governance: str(node, 'governance') ?? 'sanctioned',
        dataClassification: str(node, 'dataClassification'),
        security: security ? { lastReview: dateOf(security, 'lastReview'), reviewedBy: ref(security, 'reviewedBy') } : undefined,
        consumes: entries(node, 'consumes', 'api', consumption),
        dependsOn: entries(node, 'dependsOn', 'system', dependency),
        dataAccess: entries(node, 'dataAccess', 'store', access),
      } satisfies SystemEntity;
    }
    case 'api':
      return {
        kind, id, file, node, idSpan, name, suppress,
        provider: ref(node, 'provider'),
        type: str(node, 'type'),
        interaction: interaction(node),
        owner: ref(node, 'owner'),
        lifecycle: str(node, 'lifecycle') ?? 'active',
        endOfLife: dateOf(node, 'endOfLife'),
        successor: ref(node, 'successor'),
        exposure: str(node, 'exposure') ?? 'internal',
        definition: str(node, 'definition'),
      } satisfies ApiEntity;
    case 'dataStore':
      return { kind, id, file, node, idSpan, name, suppress, system: ref(node, 'system'), type: str(node, 'type'), dataClassification: str(node, 'dataClassification') } satisfies DataStoreEntity;
    case 'rollout': {
      const targets: Ref[] = [];
      const t = deref(getValue(node, 'targets'));
      if (t?.kind === 'seq') for (const item of t.items) { const r = refOf(item); if (r) targets.push(r); }
      else { const r = refOf(t); if (r) targets.push(r); }
      const testing = asMap(getValue(node, 'testing'));
      const rollback = asMap(getValue(node, 'rollback'));
      const tested = rollback ? asScalar(getValue(rollback, 'tested')) : null;
      return {
        kind, id, file, node, idSpan, name, suppress,
        targets,
        owner: ref(node, 'owner'),
        status: str(node, 'status') ?? 'planned',
        start: dateOf(node, 'start'),
        strategy: str(node, 'strategy'),
        downtime: str(node, 'downtime'),
        hasCommunicationPlan: nonEmpty(getValue(node, 'communicationPlan')),
        hasTesting: findPair(node, 'testing') !== undefined,
        testingEnvironment: testing ? str(testing, 'environment') : undefined,
        hasRollback: findPair(node, 'rollback') !== undefined,
        rollbackPlan: rollback ? scalarString(getValue(rollback, 'plan')) : undefined,
        rollbackTested: tested ? tested.value === true : undefined,
        hasPilot: given(getValue(node, 'pilot')),
        hasMonitoring: nonEmpty(getValue(node, 'monitoring')),
      } satisfies RolloutEntity;
    }
  }
}

/**
 * Two readings of one entry say the same: equal values, and the same node objects where they
 * point into the text (so positions and fixes made from either are the same).
 */
function sameEntity(a: Entity | null, b: Entity | null): boolean {
  return a === b || (a !== null && b !== null && sameFields(a, b));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  // Nodes are compared by identity (above): another node is another place in the text.
  if (isNode(a as Span) || isNode(b as Span)) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, k) => sameValue(x, b[k]));
  return sameFields(a, b);
}

function sameFields(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
