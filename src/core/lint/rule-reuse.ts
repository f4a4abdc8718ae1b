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
import { isNode } from '../parse/yaml-tree';
import type { AnyRule, AnyViolation } from '../rules/rule';
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
  readText = false;

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
