/**
 * A file's semantic tokens across keystrokes, kept per entity (entity-tokens.ts). A keystroke
 * changes one entry of a 10,000-system file: walking every entity's references again, looking
 * up every target and sorting 100,000 tokens cost ~110 ms. Here only the entities the lint
 * made anew are walked; an entity kept keeps its tokens and their encoding, which is relative
 * to its first token and so stays right while the text from its first line to its last token
 * is unchanged (the edit is elsewhere) and no entity it references changed its modifiers.
 * The file's numbers are then the entities' encodings in text order, each joined to the one
 * before by its first token's position.
 */
import type { Entity, LineIndex, LintResult } from '../core/index';
import { EntityTokens } from './entity-tokens';
import { TextMoves } from './text-moves';
import { modifiersOf } from './token-legend';

/** More tokens than this would not sort apart (start · 2²⁰ + index): a file of millions of ids then gets none. */
const ORDER = 2 ** 20;
const NONE: ReadonlySet<string> = new Set();

type Landscape = LintResult['landscape'];

/** The last call's entities in text order, with the lists they came from, its numbers and where each entity's begin in them. */
interface LastTokens {
  entities: readonly Entity[];
  duplicates: readonly Entity[];
  ordered: EntityTokens[];
  data: number[];
  starts: number[];
}

export class FileTokens {
  /** The text the kept encodings were made in, and the landscape whose targets they name. */
  private before: { text: string; lineCount: number } | undefined;
  private entities: readonly Entity[] | undefined;
  private byId: ReadonlyMap<string, Entity> | undefined;
  /** The last call's entities' tokens, in the order taken (the landscape's entities, then its duplicates). */
  private taken: EntityTokens[] = [];
  /**
   * The last call's entities in text order, with the lists they came from: a lint that keeps
   * every entity (a comment, a description, spacing) keeps the lists, and the order, since the
   * edit moved every kept node the same way.
   */
  private last: LastTokens | undefined;

  /** The file's tokens in LSP's encoding, for `path` in the landscape `l`, whose text is `text` (indexed by `index`). */
  data(l: Landscape, path: string, text: string, index: LineIndex): number[] {
    const moves = new TextMoves(this.before, text, index);
    this.before = { text, lineCount: index.lineCount };
    const targetModifiers = (id: string): number => modifiersOf(l.byId.get(id));
    const last = this.last;
    if (last && last.entities === l.entities && last.duplicates === l.duplicates) {
      const data = this.aroundEdit(last, moves, index, targetModifiers);
      last.data = data;
      return data;
    }
    const changed = this.changedTargets(l);
    const pieces: EntityTokens[] = [];
    const kept: EntityTokens[] = [];
    const lastOf = keptTokensOf(this.taken);
    let count = 0;
    const take = (list: readonly Entity[], duplicate: boolean): void => {
      for (const e of list) {
        if (e.file !== path) continue;
        let p = lastOf(e);
        if (!p || p.duplicate !== duplicate || p.pairs !== e.node.pairs) p = new EntityTokens(e, duplicate);
        else if (p.encoded && (!moves.untouched(p.firstStart, p.textEnd) || (changed.size && p.names(changed)))) p.encoded = undefined;
        if (p.movesWithText) kept.push(p);
        pieces.push(p);
        count += p.span.length;
      }
    };
    take(l.entities, false);
    take(l.duplicates, true);
    this.entities = l.entities;
    this.byId = l.byId;
    this.taken = kept;
    this.last = undefined;
    if (count >= ORDER) return [];
    const ordered = inTextOrder(pieces);
    if (!ordered) return interleaved(pieces, index, targetModifiers);
    const starts: number[] = [];
    const data = joined(ordered, 0, ordered.length, 0, index, targetModifiers, starts, { line: 0, character: 0 });
    if (kept.length === pieces.length) this.last = { entities: l.entities, duplicates: l.duplicates, ordered, data, starts };
    return data;
  }

  /**
   * The tokens after a lint that kept every entity: only the entities around the edit can have
   * changed (their pairs, or their text), so only those are looked at, encoded again where
   * needed and joined; the numbers before and after them are copied. The last of them is one
   * the edit left in place, so the first after it is as far from it as it was.
   */
  private aroundEdit(last: LastTokens, moves: TextMoves, index: LineIndex, targetModifiers: (id: string) => number): number[] {
    const { ordered, data: before, starts } = last;
    if (!ordered.length) return [];
    // The last entity whose tokens start at or before the edit, then every one the edit touched,
    // and the one after (the edit may be in its mapping before its first token).
    let lo = 0;
    let hi = ordered.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ordered[mid].firstStart <= moves.prefix) lo = mid;
      else hi = mid - 1;
    }
    const from = lo;
    let to = from;
    while (to < ordered.length && (ordered[to].firstStart <= moves.newEnd || !moves.untouched(ordered[to].firstStart, ordered[to].textEnd))) to++;
    to = Math.min(ordered.length, to + 1);
    for (let k = from; k < to; k++) {
      const p = ordered[k];
      // (The taken list keeps the old one: the next lint that changes an entity sees its pairs changed.)
      if (p.pairs !== p.entity.node.pairs) ordered[k] = new EntityTokens(p.entity, p.duplicate);
      else if (p.encoded && !moves.untouched(p.firstStart, p.textEnd)) p.encoded = undefined;
    }
    const at = starts[from];
    const oldEnd = to < ordered.length ? starts[to] : before.length;
    const window = joined(ordered, from, to, at, index, targetModifiers, starts, lastTokenBefore(ordered, from, index));
    // The entities after these: their numbers as they were (the first is joined to an entity the edit left in place, as it was).
    const shift = at + window.length - oldEnd;
    if (shift === 0) {
      // As many numbers as before (a comment, spacing): one copy, the window written over it.
      const data = before.slice();
      for (let i = 0; i < window.length; i++) data[at + i] = window[i];
      return data;
    }
    for (let k = to; k < ordered.length; k++) starts[k] += shift;
    return before.slice(0, at).concat(window, before.slice(oldEnd));
  }

  /** The ids whose entity's modifiers differ from the last call's landscape (a kept reference to one is encoded again). */
  private changedTargets(l: Landscape): ReadonlySet<string> {
    const before = this.entities;
    const byId = this.byId;
    if (!before || !byId || before === l.entities) return NONE;
    const ids = new Set<string>();
    const now = l.entities;
    if (before.length === now.length) {
      // Entities are first occurrences in load order: where both lists hold the same object, its id names the same entity in both.
      for (let k = 0; k < now.length; k++) {
        if (before[k] !== now[k]) {
          ids.add(before[k].id);
          ids.add(now[k].id);
        }
      }
    } else {
      for (const e of before) if (l.byId.get(e.id) !== e) ids.add(e.id);
      for (const e of now) if (byId.get(e.id) !== e) ids.add(e.id);
    }
    const changed = new Set<string>();
    for (const id of ids) if (modifiersOf(byId.get(id)) !== modifiersOf(l.byId.get(id))) changed.add(id);
    return changed;
  }
}

/**
 * The last call's tokens of an entity, asked for in the order they were taken: mostly the same
 * entities in the same order, so the one at the cursor, or the one after it (the entity before
 * was replaced or removed), without a map of 30,000 entities; only after two misses in a row
 * (entities added, moved) are they looked up in one.
 */
function keptTokensOf(taken: readonly EntityTokens[]): (e: Entity) => EntityTokens | undefined {
  let j = 0;
  let misses = 0;
  let byEntity: Map<Entity, number> | undefined;
  return (e) => {
    let k = taken[j]?.entity === e ? j : taken[j + 1]?.entity === e ? j + 1 : -1;
    if (k < 0 && (byEntity || ++misses >= 2)) {
      byEntity ??= new Map(taken.map((p, i) => [p.entity, i]));
      k = byEntity.get(e) ?? -1;
    }
    if (k < 0) return undefined;
    misses = 0;
    j = k + 1;
    return taken[k];
  };
}

/** Where the last encoded token of the entities before `k` is, or the file's start. */
function lastTokenBefore(ordered: readonly EntityTokens[], k: number, index: LineIndex): { line: number; character: number } {
  for (let i = k - 1; i >= 0; i--) {
    const encoded = ordered[i].encoded!;
    if (encoded.first < 0) continue;
    return { line: index.positionAt(ordered[i].span[encoded.first].start).line + encoded.lastLineAfterFirst, character: encoded.lastCharacter };
  }
  return { line: 0, character: 0 };
}

/**
 * The numbers of entities `from` up to `to` (of the file's, in text order), each joined to the
 * token before by its first token's position (`previous`: the last token before them), as a
 * new array, which the file's numbers hold from `at` on (`starts` is set to where each
 * entity's begin). Filled in place, not pushed: half a million numbers at 10,000 systems.
 */
function joined(ordered: readonly EntityTokens[], from: number, to: number, at: number, index: LineIndex, targetModifiers: (id: string) => number, starts: number[], previous: { line: number; character: number }): number[] {
  let length = 0;
  for (let k = from; k < to; k++) length += (ordered[k].encoded ?? ordered[k].encode(index, targetModifiers)).data.length;
  const data = new Array<number>(length);
  let n = 0;
  let { line: previousLine, character: previousCharacter } = previous;
  for (let k = from; k < to; k++) {
    const p = ordered[k];
    const encoded = p.encoded!;
    starts[k] = at + n;
    if (encoded.first < 0) continue;
    const { line, character } = index.positionAt(p.span[encoded.first].start);
    data[n++] = line - previousLine;
    data[n++] = line === previousLine ? character - previousCharacter : character;
    const d = encoded.data;
    for (let i = 2; i < d.length; i++) data[n++] = d[i];
    previousLine = line + encoded.lastLineAfterFirst;
    previousCharacter = encoded.lastCharacter;
  }
  return data;
}

/** The entities in text order, when each one's tokens all come before the next one's (else undefined: they interleave, through aliases). */
function inTextOrder(pieces: EntityTokens[]): EntityTokens[] | undefined {
  const apart = (list: EntityTokens[]): boolean => list.every((p, k) => k === 0 || list[k - 1].lastStart < p.firstStart);
  if (apart(pieces)) return pieces;
  const keys = new Float64Array(pieces.length);
  for (let k = 0; k < keys.length; k++) keys[k] = pieces[k].firstStart * ORDER + k;
  keys.sort();
  const sorted = Array.from(keys, (key) => pieces[key % ORDER]);
  return apart(sorted) ? sorted : undefined;
}

/** Tokens of entities that interleave, put in text order one by one (ties in the entities' order) and encoded. */
function interleaved(pieces: readonly EntityTokens[], index: LineIndex, targetModifiers: (id: string) => number): number[] {
  const all = pieces.flatMap((p) => p.span.map((span, i) => {
    const target = p.target[i];
    return { span, type: p.type[i], modifiers: target === undefined ? p.modifiers[i] : targetModifiers(target) };
  }));
  const keys = new Float64Array(all.length);
  for (let i = 0; i < keys.length; i++) keys[i] = all[i].span.start * ORDER + i;
  keys.sort();
  const data: number[] = [];
  let line = 0;
  let previousLine = 0;
  let previousCharacter = 0;
  for (const key of keys) {
    const { span, type, modifiers } = all[key % ORDER];
    while (line + 1 < index.lineCount && index.lineStart(line + 1) <= span.start) line++;
    const next = line + 1 < index.lineCount ? index.lineStart(line + 1) : Infinity;
    if (span.end <= span.start || span.end >= next) continue;
    const character = span.start - index.lineStart(line);
    data.push(line - previousLine, line === previousLine ? character - previousCharacter : character, span.end - span.start, type, modifiers);
    previousLine = line;
    previousCharacter = character;
  }
  return data;
}

/** How many files' tokens are kept (the least recently asked go first). */
const KEPT_FILES = 64;

/**
 * The kept tokens of each file of each landscape: a fragment imported by two entries is in two
 * landscapes, whose references name different entities.
 */
export class FileTokensStore {
  private readonly byKey = new Map<string, FileTokens>();

  of(entry: string, path: string): FileTokens {
    const key = `${entry}\0${path}`;
    const kept = this.byKey.get(key) ?? new FileTokens();
    this.byKey.delete(key);
    this.byKey.set(key, kept);
    if (this.byKey.size > KEPT_FILES) this.byKey.delete(this.byKey.keys().next().value!);
    return kept;
  }
}
