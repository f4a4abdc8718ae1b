/**
 * Closest in, the APIs of a system that no drawn edge names (api-labels.ts names the others
 * where their edges enter): one nobody consumes, or one whose consumers this picture leaves
 * out (a focus, a filter, a collapsed group). So every API a system offers reads off the
 * picture at its box, used or not.
 *
 * They are a stack beside the box, one id a line from its top, on the side fewer edge labels
 * use (the wider one on a tie), else under the box; the first place clear of boxes, badges,
 * counts, labels and routes wins. A channel between two columns carries the routes' tracks, so
 * when none is clear the rules relax in steps: an id cut to the room it has (its tooltip has it
 * whole), then crossing routes that run across the text (a vertical line cuts it as it cuts
 * the edges' own labels), then crossing any route; never a box.
 */
import type { DiagramNode, ProvidedApi } from '../core/diagram/model';
import { fitText, LINE, lineRect, textWidth } from './api-text';
import type { LabelRoom, RouteRule } from './label-room';

export interface FreeLabel {
  api: ProvidedApi;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/** From the box to a label beside it; vertical room kept around the stack. */
const GAP = 4;
const SLIDE = 6;
/** How far from the box a stack may slide to clear a route: farther it would no longer read as the box's. */
const AWAY = 24;
/** Shorter than this many units an id cut says nothing: the place is not taken. */
const MIN_CUT = 24;

/** One place for the stack: its lines, or undefined when they do not fit there under `rule`. */
type Try = (rule: RouteRule, cut: boolean) => FreeLabel[] | undefined;

function stackAt(apis: ProvidedApi[], room: LabelRoom, x: number, top: number, anchor: 'start' | 'end', reach: number, rule: RouteRule, cut: boolean): FreeLabel[] | undefined {
  const out: FreeLabel[] = [];
  for (const [i, api] of apis.entries()) {
    const y = top + 7.5 + i * LINE;
    const text = cut ? fitText(api.id, reach) : api.id;
    const w = textWidth(text);
    if (w > reach || (text !== api.id && reach < MIN_CUT)) return undefined;
    if (!room.free(lineRect(x, y, w, anchor), rule)) return undefined;
    out.push({ api, text, x, y, anchor });
  }
  return out;
}

/** The places to try, best first: beside the box on each side (nearest first, then slid along and away), then under it. */
function places(n: DiagramNode, apis: ProvidedApi[], room: LabelRoom, sides: ('left' | 'right')[]): Try[] {
  const height = apis.length * LINE;
  const tops: number[] = [];
  // Along the box's side, from its top; a stack taller than the box starts at its top.
  for (let t = n.y; t + height <= n.y + n.h + SLIDE || t === n.y; t += 3) tops.push(t);
  for (let t = n.y - 3; t >= n.y - SLIDE && t + height <= n.y + n.h + SLIDE; t -= 3) tops.push(t);
  const wide = apis.reduce((w, a) => Math.max(w, textWidth(a.id)), 0);
  const out: Try[] = [];
  for (const side of sides) {
    const dir = side === 'right' ? 1 : -1;
    const anchor = side === 'right' ? 'start' : 'end';
    const edge = side === 'right' ? n.x + n.w + GAP : n.x - GAP;
    for (const top of tops) {
      const reach = room.reach(edge, top, top + height, dir, 400) - 2;
      for (let dx = 0; dx === 0 || (dx <= AWAY && dx + wide <= reach); dx += 4) {
        out.push((rule, cut) => stackAt(apis, room, edge + dir * dx, top, anchor, reach - dx, rule, cut));
      }
    }
  }
  const below = n.y + n.h + 3;
  for (let dx = 0; dx === 0 || dx + wide <= n.w; dx += 8) {
    out.push((rule, cut) => stackAt(apis, room, n.x + 4 + dx, below, 'start', room.reach(n.x + 4 + dx, below, below + height, 1, 400) - 2, rule, cut));
  }
  return out;
}

/**
 * Where the labels of `apis` (provided by `n`, named by no drawn edge) go; `used`: how many
 * edge labels each side of its box has. The places taken are added to `room`.
 */
export function placeFreeLabels(n: DiagramNode, apis: ProvidedApi[], used: { left: number; right: number }, room: LabelRoom): FreeLabel[] {
  const wider = room.reach(n.x + n.w + GAP, n.y, n.y + n.h, 1, 400) >= room.reach(n.x - GAP, n.y, n.y + n.h, -1, 400);
  const sides: ('left' | 'right')[] = used.left < used.right || (used.left === used.right && !wider) ? ['left', 'right'] : ['right', 'left'];
  const tries = places(n, apis, room, sides);
  const steps: [RouteRule, boolean][] = [['all', false], ['all', true], ['flat', true], ['none', true]];
  let placed: FreeLabel[] | undefined;
  for (const [rule, cut] of steps) {
    for (const t of tries) if ((placed = t(rule, cut))) break;
    if (placed) break;
  }
  // Nothing clear even of labels (a crowded corner): beside the box all the same, cut to the room, never over a box.
  if (!placed) {
    const right = sides[0] === 'right';
    const x = right ? n.x + n.w + GAP : n.x - GAP;
    const reach = room.reach(x, n.y, n.y + apis.length * LINE, right ? 1 : -1, 400) - 2;
    placed = apis.map((api, i) => ({ api, text: fitText(api.id, reach), x, y: n.y + 7.5 + i * LINE, anchor: right ? 'start' : 'end' }));
  }
  for (const p of placed) room.take(lineRect(p.x, p.y, textWidth(p.text), p.anchor));
  return placed;
}
