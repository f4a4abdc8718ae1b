/**
 * Quick fixes made from one entity alone, one function per (entity, rule): a rule that runs
 * again after a keystroke gives, for an entity the keystroke left as it was (the same object:
 * model/read-entities.ts), the very function it gave before. The engine keeps an earlier
 * violation, its message and its finding only when the new one is equal, fixes compared by
 * identity (lint/rule-reuse.ts); a new closure per run made every fixable violation new, and
 * the rollout rules' tens of thousands of findings were made again on every keystroke.
 *
 * Only for fixes whose edits depend on nothing but the entity (its nodes, its file) and the
 * text they are made on: a fix that names other entities (a did-you-mean candidate, a
 * successor, a gearbox API) must be made per run.
 */
import type { Fix, MakeFixes } from '../types';

/**
 * The fixes of one rule for one entity: the returned function, called with the entity, gives the
 * function made for it the first time (one WeakMap per rule, no closure made per violation). The
 * rollout rules check 10,000 rollouts on every keystroke of a large landscape, and a closure and
 * two lookups per rollout and rule were a tenth of it.
 */
export function fixesPerEntity<E extends object>(make: (entity: E, text: (file: string) => string) => Fix[]): (entity: E) => MakeFixes {
  const byEntity = new WeakMap<E, MakeFixes>();
  return (entity) => {
    let fixes = byEntity.get(entity);
    if (!fixes) byEntity.set(entity, (fixes = (text) => make(entity, text)));
    return fixes;
  };
}
