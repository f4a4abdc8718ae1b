/**
 * The catalog as the mapping reads it: every entity under its reference key (the first
 * definition wins, as in the catalog), the section each goes to, its landscape id (one id
 * space for all kinds, handed out in section order), and references resolved to those ids.
 * A reference to an entity the catalog does not hold still gets an id made the same way, so
 * `landscape lint` can name it (no-dangling-reference), and is counted for the report.
 */
import { IdSpace, toIdWords } from '../ids';
import type { Messages } from '../messages';
import type { OutSection } from '../yaml-writer';
import { DEFAULT_NAMESPACE, parseEntityRef, refKey, refText, type EntityRef } from './entity-ref';
import type { CatalogEntity } from './read-catalog';

export type Granularity = 'component' | 'system';

export interface Placed {
  entity: CatalogEntity;
  ref: EntityRef;
  key: string;
  /** Where it is written; undefined for kinds the landscape has no section for. */
  section: OutSection | undefined;
  id: string;
}

/** The section of a kind (lower case), at a granularity. */
function sectionOf(entity: CatalogEntity, granularity: Granularity): OutSection | undefined {
  const ours = entity.apiVersion.startsWith('landscape.dev/');
  switch (entity.kind.toLowerCase()) {
    case 'group':
    case 'user':
      return 'owners';
    case 'domain':
      return 'domains';
    case 'component':
      return 'systems';
    case 'system':
      return granularity === 'system' ? 'systems' : undefined;
    case 'api':
      return 'apis';
    case 'resource':
      return 'dataStores';
    case 'rollout':
      return ours ? 'rollouts' : undefined;
    default:
      return undefined;
  }
}

const ID_ORDER: readonly OutSection[] = ['owners', 'domains', 'systems', 'apis', 'dataStores', 'rollouts'];

export interface Dangling {
  text: string;
  id: string;
  count: number;
}

export class CatalogIndex {
  /** Every entity with a valid name, first definition of each key, in catalog order. */
  readonly all: Placed[] = [];
  private readonly byKey = new Map<string, Placed>();
  /** At --granularity system: a Component in a System stands for that System. */
  private readonly foldedInto = new Map<string, Placed>();
  readonly ids = new IdSpace();
  readonly dangling = new Map<string, Dangling>();

  constructor(entities: CatalogEntity[], readonly granularity: Granularity, private readonly messages: Messages) {
    for (const entity of entities) {
      const name = entity.metadata.name;
      const at = { file: entity.file, line: entity.line };
      if (entity.kind.toLowerCase() === 'location') continue;
      if (typeof name !== 'string' || name === '') {
        messages.add('error', `a ${entity.kind} without metadata.name is not imported`, at);
        continue;
      }
      const namespace = typeof entity.metadata.namespace === 'string' && entity.metadata.namespace !== '' ? entity.metadata.namespace.toLowerCase() : DEFAULT_NAMESPACE;
      const ref: EntityRef = { kind: entity.kind.toLowerCase(), namespace, name };
      const key = refKey(ref);
      const first = this.byKey.get(key);
      if (first) {
        messages.add('error', `${refText(ref)} is defined again (first at ${first.entity.file}:${first.entity.line}); as in the catalog, the first definition is used`, at);
        continue;
      }
      const placed: Placed = { entity, ref, key, section: sectionOf(entity, granularity), id: '' };
      this.byKey.set(key, placed);
      this.all.push(placed);
    }
    if (granularity === 'system') this.foldComponents();
    for (const section of ID_ORDER) {
      for (const p of this.all) {
        if (p.section !== section) continue;
        const words = toIdWords(p.ref.namespace === DEFAULT_NAMESPACE ? p.ref.name : `${p.ref.namespace}-${p.ref.name}`);
        p.id = this.ids.take(words, p.ref.kind, refText(p.ref));
      }
    }
  }

  /** Components whose `spec.system` is in the catalog join it; the others stay systems of their own. */
  private foldComponents(): void {
    for (const p of this.all) {
      if (p.ref.kind !== 'component') continue;
      const system = this.lookup(p.entity.spec.system, 'system', p);
      if (system && system.ref.kind === 'system') {
        this.foldedInto.set(p.key, system);
        p.section = undefined;
      }
    }
  }

  /** The System a Component was folded into (--granularity system). */
  foldedSystem(p: Placed): Placed | undefined {
    return this.foldedInto.get(p.key);
  }

  of(section: OutSection): Placed[] {
    return this.all.filter((p) => p.section === section);
  }

  ofKind(kind: string): Placed[] {
    return this.all.filter((p) => p.ref.kind === kind);
  }

  /** The entity a reference names, if the catalog holds it (no report). */
  lookup(value: unknown, defaultKind: string | undefined, from: Placed): Placed | undefined {
    const ref = parseEntityRef(value, { kind: defaultKind, namespace: from.ref.namespace });
    return 'problem' in ref ? undefined : this.byKey.get(refKey(ref));
  }

  /**
   * The landscape id a reference stands for, with the entity when the catalog holds it; a
   * reference with no kind where the field has none (`dependsOn`) tries `kinds` in order.
   * Undefined, with a warning, when the value is no reference at all; id '' for an entity the
   * catalog holds but the landscape has no entity for (a System at --granularity component).
   */
  resolve(value: unknown, defaultKind: string | undefined, from: Placed, field: string, kinds: string[] = []): { id: string; target?: Placed; ref: EntityRef } | undefined {
    const at = { file: from.entity.file, line: from.entity.line };
    let ref = parseEntityRef(value, { kind: defaultKind, namespace: from.ref.namespace });
    if ('problem' in ref && defaultKind === undefined && kinds.length) {
      const found = kinds.map((k) => parseEntityRef(value, { kind: k, namespace: from.ref.namespace })).find((r) => !('problem' in r) && this.byKey.has(refKey(r)));
      ref = found ?? parseEntityRef(value, { kind: kinds[0], namespace: from.ref.namespace });
      if (!('problem' in ref)) this.messages.add('warning', `${field} '${String(value)}' of ${refText(from.ref)} names no kind (Backstage needs one there): taken as ${refText(ref)}`, at);
    }
    if ('problem' in ref) {
      this.messages.add('warning', `${field} of ${refText(from.ref)}: ${ref.problem}; kept as annotation`, at);
      return undefined;
    }
    const key = refKey(ref);
    const target = this.foldedInto.get(key) ?? this.byKey.get(key);
    if (target) return { id: target.section ? target.id : '', target, ref };
    const text = refText(ref);
    let d = this.dangling.get(text);
    if (!d) {
      const words = toIdWords(ref.namespace === DEFAULT_NAMESPACE ? ref.name : `${ref.namespace}-${ref.name}`);
      this.dangling.set(text, (d = { text, id: words === '' ? ref.kind : words, count: 0 }));
    }
    d.count++;
    return { id: d.id, target, ref };
  }
}
