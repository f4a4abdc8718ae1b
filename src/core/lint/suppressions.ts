/**
 * Entity-level suppressions (SPEC §2.6): a `suppress: [{rule, reason, until?}]` entry on the
 * subject entity removes that rule's violations for it until `until` (exclusive of later
 * dates: it applies while asOf ≤ until). Unused or expired entries are reported as info.
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
  for (const f of findings) {
    const entity = f.subject ? l.byId.get(f.subject) : undefined;
    const s = entity?.suppress.find((x) => x.rule === f.rule && (!x.until || x.until >= l.asOf));
    if (s && f.rule !== 'no-duplicate-id') {
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
