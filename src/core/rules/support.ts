/** Small shared pieces of the rules: graph edges with their entities, indexes (date arithmetic: util/dates.ts). */
import type { Consumption, SystemEntity } from '../model/entities';
import type { Span } from '../parse/yaml-tree';
import { GEARBOX, MODE1, MODE2, type Edge } from '../model/graph';
import type { Landscape } from '../model/landscape';
import { tally } from '../util/work-counter';
import { fix, replaceEdit } from './locate';
import type { MessageValues } from './rule-messages';
import type { ViolationBase } from './rule';

/** Related ids of an edge-based finding: [holder, api?, target]. */
export function edgeRelated(e: Edge): string[] {
  return e.via ? [e.from, e.via, e.to] : [e.from, e.to];
}

/**
 * "Gearbox wrappers" (SPEC §4): gearbox systems that consume an API of system X and
 * themselves provide APIs. `byProvider(x)` gives the APIs those gearbox systems provide (the
 * candidates for "Use gearbox API"), `byApi(a)` the same for the gearbox systems consuming
 * API a. Both walk X's incoming edges when first asked and are memoised (findings are few
 * or share one hub: the whole table cost more than the rules using it, and a hub API
 * consumed by 10,000 systems must not be walked once per finding), in the order of the
 * gearbox systems, then of their APIs. The lists are shared between findings: never mutate.
 */
export interface GearboxWrappers {
  byProvider(providerId: string): readonly string[];
  byApi(apiId: string): readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

export function gearboxWrappers(l: Landscape): GearboxWrappers {
  const g = l.graph;
  const collect = (provider: number, via: (e: Edge) => boolean): readonly string[] => {
    const out: string[] = [];
    const taken = new Set<string>();
    for (let j = g.inBegin(provider), end = g.inEnd(provider); j < end; j++) {
      tally('wrappers:edge');
      const e = g.edgeAt(g.inEdgeAt(j));
      if (!e.via || g.mode[e.fromIndex] !== GEARBOX || !via(e)) continue;
      for (let a = g.apiBegin(e.fromIndex), last = g.apiEnd(e.fromIndex); a < last; a++) {
        const id = g.apiIdAt(a);
        if (!taken.has(id)) {
          taken.add(id);
          out.push(id);
        }
      }
    }
    return out.length ? out : NONE;
  };
  const byProvider = new Map<string, readonly string[]>();
  const byApi = new Map<string, readonly string[]>();
  return {
    byProvider(providerId) {
      let hit = byProvider.get(providerId);
      if (!hit) {
        const i = g.indexOf(providerId);
        byProvider.set(providerId, (hit = i < 0 ? NONE : collect(i, () => true)));
      }
      return hit;
    },
    byApi(apiId) {
      let hit = byApi.get(apiId);
      if (!hit) {
        // The edges through an API all go to its provider.
        const api = l.apiById.get(apiId);
        const i = api?.provider ? g.indexOf(api.provider.id) : -1;
        byApi.set(apiId, (hit = i < 0 ? NONE : collect(i, (e) => e.via === apiId)));
      }
      return hit;
    },
  };
}

/** Span of the API id in a consumes entry (what "use another API" fixes replace), or null for dependsOn. */
function consumedApiSpan(e: Edge): Span | null {
  return e.kind === 'consumes' ? (e.entry as Consumption).api.span : null;
}

/** Every edge from a system of one mode to a system of another, in load and entry order. */
export function crossModeEdges(l: Landscape, from: 'mode1' | 'mode2', to: 'mode1' | 'mode2'): { s: SystemEntity; e: Edge }[] {
  const g = l.graph;
  const fromCode = from === 'mode1' ? MODE1 : MODE2;
  const toCode = to === 'mode1' ? MODE1 : MODE2;
  const out: { s: SystemEntity; e: Edge }[] = [];
  for (let i = 0; i < g.ids.length; i++) {
    if (g.mode[i] !== fromCode) continue;
    for (let k = g.outBegin(i), end = g.outEnd(i); k < end; k++) {
      const e = g.edgeAt(k);
      if (g.mode[e.toIndex] === toCode) out.push({ s: l.systems[i], e });
    }
  }
  return out;
}

/**
 * Candidates a finding carries (data and quick fixes) when a rule has many: the first few are
 * what a user picks from a light-bulb menu, and one fix object per candidate per finding made
 * a hub API consumed by 10,000 systems allocate millions of them. `data` says how many there are.
 */
const MAX_FIX_CANDIDATES = 10;

/**
 * The finding of a direct cross-mode edge, with "Use gearbox API" fixes on consumes entries,
 * reporting the rule's message `messageId` with `messageData`. (Not a spread of a message
 * object into the finding: copying an object of unknown shape cost a quarter of a lint with
 * tens of thousands of such findings.)
 */
export function crossModeFinding<Id extends string, D extends MessageValues>(s: SystemEntity, e: Edge, candidates: readonly string[], messageId: Id, messageData: D): ViolationBase & { messageId: Id; messageData: D } {
  const via = consumedApiSpan(e);
  const offered = candidates.length > MAX_FIX_CANDIDATES ? candidates.slice(0, MAX_FIX_CANDIDATES) : candidates;
  return {
    messageId,
    messageData,
    subject: s.id,
    related: edgeRelated(e),
    file: s.file,
    span: e.entry.span,
    data: { gearboxApis: offered, gearboxApiCount: candidates.length, target: e.to, api: e.via ?? null },
    fixes: via ? () => offered.map((c) => fix(`Use gearbox API '${c}'`, 'use-gearbox-api', [replaceEdit(s.file, via, c)])) : undefined,
  };
}
