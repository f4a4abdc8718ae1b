/**
 * The parts of a landscape the diagram's pickers draw instead of the whole: a focus (one
 * system's neighbourhood, as `render --focus`), an impact (the blast radius of its outage, as
 * `landscape impact`) and a saved view (as `render --view`). Both hosts, the editor's panel
 * (through the language server) and the standalone page, answer a pick with `pickedModel`; the
 * walk is `propagate`, the one `rollout-zero-downtime`, `impact` and `render --focus` make, over
 * the model's graph (model-graph.ts), which the page has without the landscape. Saved views
 * need the landscape (tags, governance), so they are resolved where it is (`resolveViews`) and
 * travel as lists of ids.
 */
import type { Landscape } from '../model/landscape';
import { propagate, type Direction } from '../model/propagation';
import { readViews, viewSystems, type ViewGrouping } from '../model/views';
import { groupingLayout, type LayoutOptions } from './layout';
import { LANES, type DiagramModel } from './model';
import { modelGraph } from './model-graph';
import type { DiagramPick, PickChoices, SystemFacts } from './protocol';
import { subsetModel } from './subset';

/** A saved view with its systems picked (and, with a focus, each one's distance), as plain data. */
export interface ResolvedView {
  name: string;
  title: string;
  systems: string[];
  /** With a focus: the distance of each of `systems`, in the same order. */
  distances?: number[];
  grouping: ViewGrouping;
}

export type Picked = { model: DiagramModel; layout: LayoutOptions; title: string; summary?: string } | { error: string };

/** What a `render --focus` picture is called: `Fjordbank: core-ledger and 2 steps either way`. */
export function focusTitle(landscapeTitle: string, system: string, depth: number, direction: Direction): string {
  return `${landscapeTitle}: ${system} and ${depth} ${depth === 1 ? 'step' : 'steps'} ${direction === 'both' ? 'either way' : direction}`;
}

const WAYS = { down: 'its consumers', up: 'what it depends on', both: 'its consumers and what it depends on' } as const;

/** What an impact followed, in words: `down (its consumers), synchronous edges only`. */
export function impactWalk(direction: Direction, includeAsync: boolean): string {
  return `${direction} (${WAYS[direction]}), ${includeAsync ? 'synchronous and asynchronous edges' : 'synchronous edges only'}`;
}

/** What a `landscape impact` picture is called. */
export function impactTitle(landscapeTitle: string, system: string, direction: Direction, includeAsync: boolean): string {
  return `${landscapeTitle}: outage of ${system}, ${impactWalk(direction, includeAsync)}`;
}

/** The landscape's saved views, each with the systems it shows (`render --view`'s). */
export function resolveViews(l: Landscape, landscapeTitle: string): ResolvedView[] {
  return readViews(l).views.map((v) => {
    const picked = viewSystems(l, v);
    const view: ResolvedView = { name: v.name, title: v.title ?? `${landscapeTitle}: ${v.name}`, systems: [...picked.keys()], grouping: v.grouping };
    if (picked instanceof Map) view.distances = [...picked.values()];
    return view;
  });
}

/** What the pickers offer for a landscape. */
export function pickChoices(model: DiagramModel, views: readonly ResolvedView[]): PickChoices {
  const systems = model.nodes.map((n): SystemFacts => {
    const facts: SystemFacts = { id: n.id, label: n.label, lane: n.lane };
    if (n.domain !== undefined) facts.domain = n.domain;
    if (n.owner !== undefined) facts.owner = n.owner;
    if (n.worst !== undefined) facts.worst = n.worst;
    return facts;
  });
  return { systems, views: views.map((v) => ({ name: v.name, title: v.title })) };
}

/** `2 systems affected: Mode 1 1 · Gearbox 1`, the lanes in the diagram's order. */
function affectedByMode(model: DiagramModel): string {
  const affected = model.nodes.filter((n) => (n.distance ?? 0) > 0);
  if (affected.length === 0) return 'no system affected';
  const byLane = LANES.map((l) => [l.label.replace(/ ·.*/, ''), affected.filter((n) => n.lane === l.id).length] as const).filter(([, n]) => n > 0);
  return `${affected.length} ${affected.length === 1 ? 'system' : 'systems'} affected: ${byLane.map(([lane, n]) => `${lane} ${n}`).join(' · ')}`;
}

/** The model of a pick, with its layout and title; or why there is none (an unknown system or view). */
export function pickedModel(model: DiagramModel, pick: DiagramPick, views: readonly ResolvedView[]): Picked {
  if (pick.kind === 'view') {
    const view = views.find((v) => v.name === pick.name);
    if (!view) return { error: `The landscape has no view '${pick.name}' any more.` };
    const keep = view.distances ? new Map(view.systems.map((id, i): [string, number] => [id, view.distances![i]])) : new Set(view.systems);
    return { model: subsetModel(model, keep, view.title), layout: groupingLayout(view.grouping), title: view.title };
  }
  const graph = modelGraph(model);
  const source = graph.indexOf(pick.system);
  if (source < 0) return { error: `The landscape has no system '${pick.system}'.` };
  const focus = pick.kind === 'focus';
  // 1–3 steps, whatever a message says (a depth that is not a number is 1).
  const depth = focus ? Math.min(3, Math.max(1, Math.round(pick.depth) || 1)) : Infinity;
  const reach = propagate(graph, [source], focus ? { direction: pick.direction, includeAsync: true, maxDistance: depth } : { direction: pick.direction, includeAsync: pick.includeAsync });
  const distances = new Map(reach.order.map((i): [string, number] => [graph.ids[i], reach.distance[i]]));
  const title = focus ? focusTitle(model.title, pick.system, depth, pick.direction) : impactTitle(model.title, pick.system, pick.direction, pick.includeAsync);
  const picked = subsetModel(model, distances, title);
  return focus ? { model: picked, layout: {}, title } : { model: picked, layout: {}, title, summary: affectedByMode(picked) };
}
