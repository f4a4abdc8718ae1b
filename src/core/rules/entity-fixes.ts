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
import type { MakeFixes } from '../types';

const made = new WeakMap<object, Map<string, MakeFixes>>();

/** The fixes `make` of `entity` for `rule`, or the function given for them in an earlier run. */
export function entityFixes(entity: object, rule: string, make: MakeFixes): MakeFixes {
  let byRule = made.get(entity);
  if (!byRule) made.set(entity, (byRule = new Map<string, MakeFixes>()));
  const before = byRule.get(rule);
  if (before) return before;
  byRule.set(rule, make);
  return make;
}
