/** The rule registry: every rule of SPEC §3, in catalogue order. */
import type { Rule } from './rule';
import noDuplicateId from './no-duplicate-id';
import noDanglingReference from './no-dangling-reference';
import requireOwner from './require-owner';

export const ALL_RULES: ReadonlyArray<Rule<any>> = [
  noDuplicateId,
  noDanglingReference,
  requireOwner,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule<any>> = new Map(ALL_RULES.map((r) => [r.meta.id, r]));
