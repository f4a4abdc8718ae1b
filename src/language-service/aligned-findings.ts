/**
 * This lint's findings of a file walked in step with those the last call made diagnostics of
 * (both in the order the engine sorts them: by position). After a keystroke most findings show
 * what they showed: the same rule, severity and message at the same positions, naming the same
 * places. (The core keeps a finding as the same object wherever an edit moves it, with its new
 * offsets: what it showed is what the last call recorded, MadeOf.)
 * Such a finding gets the diagnostic made before at the cost of a few comparisons, with no
 * positions computed, nothing hashed or looked up; only the others are made (diagnostics.ts).
 */
import { changedRange, type Finding, type RelatedLocation } from '../core/index';
import type { MadeOf } from './kept-answers';

/**
 * Where an earlier text's offsets went: an offset before the edit is where it was; one on a
 * line that starts after the edit moved by the edit's length, its line and character the same
 * when the edit added or removed no line break. Elsewhere the position may differ: none.
 */
export class Shift {
  private constructor(private readonly prefix: number, private readonly stableFrom: number, private readonly delta: number) {}

  /** The shift from `before` to `now` (undefined when either is unknown). */
  static between(before: string | undefined, now: string | undefined): Shift | undefined {
    if (before === undefined || now === undefined) return undefined;
    if (before === now) return new Shift(Infinity, Infinity, 0);
    const { prefix, oldEnd, delta } = changedRange(before, now);
    const newEnd = oldEnd + delta;
    // Whether a character ends a line depends on it and the next (a CR before an LF ends none): the
    // edit changed which characters end lines only from the one before it to its last one.
    const from = Math.max(0, prefix - 1);
    if (LINE_BREAK.test(before.slice(from, oldEnd)) || LINE_BREAK.test(now.slice(from, newEnd))) return new Shift(prefix, Infinity, delta);
    const lineFeed = now.indexOf('\n', newEnd);
    return new Shift(prefix, lineFeed < 0 ? Infinity : lineFeed + 1, delta);
  }

  /** The offset in the earlier text with the position `offset` has now, or -1. */
  before(offset: number): number {
    if (offset < this.prefix) return offset;
    return offset >= this.stableFrom ? offset - this.delta : -1;
  }
}

const LINE_BREAK = /[\r\n]/;

/** One call's shifts, per earlier texts (file → text) and file, to this call's `texts`. */
export class Shifts {
  private readonly byTexts = new Map<ReadonlyMap<string, string>, Map<string, Shift | undefined>>();
  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  of(before: ReadonlyMap<string, string>, file: string): Shift | undefined {
    let byFile = this.byTexts.get(before);
    if (!byFile) this.byTexts.set(before, (byFile = new Map<string, Shift | undefined>()));
    if (byFile.has(file)) return byFile.get(file);
    const shift = Shift.between(before.get(file), this.texts.get(file));
    byFile.set(file, shift);
    return shift;
  }
}

/** A related location the diagnostic shows: not the finding's own place. */
export function shown(f: Finding, r: RelatedLocation): boolean {
  return r.id !== f.subject || r.file !== f.file || r.span.start !== f.span.start;
}

export class AlignedFindings {
  /** The first diagnostic made before that a later finding may match (both lists are sorted by position). */
  private next = 0;
  /** The file last asked for and its shift (most related locations are in the finding's own file). */
  private lastFile: string | undefined;
  private lastShift: Shift | undefined;

  /** `made`: the last call's diagnostics of the file in this landscape, in order; `shifts`: each file's shift from the texts they were made in. */
  constructor(private readonly made: readonly MadeOf[], private readonly shifts: (file: string) => Shift | undefined) {}

  private shiftOf(file: string): Shift | undefined {
    if (file !== this.lastFile) {
      this.lastFile = file;
      this.lastShift = this.shifts(file);
    }
    return this.lastShift;
  }

  /** What the last call made of a finding that shows what `f` shows, where `f` shows it. */
  match(f: Finding): MadeOf | undefined {
    const start = this.shiftOf(f.file)?.before(f.span.start) ?? -1;
    if (start < 0) return undefined;
    const made = this.made;
    while (this.next < made.length && made[this.next].start < start) this.next++;
    for (let k = this.next; k < made.length && made[k].start === start; k++) {
      if (!this.same(f, made[k])) continue;
      // Findings at one place come in one order in both (by end, rule, subject, then as reported): the next one matches further on.
      this.next = k + 1;
      return made[k];
    }
    return undefined;
  }

  /** `m` (made in the earlier text, of the offsets and locations recorded then) shows what `f` shows, at the same positions; their starts are known to match. */
  private same(f: Finding, m: MadeOf): boolean {
    const g = m.finding;
    if (f.rule !== g.rule || f.message !== g.message || f.severity !== g.severity) return false;
    if (this.shiftOf(f.file)!.before(f.span.end) !== m.end) return false;
    const fr = f.relatedLocations ?? [];
    // The locations then, at their offsets then (the core moves a kept location with its entity).
    const gr = m.related ?? [];
    const at = m.relatedAt ?? [];
    const shownThen = (r: RelatedLocation, start: number): boolean => r.id !== g.subject || r.file !== g.file || start !== m.start;
    let a = 0;
    let b = 0;
    for (;;) {
      while (a < fr.length && !shown(f, fr[a])) a++;
      while (b < gr.length && !shownThen(gr[b], at[2 * b])) b++;
      if (a === fr.length || b === gr.length) return a === fr.length && b === gr.length;
      const x = fr[a++];
      const y = gr[b];
      const yStart = at[2 * b];
      const yEnd = at[2 * b + 1];
      b++;
      if (x.id !== y.id || x.file !== y.file) return false;
      const shift = this.shiftOf(x.file);
      if (!shift || shift.before(x.span.start) !== yStart || shift.before(x.span.end) !== yEnd) return false;
    }
  }
}
