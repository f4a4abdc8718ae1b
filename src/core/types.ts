/** Plain-data types shared by every part of the core and by its front ends. */
import type { Span } from './parse/yaml-tree';
export type { Span } from './parse/yaml-tree';

export type Severity = 'error' | 'warn' | 'info';
export type SeverityOrOff = Severity | 'off';

/** One text replacement in one file; offsets refer to the text the finding was computed on. */
export interface TextEdit {
  file: string;
  start: number;
  end: number;
  newText: string;
  /**
   * The parts of `newText` the user is meant to fill in (an empty list, `""`, a missing
   * value, a TODO reason), in the order to visit them. An editor puts a tab stop on each;
   * whoever applies the edit as plain text (fix-all, the CLI) ignores them.
   */
  placeholders?: Placeholder[];
}

/** A range of an edit's `newText` (offsets into it); empty when there is nothing to select. */
export interface Placeholder {
  start: number;
  end: number;
}

export interface Fix {
  title: string;
  /** Safe fixes may be applied in bulk (fix-all); the others are offered one by one. */
  safe: boolean;
  /** Machine-readable description of what the fix does (for editors and tests). */
  kind: string;
  edits: TextEdit[];
}

/** The text of a file of the landscape, as linted. */
export type TextOf = (file: string) => string;

export type MakeFixes = (text: TextOf) => Fix[];

export interface RelatedLocation {
  id: string;
  file: string;
  span: Span;
}

/** A place a finding invites the reader to go to (an editor offers it as an action), by its rule's words. */
export interface NavigationTarget {
  title: string;
  file: string;
  span: Span;
}

/** Where an entity is defined: the start of its id. */
export interface DefinitionAt {
  file: string;
  offset: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** The key of the rule's message the text was made from (`meta.messages`); absent for core/* findings. */
  messageId?: string;
  /** Subject id of SPEC §3 (null for core/* findings). */
  subject: string | null;
  /** Related ids, the subject included, in display order. */
  related: string[];
  file: string;
  span: Span;
  relatedLocations?: RelatedLocation[];
  /** Machine-readable data for quick fixes (candidates, successor, gearbox APIs, …). */
  data?: Record<string, unknown>;
  /**
   * Makes the quick fixes, from the nodes the finding was found at and the text they are in:
   * call `fixesOf(result, finding)` (lint/engine.ts). Made only when asked for: most findings
   * are never fixed, and a finding's fixes must not carry the offsets of an older text.
   */
  fixes?: MakeFixes;
  /**
   * The subject entity's definition, when it is not the first entity with the subject id (a
   * later occurrence of a duplicate id, ignored by every other reader of the landscape): the
   * suppressions are read from, and "Suppress for this entity" adds to, the entity defined
   * there. Absent: the subject is the first entity with that id.
   */
  subjectAt?: DefinitionAt;
  /** Places to go to from the finding besides its related locations (e.g. "Go to first definition"). */
  navigation?: NavigationTarget[];
}
