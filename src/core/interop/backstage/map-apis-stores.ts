/**
 * APIs → apis and Resources → dataStores. Both need one system the landscape requires
 * (`provider`, `system`) that Backstage states only from the other side or not at all: the
 * `landscape.dev/` annotation first, then what the catalog says (`providesApis`,
 * `dependencyOf`, who `dependsOn` it), then a guess that is said on stderr and in a comment;
 * with none, the entity is not imported (docs/interop.md).
 */
import { dirname, join, relative } from '../../util/paths';
import type { Placed } from './catalog-index';
import { Draft } from './draft';
import { refText } from './entity-ref';
import { listOf } from './map-org';
import { refId, type MapContext } from './map-context';
import { mapLifecycle } from './map-systems';
import { isMap } from '../landscape-fields';

/** Systems that list an API in `providesApis`, by the API's key, in catalog order. */
export function providersOf(ctx: MapContext): Map<string, Placed[]> {
  const out = new Map<string, Placed[]>();
  for (const c of ctx.index.all) {
    if (c.ref.kind !== 'component' && c.ref.kind !== 'system') continue;
    const unit = ctx.index.foldedSystem(c) ?? c;
    if (unit.section !== 'systems') continue;
    for (const v of listOf(c.entity.spec.providesApis)) {
      const api = ctx.index.lookup(v, 'api', c);
      if (!api || api.section !== 'apis') continue;
      const list = out.get(api.key) ?? [];
      if (!list.includes(unit)) list.push(unit);
      out.set(api.key, list);
    }
  }
  return out;
}

const API_TYPES: Record<string, string> = { openapi: 'openapi', asyncapi: 'asyncapi', graphql: 'graphql', grpc: 'grpc', soap: 'soap', wsdl: 'soap', odata: 'odata' };

/** The API's draft, or undefined when no system can be its provider (the caller reports it). */
export function mapApi(p: Placed, ctx: MapContext, providers: Map<string, Placed[]>): Draft | undefined {
  const d = new Draft(p, 'apis', ctx.messages);
  if (!d.ours.has('provider')) {
    const listed = providers.get(p.key) ?? [];
    if (listed.length > 1) ctx.messages.add('warning', `${refText(p.ref)} is provided by ${listed.map((l) => l.id).join(', ')}: ${listed[0].id} is its provider (one provider per API in the landscape)`, d.at);
    const provider = listed[0] ?? guessSystem(d, ctx, 'provider');
    if (!provider) return undefined;
    d.fields.provider = provider.id;
  }
  const type = d.takeString('type');
  if (type !== undefined) {
    const mapped = API_TYPES[type.toLowerCase()];
    d.fields.type = mapped ?? 'other';
    if (!mapped) d.keep('spec.type', type);
  }
  const owner = d.take('owner');
  if (owner !== undefined) d.fields.owner = refId(d, ctx, 'owner', owner, 'group')?.id;
  mapLifecycle(d, ctx);
  definition(d, ctx);
  d.take('system'); // read by the guess, and kept:
  if (p.entity.spec.system !== undefined) d.keep('spec.system', p.entity.spec.system);
  return d;
}

/** `$text`, `$json`, `$yaml`: the place of the definition (a relative path rebased onto the output file); inline text is kept. */
function definition(d: Draft, ctx: MapContext): void {
  const def = d.take('definition');
  if (def === undefined) return;
  const keys = isMap(def) ? Object.keys(def) : [];
  const target = isMap(def) && keys.length === 1 ? def.$text ?? def.$json ?? def.$yaml : undefined;
  if (typeof target !== 'string') {
    d.keep('spec.definition', def);
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/')) d.fields.definition = target;
  else {
    const rel = relative(ctx.outDir, join(dirname(d.placed.entity.file), target));
    d.fields.definition = rel.startsWith('../') ? rel : `./${rel}`;
  }
}

const STORE_TYPES: Record<string, string> = {
  database: 'database',
  db: 'database',
  'file-share': 'file-share',
  'object-store': 'object-store',
  bucket: 'object-store',
  's3-bucket': 'object-store',
  'data-warehouse': 'data-warehouse',
  cache: 'cache',
  queue: 'queue',
  topic: 'queue',
  'kafka-topic': 'queue',
};

/** The owning system of every Resource that has one, by the store's id. */
export function storeSystems(ctx: MapContext): Map<string, Placed> {
  const users = new Map<string, Placed>();
  for (const c of ctx.index.all) {
    const unit = ctx.index.foldedSystem(c) ?? c;
    if (unit.section !== 'systems') continue;
    for (const v of listOf(c.entity.spec.dependsOn)) {
      const r = ctx.index.lookup(v, undefined, c) ?? ctx.index.lookup(v, 'resource', c);
      if (r && r.section === 'dataStores' && !users.has(r.key)) users.set(r.key, unit);
    }
  }
  const out = new Map<string, Placed>();
  for (const s of ctx.index.of('dataStores')) {
    const ours = s.entity.metadata.annotations;
    const label = s.entity.metadata.labels;
    const named = (isMap(label) && label['landscape.dev/system']) || (isMap(ours) && ours['landscape.dev/system']);
    if (named) continue; // set by the annotation itself (Draft)
    const of = listOf(s.entity.spec.dependencyOf).map((v) => ctx.index.lookup(v, undefined, s) ?? ctx.index.lookup(v, 'component', s)).find((t) => t && (ctx.index.foldedSystem(t) ?? t).section === 'systems');
    const unit = of ? ctx.index.foldedSystem(of) ?? of : users.get(s.key);
    if (unit) out.set(s.id, unit);
  }
  return out;
}

export function mapDataStore(p: Placed, ctx: MapContext, systems: Map<string, Placed>): Draft | undefined {
  const d = new Draft(p, 'dataStores', ctx.messages);
  if (!d.ours.has('system')) {
    const system = systems.get(p.id) ?? guessSystem(d, ctx, 'system');
    if (!system) return undefined;
    d.fields.system = system.id;
  }
  const type = d.takeString('type');
  if (type !== undefined) {
    const mapped = STORE_TYPES[type.toLowerCase()];
    if (mapped) d.fields.type = mapped;
    else d.keep('spec.type', type);
  }
  // dependencyOf naming the owning system says what `system` says; any other entry is kept.
  const system = d.ours.get('system') ?? d.fields.system;
  const others = d.takeList('dependencyOf').filter((v) => ctx.index.resolve(v, undefined, p, 'dependencyOf', ['component', 'resource'])?.id !== system);
  if (others.length) d.keep('spec.dependencyOf', others);
  return d;
}

/**
 * A system for an API or a Resource the catalog gives none: its `spec.system` (the System
 * itself at --granularity system, else that System's first Component), else the first system
 * of its owner. Said on stderr and in a comment: it is a guess the architect should check.
 */
function guessSystem(d: Draft, ctx: MapContext, field: 'provider' | 'system'): Placed | undefined {
  const p = d.placed;
  const systems = ctx.index.of('systems');
  const system = ctx.index.lookup(p.entity.spec.system, 'system', p);
  let found: Placed | undefined;
  let why = '';
  if (system && system.ref.kind === 'system') {
    found = system.section === 'systems' ? system : systems.find((c) => ctx.index.lookup(c.entity.spec.system, 'system', c) === system);
    why = system.section === 'systems' ? `its spec.system` : `the first component of its spec.system ${refText(system.ref)}`;
  }
  if (!found) {
    const owner = ctx.index.lookup(p.entity.spec.owner, 'group', p);
    found = owner ? systems.find((c) => ctx.index.lookup(c.entity.spec.owner, 'group', c) === owner) : undefined;
    why = owner ? `the first system owned by ${refText(owner.ref)}` : '';
  }
  if (!found) return undefined;
  const statement = field === 'provider' ? 'no Component lists it in providesApis' : 'no Component depends on it and it names none in dependencyOf';
  if (system && found === system) ctx.messages.add('note', `${refText(p.ref)}: ${field} ${found.id} from its spec.system`, d.at);
  else {
    ctx.messages.add('warning', `${refText(p.ref)}: ${statement}; ${field} ${found.id} is a guess (${why})`, d.at);
    d.comments.push(`${field} ${found.id} is a guess (${why}): ${statement} in the catalog`);
  }
  return found;
}
