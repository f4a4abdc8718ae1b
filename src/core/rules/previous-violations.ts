/**
 * The last lint's violations of a rule (RuleContext.previous) by subject, for reporting one
 * again instead of making an equal one: after a keystroke in a large landscape most of a
 * rule's violations are those of the keystroke before, and making and comparing tens of
 * thousands of them was most of the re-lint. A rule compares what its violation would say
 * (without making it) with what the earlier one says; only an exact match is reported again.
 */
import type { Span } from '../parse/yaml-tree';
import type { MakeFixes } from '../types';
import type { AnyViolation } from './rule';

export class PreviousBySubject<V extends Pick<AnyViolation, 'subject' | 'file' | 'span' | 'messageId' | 'fixes'>> {
  /** Index of each subject's first violation: a rule reports one subject's violations one after another. */
  private readonly firstOf = new Map<string, number>();

  constructor(private readonly list: readonly V[] = []) {
    for (let k = list.length - 1; k >= 0; k--) this.firstOf.set(list[k].subject, k);
  }

  /**
   * The earlier violation about `subject` in `file` at `span` with `messageId` and `fixes`: for
   * rules whose violation says nothing else (its related ids and message values are the
   * subject's id), so that violation is the one the rule would make.
   */
  at(subject: string, file: string, span: Span, messageId: string, fixes: MakeFixes | undefined): V | undefined {
    return this.find(subject, (v) => v.span === span && v.file === file && v.messageId === messageId && v.fixes === fixes);
  }

  /** The first of the subject's earlier violations that `same` accepts. */
  find(subject: string, same: (v: V) => boolean): V | undefined {
    const start = this.firstOf.get(subject);
    if (start === undefined) return undefined;
    for (let k = start; k < this.list.length && this.list[k].subject === subject; k++) if (same(this.list[k])) return this.list[k];
    return undefined;
  }
}

/** Whether `related` is `first` followed by `rest`. */
export function sameRelated(related: readonly string[], first: string, rest: readonly string[]): boolean {
  if (related.length !== rest.length + 1 || related[0] !== first) return false;
  for (let k = 0; k < rest.length; k++) if (related[k + 1] !== rest[k]) return false;
  return true;
}
