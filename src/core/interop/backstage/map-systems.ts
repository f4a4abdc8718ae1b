/**
 * Components (or Systems, at --granularity system) → systems: mode from `landscape.dev/mode`
 * else --default-mode (with a comment, so the architect decides), owner, domain, lifecycle,
 * type, and the relations: `consumesApis` → consumes, `dependsOn` a Component → dependsOn,
 * `dependsOn` a Resource → dataAccess (docs/interop.md).
 */
import type { Placed } from './catalog-index';
import { Draft } from './draft';
import { refText } from './entity-ref';
import { listOf } from './map-org';
import { refId, type MapContext } from './map-context';
import { countUp } from './draft';
import { isMap } from '../landscape-fields';

const LIFECYCLES: Record<string, string> = { production: 'active', experimental: 'phaseIn', deprecated: 'phaseOut' };

/** `spec.lifecycle` → the landscape's phase; one without an equivalent is kept and counted. */
export function mapLifecycle(d: Draft, ctx: MapContext): void {
  const l = d.takeString('lifecycle');
  if (l === undefined) return;
  const phase = LIFECYCLES[l.toLowerCase()];
  if (phase) d.fields.lifecycle = phase;
  else {
    d.keep('spec.lifecycle', l);
    countUp(ctx.unmapped, `${d.placed.entity.kind} spec.lifecycle '${l}'`);
  }
}

/** The systems that store ids are owned by (their own access is implicit, not dataAccess). */
export type StoreSystems = Map<string, string>;

export function mapSystem(p: Placed, ctx: MapContext, storeSystems: StoreSystems): Draft {
  const d = new Draft(p, 'systems', ctx.messages);
  const members = [p, ...ctx.index.ofKind('component').filter((c) => ctx.index.foldedSystem(c) === p)];
  const stated = new Set(members.slice(1).map(modeLabel).filter((m) => m !== undefined));
  if (!d.ours.has('mode') && stated.size === 1) {
    d.fields.mode = [...stated][0];
    d.comments.push(`mode ${String(d.fields.mode)} from its Components' ${'landscape.dev/mode'} (they agree)`);
  } else if (!d.ours.has('mode')) {
    d.fields.mode = ctx.defaultMode;
    d.comments.push(`mode not stated in the catalog (no ${'landscape.dev/mode'} label): ${ctx.defaultMode} from --default-mode; decide mode1, gearbox or mode2`);
  }
  const type = d.takeString('type');
  if (type !== undefined) d.fields.type = type;
  const owner = d.take('owner');
  if (owner !== undefined) d.fields.owner = refId(d, ctx, 'owner', owner, 'group')?.id;
  mapLifecycle(d, ctx);
  if (p.ref.kind === 'system') {
    const domain = d.take('domain');
    if (domain !== undefined) d.fields.domain = refId(d, ctx, 'domain', domain, 'domain')?.id;
  } else domainOfComponent(d, ctx);
  const relations = new Relations(p.id);
  for (const m of members) {
    const own = m === p;
    for (const v of own ? d.takeList('consumesApis') : listOf(m.entity.spec.consumesApis)) consumed(d, ctx, m, v, relations, own);
    for (const v of own ? d.takeList('dependsOn') : listOf(m.entity.spec.dependsOn)) dependedOn(d, ctx, m, v, relations, storeSystems, own);
    if (own) d.take('providesApis'); // read by the APIs (map-apis.ts)
  }
  relations.writeTo(d);
  if (members.length > 1) {
    const folded = members.slice(1);
    d.keep('components', folded.map((c) => refText(c.ref)));
    d.comments.push(`Backstage Components folded into this system (--granularity system):`);
    for (const c of folded) {
      const { type: t, lifecycle } = c.entity.spec;
      const about = [t, lifecycle].filter((x) => typeof x === 'string').join(', ');
      const description = typeof c.entity.metadata.description === 'string' ? `: ${c.entity.metadata.description}` : '';
      d.comments.push(`  ${refText(c.ref)}${about ? ` (${about})` : ''}${description}`);
    }
  }
  return d;
}

/** The `landscape.dev/mode` a Backstage entity states (label first), if it is a mode. */
function modeLabel(p: Placed): string | undefined {
  const { labels, annotations } = p.entity.metadata;
  const v = (isMap(labels) ? labels['landscape.dev/mode'] : undefined) ?? (isMap(annotations) ? annotations['landscape.dev/mode'] : undefined);
  return v === 'mode1' || v === 'gearbox' || v === 'mode2' ? v : undefined;
}

/** A Component's domain: its System's `spec.domain` (the System itself is kept as an annotation). */
function domainOfComponent(d: Draft, ctx: MapContext): void {
  const system = d.take('system');
  if (system === undefined) return;
  d.keep('spec.system', system);
  const s = ctx.index.lookup(system, 'system', d.placed);
  if (!s || s.ref.kind !== 'system' || s.entity.spec.domain === undefined) return;
  const r = ctx.index.resolve(s.entity.spec.domain, 'domain', s, 'domain');
  if (r && r.id !== '') d.fields.domain = r.id;
}

function consumed(d: Draft, ctx: MapContext, from: Placed, v: unknown, rel: Relations, own: boolean): void {
  const r = ctx.index.resolve(v, 'api', from, 'consumesApis');
  if (!r || r.id === '') {
    if (own) d.keep('spec.consumesApis', v);
    return;
  }
  if (r.target && r.target.section === 'systems') {
    ctx.messages.add('warning', `consumesApis of ${refText(from.ref)} names ${refText(r.ref)}, which is no API: imported as dependsOn`, { file: from.entity.file, line: from.entity.line });
    rel.dependsOn(r.id);
  } else if (r.target && r.target.section !== 'apis') {
    if (own) d.keep('spec.consumesApis', v);
  } else rel.consumes(r.id);
}

function dependedOn(d: Draft, ctx: MapContext, from: Placed, v: unknown, rel: Relations, storeSystems: StoreSystems, own: boolean): void {
  const r = ctx.index.resolve(v, undefined, from, 'dependsOn', ['component', 'resource']);
  const section = r?.target?.section ?? (r?.ref.kind === 'resource' ? 'dataStores' : r?.ref.kind === 'api' ? 'apis' : r?.ref.kind === 'component' ? 'systems' : undefined);
  if (!r || r.id === '' || section === undefined || section === 'owners' || section === 'domains' || section === 'rollouts') {
    if (own) d.keep('spec.dependsOn', v);
    return;
  }
  if (section === 'dataStores') {
    if (storeSystems.get(r.id) !== rel.self) rel.dataAccess(r.id);
  } else if (section === 'apis') rel.consumes(r.id);
  else rel.dependsOn(r.id);
}

/** The relations of one system, each target once, in the order first named. */
class Relations {
  private readonly lists = { consumes: [] as string[], dependsOn: [] as string[], dataAccess: [] as string[] };

  constructor(readonly self: string) {}

  consumes(id: string): void {
    this.add('consumes', id);
  }

  dependsOn(id: string): void {
    if (id !== this.self) this.add('dependsOn', id);
  }

  dataAccess(id: string): void {
    this.add('dataAccess', id);
  }

  private add(list: 'consumes' | 'dependsOn' | 'dataAccess', id: string): void {
    if (!this.lists[list].includes(id)) this.lists[list].push(id);
  }

  writeTo(d: Draft): void {
    if (this.lists.consumes.length) d.fields.consumes = this.lists.consumes;
    if (this.lists.dependsOn.length) d.fields.dependsOn = this.lists.dependsOn;
    // Backstage does not say which way the data goes: readwrite, the safe reading.
    if (this.lists.dataAccess.length) d.fields.dataAccess = this.lists.dataAccess.map((store) => ({ store, access: 'readwrite' }));
  }
}
