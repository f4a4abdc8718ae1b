/** Every reference field of SPEC §3.3.2 with the entity kind it must resolve to. */
import type { Entity, EntityKind, Ref } from './entities';

export interface ReferenceSite {
  holder: Entity;
  ref: Ref;
  expected: EntityKind;
  /** Field name as written (for messages): owner, consumes, dependsOn, … */
  field: string;
}

export type ReferenceVisitor = (holder: Entity, ref: Ref, expected: EntityKind, field: string) => void;

/**
 * Calls `visit` for every reference, in entity order. Allocates nothing per reference: the
 * rules walk all ~100,000 references of a 10,000-system landscape on every lint.
 */
export function forEachReference(entities: Iterable<Entity>, visit: ReferenceVisitor): void {
  for (const e of entities) {
    switch (e.kind) {
      case 'owner':
        if (e.parent) visit(e, e.parent, 'owner', 'parent');
        break;
      case 'domain':
        if (e.owner) visit(e, e.owner, 'owner', 'owner');
        break;
      case 'system':
        if (e.owner) visit(e, e.owner, 'owner', 'owner');
        if (e.domain) visit(e, e.domain, 'domain', 'domain');
        if (e.successor) visit(e, e.successor, 'system', 'successor');
        if (e.security?.reviewedBy) visit(e, e.security.reviewedBy, 'owner', 'security.reviewedBy');
        for (const c of e.consumes) if (c.api) visit(e, c.api, 'api', 'consumes');
        for (const d of e.dependsOn) if (d.system) visit(e, d.system, 'system', 'dependsOn');
        for (const a of e.dataAccess) if (a.store) visit(e, a.store, 'dataStore', 'dataAccess');
        break;
      case 'api':
        if (e.provider) visit(e, e.provider, 'system', 'provider');
        if (e.owner) visit(e, e.owner, 'owner', 'owner');
        if (e.successor) visit(e, e.successor, 'api', 'successor');
        break;
      case 'dataStore':
        if (e.system) visit(e, e.system, 'system', 'system');
        break;
      case 'rollout':
        for (const t of e.targets) if (t) visit(e, t, 'system', 'targets');
        if (e.owner) visit(e, e.owner, 'owner', 'owner');
        break;
    }
  }
}

/** Every reference as a site object (for the editor's navigation; rules use forEachReference). */
export function referenceSites(entities: Iterable<Entity>): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  forEachReference(entities, (holder, ref, expected, field) => sites.push({ holder, ref, expected, field }));
  return sites;
}
