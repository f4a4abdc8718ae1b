/**
 * Parallel edges drawn as one: the dependencies between the same two drawn boxes (a system
 * that consumes three APIs of another) with the same interaction (and, in a review, the same
 * change) become one line with a count, whose tooltip lists them. The interaction and the
 * change stay apart: an asynchronous dependency drawn inside a synchronous line, or a removed
 * one inside an added one, would be hidden again.
 *
 * Every dependency stays in `Diagram.edges` (the exports, the counts and a click on the line
 * need each); the first of a bundle is the one drawn and lists the others' ids in `bundle`,
 * the others name it in `bundledInto` and are not drawn.
 */
import type { DiagramEdge } from './model';

/** Marks the bundles among `edges` (fresh copies: it sets their fields) and returns the edges to draw, in order. */
export function bundleParallel(edges: DiagramEdge[]): DiagramEdge[] {
  const leaders = new Map<string, DiagramEdge>();
  const drawn: DiagramEdge[] = [];
  for (const e of edges) {
    // A model made from a laid-out diagram (a host's copy) may carry the bundles of that layout.
    delete e.bundle;
    delete e.bundledInto;
    delete e.countAt;
    const key = `${e.from}\0${e.to}\0${e.interaction}\0${e.change ?? ''}`;
    const leader = leaders.get(key);
    if (!leader) {
      leaders.set(key, e);
      drawn.push(e);
      continue;
    }
    (leader.bundle ??= [leader.id]).push(e.id);
    e.bundledInto = leader.id;
  }
  return drawn;
}

