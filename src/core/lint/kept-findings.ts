/**
 * Where a finding's related ids are defined (its related locations), and, in the editor,
 * findings kept as objects wherever an edit moves them.
 *
 * A keystroke moves every node after it (parse/incremental.ts), so a finding below the edit
 * had new offsets and was made again, with its related locations, though it said what it had
 * said: the 53,000 findings below a typed id of a 10,000-rollout landscape were about a third of
 * that keystroke's re-lint, much of it the collector copying them. In the editor a finding is
 * now kept when it is made of the same violation (RuleRun keeps both), severity and message: its
 * offsets are set to its node's new ones, and its related locations (one object per entity, moved
 * with it) are those of now. So a finding of an earlier result may show the offsets of a later
 * text, as that result's entities do (their nodes moved): the editor replaces results, and what
 * keeps answers across lints records the offsets it showed (the language service's MadeOf).
 */
import type { Entity } from '../model/entities';
import type { Landscape } from '../model/landscape';
import { isNode, spanOf, type Span } from '../parse/yaml-tree';
import type { RelatedLocation } from '../types';
import { tally } from '../util/work-counter';

/** Where each related id is defined (`locate(related)`), and a kept finding's related locations made those of now (`locate.keep`). */
export interface RelatedLocator {
  (related: readonly string[]): RelatedLocation[];
  /**
   * Gives `f`, made of a violation with these related ids by this entry's last lint (or kept by
   * it), the locations of those ids now: its list as it is while every id names the entity it
   * named (whose location is kept and moved with it), else a new list (a list is never changed).
   */
  keep(f: { relatedLocations?: RelatedLocation[] }, related: readonly string[]): void;
}

/**
 * The location of each entity's id, kept with the entity across the editor's lints and given the
 * id node's offsets on each (syncLocations). The language service records the offsets it showed
 * (aligned-findings.ts), as for findings.
 */
const LOCATIONS = new WeakMap<Entity, RelatedLocation>();

/** More ids changed than this: each id looked up instead (an edit that renames many). */
const MANY_CHANGED = 64;

/**
 * The related locations of one lint's findings. One location object per id and lint, shared by
 * every finding that names it (a pass-through finding names a dozen systems, and tens of
 * thousands of findings each with their own copies were half a million objects per keystroke);
 * a list of one location is shared too (the rollout rules' findings name their rollout alone).
 * Readers never mutate findings (they copy what they hand on). `last`, when `editing`: the
 * landscape of this entry's last lint, whose findings this one may keep.
 */
export function relatedLocator(l: Landscape, editing: boolean, last: Landscape | undefined): RelatedLocator {
  if (editing) syncLocations(l);
  const changed = editing ? changedIds(last, l) : undefined;
  /** Per id, the list of its location alone (null: no entity has the id). */
  const memo = new Map<string, RelatedLocation[] | null>();
  const one = (id: string): RelatedLocation[] | null => {
    tally('lint:related-located');
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
    // The ids that name another entity now are known (usually one or two, often none): the list
    // stays while it names none of them. Else each id's location now, compared by identity.
    if (changed) {
      if (changed.size === 0) return;
      for (let k = 0; k < related.length; k++) {
        if (changed.has(related[k])) {
          f.relatedLocations = locate(related);
          return;
        }
      }
      return;
    }
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

/** The kept location of an entity's id. */
function locationOf(e: Entity): RelatedLocation {
  let loc = LOCATIONS.get(e);
  if (!loc) LOCATIONS.set(e, (loc = { id: e.id, file: e.file, span: spanOf(e.idSpan) }));
  return loc;
}

/** Every kept location of the landscape's entities at its id node's offsets now (the nodes move with the text). */
function syncLocations(l: Landscape): void {
  for (const e of l.entities) {
    const loc = LOCATIONS.get(e);
    if (!loc) continue;
    const span = e.idSpan;
    if (loc.span.start !== span.start || loc.span.end !== span.end) {
      loc.span.start = span.start;
      loc.span.end = span.end;
    }
  }
}

/**
 * The ids that name another entity (or none) in `l` than in `last`: those of the entities at which
 * the two lists differ (an id names the first entity with it, and the lists hold exactly those).
 * Undefined when not known cheaply: no last lint, entities added or removed, many changed.
 */
function changedIds(last: Landscape | undefined, l: Landscape): Set<string> | undefined {
  if (!last || last.entities.length !== l.entities.length) return undefined;
  const a = last.entities;
  const b = l.entities;
  const changed = new Set<string>();
  for (let k = 0; k < b.length; k++) {
    if (a[k] === b[k]) continue;
    changed.add(a[k].id);
    changed.add(b[k].id);
    if (changed.size > MANY_CHANGED) return undefined;
  }
  return changed;
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
