/**
 * Which `lint.overrides` apply to a file (SPEC §2.6: globs on the whole path relative to the
 * entry file, matched by picomatch with `dot: true`). Each distinct glob is compiled once per
 * resolved configuration, and a file is tested only against the globs that could match it,
 * found through what every match must contain literally:
 *
 * - a glob without special characters (`shadow-it.yaml`) matches only that very path;
 * - the characters before a glob's first special one start every path it matches
 *   (`parts/q-` for `parts/q-*-7.yaml`; only the folder, `legacy`, when a `**` or a group
 *   follows, since `legacy/**` also matches `legacy`);
 * - the characters after its last special one, from the last '/' on, end every path it
 *   matches (`-7.yaml`; `old.yaml` for `**` + `/old.yaml`, which also matches `old.yaml`).
 *
 * A file looks up its own beginnings and endings of the lengths the globs have (a few dozen
 * map lookups) and tests the globs found; a glob known by both ends is looked for on the side
 * where the file finds fewer. Globs with neither (`*.yaml`, negations, escapes) are tested
 * against every file: only they cost files × globs.
 *
 * The index only narrows the candidates: the compiled matcher decides every match, so the
 * answers are exactly picomatch's (checked against `picomatch.isMatch` by a property test).
 */
import picomatch from 'picomatch/posix';
import { tally } from '../util/work-counter';
import { isPlainPath, literalEnd, literalStart } from '../util/glob-literals';

/** Globs by the literal text they need, and the lengths to look up. */
class Side {
  readonly map = new Map<string, number[]>();
  lengths: number[] = [];
  add(key: string, id: number): void {
    const list = this.map.get(key);
    if (list) list.push(id);
    else {
      this.map.set(key, [id]);
      if (!this.lengths.includes(key.length)) this.lengths.push(key.length);
    }
  }
  /** The buckets of the globs whose key starts (atStart) or ends `rel`, and their total size. */
  hits(rel: string, atStart: boolean, out: number[][]): number {
    let size = 0;
    for (const len of this.lengths) {
      if (len > rel.length) continue;
      const list = this.map.get(atStart ? rel.slice(0, len) : rel.slice(rel.length - len));
      if (list) {
        out.push(list);
        size += list.length;
      }
    }
    return size;
  }
}

export class OverrideGlobs {
  /** Compiled matcher of each distinct glob. */
  private readonly tests: ((path: string) => boolean)[] = [];
  /** Overrides (indices, ascending) that list each glob. */
  private readonly owners: number[][] = [];
  private readonly byPath = new Map<string, number[]>();
  /** Globs known by their start only, by their end only, and by both (one side is looked at). */
  private readonly startOnly = new Side();
  private readonly endOnly = new Side();
  private readonly bothStart = new Side();
  private readonly bothEnd = new Side();
  private readonly everywhere: number[] = [];

  constructor(overrides: ReadonlyArray<{ files: ReadonlyArray<string> }>) {
    const ids = new Map<string, number>();
    overrides.forEach((o, oi) => {
      for (const raw of o.files) {
        // A leading './' is dropped (the globs are relative to the entry file anyway).
        const glob = raw.replace(/^\.\//, '');
        let id = ids.get(glob);
        if (id === undefined) {
          ids.set(glob, (id = this.tests.length));
          this.tests.push(compile(glob));
          this.owners.push([]);
          this.index(glob, id);
        }
        const owners = this.owners[id];
        if (owners[owners.length - 1] !== oi) owners.push(oi);
      }
    });
  }

  private index(glob: string, id: number): void {
    if (isPlainPath(glob)) {
      const list = this.byPath.get(glob);
      if (list) list.push(id);
      else this.byPath.set(glob, [id]);
      return;
    }
    // Negations match what they do not name; escapes and a second './' are read differently by picomatch.
    const known = !glob.startsWith('!') && !glob.startsWith('./') && !glob.includes('\\');
    const start = known ? literalStart(glob) : '';
    const end = known ? literalEnd(glob) : '';
    if (start && end) {
      this.bothStart.add(start, id);
      this.bothEnd.add(end, id);
    } else if (start) this.startOnly.add(start, id);
    else if (end) this.endOnly.add(end, id);
    else this.everywhere.push(id);
  }

  /** The overrides (indices in declaration order) one of whose globs matches `rel`. */
  matching(rel: string): number[] {
    const buckets: number[][] = [];
    const exact = this.byPath.get(rel);
    if (exact) buckets.push(exact);
    this.startOnly.hits(rel, true, buckets);
    this.endOnly.hits(rel, false, buckets);
    const byStart: number[][] = [];
    const byEnd: number[][] = [];
    const nStart = this.bothStart.hits(rel, true, byStart);
    const nEnd = this.bothEnd.hits(rel, false, byEnd);
    for (const b of nStart <= nEnd ? byStart : byEnd) buckets.push(b);
    buckets.push(this.everywhere);
    const matched: number[] = [];
    for (const ids of buckets) {
      for (const id of ids) {
        tally('glob:match');
        if (this.tests[id](rel)) for (const oi of this.owners[id]) matched.push(oi);
      }
    }
    if (matched.length < 2) return matched;
    // Several globs may name the same override; overrides apply in declaration order.
    return [...new Set(matched)].sort((a, b) => a - b);
  }
}

function compile(glob: string): (path: string) => boolean {
  tally('glob:compile');
  try {
    return picomatch(glob, { dot: true });
  } catch {
    // picomatch refuses an empty glob (`files: ["./"]`): it matches no file.
    return () => false;
  }
}
