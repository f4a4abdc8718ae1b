/**
 * Where a finding's related ids are defined (its related locations), and, in the editor,
 * findings kept as objects wherever an edit moves them.
 *
 * A keystroke moves every node after it (parse/incremental.ts), so a finding below the edit
 * had new offsets and was made again, with its related locations, though it said what it had
 * said: the 53,000 findings below a typed id of a 10,000-rollout landscape were about a third of
 * that keystroke's re-lint, much of it the collector copying them. In the editor a finding is
 * now kept when it is made of the same violation (RuleRun keeps both), severity and message: its
 * offsets are set to its node's new ones and its related locations to those of now. So a finding
 * of an earlier result may show the offsets of a later text, as that result's entities do (their
 * nodes moved): the editor replaces results, and what keeps answers across lints records the
 * offsets it showed (the language service's aligned-findings.ts).
 */
import type { Entity } from '../model/entities';
import type { Landscape } from '../model/landscape';
import { isNode, spanOf, type Span } from '../parse/yaml-tree';
import type { RelatedLocation } from '../types';

/** Where each related id is defined (`locate(related)`), and a kept finding's related locations made those of now (`locate.keep`). */
export interface RelatedLocator {
  (related: readonly string[]): RelatedLocation[];
  /**
   * Gives `f`, made of a violation with these related ids by an earlier lint, the locations of
   * those ids now: its list as it is when every location is the same object, else a new list
   * (never changed in place: the language service keeps the lists it showed, aligned-findings.ts).
   */
  keep(f: { relatedLocations?: RelatedLocation[] }, related: readonly string[]): void;
}

/** The location of each entity's id while it stays where it was (a location is never changed: one that moved is made anew). */
const LOCATIONS = new WeakMap<Entity, RelatedLocation>();

/**
 * The related locations of one lint's findings. One location object per id and lint, shared by
 * every finding that names it (a pass-through finding names a dozen systems, and tens of
 * thousands of findings each with their own copies were half a million objects per keystroke);
 * a list of one location is shared too (the rollout rules' findings name their rollout alone).
 * Readers never mutate findings (they copy what they hand on). `editing`: a location is kept
 * with its entity while its id stays where it was, so a finding kept across lints keeps its list.
 */
export function relatedLocator(l: Landscape, editing: boolean): RelatedLocator {
  /** Per id, the list of its location alone (null: no entity has the id). */
  const memo = new Map<string, RelatedLocation[] | null>();
  const one = (id: string): RelatedLocation[] | null => {
    let list = memo.get(id);
    if (list === undefined) {
      const e = l.byId.get(id);
      list = e ? [editing ? locationOf(e) : { id, file: e.file, span: spanOf(e.idSpan) }] : null;
      memo.set(id, list);
    }
    return list;
  };
  const locate = (related: readonly string[]): RelatedLocation[] => {
    if (related.length === 1) return one(related[0]) ?? [];
    const out: RelatedLocation[] = [];
    for (const id of related) {
      const loc = one(id);
      if (loc) out.push(loc[0]);
    }
    return out;
  };
  locate.keep = (f: { relatedLocations?: RelatedLocation[] }, related: readonly string[]): void => {
    const before = f.relatedLocations ?? [];
    let k = 0;
    for (const id of related) {
      const loc = one(id);
      if (loc && before[k++] !== loc[0]) {
        f.relatedLocations = locate(related);
        return;
      }
    }
    if (k !== before.length) f.relatedLocations = locate(related);
  };
  return locate;
}

/** The kept location of an entity's id, or a new one where the id is now (its node moved with the text). */
function locationOf(e: Entity): RelatedLocation {
  const span = e.idSpan;
  let loc = LOCATIONS.get(e);
  if (!loc || loc.span.start !== span.start || loc.span.end !== span.end) LOCATIONS.set(e, (loc = { id: e.id, file: e.file, span: spanOf(span) }));
  return loc;
}

/**
 * Keeps `before`, the finding made of a violation at `span` (a node that an edit may have moved),
 * at the node's offsets now: changed in place (the language service records the offsets it
 * showed, aligned-findings.ts). False when the span is no node: its offsets do not move with the
 * text, so a finding is kept only where they are the same (engine.ts).
 */
export function moveToNode(before: { span: Span }, span: Span): boolean {
  if (before.span.start === span.start && before.span.end === span.end) return true;
  if (!isNode(span)) return false;
  before.span.start = span.start;
  before.span.end = span.end;
  return true;
}
