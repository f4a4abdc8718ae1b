/**
 * Groups and Users → owners, Domains → domains (docs/interop.md). A Group's parent is its
 * `spec.parent`, else the Group whose `spec.children` lists it; a User's is its first
 * `spec.memberOf`, else the first Group whose `spec.members` lists it.
 */
import type { Placed } from './catalog-index';
import { Draft } from './draft';
import { refText } from './entity-ref';
import { refId, type MapContext } from './map-context';
import { isMap } from '../landscape-fields';

/** Backstage group types (free text) that name one of the landscape's owner types. */
const OWNER_TYPES: Record<string, string> = {
  team: 'team',
  squad: 'team',
  department: 'department',
  division: 'department',
  'business-unit': 'business-unit',
  businessunit: 'business-unit',
  executive: 'executive',
  vendor: 'vendor',
};

export function mapOwner(p: Placed, ctx: MapContext, parents: Map<string, string>): Draft {
  const d = new Draft(p, 'owners', ctx.messages);
  const isUser = p.ref.kind === 'user';
  if (isUser) d.fields.type = 'person';
  else {
    const type = d.takeString('type');
    const mapped = type === undefined ? undefined : OWNER_TYPES[type.toLowerCase()];
    if (mapped) d.fields.type = mapped;
    else if (type !== undefined) d.keep('spec.type', type);
  }
  const profile = d.take('profile');
  if (isMap(profile)) {
    const { displayName, email, ...rest } = profile;
    if (typeof displayName === 'string' && displayName !== '') d.fields.name = displayName;
    if (typeof email === 'string' && email !== '') d.fields.email = email;
    for (const [k, v] of Object.entries(rest)) d.keep(`spec.profile.${k}`, v);
  } else if (profile !== undefined) d.keep('spec.profile', profile);
  const parent = parents.get(p.key);
  if (parent !== undefined) d.fields.parent = parent;
  if (isUser) {
    const memberOf = d.takeList('memberOf');
    if (memberOf.length > 1) d.keep('spec.memberOf', memberOf);
  } else {
    const own = d.take('parent');
    if (own !== undefined && own !== null && own !== '' && parent === undefined) d.keep('spec.parent', own);
    d.take('children');
    d.take('members');
  }
  return d;
}

/**
 * Each owner's parent id: `spec.parent` and `spec.memberOf` first, then the `children` and
 * `members` lists fill what is left (a disagreement keeps the entity's own word, with a warning).
 */
export function ownerParents(owners: Placed[], ctx: MapContext): Map<string, string> {
  const parents = new Map<string, string>();
  for (const p of owners) {
    const own = p.ref.kind === 'user' ? listOf(p.entity.spec.memberOf)[0] : p.entity.spec.parent;
    if (own === undefined || own === null || own === '') continue;
    const r = ctx.index.resolve(own, 'group', p, p.ref.kind === 'user' ? 'memberOf' : 'parent');
    if (r && r.id !== '') parents.set(p.key, r.id);
  }
  for (const p of owners) {
    if (p.ref.kind !== 'group') continue;
    for (const [field, kind] of [['children', 'group'], ['members', 'user']] as const) {
      for (const child of listOf(p.entity.spec[field])) {
        const target = ctx.index.lookup(child, kind, p);
        if (!target || target.section !== 'owners') continue;
        const known = parents.get(target.key);
        if (known === undefined) parents.set(target.key, p.id);
        else if (known !== p.id) ctx.messages.add('warning', `${refText(p.ref)} lists ${refText(target.ref)} in spec.${field}, but its parent is ${known}: ${known} is kept`, { file: p.entity.file, line: p.entity.line });
      }
    }
  }
  return parents;
}

export function mapDomain(p: Placed, ctx: MapContext): Draft {
  const d = new Draft(p, 'domains', ctx.messages);
  const owner = d.take('owner');
  if (owner !== undefined) d.fields.owner = refId(d, ctx, 'owner', owner, 'group')?.id;
  return d;
}

export function listOf(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}
