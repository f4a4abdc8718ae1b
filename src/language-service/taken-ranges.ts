/**
 * Ranges already edited by fix-all, sorted by start: an overlap test is a binary search, not
 * a scan of every edit taken so far (fix-all over thousands of findings was quadratic).
 */
export class TakenRanges {
  private readonly ranges: { start: number; end: number }[] = [];

  /** Touching counts as overlapping: two edits at one offset would be ambiguous. */
  overlaps(r: { start: number; end: number }): boolean {
    const i = this.firstEndingAtOrAfter(r.start);
    return i < this.ranges.length && this.ranges[i].start <= r.end;
  }

  add(r: { start: number; end: number }): void {
    this.ranges.splice(this.firstEndingAtOrAfter(r.start), 0, { start: r.start, end: r.end });
  }

  /** Index of the first range whose end is ≥ offset (ranges never overlap, so ends are sorted too). */
  private firstEndingAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ranges[mid].end < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
