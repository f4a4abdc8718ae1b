/**
 * The entity a finding is about. Usually the first entity with the subject id; a finding may
 * name another definition (`Finding.subjectAt`: a later occurrence of a duplicate id), and then
 * that entity's suppressions count and "Suppress for this entity" edits it. Suppressions and
 * the editor's quick fix ask here, so neither knows which rules do that.
 */
import type { Entity } from '../model/entities';
import type { Landscape } from '../model/landscape';
import type { DefinitionAt, Finding } from '../types';

export function subjectEntity(l: Landscape, f: Pick<Finding, 'subject' | 'subjectAt'>): Entity | undefined {
  if (f.subjectAt) return definedAt(l)(f.subjectAt);
  return f.subject === null ? undefined : l.byId.get(f.subject);
}

/**
 * Every definition (first occurrences and duplicates) by where its id starts, built when first
 * asked for a landscape: few findings name a definition, and most landscapes have none.
 */
const lookups = new WeakMap<Landscape, (at: DefinitionAt) => Entity | undefined>();

function definedAt(l: Landscape): (at: DefinitionAt) => Entity | undefined {
  let lookup = lookups.get(l);
  if (!lookup) {
    const byPlace = new Map<string, Entity>();
    for (const list of [l.duplicates, l.entities]) for (const e of list) byPlace.set(`${e.file}\0${e.idSpan.start}`, e);
    lookup = (at) => byPlace.get(`${at.file}\0${at.offset}`);
    lookups.set(l, lookup);
  }
  return lookup;
}
