/**
 * The fields of each kind of entity a review compares, as plain values (a reference as the id
 * written, a list as its entries in order, absent as null), so a change reads as before/after.
 * `file` is relative to the entry's folder: a base read from a git revision or from a copy in
 * another folder names its files as the head does, and a system moved to another fragment
 * shows as a change of `file`.
 */
import type { Entity, Ref } from '../model/entities';

export type FieldValue = string | boolean | string[] | null;

const ref = (r: Ref | undefined): FieldValue => r?.id ?? null;
const opt = (v: string | boolean | undefined): FieldValue => v ?? null;

/** The compared fields of an entity, in the order a reviewer reads them (the SPEC's order of keys); `file` relative to the entry's folder. */
export function entityFields(e: Entity, file: string): [string, FieldValue][] {
  const common: [string, FieldValue][] = [['name', opt(e.name)]];
  const tail: [string, FieldValue][] = [
    ['suppress', e.suppress.map((s) => (s.until ? `${s.rule} until ${s.until}` : s.rule))],
    ['file', file],
  ];
  switch (e.kind) {
    case 'owner':
      return [...common, ['type', opt(e.type)], ['role', opt(e.role)], ['parent', ref(e.parent)], ...tail];
    case 'domain':
      return [...common, ['owner', ref(e.owner)], ...tail];
    case 'system':
      return [
        ...common,
        ['mode', opt(e.mode)], ['paceLayer', opt(e.paceLayer)], ['type', opt(e.type)], ['owner', ref(e.owner)], ['domain', ref(e.domain)],
        ['lifecycle', e.lifecycle], ['endOfLife', opt(e.endOfLife)], ['successor', ref(e.successor)], ['criticality', opt(e.criticality)],
        ['exposure', e.exposure], ['sourcing', opt(e.sourcing)], ['governance', e.governance], ['dataClassification', opt(e.dataClassification)],
        ['security.lastReview', opt(e.security?.lastReview)], ['security.reviewedBy', ref(e.security?.reviewedBy)],
        ['consumes', e.consumes.map((c) => (c.interaction ? `${c.api.id} (${c.interaction})` : c.api.id))],
        ['dependsOn', e.dependsOn.map((d) => (d.interaction ? `${d.system.id} (${d.interaction})` : d.system.id))],
        ['dataAccess', e.dataAccess.map((d) => (d.access ? `${d.store.id} (${d.access})` : d.store.id))],
        ...tail,
      ];
    case 'api':
      return [
        ...common,
        ['provider', ref(e.provider)], ['type', opt(e.type)], ['interaction', opt(e.interaction)], ['owner', ref(e.owner)],
        ['lifecycle', e.lifecycle], ['endOfLife', opt(e.endOfLife)], ['successor', ref(e.successor)], ['exposure', e.exposure],
        ['definition', opt(e.definition)],
        ...tail,
      ];
    case 'dataStore':
      return [...common, ['system', ref(e.system)], ['type', opt(e.type)], ['dataClassification', opt(e.dataClassification)], ...tail];
    case 'rollout':
      return [
        ...common,
        ['targets', e.targets.map((t) => t.id)], ['owner', ref(e.owner)], ['status', e.status], ['start', opt(e.start)],
        ['strategy', opt(e.strategy)], ['downtime', opt(e.downtime)], ['communicationPlan', e.hasCommunicationPlan],
        ['testingEnvironment', opt(e.testingEnvironment)], ['testing', e.hasTesting], ['rollbackPlan', opt(e.rollbackPlan)],
        ['rollbackTested', opt(e.rollbackTested)], ['rollback', e.hasRollback], ['pilot', e.hasPilot], ['monitoring', e.hasMonitoring],
        ...tail,
      ];
  }
}

export function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}
