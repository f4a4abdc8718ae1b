/** Every reference field of SPEC §3.3.2 with the entity kind it must resolve to. */
import type { Entity, EntityKind, Ref } from './entities';

export interface ReferenceSite {
  holder: Entity;
  ref: Ref;
  expected: EntityKind;
  /** Field name as written (for messages): owner, consumes, dependsOn, … */
  field: string;
}

export function* referenceSites(entities: Iterable<Entity>): Generator<ReferenceSite> {
  for (const e of entities) {
    const site = (ref: Ref | undefined, expected: EntityKind, field: string): ReferenceSite | null => (ref ? { holder: e, ref, expected, field } : null);
    const sites: (ReferenceSite | null)[] = [];
    switch (e.kind) {
      case 'owner':
        sites.push(site(e.parent, 'owner', 'parent'));
        break;
      case 'domain':
        sites.push(site(e.owner, 'owner', 'owner'));
        break;
      case 'system':
        sites.push(site(e.owner, 'owner', 'owner'), site(e.domain, 'domain', 'domain'), site(e.successor, 'system', 'successor'), site(e.security?.reviewedBy, 'owner', 'security.reviewedBy'));
        for (const c of e.consumes) sites.push(site(c.api, 'api', 'consumes'));
        for (const d of e.dependsOn) sites.push(site(d.system, 'system', 'dependsOn'));
        for (const a of e.dataAccess) sites.push(site(a.store, 'dataStore', 'dataAccess'));
        break;
      case 'api':
        sites.push(site(e.provider, 'system', 'provider'), site(e.owner, 'owner', 'owner'), site(e.successor, 'api', 'successor'));
        break;
      case 'dataStore':
        sites.push(site(e.system, 'system', 'system'));
        break;
      case 'rollout':
        for (const t of e.targets) sites.push(site(t, 'system', 'targets'));
        sites.push(site(e.owner, 'owner', 'owner'));
        break;
    }
    for (const s of sites) if (s) yield s;
  }
}
