/**
 * The labels of the drawn edges, closest in (api-labels.ts): each dependency names the API it
 * goes through (`via`) where it enters its provider's box, once per API and side of the box,
 * a bundle of parallel dependencies each of its APIs.
 *
 * A label sits in the gap before the box, above the last segment, ending before the arrowhead
 * (a horizontal entry) or beside it (a vertical one): inside the box, at the port, it covered
 * the system's name wherever a port sat near the top (seen on the example's event backbone).
 * The labels of one side of a box are a column: the ports are 5 to 10 units apart and a line
 * is 9, so each label goes as near its port as the one above it leaves room for (seen on the
 * SPEC example's event hub, three labels over one another); a bundle's APIs are lines of the
 * column, or its first and "+N" when the column would run far past the box, its tooltip
 * listing all. A line runs towards the route's source until the next box or a label placed
 * before it, and is cut there, whole in its tooltip (api-text.ts): a long id ran under the
 * next lane's box.
 */
import type { Diagram, DiagramEdge } from '../core/diagram/model';
import { fitText, LINE, lineRect, textWidth } from './api-text';
import type { LabelRoom, Rect } from './label-room';
import { routeOf } from './route-points';

/** One line of text of the layer. */
export interface Line {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  text: string;
  /** The tooltip (the whole id of a cut one, a bundle's APIs, an API without drawn consumers); a label with one takes the pointer. */
  title?: string;
  attrs: Record<string, string>;
}

/** How far before the tip a label ends: the arrowhead's length and a gap. */
const BEFORE_TIP = 9;
/** A column may run this far beyond its box's top and bottom (into the row gap), no farther. */
const OVERRUN = 12;

type Side = 'left' | 'right' | 'top' | 'bottom';

interface Place {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  side: Side;
}

/** The APIs a drawn edge stands for: its own, and those of the dependencies bundled into it, each once. */
function apisOf(e: DiagramEdge, byId: ReadonlyMap<string, DiagramEdge>): string[] {
  return [...new Set((e.bundle ?? [e.id]).map((id) => byId.get(id)?.via).filter((v): v is string => !!v))];
}

function placeOf(e: DiagramEdge): Place | undefined {
  const lines = routeOf(e).lines;
  const line = lines[lines.length - 1];
  if (!line || line.length < 2) return undefined;
  const tip = line[line.length - 1];
  const from = line[line.length - 2];
  if (from.y === tip.y) {
    return from.x < tip.x ? { x: tip.x - BEFORE_TIP, y: tip.y - 2.5, anchor: 'end', side: 'left' } : { x: tip.x + BEFORE_TIP, y: tip.y - 2.5, anchor: 'start', side: 'right' };
  }
  return { x: tip.x + 3, y: from.y < tip.y ? tip.y - BEFORE_TIP : tip.y + BEFORE_TIP + 6, anchor: 'start', side: from.y < tip.y ? 'top' : 'bottom' };
}

interface Entry {
  e: DiagramEdge;
  at: Place;
  /** Its APIs not yet named on that side, and all of them (the tooltip of a bundle). */
  fresh: string[];
  all: string[];
}

/** A line before it is cut: its text and where its baseline goes. */
interface Draft {
  entry: Entry;
  api: string;
  text: string;
  y: number;
}

/**
 * The lines of one side's entries in port order, each as near its port as the line before it
 * allows, the column moved up as a whole when it runs past `bottom`. `expand`: a bundle's
 * APIs as lines of their own, else its first and "+N".
 */
function column(entries: Entry[], expand: boolean, bottom: number): Draft[] {
  const out: Draft[] = [];
  for (const entry of entries) {
    const { fresh, at } = entry;
    const own = expand || fresh.length === 1 ? fresh.map((api) => ({ api, text: api })) : [{ api: fresh[0], text: `${fresh[0]} +${fresh.length - 1}` }];
    own.forEach((l, i) => {
      const want = at.y - (own.length - 1 - i) * LINE;
      const prev = out[out.length - 1];
      out.push({ entry, ...l, y: prev ? Math.max(want, prev.y + LINE) : want });
    });
  }
  for (let i = out.length - 1; i >= 0; i--) out[i].y = Math.min(out[i].y, i === out.length - 1 ? bottom : out[i + 1].y - LINE);
  return out;
}

/** The title of a line: a bundle's APIs, else the whole id of a cut one. */
function titleOf(entry: Entry, api: string, cut: boolean): string | undefined {
  if (entry.all.length > 1) return `${entry.e.from} → ${entry.e.to} through ${entry.all.length} APIs:\n${entry.all.join('\n')}`;
  return cut ? api : undefined;
}

/**
 * The labels of the edges `drawn` (ids in the DOM's order) whose tip lies in `around` (all when
 * undefined), taken in `room`; and how many lines the left and right side of each box have
 * (`<system>|<side>`): the free labels go to the side with fewer.
 */
export function edgeLabelLines(d: Diagram, drawn: string[], around: Rect | undefined, room: LabelRoom): { lines: Line[]; sides: Map<string, number> } {
  const byId = new Map(d.edges.map((e) => [e.id, e] as const));
  const boxes = new Map<string, Rect>([...d.nodes, ...(d.groups ?? [])].map((b) => [b.id, b] as const));
  const seen = new Set<string>();
  const sides = new Map<string, Entry[]>();
  for (const id of drawn) {
    const e = byId.get(id);
    if (!e) continue;
    // Where first, then what: around the view of 10,000 systems few of 25,000 edges end.
    const at = placeOf(e);
    if (!at || (around && !(at.x >= around.x && at.x <= around.x + around.w && at.y >= around.y && at.y <= around.y + around.h))) continue;
    const all = apisOf(e, byId);
    if (!all.length) continue;
    const key = `${e.to}|${at.side}`;
    const fresh = all.filter((api) => !seen.has(`${key}|${api}`));
    if (!fresh.length) continue;
    for (const api of fresh) seen.add(`${key}|${api}`);
    const list = sides.get(key);
    if (list) list.push({ e, at, fresh, all });
    else sides.set(key, [{ e, at, fresh, all }]);
  }
  const drafts: Draft[] = [];
  const counts = new Map<string, number>();
  for (const [key, entries] of sides) {
    const { side } = entries[0].at;
    const box = boxes.get(entries[0].e.to);
    if ((side === 'left' || side === 'right') && box) {
      entries.sort((a, b) => a.at.y - b.at.y);
      const top = box.y - OVERRUN + 7;
      const bottom = box.y + box.h + OVERRUN;
      let lines = column(entries, true, bottom);
      if (lines[0].y < top) lines = column(entries, false, bottom);
      for (const l of lines) drafts.push(l);
      counts.set(key, lines.length);
    } else {
      // Above or below the box, beside the route: one line each (a bundle's first and "+N").
      for (const entry of entries) for (const l of column([entry], false, Infinity)) drafts.push(l);
    }
  }
  // Cut to the room each has, boxes and the lines placed before it, in the order drawn.
  const lines: Line[] = [];
  for (const dr of drafts) {
    const { at, e } = dr.entry;
    const band = lineRect(at.x, dr.y, 0, at.anchor);
    const text = fitText(dr.text, room.reach(at.x, band.y, band.y + band.h, at.anchor === 'start' ? 1 : -1, 400, true) - 2);
    room.take(lineRect(at.x, dr.y, textWidth(text), at.anchor));
    lines.push({ x: at.x, y: dr.y, anchor: at.anchor, text, title: titleOf(dr.entry, dr.api, text !== dr.text), attrs: { class: 'ls-api-label', 'data-edge': e.id } });
  }
  return { lines, sides: counts };
}
