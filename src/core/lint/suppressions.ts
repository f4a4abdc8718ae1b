/**
 * Entity-level suppressions (SPEC §2.6): a `suppress: [{rule, reason, until?}]` entry on the
 * subject entity removes that rule's violations for it while asOf ≤ `until` (after that date
 * it no longer applies). For `no-duplicate-id` the later occurrence, where the finding sits,
 * may carry the entry too. Unused, expired or unknown-rule entries are reported as info
 * `core/unused-suppression` (not for rules that are off for the entity's file).
 */
import type { Landscape } from '../model/landscape';
import type { Entity, Suppression } from '../model/entities';
import type { Finding } from '../types';

export interface SuppressionResult {
  kept: Finding[];
  suppressed: Finding[];
  notes: Finding[];
}

export function applySuppressions(findings: Finding[], l: Landscape, enabled: (rule: string, file: string) => boolean, knownRules: Set<string>): SuppressionResult {
  const used = new Set<Suppression>();
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  const duplicateAt = new Map<string, Entity>(l.duplicates.map((d) => [`${d.file}\0${d.idSpan.start}`, d]));
  const applies = (list: Suppression[] | undefined, rule: string): Suppression | undefined =>
    list?.find((x) => x.rule === rule && (!x.until || x.until >= l.asOf));
  // The suppress lists by subject id: most entities have none, and a lookup in this small map
  // is cheaper than one in the landscape's (tens of thousands of findings pass through here).
  const listOf = new Map<string, Suppression[]>();
  for (const e of l.entities) if (e.suppress.length) listOf.set(e.id, e.suppress);
  for (const f of findings) {
    const list = f.subject && listOf.size ? listOf.get(f.subject) : undefined;
    // no-duplicate-id: the subject id names two entities; the later occurrence (where the
    // finding sits) is ignored by the rules but its own suppress list counts here too.
    const dup = f.rule === 'no-duplicate-id' ? duplicateAt.get(`${f.file}\0${f.span.start}`) : undefined;
    const s = applies(dup?.suppress, f.rule) ?? applies(list, f.rule);
    if (s) {
      used.add(s);
      suppressed.push(f);
    } else kept.push(f);
  }
  const notes: Finding[] = [];
  const note = (e: Entity, s: Suppression, message: string): void => {
    notes.push({ rule: 'core/unused-suppression', severity: 'info', message, subject: e.id, related: [e.id], file: e.file, span: s.span });
  };
  for (const e of l.entities) {
    for (const s of e.suppress) {
      if (used.has(s)) continue;
      if (!knownRules.has(s.rule)) note(e, s, `Suppression of unknown rule '${s.rule}' on '${e.id}' has no effect.`);
      else if (s.until && s.until < l.asOf) note(e, s, `Suppression of ${s.rule} on '${e.id}' expired on ${s.until}; fix the finding or renew the suppression.`);
      else if (enabled(s.rule, e.file)) note(e, s, `Unused suppression: ${s.rule} reports nothing for '${e.id}'; remove the entry.`);
    }
  }
  return { kept, suppressed, notes };
}
