/**
 * Entity-level suppressions (SPEC §2.6): a `suppress: [{rule, reason, until?}]` entry on the
 * subject entity removes that rule's violations for it while asOf ≤ `until` (after that date
 * it no longer applies). A finding that names its subject's definition (`subjectAt`: a later
 * occurrence of a duplicate id) is suppressed by that entity's entries, and by the first's.
 * Unused, expired or unknown-rule entries are reported as info `core/unused-suppression` (not
 * for rules that are off for the entity's file).
 */
import { CORE_CODES } from '../findings/core-codes';
import type { Landscape } from '../model/landscape';
import { spanOf } from '../parse/yaml-tree';
import type { Entity, Suppression } from '../model/entities';
import type { Finding } from '../types';
import { subjectEntity } from './subject';
import { DidYouMean } from '../util/did-you-mean';

export interface SuppressionResult {
  kept: Finding[];
  suppressed: Finding[];
  notes: Finding[];
}

export function applySuppressions(findings: Finding[], l: Landscape, enabled: (rule: string, file: string) => boolean, knownRules: Set<string>): SuppressionResult {
  const used = new Set<Suppression>();
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  const applies = (list: Suppression[] | undefined, rule: string): Suppression | undefined =>
    list?.find((x) => x.rule === rule && (!x.until || x.until >= l.asOf));
  // The suppress lists by subject id: most entities have none, and a lookup in this small map
  // is cheaper than one in the landscape's (tens of thousands of findings pass through here).
  const listOf = new Map<string, Suppression[]>();
  for (const e of l.entities) if (e.suppress.length) listOf.set(e.id, e.suppress);
  for (const f of findings) {
    const list = f.subject && listOf.size ? listOf.get(f.subject) : undefined;
    // The subject id names two entities and the finding is about the later one (ignored by the
    // rest of the landscape): its own suppress list counts too.
    const own = f.subjectAt ? subjectEntity(l, f) : undefined;
    const s = applies(own?.suppress, f.rule) ?? applies(list, f.rule);
    if (s) {
      used.add(s);
      suppressed.push(f);
    } else kept.push(f);
  }
  const notes: Finding[] = [];
  const note = (e: Entity, s: Suppression, message: string): void => {
    notes.push({ rule: 'core/unused-suppression', severity: CORE_CODES['core/unused-suppression'].severity, message, subject: e.id, related: [e.id], file: e.file, span: spanOf(s.span) });
  };
  /** Rule ids as a did-you-mean index, made for the first unknown rule. */
  let ruleIds: DidYouMean | undefined;
  for (const e of l.entities) {
    for (const s of e.suppress) {
      if (used.has(s)) continue;
      if (!knownRules.has(s.rule)) {
        const near = (ruleIds ??= new DidYouMean(knownRules)).nearest(s.rule);
        note(e, s, `Suppression of unknown rule '${s.rule}' on '${e.id}' has no effect${near ? `; did you mean '${near}'?` : '.'}`);
      }
      else if (s.until && s.until < l.asOf) note(e, s, `Suppression of ${s.rule} on '${e.id}' expired on ${s.until}; fix the finding or renew the suppression.`);
      else if (enabled(s.rule, e.file)) note(e, s, `Unused suppression: ${s.rule} reports nothing for '${e.id}'; remove the entry.`);
    }
  }
  return { kept, suppressed, notes };
}
