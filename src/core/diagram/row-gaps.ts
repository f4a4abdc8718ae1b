/**
 * Row gaps that grow for their tracks (routing.ts). The horizontal runs of routes go along the
 * gaps between rows of boxes, each on a track of its own, spread evenly across the gap. A gap
 * is 14 px high: it holds four tracks 2 px apart. A dense diagram (1,000 systems drawn one by
 * one: about a hundred runs overlap in each of its 30 gaps) put them 0.1–0.5 px apart, one line
 * to the eye and to the layout measures (8,324 shared tracks). So a gap too low for its tracks
 * grows, in steps, by at most GROW_MAX, and everything below it moves down: as a channel too
 * narrow for its tracks is widened and what is right of it moves right. A later layout keeps
 * the heights (`kept`, the previous diagram's `heightened`) and grows a gap only when its tracks
 * no longer fit, so an edit moves nothing up or down unless it crowds a gap past its room.
 */

/** A row gap's room for tracks, as routing.ts keeps it: its bounds, margin and track count. */
export interface GapRoom {
  lo: number;
  hi: number;
  margin: number;
  tracks: number;
}

/** The least distance between two tracks of a row gap before it grows: distinct lines, as in a narrow channel. */
const TRACK_SPACING = 2;
const STEP = 10;
/** The most a row gap grows (a picture of 30 rows grows by at most 30 × this). */
const GROW_MAX = 300;

export interface Heightening {
  /** How far a y at or below a row's top moves down (a box's top moves with its row). */
  shiftY: (y: number) => number;
  /** The row gaps grown: each one's index (gap g is above row g) and by how much. */
  heightened: [number, number][];
}

/**
 * Grows the gaps too low for their tracks (or by the `kept` heights), and moves each gap's
 * room down by what grew above it. `gapTop(g)` is gap g's top before growing; gaps without
 * runs are holes in `gaps`, and keep a kept height all the same.
 */
export function growRowGaps(gaps: (GapRoom | undefined)[], gapHeight: number, gapTop: (g: number) => number, kept: ReadonlyMap<number, number> | undefined): Heightening {
  const grown = new Map<number, number>();
  for (const [g, by] of kept ?? []) if (by > 0) grown.set(g, by);
  // Kept heights are a floor, not a ceiling: a gap that a later layout crowds beyond them
  // (groups expanded in an overview bring their systems' own edges) grows all the same, or
  // its tracks would come a fraction of a pixel apart, one line to the eye. It never shrinks,
  // so an edit that adds no track to a full gap still moves nothing up or down.
  gaps.forEach((gap, g) => {
    if (!gap) return;
    const want = gap.tracks * TRACK_SPACING + 2 * gap.margin;
    if (want > gapHeight + (grown.get(g) ?? 0)) grown.set(g, Math.max(grown.get(g) ?? 0, Math.min(GROW_MAX, Math.ceil((want - gapHeight) / STEP) * STEP)));
  });
  const heightened = [...grown].sort((a, b) => a[0] - b[0]);
  // Gap g's bottom is the top of row g: what is at or below it moves by g's growth and the gaps' above.
  const bottoms = heightened.map(([g, by]) => ({ at: gapTop(g) + gapHeight, by }));
  const shift = (y: number): number => {
    let by = 0;
    for (const b of bottoms) if (b.at <= y + 0.01) by += b.by;
    return by;
  };
  gaps.forEach((gap) => {
    if (!gap) return;
    const [lo, hi] = [gap.lo + shift(gap.lo), gap.hi + shift(gap.hi)];
    Object.assign(gap, { lo, hi });
  });
  return { shiftY: shift, heightened };
}

/** The moved row tops of each `heightened` list read back (a layout reads every previous box's row). */
const rowTopsOf = new WeakMap<readonly [number, number][], number[]>();

/**
 * The row of a box's top in a picture whose row gaps grew by `heightened`: the row whose top,
 * moved as `growRowGaps` moved it, is nearest (a previous layout's slots, read back).
 */
export function rowAt(y: number, top: number, pitch: number, heightened: readonly [number, number][] | undefined): number {
  if (!heightened?.length) return Math.round((y - top) / pitch);
  let tops = rowTopsOf.get(heightened);
  if (!tops) {
    // Rows up to the last grown gap and one past it: further rows move as that one does.
    const by = new Map(heightened);
    const last = heightened.reduce((m, [g]) => Math.max(m, g), 0) + 1;
    tops = [];
    for (let r = 0, moved = 0; r <= last; r++) tops.push(top + r * pitch + (moved += by.get(r) ?? 0));
    rowTopsOf.set(heightened, tops);
  }
  const end = tops[tops.length - 1];
  if (y >= end) return tops.length - 1 + Math.round((y - end) / pitch);
  let best = 0;
  for (let r = 1; r < tops.length; r++) if (Math.abs(tops[r] - y) < Math.abs(tops[best] - y)) best = r;
  return best;
}
