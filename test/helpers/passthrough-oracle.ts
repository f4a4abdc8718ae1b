/**
 * no-sync-passthrough-to-mode1 as SPEC §3.3.6 reads: the oracle the rule's shared searches
 * and its pruning are checked against (test/unit/rules/passthrough-*.test.ts).
 */
import type { Edge } from '../../src/core/model/graph';
import type { Landscape } from '../../src/core/model/landscape';

/** One pass-through as the SPEC defines it: S, then the edges of the BFS shortest path to X. */
export interface PassThrough {
  s: string;
  path: Edge[];
}

/**
 * SPEC §3.3.6 read literally: per Mode-2 system S (load order), a BFS over synchronous edges
 * that enters gearbox systems only and stops at Mode-1 systems; the Mode-1 systems in the
 * order the search meets them, each with the path the search tree gives it.
 */
export function referencePassThroughs(l: Landscape): PassThrough[] {
  const mode = (id: string): string | undefined => l.systemById.get(id)?.mode;
  const out: PassThrough[] = [];
  for (const s of l.systems) {
    if (s.mode !== 'mode2') continue;
    const reachedBy = new Map<string, Edge>();
    const found = new Map<string, Edge>();
    const queue: string[] = [];
    for (const e of l.graph.out.get(s.id) ?? []) {
      if (e.interaction !== 'sync' || mode(e.to) !== 'gearbox' || reachedBy.has(e.to)) continue;
      reachedBy.set(e.to, e);
      queue.push(e.to);
    }
    for (let i = 0; i < queue.length; i++) {
      for (const e of l.graph.out.get(queue[i]) ?? []) {
        if (e.interaction !== 'sync' || e.to === s.id) continue;
        const m = mode(e.to);
        if (m === 'mode1') {
          if (!found.has(e.to)) found.set(e.to, e);
        } else if (m === 'gearbox' && !reachedBy.has(e.to)) {
          reachedBy.set(e.to, e);
          queue.push(e.to);
        }
      }
    }
    for (const last of found.values()) {
      const path: Edge[] = [last];
      for (let cur = last.from; cur !== s.id; ) {
        const e = reachedBy.get(cur)!;
        path.unshift(e);
        cur = e.from;
      }
      out.push({ s: s.id, path });
    }
  }
  return out;
}

