/**
 * Rule results kept across the editor's lints of one entry. A rule's violations are a function
 * of the merged landscape's entities, the date it lints as and the rule settings: when a
 * keystroke leaves all of them the same, the rule need not run again. The incremental re-parse
 * keeps every entry's nodes, and so its entity, when the edit did not change what the entry
 * means (a comment, a blank line, spacing: parse/incremental.ts), and moves them in place; so
 * "the same entities" is a check of identity, one comparison per entity.
 *
 * Kept only where that is sound: violations that point at nodes (which move with the text), not
 * at copied offsets; with quick fixes made on demand (`ViolationBase.fixes`); and from rules
 * that did not read the text (no-duplicate-id puts line numbers in its messages). Everything
 * else runs every time. On a 10,000-system landscape whose rules report tens of thousands of
 * findings, that is most of a keystroke's work.
 */
import type { Entity } from '../model/entities';
import type { Landscape } from '../model/landscape';
import { isNode, type Span } from '../parse/yaml-tree';
import type { AnyRule, AnyViolation } from '../rules/rule';
import type { Finding } from '../types';
import { FileCompanion } from '../load/load-landscape';
import { tally } from '../util/work-counter';

/** What the last lint of an entry ran on, and the violations of its rules that may be kept. */
class RuleRuns {
  private entities: readonly Entity[] = [];
  private duplicates: readonly Entity[] = [];
  private key = '';
  private rules: ReadonlyArray<AnyRule> = [];
  private kept = new Map<string, RuleRun>();

  /**
   * The violations `rule` reported on the last lint, when this lint's landscape has the same
   * entities (the same objects, in the same order), `key` (date and settings) and rule list;
   * else undefined: run the rule.
   */
  reusable(l: Landscape, key: string, rules: ReadonlyArray<AnyRule>): ReadonlyMap<string, RuleRun> {
    const same = key === this.key && rules === this.rules && sameList(l.entities, this.entities) && sameList(l.duplicates, this.duplicates);
    return same ? this.kept : EMPTY;
  }

  /**
   * The last lint's runs that may be kept, whatever its entities, when the settings and rules
   * are the same: a rule that runs again after an edit takes from them the violations it
   * reports again unchanged (RuleRun.adoptEqual).
   */
  previous(key: string, rules: ReadonlyArray<AnyRule>): ReadonlyMap<string, RuleRun> {
    return key === this.key && rules === this.rules ? this.kept : EMPTY;
  }

  /** Remembers this lint's inputs and, of its rules' violations, those that may be kept. */
  remember(l: Landscape, key: string, rules: ReadonlyArray<AnyRule>, runs: ReadonlyMap<string, RuleRun>): void {
    this.entities = l.entities;
    this.duplicates = l.duplicates;
    this.key = key;
    this.rules = rules;
    const kept = new Map<string, RuleRun>();
    for (const [id, run] of runs) if (!run.readText && run.list.every(movesWithText)) kept.set(id, run);
    this.kept = kept;
  }
}

/**
 * What one rule reported in a lint, and the message of each violation (made once however many
 * lints keep it; by index, not in a map keyed by violation: tens of thousands of entries).
 */
export class RuleRun {
  readonly list: AnyViolation[] = [];
  readonly messages: (string | undefined)[] = [];
  /**
   * The finding made of each violation, kept with it: a later lint that keeps the violation
   * gives the same finding again when its severity, place and related locations are the same
   * (engine.ts). Tens of thousands of findings made again per keystroke were young objects
   * that all survived, so the collector copied every one of them.
   */
  readonly findings: (Finding | undefined)[] = [];
  readText = false;

  /**
   * Where this run reported, at the same index, what `before` reported (same subject, place,
   * message values, related ids and data; no fixes, which could depend on more), keeps the
   * earlier violation and its message: the new one is garbage at once, and the earlier one is
   * already in the old generation. After a keystroke that changed an entity, most of a
   * rule's violations are those of the keystroke before (a pass-through rule's 30,000 of a
   * 10,000-system mesh).
   */
  adoptEqual(before: RuleRun): void {
    // Mostly at the same index; where the edit added or removed one, by the node it is at.
    let byNode: Map<Span, number[]> | undefined;
    for (let i = 0; i < this.list.length; i++) {
      const v = this.list[i];
      let at = i < before.list.length && (v === before.list[i] || sameViolation(v, before.list[i])) ? i : -1;
      if (at < 0) {
        byNode ??= indexByNode(before.list);
        at = byNode.get(v.span)?.find((k) => v === before.list[k] || sameViolation(v, before.list[k])) ?? -1;
      }
      if (at < 0) continue;
      tally('rule:violation-kept');
      if (v === before.list[at]) tally('rule:violation-reported-again');
      if (v.fixes) tally('rule:violation-kept-with-fixes');
      this.list[i] = before.list[at];
      this.messages[i] = before.messages[at];
      this.findings[i] = before.findings[at];
    }
  }

  message(rule: AnyRule, i: number): string {
    let m = this.messages[i];
    if (m === undefined) this.messages[i] = m = rule.message(this.list[i]);
    else tally('rule:message-kept');
    return m;
  }
}

export const RULE_RUNS = new FileCompanion(() => new RuleRuns());

const EMPTY: ReadonlyMap<string, RuleRun> = new Map();

function sameList(a: readonly Entity[], b: readonly Entity[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Nothing in the violation is an offset that an edit elsewhere would leave behind. */
function movesWithText(v: AnyViolation): boolean {
  return isNode(v.span) && v.subjectAt === undefined && v.navigation === undefined;
}

function sameViolation(a: AnyViolation, b: AnyViolation): boolean {
  // Fixes are functions: the same one only where a rule made it once per entity (fixesPerEntity).
  return a.subject === b.subject && a.span === b.span && a.messageId === b.messageId && a.file === b.file
    && a.fixes === b.fixes && a.subjectAt === undefined && b.subjectAt === undefined
    && a.navigation === undefined && b.navigation === undefined
    && samePlain(a.related, b.related) && samePlain(a.messageData, b.messageData) && samePlain(a.data, b.data);
}

/** Equal plain data (strings, numbers, booleans, null, arrays and objects of them). */
function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // Keys counted, not listed: two arrays of keys per object were most of this comparison's
  // garbage, on tens of thousands of violations per keystroke.
  const ra = a as Record<string, unknown>, rb = b as Record<string, unknown>;
  let na = 0;
  for (const k in ra) {
    if (!Object.hasOwn(ra, k)) continue;
    na++;
    if (!Object.hasOwn(rb, k) || !samePlain(ra[k], rb[k])) return false;
  }
  let nb = 0;
  for (const k in rb) if (Object.hasOwn(rb, k)) nb++;
  return na === nb;
}

function indexByNode(list: readonly AnyViolation[]): Map<Span, number[]> {
  const out = new Map<Span, number[]>();
  for (let k = 0; k < list.length; k++) {
    const at = out.get(list[k].span);
    if (at) at.push(k);
    else out.set(list[k].span, [k]);
  }
  return out;
}
