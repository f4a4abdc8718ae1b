/**
 * Answers made per entity (a code lens, a document symbol) kept from one lint to the next per
 * file: an entity the lint kept (the same object) keeps its answer where the edit left its
 * text, moved by lines where only lines moved (text-moves.ts); the others are made again. The
 * editor asks for all 10,000 lenses and 5,000 symbols of a file after every keystroke.
 */
import type { Entity, LineIndex } from '../core/index';
import { TextMoves } from './text-moves';

/** How many files' answers are kept (the least recently asked go first). */
const KEPT_FILES = 64;

export interface KeptAnswers<T> {
  /** What the edits since the last call did to positions. */
  moves: TextMoves;
  /** The answers of the last call, by entity. */
  kept: ReadonlyMap<Entity, T>;
  /** This call's answers, to be filled by the caller: the next call keeps these. */
  next: Map<Entity, T>;
}

export class EntityAnswers<T> {
  private readonly byKey = new Map<string, { before: { text: string; lineCount: number }; answers: Map<Entity, T> }>();

  /** The answers kept for `key` (a file, with whatever else they depend on) and the moves from their text to `text`. */
  begin(key: string, text: string, index: LineIndex): KeptAnswers<T> {
    const last = this.byKey.get(key);
    this.byKey.delete(key);
    const next = new Map<Entity, T>();
    this.byKey.set(key, { before: { text, lineCount: index.lineCount }, answers: next });
    if (this.byKey.size > KEPT_FILES) this.byKey.delete(this.byKey.keys().next().value!);
    return { moves: new TextMoves(last?.before, text, index), kept: last?.answers ?? new Map<Entity, T>(), next };
  }
}
